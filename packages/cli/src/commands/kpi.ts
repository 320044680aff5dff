/** `opencity kpi`: list the KPI catalogue and compute KPI values from input and sensor data files. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { validate, type KpiDefinition, type KpiValue, type Lang, type Target } from '@opencity/models';
import { escapeTerminal } from '@opencity/interop';
import {
  catalogue as defaultCatalogue,
  computeDataset,
  isKpiError,
  toEpochMs,
  type InputRow,
  type ObservationRow,
} from '@opencity/kpi';
import { ExitCode, UsageError, type CommandIo } from '../io';
import { defineCommand } from '../framework/command';
import { word } from '../framework/parse';
import { suggest } from '../framework/suggest';
import { cliMessage, ioReason } from '../messages';

type Row = Record<string, unknown>;

/** Rejected rows listed one per line on stderr before the count (the count is never capped). */
const MAX_LISTED_REJECTIONS = 100;

async function readText(io: CommandIo, lang: Lang, file: string): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError('unreadable_file', cliMessage(lang, 'cannotRead', { file, reason: ioReason(error) }), {
      cause: error,
    });
  }
}

async function readJson(io: CommandIo, lang: Lang, file: string): Promise<unknown> {
  const text = await readText(io, lang, file);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError('invalid_json', cliMessage(lang, 'notJson', { file, reason: (error as Error).message }), {
      cause: error,
    });
  }
}

/** Reads a JSON array of entities of one type, each validated; the first invalid one is named with its index. */
async function readEntities<T>(
  io: CommandIo,
  lang: Lang,
  file: string,
  type: 'KpiDefinition' | 'Target',
  code: string,
): Promise<T[]> {
  const data = await readJson(io, lang, file);
  if (!Array.isArray(data)) throw new UsageError(code, `${file} must hold a JSON array of ${type} entities`);
  return data.map((d, i) => {
    const r = validate(type, d, { lang });
    if (!r.ok) {
      const f = r.findings.find((x) => x.severity === 'error')!;
      throw new UsageError(code, `${file}[${i}]${f.instancePath ? ` ${f.instancePath}` : ''}: ${f.message}`);
    }
    return r.data as T;
  });
}

const loadCatalogue = (io: CommandIo, lang: Lang, file: string | undefined): Promise<readonly KpiDefinition[]> =>
  file === undefined
    ? Promise.resolve(defaultCatalogue)
    : readEntities<KpiDefinition>(io, lang, file, 'KpiDefinition', 'bad_catalogue');

async function dataFiles(io: CommandIo, lang: Lang, path: string): Promise<string[]> {
  const full = resolve(io.cwd, path);
  let info;
  try {
    info = await stat(full);
  } catch (error) {
    throw new UsageError('unreadable_file', cliMessage(lang, 'cannotRead', { file: path, reason: ioReason(error) }), {
      cause: error,
    });
  }
  if (!info.isDirectory()) return [full];
  const names = (await readdir(full))
    .filter((n) => ['.json', '.ndjson', '.jsonl', '.csv'].includes(extname(n).toLowerCase()))
    .sort();
  if (names.length === 0) throw new UsageError('no_input', `${path} holds no .json, .ndjson, .jsonl or .csv file`);
  return names.map((n) => join(full, n));
}

/** A row of a data file with where it was: a line (CSV, NDJSON) or an index (JSON array). */
interface LocatedRow {
  readonly row: unknown;
  readonly where: string;
}

/** A row that could not be read or used, with its place and why. */
interface Rejection {
  readonly file: string;
  readonly where: string;
  readonly reason: string;
}

async function readRows(io: CommandIo, lang: Lang, file: string, rejected: Rejection[]): Promise<LocatedRow[]> {
  const text = await readText(io, lang, file);
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') {
    let records: { record: Row; info: { lines: number } }[];
    try {
      records = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, info: true, bom: true });
    } catch (error) {
      throw new UsageError('bad_data', `${file}: ${(error as Error).message}`, { cause: error });
    }
    return records.map(({ record, info }) => ({ row: record, where: `:${info.lines}` }));
  }
  if (ext === '.ndjson' || ext === '.jsonl') {
    const rows: LocatedRow[] = [];
    text.split('\n').forEach((raw, i) => {
      const line = raw.trim();
      if (line === '') return;
      try {
        rows.push({ row: JSON.parse(line), where: `:${i + 1}` });
      } catch (error) {
        rejected.push({
          file,
          where: `:${i + 1}`,
          reason: cliMessage(lang, 'rowNotJson', { reason: (error as Error).message }),
        });
      }
    });
    return rows;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError('invalid_json', cliMessage(lang, 'notJson', { file, reason: (error as Error).message }));
  }
  if (!Array.isArray(data)) throw new UsageError('bad_data', `${file}: expected a JSON array of rows`);
  return data.map((row, i) => ({ row, where: `[${i}]` }));
}

/** Why a row cannot be used, or `undefined` when it is a usable input or observation row. */
function rowProblem(row: unknown, lang: Lang): string | undefined {
  if (!row || typeof row !== 'object' || Array.isArray(row)) return cliMessage(lang, 'rowNotObject');
  const r = row as Row;
  if (typeof r['variable'] !== 'string' || r['variable'] === '')
    return cliMessage(lang, 'rowMissing', { field: 'variable' });
  if ((typeof r['area'] !== 'string' && typeof r['area'] !== 'number') || r['area'] === '')
    return cliMessage(lang, 'rowMissing', { field: 'area' });
  if (!Number.isFinite(numberOf(r['value'])))
    return cliMessage(lang, 'rowValue', { got: JSON.stringify(r['value']) ?? '-' });
  const hasTime = typeof r['time'] === 'string' || typeof r['time'] === 'number';
  const hasPeriod = typeof r['period'] === 'string' || typeof r['period'] === 'number';
  if (!hasTime && !hasPeriod) return cliMessage(lang, 'rowNoTime');
  // An observation's time is read as the engine reads it, so that a row it would drop (year 275760, no zone) is
  // reported here with its line instead of vanishing from the computation.
  if (hasTime && Number.isNaN(timeOf(r['time'])))
    return cliMessage(lang, 'rowTime', { got: (JSON.stringify(r['time']) ?? '-').slice(0, 100) });
  return undefined;
}

/** A row's time in epoch milliseconds as the KPI engine reads it, or NaN when the engine would reject it. */
function timeOf(time: unknown): number {
  try {
    return toEpochMs(time);
  } catch {
    return Number.NaN;
  }
}

/** A row's value as a number: numbers as they are, non-blank text (CSV cells) parsed, anything else NaN. */
const numberOf = (value: unknown): number =>
  typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;

function listText(definitions: readonly KpiDefinition[], lang: Lang): string {
  const width = Math.max(0, ...definitions.map((d) => d.id.length));
  const lines = definitions.map((d) => {
    const refs = (d.references ?? []).map((r) => `${r.framework} ${r.code}`).join('; ');
    return `${d.id.padEnd(width)}  ${d.domain.padEnd(11)}  ${d.direction.padEnd(8)}  ${d.unit.symbol.padEnd(26)}  ${d.name[lang]}${refs ? `  [${refs}]` : ''}`;
  });
  const body = lines.map((l) => `${escapeTerminal(l)}\n`).join('');
  return `${body}${cliMessage(lang, 'kpiDefinitions', { count: definitions.length })}\n`;
}

/** CSV with every text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) prefixed with '. */
function csvText(values: readonly KpiValue[]): string {
  return stringifyCsv(
    values.map((v) => [
      v.kpi,
      v.area,
      v.period,
      v.value,
      v.unitText,
      v.status,
      v.coverage?.share,
      v.notComputable?.code,
    ]),
    {
      header: true,
      columns: ['kpi', 'area', 'period', 'value', 'unit', 'status', 'coverage', 'not_computable'],
      escape_formulas: true,
      record_delimiter: 'unix',
    },
  );
}

function render(values: readonly KpiValue[], format: 'json' | 'csv' | 'text', lang: Lang): string {
  if (format === 'json') return `${JSON.stringify(values, null, 2)}\n`;
  if (format === 'csv') return csvText(values);
  const lines = values.map((v) => {
    const value =
      v.value === undefined
        ? cliMessage(lang, 'notComputable', { code: v.notComputable!.code, message: v.notComputable!.message })
        : `${Number(v.value.toPrecision(6))} ${v.unitText ?? ''}`.trim();
    return escapeTerminal(
      `${v.kpi.padEnd(7)} ${String(v.area).padEnd(8)} ${String(v.period).padEnd(8)} ${v.status.padEnd(7)} ${value}`,
    );
  });
  const computed = values.filter((v) => v.value !== undefined).length;
  const summary = cliMessage(lang, 'kpiValues', {
    count: values.length,
    computed,
    missing: values.length - computed,
  });
  return `${lines.map((l) => `${l}\n`).join('')}${summary}\n`;
}

/** Says on stderr that a filter matched nothing (with a suggestion among the known values) and returns exit code 1. */
function nothingMatched(io: CommandIo, lang: Lang, commandLine: string, filters: string[], hint = ''): number {
  io.stderr.write(
    `${commandLine}${word(lang, 'colon')} ${word(lang, 'emptyFilter', { count: filters.length, filter: filters.join(' ') })}${hint}\n`,
  );
  return ExitCode.findings;
}

const list = defineCommand({
  name: 'list',
  summary: {
    en: 'list the KPI definitions (id, domain, direction, unit, name, framework references)',
    fr: 'lister les définitions de KPI (id, domaine, sens, unité, nom, références)',
    nl: 'de KPI-definities tonen (id, domein, richting, eenheid, naam, referenties)',
  },
  options: {
    format: {
      type: 'string',
      default: 'text',
      choices: ['text', 'json'],
      description: { en: 'output format', fr: 'format de sortie', nl: 'uitvoerformaat' },
    },
    domain: {
      type: 'string',
      description: {
        en: 'only the KPIs of this domain (environment, mobility, economy…)',
        fr: 'seulement les KPI de ce domaine (environment, mobility, economy…)',
        nl: 'alleen de KPI’s van dit domein (environment, mobility, economy…)',
      },
    },
    catalogue: {
      type: 'string',
      value: 'file.json',
      complete: 'file',
      description: {
        en: 'a JSON array of KpiDefinition entities instead of the built-in catalogue',
        fr: 'un tableau JSON d’entités KpiDefinition au lieu du catalogue intégré',
        nl: 'een JSON-lijst van KpiDefinition-entiteiten in plaats van de ingebouwde catalogus',
      },
    },
  },
  run: async ({ values, io, lang, commandLine }) => {
    const all = await loadCatalogue(io, lang, values.catalogue);
    const definitions = all.filter((d) => values.domain === undefined || d.domain === values.domain);
    if (definitions.length === 0 && values.domain !== undefined) {
      const domains = [...new Set(all.map((d) => d.domain))].sort();
      const guess = suggest(values.domain, domains);
      return nothingMatched(
        io,
        lang,
        commandLine,
        [`--domain ${values.domain}`],
        `${guess ? word(lang, 'didYouMean', { name: `"${guess}"` }) : ''}${word(lang, 'semicolon')}${word(lang, 'knownValues', { list: domains.join(', ') })}`,
      );
    }
    io.stdout.write(
      values.format === 'json' ? `${JSON.stringify(definitions, null, 2)}\n` : listText(definitions, lang),
    );
    return ExitCode.ok;
  },
});

const compute = defineCommand({
  name: 'compute',
  summary: {
    en: 'compute KPI values with status and provenance from data files',
    fr: 'calculer des valeurs de KPI avec statut et provenance à partir de fichiers de données',
    nl: 'KPI-waarden met status en herkomst berekenen uit gegevensbestanden',
  },
  description: {
    en: `Computes KPI values with status and provenance from data files (.json array, .ndjson/.jsonl, .csv; a folder is
read whole). Rows with "time" are sensor observations (area, time, variable, value[, unit]); other rows are inputs
(area, period, variable, value[, unit, source]). A KPI is computed for an area and period when one of its inputs is
present there. Every row that cannot be used is reported with its line, and the exit code is then 1.`,
    fr: `Calcule des valeurs de KPI avec statut et provenance à partir de fichiers de données (tableau .json, .ndjson/.jsonl,
.csv\u202f; un dossier est lu en entier). Les lignes avec «\u00a0time\u00a0» sont des observations de capteurs (area, time,
variable, value[, unit])\u202f; les autres sont des entrées (area, period, variable, value[, unit, source]). Chaque ligne
inutilisable est signalée avec son numéro, et le code de sortie vaut alors 1.`,
    nl: `Berekent KPI-waarden met status en herkomst uit gegevensbestanden (.json-lijst, .ndjson/.jsonl, .csv; een map
wordt volledig gelezen). Rijen met "time" zijn sensorwaarnemingen (area, time, variable, value[, unit]); andere rijen
zijn invoer (area, period, variable, value[, unit, source]). Elke onbruikbare rij wordt gemeld met haar regelnummer,
en de afsluitcode is dan 1.`,
  },
  options: {
    data: {
      type: 'string',
      value: 'file|dir',
      complete: 'file',
      description: {
        en: 'data file or folder (required)',
        fr: 'fichier ou dossier de données (obligatoire)',
        nl: 'gegevensbestand of -map (verplicht)',
      },
    },
    catalogue: list.options!.catalogue,
    kpi: {
      type: 'string',
      value: 'id,…',
      description: {
        en: 'only these KPIs',
        fr: 'seulement ces KPI',
        nl: 'alleen deze KPI’s',
      },
    },
    period: {
      type: 'string',
      value: 'p',
      description: { en: 'only this period', fr: 'seulement cette période', nl: 'alleen deze periode' },
    },
    area: {
      type: 'string',
      value: 'code',
      description: { en: 'only this area', fr: 'seulement cette zone', nl: 'alleen dit gebied' },
    },
    region: {
      type: 'string',
      value: 'code',
      description: {
        en: 'also pool every area into one regional value with this code (numerators and denominators are summed)',
        fr: 'regrouper aussi toutes les zones en une valeur régionale avec ce code (numérateurs et dénominateurs additionnés)',
        nl: 'ook alle gebieden samenvoegen tot één gewestelijke waarde met deze code (tellers en noemers opgeteld)',
      },
    },
    targets: {
      type: 'string',
      value: 'file.json',
      complete: 'file',
      description: {
        en: 'a JSON array of Target entities (gives each value its status)',
        fr: 'un tableau JSON d’entités Target (donne à chaque valeur son statut)',
        nl: 'een JSON-lijst van Target-entiteiten (geeft elke waarde haar status)',
      },
    },
    format: {
      type: 'string',
      default: 'text',
      choices: ['text', 'json', 'csv'],
      description: { en: 'output format', fr: 'format de sortie', nl: 'uitvoerformaat' },
    },
  },
  examples: [
    {
      command: 'opencity kpi compute --data data/ --region 04000 --format csv',
      description: {
        en: 'every KPI the data allows, per municipality and for the region, as CSV',
        fr: 'tous les KPI que les données permettent, par commune et pour la région, en CSV',
        nl: 'alle KPI’s die de gegevens toelaten, per gemeente en voor het gewest, als CSV',
      },
    },
  ],
  run: async ({ values, io, lang, commandLine }) => {
    if (values.data === undefined)
      throw new UsageError('no_input', word(lang, 'missingValue', { option: '--data <file|dir>' }));
    let definitions = await loadCatalogue(io, lang, values.catalogue);
    if (values.kpi !== undefined) {
      const wanted = values.kpi.split(',').map((s) => s.trim());
      const ids = definitions.map((d) => d.id);
      const unknown = wanted.filter((id) => !ids.includes(id));
      if (unknown.length) {
        const guess = suggest(unknown[0]!, ids);
        throw new UsageError(
          'unknown_kpi',
          `unknown KPI ${unknown.join(', ')}${guess ? word(lang, 'didYouMean', { name: guess }) : ''}`,
        );
      }
      definitions = definitions.filter((d) => wanted.includes(d.id));
    }
    const targets =
      values.targets === undefined ? [] : await readEntities<Target>(io, lang, values.targets, 'Target', 'bad_targets');

    const inputs: InputRow[] = [];
    const observations: ObservationRow[] = [];
    const rejected: Rejection[] = [];
    for (const file of await dataFiles(io, lang, values.data)) {
      for (const { row, where } of await readRows(io, lang, file, rejected)) {
        const problem = rowProblem(row, lang);
        if (problem) {
          rejected.push({ file, where, reason: problem });
          continue;
        }
        const r = row as Row;
        const value = numberOf(r['value']);
        const area = r['area'] as string | number;
        const variable = r['variable'] as string;
        const unit = typeof r['unit'] === 'string' && r['unit'] ? { unit: r['unit'] } : {};
        if (typeof r['time'] === 'string' || typeof r['time'] === 'number') {
          observations.push({ area, time: r['time'], variable, value, ...unit });
        } else {
          inputs.push({
            area,
            period: r['period'] as string | number,
            variable,
            value,
            ...unit,
            ...(typeof r['source'] === 'string' && r['source'] ? { source: r['source'] } : {}),
          });
        }
      }
    }
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
    const keep = (v: KpiValue): boolean =>
      (values.period === undefined || String(v.period) === values.period) &&
      (values.area === undefined || String(v.area) === values.area || String(v.area) === values.region);
    const kept = out.filter(keep);
    for (const r of rejected.slice(0, MAX_LISTED_REJECTIONS))
      io.stderr.write(
        `${escapeTerminal(cliMessage(lang, 'rejectedRow', { file: relativeTo(io.cwd, r.file), where: r.where, reason: r.reason }))}\n`,
      );
    if (rejected.length > 0) io.stderr.write(`${cliMessage(lang, 'rejectedRows', { count: rejected.length })}\n`);
    const filters = [
      ...(values.period === undefined ? [] : [`--period ${values.period}`]),
      ...(values.area === undefined ? [] : [`--area ${values.area}`]),
    ];
    if (kept.length === 0 && out.length > 0 && filters.length > 0)
      return nothingMatched(io, lang, commandLine, filters);
    io.stdout.write(render(kept, values.format, lang));
    return rejected.length > 0 ? ExitCode.findings : ExitCode.ok;
  },
});

const relativeTo = (cwd: string, file: string): string =>
  file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file;

/** `opencity kpi`: the KPI catalogue and KPI values. */
export const kpi = defineCommand({
  name: 'kpi',
  summary: {
    en: 'list the KPI catalogue and compute KPI values with status and provenance',
    fr: 'lister le catalogue de KPI et calculer des valeurs avec statut et provenance',
    nl: 'de KPI-catalogus tonen en KPI-waarden met status en herkomst berekenen',
  },
  subcommands: [list, compute],
});
