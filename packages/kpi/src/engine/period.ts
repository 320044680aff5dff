/** Periods as labels (2024, 2024-Q1, 2024-03, 2024-03-05) and their UTC time ranges. */
import { KpiError } from '../errors';

/** How long a period is. */
export type PeriodUnit = 'year' | 'quarter' | 'month' | 'day';

/** A period's label, unit and half-open UTC range [start, end) in epoch milliseconds. */
export interface PeriodRange {
  /** The label, e.g. 2024-Q1. */
  readonly label: string;
  /** The unit. */
  readonly unit: PeriodUnit;
  /** Start (inclusive), epoch ms UTC. */
  readonly start: number;
  /** End (exclusive), epoch ms UTC. */
  readonly end: number;
  /** Number of days in the period. */
  readonly days: number;
}

const DAY_MS = 86_400_000;

/**
 * Parses a period label into its UTC range.
 * @throws {@link KpiError} `invalid_option` for a malformed label.
 * @example
 * parsePeriod('2024').days; // 366
 */
export function parsePeriod(label: string): PeriodRange {
  const m = /^(\d{4})(?:-Q([1-4])|-(\d{2})(?:-(\d{2}))?)?$/.exec(label);
  if (!m)
    throw new KpiError('invalid_option', `period must look like 2024, 2024-Q1, 2024-03 or 2024-03-05; got "${label}"`);
  const year = Number(m[1]);
  let start: number;
  let end: number;
  let unit: PeriodUnit;
  if (m[2]) {
    const q = Number(m[2]) - 1;
    unit = 'quarter';
    start = Date.UTC(year, q * 3, 1);
    end = Date.UTC(year, q * 3 + 3, 1);
  } else if (m[3]) {
    const month = Number(m[3]) - 1;
    if (month > 11) throw new KpiError('invalid_option', `month out of range in period "${label}"`);
    if (m[4]) {
      const day = Number(m[4]);
      unit = 'day';
      start = Date.UTC(year, month, day);
      if (new Date(start).getUTCDate() !== day) throw new KpiError('invalid_option', `no such day: "${label}"`);
      end = start + DAY_MS;
    } else {
      unit = 'month';
      start = Date.UTC(year, month, 1);
      end = Date.UTC(year, month + 1, 1);
    }
  } else {
    unit = 'year';
    start = Date.UTC(year, 0, 1);
    end = Date.UTC(year + 1, 0, 1);
  }
  return { label, unit, start, end, days: Math.round((end - start) / DAY_MS) };
}

/**
 * The label of the period of `unit` that contains the instant `time` (epoch ms UTC, shifted by `offsetMinutes`).
 * @example
 * periodOf(Date.UTC(2024, 4, 2), 'quarter'); // '2024-Q2'
 */
export function periodOf(time: number, unit: PeriodUnit, offsetMinutes = 0): string {
  const d = new Date(time + offsetMinutes * 60_000);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const mo = d.getUTCMonth();
  switch (unit) {
    case 'year':
      return y;
    case 'quarter':
      return `${y}-Q${Math.floor(mo / 3) + 1}`;
    case 'month':
      return `${y}-${String(mo + 1).padStart(2, '0')}`;
    case 'day':
      return `${y}-${String(mo + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
  }
}

/** The period unit of a KPI periodicity, for periodicities the engine groups by. */
export function periodUnitOf(periodicity: string): PeriodUnit {
  switch (periodicity) {
    case 'yearly':
      return 'year';
    case 'quarterly':
      return 'quarter';
    case 'monthly':
      return 'month';
    case 'daily':
      return 'day';
    default:
      throw new KpiError(
        'invalid_option',
        `periodicity ${periodicity} has no calendar period unit (use yearly, quarterly, monthly or daily)`,
      );
  }
}

/** The earliest instant the engine accepts: 0001-01-01T00:00:00Z (periods are labelled with four-digit years). */
export const MIN_TIME_MS = -62_135_596_800_000;
/** The latest instant the engine accepts: 9999-12-31T23:59:59.999Z. */
export const MAX_TIME_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** True when `time` (epoch ms) lies in the years 0001–9999 that period labels can name. */
export function isSupportedTime(time: number): boolean {
  return time >= MIN_TIME_MS && time <= MAX_TIME_MS;
}

/**
 * Reads a time as epoch milliseconds: a number is taken as epoch ms; a string must be an ISO 8601 date-time with a zone
 * (or a plain date, taken as UTC midnight).
 * @throws {@link KpiError} `invalid_observation` for anything else, and for instants outside the years 0001–9999.
 */
export function toEpochMs(time: unknown): number {
  let ms = Number.NaN;
  if (typeof time === 'number') ms = time;
  else if (typeof time === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(time) || /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/i.test(time)) {
      ms = Date.parse(time);
    }
  } else if (time instanceof Date) ms = time.getTime();
  if (Number.isFinite(ms)) {
    if (isSupportedTime(ms)) return ms;
    throw new KpiError(
      'invalid_observation',
      `time ${JSON.stringify(time)} is outside the years 0001–9999 that the engine supports`,
    );
  }
  throw new KpiError(
    'invalid_observation',
    `time must be epoch milliseconds or an ISO 8601 date-time with a time zone; got ${JSON.stringify(time)}`,
  );
}
