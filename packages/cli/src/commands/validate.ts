/** `opencity validate`: check payload files, folders, NDJSON streams or stdin against the published schemas. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { listSchemas, type Lang, type Severity } from '@opencity/models';
import {
  formatHtml,
  formatJson,
  formatJunit,
  formatSarif,
  formatText,
  type ReportRepresentation,
  type ValidationReport,
} from '@opencity/interop';
import { validateFiles, type FileProgress } from '@opencity/interop/node';
import { ExitCode, UsageError, type CommandIo } from '../io';
import { defineCommand, type OptionSpecs } from '../framework/command';
import { word } from '../framework/parse';
import { suggest } from '../framework/suggest';
import { cliMessage, ioReason } from '../messages';

/** The report formats of `validate` and `workspace check`. */
export const FORMATS = ['text', 'json', 'html', 'junit', 'sarif'] as const;
type Format = (typeof FORMATS)[number];
const REPRESENTATIONS = [
  'auto',
  'keyValues',
  'normalized',
  'concise',
  'ngsiv2',
  'geojson',
] as const satisfies readonly ReportRepresentation[];
const PROGRESS_MIN_BYTES = 8 * 1024 * 1024;

/** A one-line progress bar on a TTY: redrawn at most ten times a second, erased when done. */
function progressBar(io: CommandIo, lang: Lang): { update: (p: FileProgress) => void; done: () => void } {
  let last = 0;
  let shown = false;
  return {
    update: (p) => {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      const records = cliMessage(lang, 'records', { count: p.records });
      if (p.bytesTotal > 0) {
        const ratio = Math.min(1, p.bytesDone / p.bytesTotal);
        const width = 30;
        const filled = Math.round(ratio * width);
        io.stderr.write(
          `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}%  ${records}  ${p.file}`
            .slice(0, 120)
            .padEnd(120),
        );
      } else {
        io.stderr.write(`\r${cliMessage(lang, 'validating')}  ${records}  ${p.file}`.slice(0, 120).padEnd(120));
      }
    },
    done: () => {
      if (shown) io.stderr.write(`\r${' '.repeat(120)}\r`);
    },
  };
}

function render(report: ValidationReport, format: Format, failOn: Severity, color: boolean): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'html':
      return formatHtml(report);
    case 'junit':
      return formatJunit(report, { failOn });
    case 'sarif':
      return formatSarif(report);
    default:
      return formatText(report, { color });
  }
}

/** The report options `validate` and `workspace check` share: format, output file, failure threshold, record size. */
export const reportOptions = {
  format: {
    type: 'string',
    default: 'text',
    choices: FORMATS,
    description: { en: 'report format', fr: 'format du rapport', nl: 'rapportformaat' },
  },
  output: {
    type: 'string',
    value: 'file',
    complete: 'file',
    description: {
      en: 'write the report to a file instead of standard output',
      fr: 'écrire le rapport dans un fichier plutôt que sur la sortie standard',
      nl: 'het rapport naar een bestand schrijven in plaats van naar de standaarduitvoer',
    },
  },
  'fail-on': {
    type: 'string',
    value: 'severity',
    default: 'error',
    choices: ['error', 'warning'],
    description: {
      en: 'lowest severity that makes the exit code 1',
      fr: 'gravité la plus basse qui donne le code de sortie 1',
      nl: 'laagste ernst die afsluitcode 1 geeft',
    },
  },
  'max-record-bytes': {
    type: 'string',
    value: 'n',
    default: '16777216',
    description: {
      en: 'records larger than n bytes are reported, not parsed',
      fr: 'les enregistrements de plus de n octets sont signalés, pas analysés',
      nl: 'records groter dan n bytes worden gemeld, niet ingelezen',
    },
  },
} as const satisfies OptionSpecs;

/** The value of `--max-record-bytes`: a positive whole number of bytes, or a usage error. */
export function parseMaxRecordBytes(text: string, lang: Lang): number {
  const bytes = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(bytes) || bytes < 1)
    throw new UsageError(
      'bad_option',
      cliMessage(lang, 'positiveBytes', { option: '--max-record-bytes', value: text }),
    );
  return bytes;
}

/** `opencity validate`: validates payloads and reports what is wrong, where and why. */
export const validate = defineCommand({
  name: 'validate',
  summary: {
    en: 'validate payloads against the OpenCity schemas',
    fr: 'valider des données selon les schémas OpenCity',
    nl: 'gegevens valideren tegen de OpenCity-schema’s',
  },
  description: {
    en: `Validates JSON payloads against the OpenCity schemas and reports what is wrong, where and why.
Inputs: files, folders (recursive: .json, .ndjson, .jsonl), "-" for standard input. A .json file holds one
entity or an array of entities; .ndjson/.jsonl files are streamed line by line (one record per line).`,
    fr: `Valide des données JSON selon les schémas OpenCity et indique ce qui ne va pas, où et pourquoi.
Entrées\u202f: fichiers, dossiers (récursivement\u202f: .json, .ndjson, .jsonl), «\u00a0-\u00a0» pour l’entrée standard. Un fichier
.json contient une entité ou un tableau d’entités\u202f; les fichiers .ndjson/.jsonl sont lus ligne par ligne.`,
    nl: `Valideert JSON-gegevens tegen de OpenCity-schema’s en meldt wat er mis is, waar en waarom.
Invoer: bestanden, mappen (recursief: .json, .ndjson, .jsonl), "-" voor de standaardinvoer. Een .json-bestand bevat
één entiteit of een lijst van entiteiten; .ndjson/.jsonl-bestanden worden regel per regel gelezen.`,
  },
  arguments: [
    {
      name: 'paths',
      required: true,
      variadic: true,
      description: {
        en: 'files, folders or "-" (standard input)',
        fr: 'fichiers, dossiers ou «\u00a0-\u00a0» (entrée standard)',
        nl: 'bestanden, mappen of "-" (standaardinvoer)',
      },
    },
  ],
  options: {
    model: {
      type: 'string',
      value: 'Type',
      description: {
        en: 'validate every record against this model (default: detected from "type")',
        fr: 'valider chaque enregistrement selon ce modèle (par défaut\u202f: déduit de «\u00a0type\u00a0»)',
        nl: 'elk record tegen dit model valideren (standaard: afgeleid uit "type")',
      },
    },
    representation: {
      type: 'string',
      value: 'form',
      default: 'auto',
      choices: REPRESENTATIONS,
      description: {
        en: 'form of the records (NGSI-LD keyValues, normalized or concise, NGSI-v2 normalized, GeoJSON); other forms than keyValues are converted and their structure checked',
        fr: 'forme des enregistrements (NGSI-LD keyValues, normalized ou concise, NGSI-v2 normalisé, GeoJSON)\u202f; les formes autres que keyValues sont converties et leur structure vérifiée',
        nl: 'vorm van de records (NGSI-LD keyValues, normalized of concise, genormaliseerd NGSI-v2, GeoJSON); andere vormen dan keyValues worden omgezet en hun structuur gecontroleerd',
      },
    },
    ...reportOptions,
  },
  examples: [
    {
      command: 'opencity validate payloads/ --format html --output report.html',
      description: {
        en: 'validate a folder and write an HTML report',
        fr: 'valider un dossier et écrire un rapport HTML',
        nl: 'een map valideren en een HTML-rapport schrijven',
      },
    },
    {
      command: 'cat day.ndjson | opencity validate - --lang fr',
      description: {
        en: 'validate NDJSON from standard input, messages in French',
        fr: 'valider du NDJSON reçu sur l’entrée standard, messages en français',
        nl: 'NDJSON van de standaardinvoer valideren, berichten in het Frans',
      },
    },
  ],
  exitCodes: {
    en: '0 no finding reaches --fail-on, 1 some does, 2 usage or input problem (one line on standard error)',
    fr: '0 aucun constat n’atteint --fail-on, 1 au moins un, 2 problème d’utilisation ou d’entrée (une ligne sur la sortie d’erreur)',
    nl: '0 geen bevinding bereikt --fail-on, 1 wel, 2 gebruiks- of invoerprobleem (één regel op de foutuitvoer)',
  },
  run: async ({ values, positionals, io, lang }) => {
    const failOn = values['fail-on'];
    const format = values.format;
    const representation = values.representation;
    const maxRecordBytes = parseMaxRecordBytes(values['max-record-bytes'], lang);
    const model = values.model;
    if (model !== undefined && !listSchemas().some((s) => s.name === model)) {
      const names = listSchemas().map((s) => s.name);
      const suggestion = suggest(model, names);
      throw new UsageError(
        'unknown_model',
        cliMessage(lang, 'unknownModel', {
          model,
          suggestion: suggestion ? word(lang, 'didYouMean', { name: `"${suggestion}"` }) : '',
          list: names.join(', '),
        }),
      );
    }
    return validateRun(io, lang, positionals, {
      failOn,
      format,
      representation,
      maxRecordBytes,
      model,
      output: values.output,
    });
  },
});

async function validateRun(
  io: CommandIo,
  lang: Lang,
  positionals: readonly string[],
  opts: {
    failOn: 'error' | 'warning';
    format: Format;
    representation: ReportRepresentation;
    maxRecordBytes: number;
    model: string | undefined;
    output: string | undefined;
  },
): Promise<number> {
  const { failOn, format, representation, maxRecordBytes, model } = opts;
  const values = { output: opts.output };
  const bar = io.stderr.isTTY ? progressBar(io, lang) : undefined;
  let report: ValidationReport;
  try {
    report = await validateFiles(positionals, {
      cwd: io.cwd,
      stdin: io.stdin,
      lang,
      representation,
      ...(model === undefined ? {} : { model }),
      maxRecordBytes,
      ...(bar
        ? {
            onProgress: (p: FileProgress) =>
              p.bytesTotal >= PROGRESS_MIN_BYTES || p.bytesTotal === 0 ? bar.update(p) : undefined,
          }
        : {}),
    });
  } catch (error) {
    // Input problems (missing or unreadable files) and option problems found by the engine are usage errors: exit 2.
    const e = error as { name?: string; code?: string; message?: string; file?: string; reason?: string };
    if (e.name === 'InputError' || e.name === 'ReportOptionsError') {
      const message =
        e.code === 'unreadable_file' && e.file !== undefined && e.reason !== undefined
          ? cliMessage(lang, 'cannotRead', { file: e.file, reason: e.reason })
          : e.code === 'no_input_files' && e.file !== undefined
            ? cliMessage(lang, 'noInputFiles', { file: e.file })
            : (e.message ?? String(error));
      throw new UsageError(e.code ?? 'input', message, { cause: error });
    }
    throw error;
  } finally {
    bar?.done();
  }

  return emitReport(io, lang, report, { format, failOn, output: values.output });
}

/**
 * Writes a report in the chosen format to standard output or `--output` (with a one-line summary), and returns the
 * exit code: shared by `opencity validate` and `opencity workspace check`.
 */
export async function emitReport(
  io: CommandIo,
  lang: Lang,
  report: ValidationReport,
  opts: { readonly format: Format; readonly failOn: 'error' | 'warning'; readonly output: string | undefined },
): Promise<number> {
  const { format, failOn } = opts;
  const values = { output: opts.output };
  const color = format === 'text' && values.output === undefined && !!io.stdout.isTTY && !io.env['NO_COLOR'];
  const output = render(report, format, failOn, color);
  if (values.output !== undefined) {
    try {
      await writeFile(resolve(io.cwd, values.output), output);
    } catch (error) {
      throw new UsageError(
        'unwritable_output',
        cliMessage(lang, 'cannotWrite', { file: values.output, reason: ioReason(error) }),
        { cause: error },
      );
    }
    const text = formatText(report, { maxRecords: 0 }).trimEnd().split('\n');
    io.stdout.write(`${values.output}: ${text[text.length - 1]}\n`);
  } else {
    io.stdout.write(output);
  }
  const { error: errors, warning: warnings } = report.summary.bySeverity;
  return errors > 0 || (failOn === 'warning' && warnings > 0) ? ExitCode.findings : ExitCode.ok;
}
