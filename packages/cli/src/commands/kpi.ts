/** `opencity kpi`: list the KPI catalogue and compute KPI values from input and sensor data files. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { validate, type KpiDefinition, type KpiValue, type Target } from '@opencity/models';
import {
  catalogue as defaultCatalogue,
  computeDataset,
  isKpiError,
  parseNdjson,
  type InputRow,
  type ObservationRow,
} from '@opencity/kpi';
import { ExitCode, UsageError, type CommandIo } from '../io';

/** Help of `opencity kpi`. */
export const kpiHelp = `Usage:
  opencity kpi list [--format text|json] [--domain <domain>] [--catalogue <file.json>] [--lang en|fr|nl]
  opencity kpi compute --data <file|dir> [--catalogue <file.json>] [--kpi <id,…>] [--period <p>] [--area <code>]
                       [--region <code>] [--targets <file.json>] [--format json|csv|text]

list: the KPI definitions (id, domain, direction, unit, name, framework references).
compute: KPI values with status and provenance from data files (.json array, .ndjson/.jsonl, .csv; a folder is read
  whole). Rows with "time" are sensor observations (area, time, variable, value[, unit]); other rows are inputs
  (area, period, variable, value[, unit, source]). A KPI is computed for an area and period when one of its inputs is
  present there. --region pools every area into one regional value (numerators and denominators are summed).
  --targets is a JSON array of Target entities.

Exit codes: 0 done, 2 usage or input problem.`;

type Row = Record<string, unknown>;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined || !(allowed as readonly string[]).includes(value))
    throw new UsageError('bad_option', `--${name} must be one of ${allowed.join(', ')}; got "${value}"`);
  return value as T;
}

async function readText(io: CommandIo, file: string): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(
      'unreadable_file',
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { cause: error },
    );
  }
}

async function loadCatalogue(io: CommandIo, file: string | undefined): Promise<readonly KpiDefinition[]> {
  if (file === undefined) return defaultCatalogue;
  let data: unknown;
  try {
    data = JSON.parse(await readText(io, file));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError('bad_catalogue', `${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(data))
    throw new UsageError('bad_catalogue', `${file} must hold a JSON array of KpiDefinition entities`);
  return data.map((d, i) => {
    const r = validate('KpiDefinition', d);
    if (!r.valid) {
      const f = r.findings.find((x) => x.severity === 'error')!;
      throw new UsageError('bad_catalogue', `${file}[${i}]${f.instancePath ? ` ${f.instancePath}` : ''}: ${f.message}`);
    }
    return r.data;
  });
}

async function dataFiles(io: CommandIo, path: string): Promise<string[]> {
  const full = resolve(io.cwd, path);
  let info;
  try {
    info = await stat(full);
  } catch (error) {
    throw new UsageError(
      'unreadable_file',
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { cause: error },
    );
  }
  if (!info.isDirectory()) return [full];
  const names = (await readdir(full))
    .filter((n) => ['.json', '.ndjson', '.jsonl', '.csv'].includes(extname(n).toLowerCase()))
    .sort();
  if (names.length === 0) throw new UsageError('no_input', `${path} holds no .json, .ndjson, .jsonl or .csv file`);
  return names.map((n) => join(full, n));
}

async function readRows(io: CommandIo, file: string): Promise<Row[]> {
  const text = await readText(io, file);
  const ext = extname(file).toLowerCase();
  try {
    if (ext === '.csv') {
      return (parseCsv(text, { columns: true, skip_empty_lines: true, trim: true }) as Row[]).map((r) => ({
        ...r,
        value: r['value'] === '' ? undefined : Number(r['value']),
      }));
    }
    if (ext === '.ndjson' || ext === '.jsonl') {
      const rows: Row[] = [];
      for await (const r of parseNdjson([text])) rows.push(r as Row);
      return rows;
    }
    const data = JSON.parse(text) as unknown;
    if (!Array.isArray(data)) throw new Error('expected a JSON array of rows');
    return data as Row[];
  } catch (error) {
    throw new UsageError('bad_data', `${file}: ${isKpiError(error) ? error.message : (error as Error).message}`, {
      cause: error,
    });
  }
}

function listText(definitions: readonly KpiDefinition[], lang: 'en' | 'fr' | 'nl'): string {
  const width = Math.max(...definitions.map((d) => d.id.length));
  return `${definitions
    .map((d) => {
      const refs = (d.references ?? []).map((r) => `${r.framework} ${r.code}`).join('; ');
      return `${d.id.padEnd(width)}  ${d.domain.padEnd(11)}  ${d.direction.padEnd(8)}  ${d.unit.symbol.padEnd(26)}  ${d.name[lang]}${refs ? `  [${refs}]` : ''}`;
    })
    .join('\n')}\n${definitions.length} KPI definition(s)\n`;
}

const csvCell = (v: unknown): string => {
  const s = v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function render(values: readonly KpiValue[], format: 'json' | 'csv' | 'text'): string {
  if (format === 'json') return `${JSON.stringify(values, null, 2)}\n`;
  if (format === 'csv') {
    const head = 'kpi,area,period,value,unit,status,coverage,not_computable';
    const lines = values.map((v) =>
      [v.kpi, v.area, v.period, v.value, v.unitText, v.status, v.coverage?.share, v.notComputable?.code]
        .map(csvCell)
        .join(','),
    );
    return `${[head, ...lines].join('\n')}\n`;
  }
  const lines = values.map((v) => {
    const value =
      v.value === undefined
        ? `not computable (${v.notComputable!.code}: ${v.notComputable!.message})`
        : `${Number(v.value.toPrecision(6))} ${v.unitText ?? ''}`.trim();
    return `${v.kpi.padEnd(7)} ${v.area.padEnd(8)} ${v.period.padEnd(8)} ${v.status.padEnd(7)} ${value}`;
  });
  const computedCount = values.filter((v) => v.value !== undefined).length;
  return `${lines.join('\n')}\n${values.length} value(s): ${computedCount} computed, ${values.length - computedCount} not computable\n`;
}

/** Runs `opencity kpi` with the given arguments. */
export async function kpiCommand(args: string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    io.stdout.write(`${kpiHelp}\n`);
    return sub === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (sub === 'list') return list(rest, io);
  if (sub === 'compute') return compute(rest, io);
  throw new UsageError('bad_command', `unknown kpi subcommand "${sub}" (list, compute)`);
}

async function list(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      format: { type: 'string', default: 'text' },
      domain: { type: 'string' },
      catalogue: { type: 'string' },
      lang: { type: 'string', default: 'en' },
    },
  });
  const format = oneOf('format', values.format, ['text', 'json'] as const);
  const lang = oneOf('lang', values.lang, ['en', 'fr', 'nl'] as const);
  const definitions = (await loadCatalogue(io, values.catalogue)).filter(
    (d) => values.domain === undefined || d.domain === values.domain,
  );
  io.stdout.write(format === 'json' ? `${JSON.stringify(definitions, null, 2)}\n` : listText(definitions, lang));
  return ExitCode.ok;
}

async function compute(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      catalogue: { type: 'string' },
      kpi: { type: 'string' },
      period: { type: 'string' },
      area: { type: 'string' },
      region: { type: 'string' },
      targets: { type: 'string' },
      format: { type: 'string', default: 'text' },
    },
  });
  if (values.data === undefined)
    throw new UsageError('no_input', 'kpi compute needs --data <file|dir> (see opencity kpi --help)');
  const format = oneOf('format', values.format, ['json', 'csv', 'text'] as const);
  let definitions = await loadCatalogue(io, values.catalogue);
  if (values.kpi !== undefined) {
    const wanted = values.kpi.split(',').map((s) => s.trim());
    const unknown = wanted.filter((id) => !definitions.some((d) => d.id === id));
    if (unknown.length) throw new UsageError('unknown_kpi', `unknown KPI ${unknown.join(', ')}`);
    definitions = definitions.filter((d) => wanted.includes(d.id));
  }
  let targets: Target[] = [];
  if (values.targets !== undefined) {
    const data = JSON.parse(await readText(io, values.targets)) as unknown;
    if (!Array.isArray(data))
      throw new UsageError('bad_targets', `${values.targets} must hold a JSON array of Target entities`);
    targets = data.map((t, i) => {
      const r = validate('Target', t);
      if (!r.valid)
        throw new UsageError(
          'bad_targets',
          `${values.targets}[${i}]: ${r.findings.find((f) => f.severity === 'error')!.message}`,
        );
      return r.data;
    });
  }

  const inputs: InputRow[] = [];
  const observations: ObservationRow[] = [];
  for (const file of await dataFiles(io, values.data)) {
    for (const row of await readRows(io, file)) {
      if (!row || typeof row !== 'object') continue;
      const value = typeof row['value'] === 'string' ? Number(row['value']) : row['value'];
      if (
        typeof value !== 'number' ||
        typeof row['variable'] !== 'string' ||
        (typeof row['area'] !== 'string' && typeof row['area'] !== 'number')
      )
        continue;
      const unit = typeof row['unit'] === 'string' && row['unit'] ? { unit: row['unit'] } : {};
      if ('time' in row && (typeof row['time'] === 'string' || typeof row['time'] === 'number')) {
        observations.push({ area: row['area'], time: row['time'], variable: row['variable'], value, ...unit });
      } else if (typeof row['period'] === 'string' || typeof row['period'] === 'number') {
        inputs.push({
          area: row['area'],
          period: row['period'],
          variable: row['variable'],
          value,
          ...unit,
          ...(typeof row['source'] === 'string' && row['source'] ? { source: row['source'] } : {}),
        });
      }
    }
  }
  const keep = (v: KpiValue): boolean =>
    (values.period === undefined || v.period === values.period) &&
    (values.area === undefined || v.area === values.area || v.area === values.region);
  let out: KpiValue[];
  try {
    out = await computeDataset({
      definitions,
      inputs,
      observations,
      targets,
      ...(values.region === undefined ? {} : { region: values.region }),
    });
  } catch (error) {
    if (isKpiError(error)) throw new UsageError('bad_input', error.message, { cause: error });
    throw error;
  }
  io.stdout.write(render(out.filter(keep), format));
  return ExitCode.ok;
}
