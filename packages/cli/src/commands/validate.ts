/** `opencity validate`: check payload files against the published schemas. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getSchemaInfo, listSchemas, validate, validateEntity, type Finding, type Lang } from '@opencity/models';
import { ExitCode, UsageError, type CommandIo } from '../io';

export const validateHelp = `Usage: opencity validate <file…> [--model <Type>] [--lang en|fr|nl] [--fail-on error|warning]

Validates JSON payloads (one entity or an array of entities per file) against the OpenCity schemas.
The model is detected from each payload's "type" unless --model is given.

Exit codes: 0 no finding reaches --fail-on (default error), 1 some does, 2 usage or I/O problem.`;

interface Located extends Finding {
  readonly file: string;
  readonly index?: number;
}

/** Runs `opencity validate` with the given arguments. */
export async function validateCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      model: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      'fail-on': { type: 'string', default: 'error' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(`${validateHelp}\n`);
    return ExitCode.ok;
  }
  if (positionals.length === 0) throw new UsageError('no_input', 'validate needs at least one file (see opencity validate --help)');
  const lang = values.lang as Lang;
  if (!['en', 'fr', 'nl'].includes(lang)) throw new UsageError('bad_option', `--lang must be en, fr or nl; got "${values.lang}"`);
  const failOn = values['fail-on'];
  if (failOn !== 'error' && failOn !== 'warning') throw new UsageError('bad_option', `--fail-on must be error or warning; got "${failOn}"`);
  const model = values.model;
  if (model !== undefined && !getSchemaInfo(model)) {
    throw new UsageError('unknown_model', `unknown model "${model}"; known models: ${listSchemas().map((s) => s.name).join(', ')}`);
  }

  const findings: Located[] = [];
  let records = 0;
  let invalid = 0;
  for (const file of positionals) {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      throw new UsageError('unreadable_file', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
    }
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch (error) {
      records++;
      invalid++;
      findings.push({ file, code: 'unparseable_json', severity: 'error', instancePath: '', schemaPath: '', keyword: 'json', params: {}, message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const items = Array.isArray(payload) ? payload.map((p, i) => [p, i] as const) : [[payload, undefined] as const];
    for (const [item, index] of items) {
      records++;
      const result = model ? validate(model, item, { lang }) : validateEntity(item, { lang });
      if (!result.valid) invalid++;
      for (const f of result.findings) findings.push(index === undefined ? { ...f, file } : { ...f, file, index });
    }
  }

  for (const f of findings) {
    const where = `${f.file}${f.index === undefined ? '' : `[${f.index}]`}${f.instancePath ? ` ${f.instancePath}` : ''}`;
    io.stdout.write(`${where}: ${f.severity} ${f.code}: ${f.message}\n`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  io.stdout.write(`${records} record(s): ${records - invalid} valid, ${invalid} invalid; ${errors} error(s), ${warnings} warning(s)\n`);
  const failing = failOn === 'warning' ? errors + warnings : errors;
  return failing > 0 ? ExitCode.findings : ExitCode.ok;
}
