/** `opencity workspace init|import|check`: an office's own data as a workspace folder (docs/guides/workspace.md). */
import { basename, resolve } from 'node:path';
import type { Lang } from '@opencity/models';
import { sampleWorkspaceContent } from '@opencity/brussels';
import { MANIFEST_SCHEMA_ID, isWorkspaceError } from '@opencity/workspace';
import { checkWorkspace, importCsv, writeWorkspace, type WorkspaceContent } from '@opencity/workspace/node';
import { ExitCode, UsageError } from '../io';
import { defineCommand } from '../framework/command';
import { formatMessage, type Message, type MessageParams } from '../framework/i18n';
import { emitReport, parseMaxRecordBytes, reportOptions } from './validate';

const en = {
  wrote: { one: '{file}: {count} record', other: '{file}: {count} records' },
  created: {
    one: 'workspace {dir} created ({count} file); check it with: opencity workspace check {dir}',
    other: 'workspace {dir} created ({count} files); check it with: opencity workspace check {dir}',
  },
  synthetic: 'the Brussels sample is synthetic: invented figures for demonstration, not official data',
  badYears: '--years must be two years "first-last" (e.g. 2019-2024); got "{value}"',
  problem: '{file} line {line}{column}: {message} [{code}]',
  column: ', column {column} ({header})',
  rejected: {
    one: '{count} problem: nothing was written (fix the file and import it again)',
    other: '{count} problems: nothing was written (fix the file and import it again)',
  },
  summary: '{file}: {created} new, {updated} replaced, {unchanged} unchanged ({rows} rows)',
  dryRun: 'dry run: nothing was written; these records would be in {file}:',
  nothingChanged: 'nothing changed',
  typeRequired: '--type <Type> is required: the entity type of the rows, e.g. --type Stakeholder',
} satisfies Record<string, Message>;

type Key = keyof typeof en;

/** What `opencity workspace` prints, in English, French and Dutch (every key in every language). */
export const workspaceMessages: Readonly<Record<Lang, Readonly<Record<Key, Message>>>> = {
  en,
  fr: {
    wrote: { one: '{file}\u202f: {count} enregistrement', other: '{file}\u202f: {count} enregistrements' },
    created: {
      one: 'espace de travail {dir} créé ({count} fichier)\u202f; vérifiez-le avec\u202f: opencity workspace check {dir}',
      other:
        'espace de travail {dir} créé ({count} fichiers)\u202f; vérifiez-le avec\u202f: opencity workspace check {dir}',
    },
    synthetic:
      'l’exemple bruxellois est synthétique\u202f: chiffres inventés pour la démonstration, pas des données officielles',
    badYears:
      '--years doit donner deux années «\u00a0début-fin\u00a0» (p. ex. 2019-2024)\u202f; reçu «\u00a0{value}\u00a0»',
    problem: '{file} ligne {line}{column}\u202f: {message} [{code}]',
    column: ', colonne {column} ({header})',
    rejected: {
      one: '{count} problème\u202f: rien n’a été écrit (corrigez le fichier et importez-le à nouveau)',
      other: '{count} problèmes\u202f: rien n’a été écrit (corrigez le fichier et importez-le à nouveau)',
    },
    summary: '{file}\u202f: {created} nouveaux, {updated} remplacés, {unchanged} inchangés ({rows} lignes)',
    dryRun: 'essai\u202f: rien n’a été écrit\u202f; voici les enregistrements qui seraient dans {file}\u202f:',
    nothingChanged: 'rien n’a changé',
    typeRequired: '--type <Type> est obligatoire\u202f: le type d’entité des lignes, p. ex. --type Stakeholder',
  },
  nl: {
    wrote: { one: '{file}: {count} record', other: '{file}: {count} records' },
    created: {
      one: 'werkruimte {dir} aangemaakt ({count} bestand); controleer ze met: opencity workspace check {dir}',
      other: 'werkruimte {dir} aangemaakt ({count} bestanden); controleer ze met: opencity workspace check {dir}',
    },
    synthetic: 'het Brusselse voorbeeld is synthetisch: verzonnen cijfers ter demonstratie, geen officiële gegevens',
    badYears: '--years moet twee jaren "begin-einde" geven (bv. 2019-2024); ontvangen "{value}"',
    problem: '{file} regel {line}{column}: {message} [{code}]',
    column: ', kolom {column} ({header})',
    rejected: {
      one: '{count} probleem: er werd niets geschreven (verbeter het bestand en importeer het opnieuw)',
      other: '{count} problemen: er werd niets geschreven (verbeter het bestand en importeer het opnieuw)',
    },
    summary: '{file}: {created} nieuw, {updated} vervangen, {unchanged} ongewijzigd ({rows} rijen)',
    dryRun: 'proef: er werd niets geschreven; deze records zouden in {file} staan:',
    nothingChanged: 'er is niets veranderd',
    typeRequired: '--type <Type> is verplicht: het entiteitstype van de rijen, bv. --type Stakeholder',
  },
};

const say = (lang: Lang, key: Key, params: MessageParams = {}): string =>
  formatMessage(workspaceMessages[lang][key], lang, params);

// Control characters from data (cells, ids) never reach the terminal as such.
// eslint-disable-next-line no-control-regex
const printable = (text: string): string => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD');

/** Workspace errors are input problems: one line on standard error, exit 2. */
async function usageOnWorkspaceError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isWorkspaceError(error)) throw new UsageError(error.code, error.message, { cause: error });
    throw error;
  }
}

function parseYears(text: string, lang: Lang): readonly [number, number] {
  const m = /^(\d{4})-(\d{4})$/.exec(text);
  const first = Number(m?.[1]);
  const last = Number(m?.[2]);
  if (!m || last < first) throw new UsageError('bad_option', say(lang, 'badYears', { value: text }));
  return [first, last];
}

const init = defineCommand({
  name: 'init',
  summary: {
    en: 'create a workspace folder, empty or with the Brussels sample',
    fr: 'créer un dossier d’espace de travail, vide ou avec l’exemple bruxellois',
    nl: 'een werkruimtemap aanmaken, leeg of met het Brusselse voorbeeld',
  },
  description: {
    en: `Writes opencity.json and, with --sample brussels, the full synthetic sample the dashboard shows: themes,
project factsheets, jury criteria, jurors and their evaluations, KPI targets, air-quality stations, statistics and
hourly observations (marked synthetic). The folder must be new or empty.`,
    fr: `Écrit opencity.json et, avec --sample brussels, tout l’exemple synthétique du tableau de bord\u202f: thèmes,
fiches projets, critères du jury, jurés et leurs évaluations, cibles, stations de qualité de l’air, statistiques et
observations horaires (marqués synthétiques). Le dossier doit être nouveau ou vide.`,
    nl: `Schrijft opencity.json en, met --sample brussels, het volledige synthetische voorbeeld van het dashboard:
thema’s, projectfiches, jurycriteria, juryleden en hun beoordelingen, doelen, luchtkwaliteitsstations, statistieken
en waarnemingen per uur (gemarkeerd als synthetisch). De map moet nieuw of leeg zijn.`,
  },
  arguments: [
    {
      name: 'dir',
      required: true,
      complete: 'directory',
      description: { en: 'the folder to create', fr: 'le dossier à créer', nl: 'de aan te maken map' },
    },
  ],
  options: {
    sample: {
      type: 'string',
      default: 'empty',
      choices: ['brussels', 'empty'],
      description: {
        en: 'what to put in it',
        fr: 'ce qu’il faut y mettre',
        nl: 'wat erin moet',
      },
    },
    years: {
      type: 'string',
      value: 'first-last',
      default: '2019-2024',
      description: {
        en: 'years of the sample’s statistics, observations and targets',
        fr: 'années des statistiques, observations et cibles de l’exemple',
        nl: 'jaren van de statistieken, waarnemingen en doelen van het voorbeeld',
      },
    },
  },
  examples: [
    {
      command: 'opencity workspace init my-office --sample brussels',
      description: {
        en: 'a workspace with the synthetic Brussels sample',
        fr: 'un espace de travail avec l’exemple synthétique bruxellois',
        nl: 'een werkruimte met het synthetische Brusselse voorbeeld',
      },
    },
  ],
  run: async ({ values, positionals, io, lang }) => {
    const dir = positionals[0]!;
    const target = resolve(io.cwd, dir);
    const content: WorkspaceContent =
      values.sample === 'brussels'
        ? sampleWorkspaceContent({ years: parseYears(values.years, lang) })
        : {
            manifest: {
              $schema: MANIFEST_SCHEMA_ID,
              name: basename(target),
              profile: 'brussels',
              languages: ['fr', 'nl', 'en'],
            },
            entities: [],
          };
    const written = await usageOnWorkspaceError(() => writeWorkspace(target, content));
    for (const f of written) io.stdout.write(`${say(lang, 'wrote', { file: f.path, count: f.records })}\n`);
    io.stdout.write(`${say(lang, 'created', { dir, count: written.length })}\n`);
    if (values.sample === 'brussels') io.stdout.write(`${say(lang, 'synthetic')}\n`);
    return ExitCode.ok;
  },
});

const importCommand = defineCommand({
  name: 'import',
  summary: {
    en: 'import a spreadsheet (CSV) of entities of one type, all or nothing',
    fr: 'importer une feuille de calcul (CSV) d’entités d’un type, tout ou rien',
    nl: 'een spreadsheet (CSV) met entiteiten van één type importeren, alles of niets',
  },
  description: {
    en: `Each header names a property: dotted for nested values (contactPoint.email), name.fr / name.nl for
localized text, a number for a list position (scores.0.score); ";" separates list items; cells are typed from the
schema. Every row is checked before anything is written: one bad row and nothing is written (exit 1), every bad
row listed with its line and column. Rows replace the records with the same id in entities/<Type>.ndjson; new ones
are appended; importing the same file again changes nothing.`,
    fr: `Chaque en-tête nomme une propriété\u202f: avec des points pour les valeurs imbriquées (contactPoint.email),
name.fr / name.nl pour le texte multilingue, un nombre pour une position dans une liste (scores.0.score)\u202f; «\u00a0;\u00a0»
sépare les éléments d’une liste\u202f; les cellules sont typées d’après le schéma. Chaque ligne est vérifiée avant toute
écriture\u202f: une ligne fautive et rien n’est écrit (code 1), chaque ligne fautive étant citée avec sa ligne et sa
colonne. Les lignes remplacent les enregistrements de même identifiant dans entities/<Type>.ndjson, les nouvelles
sont ajoutées\u202f; réimporter le même fichier ne change rien.`,
    nl: `Elke kop noemt een eigenschap: met punten voor geneste waarden (contactPoint.email), name.fr / name.nl voor
meertalige tekst, een getal voor een positie in een lijst (scores.0.score); ";" scheidt lijstelementen; cellen
krijgen hun type uit het schema. Elke rij wordt gecontroleerd voor er iets geschreven wordt: één foute rij en er wordt
niets geschreven (code 1), elke foute rij wordt gemeld met regel en kolom. Rijen vervangen de records met dezelfde
identificator in entities/<Type>.ndjson, nieuwe worden toegevoegd; hetzelfde bestand opnieuw importeren verandert niets.`,
  },
  arguments: [
    {
      name: 'dir',
      required: true,
      complete: 'directory',
      description: { en: 'the workspace', fr: 'l’espace de travail', nl: 'de werkruimte' },
    },
    {
      name: 'file',
      required: true,
      description: { en: 'the CSV file', fr: 'le fichier CSV', nl: 'het CSV-bestand' },
    },
  ],
  options: {
    type: {
      type: 'string',
      value: 'Type',
      description: {
        en: 'the entity type of the rows (required), e.g. Stakeholder',
        fr: 'le type d’entité des lignes (obligatoire), p. ex. Stakeholder',
        nl: 'het entiteitstype van de rijen (verplicht), bv. Stakeholder',
      },
    },
    'dry-run': {
      type: 'boolean',
      description: {
        en: 'check and show what would be written, write nothing',
        fr: 'vérifier et montrer ce qui serait écrit, sans rien écrire',
        nl: 'controleren en tonen wat geschreven zou worden, niets schrijven',
      },
    },
  },
  examples: [
    {
      command: 'opencity workspace import my-office --type Stakeholder stakeholders.csv --dry-run',
      description: {
        en: 'check a stakeholder list without writing it',
        fr: 'vérifier une liste de parties prenantes sans l’écrire',
        nl: 'een lijst van belanghebbenden controleren zonder ze te schrijven',
      },
    },
  ],
  exitCodes: {
    en: '0 imported (or nothing to change), 1 some row is invalid (nothing written), 2 usage or input problem',
    fr: '0 importé (ou rien à changer), 1 une ligne au moins est invalide (rien n’est écrit), 2 problème d’utilisation ou d’entrée',
    nl: '0 geïmporteerd (of niets te veranderen), 1 een rij is ongeldig (niets geschreven), 2 gebruiks- of invoerprobleem',
  },
  run: async ({ values, positionals, io, lang }) => {
    const [dir, file] = positionals as [string, string];
    if (values.type === undefined) throw new UsageError('missing_option', say(lang, 'typeRequired'));
    const type = values.type;
    const result = await usageOnWorkspaceError(() =>
      importCsv(resolve(io.cwd, dir), type, resolve(io.cwd, file), { dryRun: values['dry-run'], lang }),
    );
    const errors = result.problems.filter((p) => p.severity === 'error');
    for (const p of result.problems)
      io.stdout.write(
        `${printable(
          say(lang, 'problem', {
            file,
            line: p.line,
            column: p.column === undefined ? '' : say(lang, 'column', { column: p.column, header: p.header ?? '' }),
            message: p.message,
            code: p.code,
          }),
        )}\n`,
      );
    if (errors.length > 0) {
      io.stdout.write(`${say(lang, 'rejected', { count: errors.length })}\n`);
      return ExitCode.findings;
    }
    if (values['dry-run']) {
      io.stdout.write(`${say(lang, 'dryRun', { file: result.file })}\n`);
      for (const r of result.records) io.stdout.write(`${printable(JSON.stringify(r))}\n`);
    }
    io.stdout.write(
      `${say(lang, 'summary', {
        file: result.file,
        created: result.created.length,
        updated: result.updated.length,
        unchanged: result.unchanged.length,
        rows: result.rows,
      })}\n`,
    );
    if (!values['dry-run'] && !result.written) io.stdout.write(`${say(lang, 'nothingChanged')}\n`);
    return ExitCode.ok;
  },
});

const check = defineCommand({
  name: 'check',
  summary: {
    en: 'check every record of a workspace and the dataset as a whole',
    fr: 'vérifier chaque enregistrement d’un espace de travail et l’ensemble des données',
    nl: 'elk record van een werkruimte en de gegevens als geheel controleren',
  },
  description: {
    en: `Validates every record against its schema, then the dataset rules: duplicate ids, references to missing
entities or to entities of the wrong type, dates in the wrong order, activities outside the programme period,
overlapping board seats, targets without KPI inputs, observations from unknown sensors. Same report formats,
languages and exit codes as "opencity validate".`,
    fr: `Valide chaque enregistrement selon son schéma, puis les règles sur l’ensemble\u202f: identifiants en double,
références à des entités absentes ou du mauvais type, dates dans le mauvais ordre, activités hors de la période du
programme, mandats qui se chevauchent, cibles sans données d’entrée, observations de capteurs inconnus. Mêmes formats
de rapport, langues et codes de sortie que «\u00a0opencity validate\u00a0».`,
    nl: `Valideert elk record tegen zijn schema en daarna de regels over het geheel: dubbele identificatoren,
verwijzingen naar ontbrekende entiteiten of naar entiteiten van het verkeerde type, datums in de verkeerde volgorde,
activiteiten buiten de programmaperiode, overlappende zetels, doelen zonder invoergegevens, waarnemingen van onbekende
sensoren. Dezelfde rapportformaten, talen en afsluitcodes als "opencity validate".`,
  },
  arguments: [
    {
      name: 'dir',
      required: true,
      complete: 'directory',
      description: { en: 'the workspace', fr: 'l’espace de travail', nl: 'de werkruimte' },
    },
  ],
  options: reportOptions,
  examples: [
    {
      command: 'opencity workspace check my-office --format html --output quality.html --lang fr',
      description: {
        en: 'a data-quality report in French, as a web page',
        fr: 'un rapport de qualité des données en français, en page web',
        nl: 'een datakwaliteitsrapport in het Frans, als webpagina',
      },
    },
  ],
  exitCodes: {
    en: '0 no finding reaches --fail-on, 1 some does, 2 not a workspace, usage or input problem',
    fr: '0 aucun constat n’atteint --fail-on, 1 au moins un, 2 pas un espace de travail, problème d’utilisation ou d’entrée',
    nl: '0 geen bevinding bereikt --fail-on, 1 wel, 2 geen werkruimte, gebruiks- of invoerprobleem',
  },
  run: async ({ values, positionals, io, lang }) => {
    const maxRecordBytes = parseMaxRecordBytes(values['max-record-bytes'], lang);
    const report = await usageOnWorkspaceError(() =>
      checkWorkspace(resolve(io.cwd, positionals[0]!), { lang, maxRecordBytes }),
    );
    return emitReport(io, lang, report, {
      format: values.format,
      failOn: values['fail-on'],
      output: values.output,
    });
  },
});

/** `opencity workspace`: create, import into and check an office's workspace. */
export const workspace = defineCommand({
  name: 'workspace',
  summary: {
    en: 'create, import into and check an office’s workspace (its own data as plain files)',
    fr: 'créer, alimenter et vérifier l’espace de travail d’un bureau (ses données en fichiers simples)',
    nl: 'de werkruimte van een bureau aanmaken, aanvullen en controleren (eigen gegevens als gewone bestanden)',
  },
  subcommands: [init, importCommand, check],
});
