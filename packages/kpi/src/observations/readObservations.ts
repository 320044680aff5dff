/**
 * Observation records → aggregators: field mapping, unit conversion, NDJSON parsing (browser-safe: any async iterable
 * of text or bytes), over arrays, iterables and async iterables.
 */
import { KpiError } from '../errors';
import { toEpochMs } from '../engine/period';
import { canConvert, convertUnit, type Substance } from '../units/convertUnit';

/** Where to find the parts of an observation in a record (a long-format row by default: area, time, variable, value, unit). */
export interface ObservationFields {
  /** Field(s) forming the group key (joined with "|"); default `area`. */
  readonly key?: string | readonly string[];
  /** Field holding the time (epoch ms or ISO 8601 with zone); default `time`. */
  readonly time?: string;
  /** Field holding the value; default `value`. */
  readonly value?: string;
  /** Field holding the unit code (UN/CEFACT); default `unit`. */
  readonly unit?: string;
  /** Field naming the observed variable in long-format rows; default `variable`. */
  readonly variableField?: string;
}

/** What to read from the records. */
export interface ObservationSelection {
  /** Keep only rows whose variable field equals this (long format); omit to keep every row. */
  readonly variable?: string;
  /** Unit code values are converted to (e.g. GQ for µg/m³). */
  readonly toUnit?: string;
  /** Substance, for ppb/ppm → µg/m³ conversions. */
  readonly substance?: Substance;
}

/** Anything that takes observations: {@link DailySeries} and {@link GroupedStats} both do. */
export interface ObservationSink {
  /** Adds one observation. */
  add(key: string, time: number, value: number): void;
}

/** Counts of one ingestion run. */
export interface IngestReport {
  /** Records read. */
  read: number;
  /** Records added to the sink. */
  added: number;
  /** Records of another variable, skipped. */
  skipped: number;
  /** Records rejected, with the first few reasons. */
  rejected: number;
  /** Up to 10 sample reasons for rejections. */
  readonly samples: string[];
}

/**
 * A function that feeds one record into a sink, with field mapping and unit conversion, updating `report`.
 * @example
 * const feed = observationFeeder(series, { variable: 'no2', toUnit: 'GQ', substance: 'NO2' });
 * for (const row of rows) feed(row);
 */
export function observationFeeder(
  sink: ObservationSink,
  selection: ObservationSelection = {},
  fields: ObservationFields = {},
  report: IngestReport = emptyReport(),
): (record: unknown) => void {
  const keyFields = typeof fields.key === 'string' ? [fields.key] : (fields.key ?? ['area']);
  const timeField = fields.time ?? 'time';
  const valueField = fields.value ?? 'value';
  const unitField = fields.unit ?? 'unit';
  const variableField = fields.variableField ?? 'variable';
  const factors = new Map<string, number | string>();
  const reject = (why: string): void => {
    report.rejected++;
    if (report.samples.length < 10) report.samples.push(why);
  };
  const factorFor = (unit: string): number | string => {
    let f = factors.get(unit);
    if (f === undefined) {
      const to = selection.toUnit!;
      f = canConvert(unit, to, selection.substance)
        ? convertUnit(1, unit, to, selection.substance)
        : `unit ${unit} does not convert to ${to}`;
      factors.set(unit, f);
    }
    return f;
  };
  return (record: unknown): void => {
    report.read++;
    if (record === null || typeof record !== 'object') return reject(`record ${report.read} is not an object`);
    const r = record as Record<string, unknown>;
    if (selection.variable !== undefined && r[variableField] !== undefined && r[variableField] !== selection.variable) {
      report.skipped++;
      return;
    }
    const key = keyFields.length === 1 ? r[keyFields[0]!] : keyFields.map((k) => r[k]).join('|');
    if (typeof key !== 'string' && typeof key !== 'number')
      return reject(`record ${report.read}: no group key in ${keyFields.join(', ')}`);
    let time: number;
    try {
      time = toEpochMs(r[timeField]);
    } catch (e) {
      return reject(`record ${report.read}: ${(e as Error).message}`);
    }
    let value = r[valueField];
    if (typeof value === 'string' && value.trim() !== '') value = Number(value);
    if (typeof value !== 'number' || !Number.isFinite(value))
      return reject(`record ${report.read}: ${valueField} is not a finite number`);
    const unit = r[unitField];
    if (selection.toUnit !== undefined && typeof unit === 'string' && unit !== '' && unit !== selection.toUnit) {
      const f = factorFor(unit);
      if (typeof f === 'string') return reject(`record ${report.read}: ${f}`);
      value *= f;
    }
    sink.add(String(key), time, value);
    report.added++;
  };
}

/** A fresh {@link IngestReport}. */
export function emptyReport(): IngestReport {
  return { read: 0, added: 0, skipped: 0, rejected: 0, samples: [] };
}

/**
 * Feeds every record of an array, iterable or async iterable into a sink and reports the counts.
 * @example
 * const report = await ingestObservations(parseNdjson(stream), series, { variable: 'pm10', toUnit: 'GQ' });
 */
export async function ingestObservations(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  sink: ObservationSink,
  selection: ObservationSelection = {},
  fields: ObservationFields = {},
): Promise<IngestReport> {
  const report = emptyReport();
  const feed = observationFeeder(sink, selection, fields, report);
  if (Symbol.asyncIterator in records) for await (const r of records) feed(r);
  else for (const r of records) feed(r);
  return report;
}

/**
 * Parses NDJSON (one JSON value per line) from chunks of text or UTF-8 bytes, yielding each value; blank lines are
 * skipped; a malformed line throws a {@link KpiError} naming its line number unless `onError` handles it.
 * @example
 * for await (const row of parseNdjson(response.body)) feed(row);
 */
export async function* parseNdjson(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  onError?: (line: number, message: string) => void,
): AsyncGenerator<unknown> {
  const decoder = new TextDecoder();
  let buffer = '';
  let line = 0;
  const parseLine = (text: string): { ok: true; value: unknown } | { ok: false } => {
    line++;
    const trimmed = text.trim();
    if (trimmed === '') return { ok: false };
    try {
      return { ok: true, value: JSON.parse(trimmed) };
    } catch (e) {
      const message = `NDJSON line ${line}: ${(e as Error).message}`;
      if (!onError) throw new KpiError('invalid_observation', message);
      onError(line, message);
      return { ok: false };
    }
  };
  for await (const chunk of chunks as AsyncIterable<string | Uint8Array>) {
    buffer += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    let nl = buffer.indexOf('\n');
    while (nl >= 0) {
      const r = parseLine(buffer.slice(start, nl));
      if (r.ok) yield r.value;
      start = nl + 1;
      nl = buffer.indexOf('\n', start);
    }
    buffer = buffer.slice(start);
  }
  buffer += decoder.decode();
  if (buffer.trim() !== '') {
    const r = parseLine(buffer);
    if (r.ok) yield r.value;
  }
}
