/** Interface strings of the Participation and Governance pages, in the three languages (a missing one does not compile). */
import type { NotComputableCode } from '@opencity/kpi';
import type { CompleteText, Lang } from '@opencity/models';
import { message, messages, type MessageKey } from '@opencity/participation';
import { countWith, fill, type PluralForms } from '../i18n';

const strings = {
  programme: { en: 'Engagement programme', fr: 'Programme de participation', nl: 'Participatieprogramma' },
  commitment: { en: 'Commitment', fr: 'Engagement', nl: 'Engagement' },
  achieved: { en: 'Achieved', fr: 'Réalisé', nl: 'Gerealiseerd' },
  due: { en: 'Due', fr: 'Échéance', nl: 'Deadline' },
  noPlan: {
    en: 'The region profile has no programme plan.',
    fr: 'Le profil régional n’a pas de plan de programme.',
    nl: 'Het regioprofiel heeft geen programmaplan.',
  },
  balanceOverTime: {
    en: 'Quadruple-helix balance over time (distinct participants, cumulative)',
    fr: 'Équilibre de la quadruple hélice dans le temps (participants distincts, cumul)',
    nl: 'Evenwicht van de quadruple helix doorheen de tijd (afzonderlijke deelnemers, cumulatief)',
  },
  evenness: { en: 'Evenness (Pielou’s J)', fr: 'Équilibre (J de Pielou)', nl: 'Evenwicht (Pielou’s J)' },
  register: { en: 'Register', fr: 'Registre', nl: 'Register' },
  participants: { en: 'Participants', fr: 'Participants', nl: 'Deelnemers' },
  byTheme: { en: 'Participants by theme', fr: 'Participants par thème', nl: 'Deelnemers per thema' },
  funnel: {
    en: 'Contributions, from received to implemented',
    fr: 'Contributions, de la réception à la mise en œuvre',
    nl: 'Bijdragen, van ontvangst tot uitvoering',
  },
  fatesByTheme: {
    en: 'What became of them, by theme',
    fr: 'Leur devenir, par thème',
    nl: 'Wat ermee gebeurde, per thema',
  },
  fatesByChannel: { en: 'By channel', fr: 'Par canal', nl: 'Per kanaal' },
  responses: {
    en: 'Answered within {window}: {share} of {due} · median response time: {median}',
    fr: 'Réponse sous {window}\u202f: {share} sur {due} · délai médian de réponse\u202f: {median}',
    nl: 'Binnen {window} beantwoord: {share} van {due} · mediane antwoordtermijn: {median}',
  },
  noData: {
    en: 'These data hold no meeting, workshop, contribution or stakeholder.',
    fr: 'Ces données ne contiennent aucune réunion, aucun atelier, aucune contribution ni partie prenante.',
    nl: 'Deze gegevens bevatten geen vergadering, workshop, bijdrage of belanghebbende.',
  },
  noBoard: {
    en: 'These data hold no governance board.',
    fr: 'Ces données ne contiennent aucun organe de gouvernance.',
    nl: 'Deze gegevens bevatten geen bestuursorgaan.',
  },
  'unit.persons': { en: 'persons', fr: 'personnes', nl: 'personen' },
  'unit.persons per workshop': { en: 'persons per workshop', fr: 'personnes par atelier', nl: 'personen per workshop' },
  'unit.days': { en: 'days', fr: 'jours', nl: 'dagen' },
  'unit.per 100 000 inhabitants': {
    en: 'per 100 000 inhabitants',
    fr: 'pour 100 000 habitants',
    nl: 'per 100 000 inwoners',
  },
  kpis: { en: 'Participation KPIs', fr: 'Indicateurs de participation', nl: 'Participatie-indicatoren' },
  asOf: { en: 'Situation on {date}', fr: 'Situation au {date}', nl: 'Toestand op {date}' },
  notComputable: { en: 'not computable', fr: 'non calculable', nl: 'niet berekenbaar' },
  'stage.received': { en: 'Received', fr: 'Reçues', nl: 'Ontvangen' },
  'stage.answered': { en: 'Answered', fr: 'Avec réponse', nl: 'Beantwoord' },
  'stage.retained': { en: 'Retained', fr: 'Retenues', nl: 'Weerhouden' },
  'stage.inFactsheet': { en: 'In a project factsheet', fr: 'Dans une fiche projet', nl: 'In een projectfiche' },
  'stage.inRoadmap': { en: 'In the roadmap', fr: 'Dans la feuille de route', nl: 'In de roadmap' },
  'stage.implemented': { en: 'Implemented', fr: 'Mises en œuvre', nl: 'Uitgevoerd' },
  boards: {
    en: 'Board composition by helix (voting members)',
    fr: 'Composition des organes par hélice (membres votants)',
    nl: 'Samenstelling van de organen per helix (stemgerechtigde leden)',
  },
  board: { en: 'Board', fr: 'Organe', nl: 'Orgaan' },
  voting: { en: 'Voting members', fr: 'Membres votants', nl: 'Stemgerechtigde leden' },
  quorum: { en: 'Quorum', fr: 'Quorum', nl: 'Quorum' },
  quorumOf: { en: 'quorum {quorum}', fr: 'quorum {quorum}', nl: 'quorum {quorum}' },
  nonVoting: {
    en: 'Non-voting members (observers, secretaries)',
    fr: 'Membres sans droit de vote (observateurs, secrétariat)',
    nl: 'Niet-stemgerechtigde leden (waarnemers, secretariaat)',
  },
  chair: { en: 'Chair', fr: 'Présidence', nl: 'Voorzitter' },
  approval: {
    en: 'The roadmap’s approval chain',
    fr: 'Chaîne d’approbation de la feuille de route',
    nl: 'Goedkeuringsketen van de roadmap',
  },
  noRoadmap: { en: 'No roadmap yet.', fr: 'Pas encore de feuille de route.', nl: 'Nog geen roadmap.' },
  register_: { en: 'Decision register', fr: 'Registre des décisions', nl: 'Beslissingsregister' },
  date: { en: 'Date', fr: 'Date', nl: 'Datum' },
  number: { en: 'No.', fr: 'N°', nl: 'Nr.' },
  subject: { en: 'Subject', fr: 'Objet', nl: 'Onderwerp' },
  outcome: { en: 'Outcome', fr: 'Issue', nl: 'Uitkomst' },
  budget: { en: 'Budget', fr: 'Budget', nl: 'Budget' },
  findings: { en: 'Governance findings', fr: 'Constats de gouvernance', nl: 'Governancevaststellingen' },
  noFindings: {
    en: 'No finding: every board has its helices and its chair, every session its quorum, the roadmap its approvals.',
    fr: 'Aucun constat\u202f: chaque organe a ses hélices et son président, chaque séance son quorum, la feuille de route ses approbations.',
    nl: 'Geen vaststelling: elk orgaan heeft zijn helices en voorzitter, elke zitting haar quorum, de roadmap haar goedkeuringen.',
  },
  valid: {
    en: 'composition as the rules require',
    fr: 'composition conforme aux règles',
    nl: 'samenstelling volgens de regels',
  },
  invalid: {
    en: 'composition breaks a rule',
    fr: 'composition contraire à une règle',
    nl: 'samenstelling in strijd met een regel',
  },
  shares: { en: 'Share', fr: 'Part', nl: 'Aandeel' },
  missingHelices: { en: 'Helices missing', fr: 'Hélices absentes', nl: 'Ontbrekende helices' },
  allHelices: { en: 'all four represented', fr: 'les quatre représentées', nl: 'alle vier vertegenwoordigd' },
  month: { en: 'Month', fr: 'Mois', nl: 'Maand' },
  expected: {
    en: '{count} expected by now at an even pace',
    fr: '{count} attendus à ce jour à rythme régulier',
    nl: '{count} verwacht op dit moment bij een gelijkmatig tempo',
  },
  completed: { en: 'completed on {date}', fr: 'achevé le {date}', nl: 'voltooid op {date}' },
  completedLate: {
    en: 'completed on {date}, after the due date',
    fr: 'achevé le {date}, après l’échéance',
    nl: 'voltooid op {date}, na de deadline',
  },
  period: { en: 'Period', fr: 'Période', nl: 'Periode' },
  helicesLacking: {
    en: 'still lacking: {helices}',
    fr: 'manque encore\u202f: {helices}',
    nl: 'ontbreekt nog: {helices}',
  },
  stage: { en: 'Stage', fr: 'Étape', nl: 'Stap' },
  count: { en: 'Contributions', fr: 'Contributions', nl: 'Bijdragen' },
  channel: { en: 'Channel', fr: 'Canal', nl: 'Kanaal' },
  theme: { en: 'Theme', fr: 'Thème', nl: 'Thema' },
  kpi: { en: 'Indicator', fr: 'Indicateur', nl: 'Indicator' },
  year: { en: 'Year', fr: 'Année', nl: 'Jaar' },
  value: { en: 'Value', fr: 'Valeur', nl: 'Waarde' },
  noQuorum: { en: 'no quorum set', fr: 'aucun quorum fixé', nl: 'geen quorum vastgelegd' },
  noChair: { en: 'no chair on this day', fr: 'pas de présidence à cette date', nl: 'geen voorzitter op deze dag' },
  onDay: { en: 'on {date}', fr: 'au {date}', nl: 'op {date}' },
  approved: { en: 'What it approved', fr: 'Ce qu’elle approuve', nl: 'Wat ze goedkeurt' },
  session: { en: 'Session', fr: 'Séance', nl: 'Zitting' },
  noSession: { en: 'session not recorded', fr: 'séance non enregistrée', nl: 'zitting niet geregistreerd' },
  quorate: { en: 'quorum met', fr: 'quorum atteint', nl: 'quorum bereikt' },
  notQuorate: { en: 'quorum not met', fr: 'quorum non atteint', nl: 'quorum niet bereikt' },
  'object.roadmap': { en: 'the roadmap', fr: 'la feuille de route', nl: 'de roadmap' },
  noObject: { en: 'nothing recorded', fr: 'rien d’enregistré', nl: 'niets geregistreerd' },
  draftStep: {
    en: 'drawn up by the Office from the factsheets',
    fr: 'établie par l’Office à partir des fiches projet',
    nl: 'door het Office opgesteld op basis van de projectfiches',
  },
  notYet: { en: 'not reached yet', fr: 'pas encore atteinte', nl: 'nog niet bereikt' },
  decidedBy: { en: 'Decision {number}', fr: 'Décision {number}', nl: 'Beslissing {number}' },
  'reason.missing_input': {
    en: 'no input for this period',
    fr: 'aucune donnée d’entrée pour cette période',
    nl: 'geen invoer voor deze periode',
  },
  'reason.zero_denominator': {
    en: 'nobody or nothing to divide by yet',
    fr: 'personne ni rien encore à diviser',
    nl: 'nog niemand of niets om door te delen',
  },
  'reason.insufficient_coverage': {
    en: 'too few data in this period',
    fr: 'trop peu de données sur cette période',
    nl: 'te weinig gegevens in deze periode',
  },
  'reason.unit_mismatch': {
    en: 'inputs in incompatible units',
    fr: 'données d’entrée en unités incompatibles',
    nl: 'invoer in onverenigbare eenheden',
  },
  'reason.invalid_input': {
    en: 'an input is invalid',
    fr: 'une donnée d’entrée est invalide',
    nl: 'een invoer is ongeldig',
  },
  'reason.not_aggregable': {
    en: 'cannot be added up over areas',
    fr: 'ne s’additionne pas entre territoires',
    nl: 'kan niet over gebieden opgeteld worden',
  },
  'reason.non_finite_result': {
    en: 'the result would not be a finite number',
    fr: 'le résultat ne serait pas un nombre fini',
    nl: 'het resultaat zou geen eindig getal zijn',
  },
  'reason.missing_component': {
    en: 'a component is missing',
    fr: 'une composante manque',
    nl: 'een component ontbreekt',
  },
} as const satisfies Record<string, CompleteText>;

const plurals = {
  factsheets: {
    en: { one: '{n} project factsheet', other: '{n} project factsheets' },
    fr: { one: '{n} fiche projet', other: '{n} fiches projet' },
    nl: { one: '{n} projectfiche', other: '{n} projectfiches' },
  },
  kpiDefinitions: {
    en: { one: '{n} KPI definition', other: '{n} KPI definitions' },
    fr: { one: '{n} définition d’indicateur', other: '{n} définitions d’indicateurs' },
    nl: { one: '{n} indicatordefinitie', other: '{n} indicatordefinities' },
  },
  otherRecords: {
    en: { one: '{n} other record', other: '{n} other records' },
    fr: { one: '{n} autre enregistrement', other: '{n} autres enregistrements' },
    nl: { one: '{n} ander record', other: '{n} andere records' },
  },
  days: {
    en: { one: '{n} day', other: '{n} days' },
    fr: { one: '{n} jour', other: '{n} jours' },
    nl: { one: '{n} dag', other: '{n} dagen' },
  },
  contributions: {
    en: { one: '{n} contribution that can be judged', other: '{n} contributions that can be judged' },
    fr: { one: '{n} contribution évaluable', other: '{n} contributions évaluables' },
    nl: { one: '{n} beoordeelbare bijdrage', other: '{n} beoordeelbare bijdragen' },
  },
  votingPresent: {
    en: { one: '{n} voting member present', other: '{n} voting members present' },
    fr: { one: '{n} membre votant présent', other: '{n} membres votants présents' },
    nl: { one: '{n} stemgerechtigd lid aanwezig', other: '{n} stemgerechtigde leden aanwezig' },
  },
  observers: {
    en: { one: '{n} non-voting member', other: '{n} non-voting members' },
    fr: { one: '{n} membre sans droit de vote', other: '{n} membres sans droit de vote' },
    nl: { one: '{n} niet-stemgerechtigd lid', other: '{n} niet-stemgerechtigde leden' },
  },
} as const satisfies Record<string, Readonly<Record<Lang, PluralForms>>>;

/** A key of the pages' counted phrases. */
export type PagePluralKey = keyof typeof plurals;

/** Every counted phrase of the pages (for the test that checks the three languages and the plural categories). */
export const pagePlurals: Readonly<Record<PagePluralKey, Readonly<Record<Lang, PluralForms>>>> = plurals;

/** A counted phrase in a language, its form chosen by `Intl.PluralRules`: "1 project factsheet", "2 fiches projet". */
export function countOf(key: PagePluralKey, n: number, lang: Lang, digits = 0): string {
  return countWith(plurals[key][lang], n, lang, digits);
}

/** A key of the pages' strings. */
export type PageStringKey = keyof typeof strings;

/** Every string of the pages (for the test that checks the three languages). */
export const pageStrings: Readonly<Record<PageStringKey, CompleteText>> = strings;

/** A string of the pages in a language, with `{placeholders}` filled. */
export function s(key: PageStringKey, lang: Lang, params: Readonly<Record<string, string>> = {}): string {
  return fill(strings[key][lang], params, lang);
}

/** A value missing, with its reason: "not computable (no input for this period)". */
export function notComputable(reason: NotComputableCode | undefined, lang: Lang): string {
  const why = reason ? strings[`reason.${reason}`][lang] : undefined;
  return why ? `${strings.notComputable[lang]} (${why})` : strings.notComputable[lang];
}

const locales = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' } as const;

/** A day (`YYYY-MM-DD`) as the language writes it. */
export function formatDay(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** A month (`YYYY-MM`) as the language writes it. */
export function formatMonth(month: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** A share (0–1) as a percentage in the language. */
export function formatShare(share: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** An amount in euros in the language. */
export function formatEuro(amount: number, lang: Lang): string {
  return new Intl.NumberFormat(locales[lang], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
    amount,
  );
}

/** A message of @opencity/participation (helices, statuses, fates, channels, stages, outcomes) in the language. */
export function libraryText(key: string, lang: Lang): string {
  return Object.hasOwn(messages, key) ? message(key as MessageKey, lang) : key;
}

/** The unit of a participation KPI in the language (a bare count and a 0–1 ratio need none). */
export function kpiUnit(unit: string, lang: Lang): string {
  if (unit === 'number' || unit.startsWith('ratio')) return '';
  const key = `unit.${unit}`;
  return Object.hasOwn(strings, key) ? strings[key as PageStringKey][lang] : unit;
}

/** Colours of the four helices (distinct in lightness as well as hue). */
export const helixColours = {
  civilSociety: '#c0392b',
  academia: '#1f5fa8',
  public: '#2e7d32',
  private: '#b7791f',
} as const;
