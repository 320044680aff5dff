/** `opencity validate`: check payload files, folders, NDJSON streams or stdin against the published schemas. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closestName, listSchemas, type Lang, type Severity } from '@opencity/models';
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

/** The `--help` text of `opencity validate`. */
export const validateHelp = `Usage: opencity validate [paths… | -] [options]

Validates JSON payloads against the OpenCity schemas and reports what is wrong, where and why.
Inputs: files, folders (recursive: .json, .ndjson, .jsonl), "-" for standard input. A .json file holds one
entity or an array of entities; .ndjson/.jsonl files are streamed line by line (one record per line).

Options:
  --model <Type>              validate every record against this model (default: detected from "type")
  --representation <form>     auto | keyValues | normalized | concise (default auto). NGSI-LD normalized and
                              concise records are converted to keyValues and their structure checked
  --format <format>           text | json | html | junit | sarif (default text)
  --output <file>             write the report to a file instead of standard output
  --lang <lang>               en | fr | nl: language of messages (default en)
  --fail-on <severity>        error | warning: lowest severity that makes the exit code 1 (default error)
  --max-record-bytes <n>      records larger than n bytes are reported, not parsed (default 16777216)
  -h, --help                  show this help

Exit codes: 0 no finding reaches --fail-on, 1 some does, 2 usage or I/O problem (one line on stderr).`;

const FORMATS = ['text', 'json', 'html', 'junit', 'sarif'] as const;
type Format = (typeof FORMATS)[number];
const REPRESENTATIONS: readonly ReportRepresentation[] = ['auto', 'keyValues', 'normalized', 'concise'];
const PROGRESS_MIN_BYTES = 8 * 1024 * 1024;

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError('bad_option', `--${name} must be ${allowed.join(', ')}; got "${value}"`);
  return value as T;
}

/** A one-line progress bar on a TTY: redrawn at most ten times a second, erased when done. */
function progressBar(io: CommandIo): { update: (p: FileProgress) => void; done: () => void } {
  let last = 0;
  let shown = false;
  return {
    update: (p) => {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      const records = `${p.records.toLocaleString('en')} records`;
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
        io.stderr.write(`\rvalidating…  ${records}  ${p.file}`.slice(0, 120).padEnd(120));
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

/** Runs `opencity validate` with the given arguments and resolves to the exit code. */
export async function validateCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      model: { type: 'string' },
      representation: { type: 'string', default: 'auto' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      'fail-on': { type: 'string', default: 'error' },
      'max-record-bytes': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${validateHelp}\n`);
    return ExitCode.ok;
  }
  if (positionals.length === 0)
    throw new UsageError('no_input', 'validate needs at least one file, folder or "-" (see opencity validate --help)');
  const lang = oneOf<Lang>('lang', values.lang, ['en', 'fr', 'nl']);
  const failOn = oneOf<'error' | 'warning'>('fail-on', values['fail-on'], ['error', 'warning']);
  const format = oneOf<Format>('format', values.format, FORMATS);
  const representation = oneOf('representation', values.representation, REPRESENTATIONS);
  let maxRecordBytes: number | undefined;
  if (values['max-record-bytes'] !== undefined) {
    maxRecordBytes = Number(values['max-record-bytes']);
    if (!/^\d+$/.test(values['max-record-bytes']) || !Number.isSafeInteger(maxRecordBytes) || maxRecordBytes < 1) {
      throw new UsageError(
        'bad_option',
        `--max-record-bytes must be a positive whole number of bytes; got "${values['max-record-bytes']}"`,
      );
    }
  }
  const model = values.model;
  if (model !== undefined && !listSchemas().some((s) => s.name === model)) {
    const names = listSchemas().map((s) => s.name);
    const suggestion = closestName(model, names) ?? names.find((n) => n.toLowerCase().startsWith(model.toLowerCase()));
    throw new UsageError(
      'unknown_model',
      `unknown model "${model}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known models: ${names.join(', ')}`,
    );
  }

  const bar = io.stderr.isTTY ? progressBar(io) : undefined;
  let report: ValidationReport;
  try {
    report = await validateFiles(positionals, {
      cwd: io.cwd,
      stdin: io.stdin,
      lang,
      representation,
      ...(model === undefined ? {} : { model }),
      ...(maxRecordBytes === undefined ? {} : { maxRecordBytes }),
      ...(bar
        ? {
            onProgress: (p: FileProgress) =>
              p.bytesTotal >= PROGRESS_MIN_BYTES || p.bytesTotal === 0 ? bar.update(p) : undefined,
          }
        : {}),
    });
  } catch (error) {
    // Input problems (missing or unreadable files) and option problems found by the engine are usage errors: exit 2.
    const e = error as { name?: string; code?: string; message?: string };
    if (e.name === 'InputError' || e.name === 'ReportOptionsError')
      throw new UsageError(e.code ?? 'input', e.message ?? String(error), { cause: error });
    throw error;
  } finally {
    bar?.done();
  }

  const color = format === 'text' && values.output === undefined && !!io.stdout.isTTY && !io.env['NO_COLOR'];
  const output = render(report, format, failOn, color);
  if (values.output !== undefined) {
    try {
      await writeFile(resolve(io.cwd, values.output), output);
    } catch (error) {
      throw new UsageError(
        'unwritable_output',
        `cannot write ${values.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
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
