/**
 * `opencity participation report|note <workspace>`: the participation report (programme progress, quadruple-helix
 * balance, contributions traced to projects, "you said, we did") and the ambition note of an office's workspace, in
 * text, JSON, Markdown or HTML, in EN/FR/NL. Aggregates only: no individual is named without consent to public
 * listing, and no contact detail is ever printed.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Lang } from '@opencity/models';
import {
  ambitionNote,
  describeFinding,
  participationReport,
  participationReportDocument,
  renderHtml,
  renderMarkdown,
  renderText,
  type Document,
} from '@opencity/participation';
import { defineCommand, type OptionSpecs } from '../framework/command';
import { ExitCode, UsageError, type CommandIo } from '../io';
import { cliMessage } from '../messages';
import { asOfDay, officeMessage, readOfficeWorkspace, whereOf, type OfficeWorkspace } from './officeWorkspace';

const workspaceArgument = {
  name: 'workspace',
  required: true,
  complete: 'directory',
  description: {
    en: 'the workspace folder (its opencity.json names the region profile)',
    fr: 'le dossier de l’espace de travail (son opencity.json nomme le profil régional)',
    nl: 'de werkruimtemap (haar opencity.json noemt het regioprofiel)',
  },
} as const;

/** `--format` of the reports: text for a terminal, JSON for tools, Markdown and HTML to publish. */
export const reportFormat = {
  format: {
    type: 'string',
    choices: ['text', 'json', 'md', 'html'],
    default: 'text',
    description: { en: 'output format', fr: 'format de sortie', nl: 'uitvoerformaat' },
  },
} as const satisfies OptionSpecs;

/** Options shared by the participation and governance commands. */
export const officeOptions = {
  'as-of': {
    type: 'string',
    value: 'YYYY-MM-DD',
    description: {
      en: 'the day described (default: today); later events are left out',
      fr: 'le jour décrit (par défaut aujourd’hui)\u202f; les événements postérieurs sont ignorés',
      nl: 'de beschreven dag (standaard vandaag); latere gebeurtenissen worden weggelaten',
    },
  },
  output: {
    type: 'string',
    value: 'file',
    complete: 'file',
    description: {
      en: 'write the output to this file instead of standard output',
      fr: 'écrire le résultat dans ce fichier au lieu de la sortie standard',
      nl: 'het resultaat naar dit bestand schrijven in plaats van de standaarduitvoer',
    },
  },
} as const satisfies OptionSpecs;

/** Writes `text` to `--output` (saying so on standard output) or to standard output. */
export async function emit(io: CommandIo, lang: Lang, text: string, output: string | undefined): Promise<void> {
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  try {
    await writeFile(resolve(io.cwd, output), text);
  } catch (error) {
    throw new UsageError(
      'unwritable_output',
      cliMessage(lang, 'cannotWrite', { file: output, reason: (error as NodeJS.ErrnoException).code ?? String(error) }),
      { cause: error },
    );
  }
  io.stdout.write(`${officeMessage(lang, 'wrote', { file: output })}\n`);
}

/** A document in one of the document formats. */
export function renderDocument(doc: Document, format: 'text' | 'md' | 'html'): string {
  return format === 'md' ? renderMarkdown(doc) : format === 'html' ? renderHtml(doc) : renderText(doc);
}

/** Says on standard error how many records were left out, when some were. */
export function warnLeftOut(io: CommandIo, lang: Lang, ws: OfficeWorkspace, dir: string): void {
  if (ws.leftOut > 0) io.stderr.write(`${officeMessage(lang, 'leftOut', { count: ws.leftOut, dir })}\n`);
}

const report = defineCommand({
  name: 'report',
  summary: {
    en: 'participation report: programme progress, helix balance, contributions traced to projects, “you said, we did”',
    fr: 'rapport de participation\u202f: avancement du programme, équilibre des hélices, contributions tracées jusqu’aux projets, «\u00a0vous avez dit, nous avons fait\u00a0»',
    nl: 'participatierapport: voortgang van het programma, helixevenwicht, bijdragen tot projecten gevolgd, „u zei, wij deden”',
  },
  description: {
    en: 'Reads the workspace’s stakeholders, meetings, workshops, contributions, boards, decisions, factsheets, jury evaluations and roadmaps, and reports on the day given by --as-of. The programme plan comes from the region profile (or --plan). The report aggregates: it lists no participant and names no one; JSON is the same data for other tools.',
    fr: 'Lit les parties prenantes, réunions, ateliers, contributions, organes, décisions, fiches projet, évaluations du jury et feuilles de route de l’espace de travail, et fait rapport au jour donné par --as-of. Le plan du programme vient du profil régional (ou de --plan). Le rapport agrège\u202f: il ne liste aucun participant et ne nomme personne\u202f; le JSON donne les mêmes données à d’autres outils.',
    nl: 'Leest de belanghebbenden, vergaderingen, workshops, bijdragen, organen, beslissingen, projectfiches, juryevaluaties en roadmaps van de werkruimte en rapporteert op de dag van --as-of. Het programmaplan komt uit het regioprofiel (of --plan). Het rapport aggregeert: het somt geen deelnemers op en noemt niemand; JSON geeft dezelfde gegevens aan andere tools.',
  },
  arguments: [workspaceArgument],
  options: {
    ...reportFormat,
    'group-by': {
      type: 'string',
      choices: ['theme', 'channel', 'fate'],
      default: 'theme',
      description: {
        en: 'how “you said, we did” groups the contributions',
        fr: 'regroupement de «\u00a0vous avez dit, nous avons fait\u00a0»',
        nl: 'groepering van „u zei, wij deden”',
      },
    },
    plan: {
      type: 'string',
      value: 'file',
      complete: 'file',
      description: {
        en: 'a programme plan (JSON) instead of the region profile’s',
        fr: 'un plan de programme (JSON) au lieu de celui du profil régional',
        nl: 'een programmaplan (JSON) in plaats van dat van het regioprofiel',
      },
    },
    ...officeOptions,
  },
  examples: [
    {
      command: 'opencity participation report my-office --format html --lang fr --output participation.html',
      description: {
        en: 'the report as a web page in French',
        fr: 'le rapport en page web, en français',
        nl: 'het rapport als webpagina, in het Frans',
      },
    },
  ],
  exitCodes: {
    en: '0 the report was written, 2 usage or input problem (one line on standard error)',
    fr: '0 le rapport a été écrit, 2 problème d’utilisation ou d’entrée (une ligne sur la sortie d’erreur)',
    nl: '0 het rapport werd geschreven, 2 gebruiks- of invoerprobleem (één regel op de foutuitvoer)',
  },
  run: async ({ values, positionals, io, lang }) => {
    const asOf = asOfDay(values['as-of'], lang);
    const dir = positionals[0]!;
    const ws = await readOfficeWorkspace(dir, io.cwd, lang, values.plan === undefined ? {} : { plan: values.plan });
    warnLeftOut(io, lang, ws, dir);
    const data = participationReport(ws.entities, {
      asOf,
      groupBy: values['group-by'],
      ...(ws.profile.plan ? { plan: ws.profile.plan } : {}),
    });
    let text: string;
    if (values.format === 'json') {
      const findings = data.findings.map((f) => ({
        ...f,
        message: describeFinding(f, lang),
        ...(whereOf(ws.sources.get(f.entity)) ? { source: ws.sources.get(f.entity) } : {}),
      }));
      text = `${JSON.stringify({ workspace: dir, ...data, findings }, null, 2)}\n`;
    } else {
      const doc = participationReportDocument(data, ws.entities, lang, {
        ...(ws.notice ? { notice: ws.notice[lang] } : {}),
        ...(ws.profile.areaName ? { areaName: ws.profile.areaName } : {}),
      });
      text = renderDocument(doc, values.format);
    }
    await emit(io, lang, text, values.output);
    return ExitCode.ok;
  },
});

const note = defineCommand({
  name: 'note',
  summary: {
    en: 'the ambition note for the Government: vision, priorities, participation, selected projects, governance',
    fr: 'la note d’ambition pour le Gouvernement\u202f: vision, priorités, participation, projets retenus, gouvernance',
    nl: 'de ambitienota voor de Regering: visie, prioriteiten, participatie, geselecteerde projecten, governance',
  },
  description: {
    en: 'Writes the ambition note of the workspace’s office in one language, as Markdown or as one self-contained HTML page, from the region profile’s vision and priorities and the workspace’s data on the day given by --as-of. Individuals are named only with their consent to public listing.',
    fr: 'Écrit la note d’ambition de l’office dans une langue, en Markdown ou en une page HTML autonome, à partir de la vision et des priorités du profil régional et des données de l’espace de travail au jour donné par --as-of. Les personnes ne sont nommées qu’avec leur consentement à être citées publiquement.',
    nl: 'Schrijft de ambitienota van het Office in één taal, als Markdown of als één zelfstandige HTML-pagina, op basis van de visie en prioriteiten van het regioprofiel en de gegevens van de werkruimte op de dag van --as-of. Personen worden enkel genoemd met hun toestemming voor publieke vermelding.',
  },
  arguments: [workspaceArgument],
  options: {
    format: {
      type: 'string',
      choices: ['md', 'html'],
      default: 'md',
      description: { en: 'output format', fr: 'format de sortie', nl: 'uitvoerformaat' },
    },
    ...officeOptions,
  },
  examples: [
    {
      command: 'opencity participation note my-office --lang nl --format html --output ambitienota.html',
      description: {
        en: 'the note in Dutch as a web page',
        fr: 'la note en néerlandais, en page web',
        nl: 'de nota in het Nederlands als webpagina',
      },
    },
  ],
  exitCodes: {
    en: '0 the note was written, 2 usage or input problem (a region profile without vision and priorities, for one)',
    fr: '0 la note a été écrite, 2 problème d’utilisation ou d’entrée (par exemple un profil régional sans vision ni priorités)',
    nl: '0 de nota werd geschreven, 2 gebruiks- of invoerprobleem (bijvoorbeeld een regioprofiel zonder visie en prioriteiten)',
  },
  run: async ({ values, positionals, io, lang }) => {
    const asOf = asOfDay(values['as-of'], lang);
    const dir = positionals[0]!;
    const ws = await readOfficeWorkspace(dir, io.cwd, lang);
    if (!ws.profile.ambition)
      throw new UsageError(
        'no_profile',
        `${dir}: the region profile "${String(ws.manifest.profile)}" has no vision and priorities for an ambition note`,
      );
    warnLeftOut(io, lang, ws, dir);
    const result = ambitionNote(
      {
        entities: ws.entities,
        profile: ws.profile.ambition,
        asOf,
        ...(ws.profile.plan ? { plan: ws.profile.plan } : {}),
        ...(ws.notice ? { notice: ws.notice } : {}),
      },
      { lang },
    );
    await emit(io, lang, values.format === 'html' ? result.html : result.markdown, values.output);
    return ExitCode.ok;
  },
});

/** `opencity participation`: the participation report and the ambition note of a workspace. */
export const participation = defineCommand({
  name: 'participation',
  summary: {
    en: 'participation report and ambition note of an office’s workspace',
    fr: 'rapport de participation et note d’ambition d’un espace de travail',
    nl: 'participatierapport en ambitienota van een werkruimte',
  },
  subcommands: [report, note],
});
