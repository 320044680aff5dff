/** What the commands print (summaries, input problems), in English, French and Dutch. */
import type { Lang } from '@opencity/models';
import { formatMessage, type Message, type MessageParams } from './framework/i18n';

const en = {
  unknownModel: 'unknown model "{model}"{suggestion}; the models are {list}',
  positiveBytes: '{option} must be a positive whole number of bytes; got "{value}"',
  positiveWhole: '{option} must be a positive whole number; got "{value}"',
  wholeNumber: '{option} must be a whole number; got "{value}"',
  number: '{option} must be a number; got "{value}"',
  records: { one: '{count} record', other: '{count} records' },
  validating: 'validating…',
  cannotRead: 'cannot read {file}: {reason}',
  noInputFiles: 'no .json, .ndjson or .jsonl file in {file}',
  cannotWrite: 'cannot write {file}: {reason}',
  notJson: '{file} is not valid JSON: {reason}',
  kpiDefinitions: { one: '{count} KPI definition', other: '{count} KPI definitions' },
  kpiValues: {
    one: '{count} value: {computed} computed, {missing} not computable',
    other: '{count} values: {computed} computed, {missing} not computable',
  },
  notComputable: 'not computable ({code}: {message})',
  rejectedRow: '{file}{where}: row rejected: {reason}',
  rowNotObject: 'a row must be an object',
  rowMissing: 'missing "{field}"',
  rowValue: '"value" must be a finite number; got {got}',
  rowNoTime: 'needs "time" (an observation) or "period" (an input)',
  rowTime:
    '"time" must be an ISO 8601 date-time with a time zone, or epoch milliseconds, in the years 0001–9999; got {got}',
  rowNotJson: 'not valid JSON ({reason})',
  rejectedRows: {
    one: '{count} row was rejected (see above); fix it or remove it',
    other: '{count} rows were rejected (see above); fix them or remove them',
  },
  verdict: 'verdict: {verdict}',
  noChanges: 'no changes',
  breaks: 'breaks {who}',
  severityError: 'error',
  severityWarning: 'warning',
  severityInfo: 'info',
  aggregationMedian: 'median',
  aggregationMean: 'mean',
  aggregationTrimmedMean: 'trimmed mean',
  aggregationGeometricMean: 'geometric mean',
  rankingHeader:
    '{method} ranking on {catalogues} ({aggregation} of the jurors’ scores) — projects: {projects}; jurors: {jurors}',
  tiedNote: "= tied: equal scores share a rank and are listed in the factsheets' order (no tie-break)",
  kendallW: "Kendall's W = {w} (p = {p}; jurors: {jurors}{leftOut})",
  kendallWLeftOut: {
    one: ' of {all}; W needs every project scored, so the juror who skipped some is left out',
    other: ' of {all}; W needs every project scored, so the {count} jurors who skipped some are left out',
  },
} satisfies Record<string, Message>;

/** Keys of the CLI's messages. */
export type CliMessageKey = keyof typeof en;

/** The CLI's messages by language (every key in every language: checked by the type and by a test). */
export const cliMessages: Readonly<Record<Lang, Readonly<Record<CliMessageKey, Message>>>> = {
  en,
  fr: {
    unknownModel: 'modèle inconnu «\u00a0{model}\u00a0»{suggestion}\u202f; les modèles sont {list}',
    positiveBytes: '{option} doit être un nombre entier positif d’octets\u202f; reçu «\u00a0{value}\u00a0»',
    positiveWhole: '{option} doit être un nombre entier positif\u202f; reçu «\u00a0{value}\u00a0»',
    wholeNumber: '{option} doit être un nombre entier\u202f; reçu «\u00a0{value}\u00a0»',
    number: '{option} doit être un nombre\u202f; reçu «\u00a0{value}\u00a0»',
    records: { one: '{count} enregistrement', other: '{count} enregistrements' },
    validating: 'validation…',
    cannotRead: 'impossible de lire {file}\u202f: {reason}',
    noInputFiles: 'aucun fichier .json, .ndjson ou .jsonl dans {file}',
    cannotWrite: 'impossible d’écrire {file}\u202f: {reason}',
    notJson: '{file} n’est pas du JSON valide\u202f: {reason}',
    kpiDefinitions: { one: '{count} définition de KPI', other: '{count} définitions de KPI' },
    kpiValues: {
      one: '{count} valeur — calculée\u202f: {computed}, non calculable\u202f: {missing}',
      other: '{count} valeurs — calculées\u202f: {computed}, non calculables\u202f: {missing}',
    },
    notComputable: 'non calculable ({code}\u202f: {message})',
    rejectedRow: '{file}{where}\u202f: ligne rejetée\u202f: {reason}',
    rowNotObject: 'une ligne doit être un objet',
    rowMissing: '«\u00a0{field}\u00a0» manquant',
    rowValue: '«\u00a0value\u00a0» doit être un nombre fini\u202f; reçu {got}',
    rowNoTime: 'il faut «\u00a0time\u00a0» (une observation) ou «\u00a0period\u00a0» (une entrée)',
    rowTime:
      '«\u00a0time\u00a0» doit être une date-heure ISO 8601 avec fuseau horaire, ou des millisecondes depuis l’époque Unix, entre les années 0001 et 9999\u202f; reçu {got}',
    rowNotJson: 'JSON non valide ({reason})',
    rejectedRows: {
      one: '{count} ligne a été rejetée (voir ci-dessus)\u202f; corrigez-la ou retirez-la',
      other: '{count} lignes ont été rejetées (voir ci-dessus)\u202f; corrigez-les ou retirez-les',
    },
    verdict: 'verdict\u202f: {verdict}',
    noChanges: 'aucun changement',
    breaks: 'casse {who}',
    severityError: 'erreur',
    severityWarning: 'avertissement',
    severityInfo: 'info',
    aggregationMedian: 'médiane',
    aggregationMean: 'moyenne',
    aggregationTrimmedMean: 'moyenne tronquée',
    aggregationGeometricMean: 'moyenne géométrique',
    rankingHeader:
      'classement {method} selon {catalogues} ({aggregation} des notes des jurés) — projets\u202f: {projects}\u202f; jurés\u202f: {jurors}',
    tiedNote:
      '= ex aequo\u202f: des scores égaux partagent un rang et suivent l’ordre des fiches projet (pas de départage)',
    kendallW: 'W de Kendall = {w} (p = {p}\u202f; jurés\u202f: {jurors}{leftOut})',
    kendallWLeftOut: {
      one: ' sur {all}\u202f; W exige que chaque projet soit noté, le juré qui en a omis est donc écarté',
      other:
        ' sur {all}\u202f; W exige que chaque projet soit noté, les {count} jurés qui en ont omis sont donc écartés',
    },
  },
  nl: {
    unknownModel: 'onbekend model "{model}"{suggestion}; de modellen zijn {list}',
    positiveBytes: '{option} moet een positief geheel aantal bytes zijn; ontvangen "{value}"',
    positiveWhole: '{option} moet een positief geheel getal zijn; ontvangen "{value}"',
    wholeNumber: '{option} moet een geheel getal zijn; ontvangen "{value}"',
    number: '{option} moet een getal zijn; ontvangen "{value}"',
    records: { one: '{count} record', other: '{count} records' },
    validating: 'valideren…',
    cannotRead: 'kan {file} niet lezen: {reason}',
    noInputFiles: 'geen .json-, .ndjson- of .jsonl-bestand in {file}',
    cannotWrite: 'kan {file} niet schrijven: {reason}',
    notJson: '{file} is geen geldige JSON: {reason}',
    kpiDefinitions: { one: '{count} KPI-definitie', other: '{count} KPI-definities' },
    kpiValues: {
      one: '{count} waarde: {computed} berekend, {missing} niet berekenbaar',
      other: '{count} waarden: {computed} berekend, {missing} niet berekenbaar',
    },
    notComputable: 'niet berekenbaar ({code}: {message})',
    rejectedRow: '{file}{where}: rij geweigerd: {reason}',
    rowNotObject: 'een rij moet een object zijn',
    rowMissing: '"{field}" ontbreekt',
    rowValue: '"value" moet een eindig getal zijn; ontvangen {got}',
    rowNoTime: 'vereist "time" (een waarneming) of "period" (een invoer)',
    rowTime:
      '"time" moet een ISO 8601-datum-tijd met tijdzone zijn, of milliseconden sinds het Unix-tijdperk, in de jaren 0001–9999; ontvangen {got}',
    rowNotJson: 'geen geldige JSON ({reason})',
    rejectedRows: {
      one: '{count} rij werd geweigerd (zie hierboven); verbeter of verwijder ze',
      other: '{count} rijen werden geweigerd (zie hierboven); verbeter of verwijder ze',
    },
    verdict: 'oordeel: {verdict}',
    noChanges: 'geen wijzigingen',
    breaks: 'breekt {who}',
    severityError: 'fout',
    severityWarning: 'waarschuwing',
    severityInfo: 'info',
    aggregationMedian: 'mediaan',
    aggregationMean: 'gemiddelde',
    aggregationTrimmedMean: 'getrimd gemiddelde',
    aggregationGeometricMean: 'meetkundig gemiddelde',
    rankingHeader:
      '{method}-rangschikking volgens {catalogues} ({aggregation} van de scores van de juryleden) — projecten: {projects}; juryleden: {jurors}',
    tiedNote:
      '= gelijk: gelijke scores delen een rang en volgen de volgorde van de projectfiches (geen beslissing bij gelijkstand)',
    kendallW: 'Kendalls W = {w} (p = {p}; juryleden: {jurors}{leftOut})',
    kendallWLeftOut: {
      one: ' van {all}; W vraagt een score voor elk project, dus het jurylid dat er oversloeg is weggelaten',
      other:
        ' van {all}; W vraagt een score voor elk project, dus de {count} juryleden die er oversloegen zijn weggelaten',
    },
  },
};

/** A CLI message in `lang`. */
export function cliMessage(lang: Lang, key: CliMessageKey, params: MessageParams = {}): string {
  return formatMessage(cliMessages[lang][key], lang, params);
}

/** Why a file operation failed, for one-line messages: the error code (ENOENT, EACCES…) or the error's text. */
export function ioReason(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? (error instanceof Error ? error.message : String(error));
}
