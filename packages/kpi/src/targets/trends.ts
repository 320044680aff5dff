/** Trends of a KPI over periods: year-on-year change, compound annual growth rate and least-squares slope, judged by direction. */
import type { Direction } from './status';

/** Whether a change is good news given the KPI's direction. */
export type TrendJudgement = 'improving' | 'deteriorating' | 'stable' | 'notApplicable';

/** One point of a KPI series: a period start as a decimal year (2024, 2024.25…) and a value. */
export interface SeriesPoint {
  /** Time as a decimal year (e.g. 2024 for the year 2024). */
  readonly year: number;
  /** The KPI value. */
  readonly value: number;
}

/** Summary of a KPI series. */
export interface TrendSummary {
  /** Change between the last two points (absolute, and relative when the earlier value is not 0). */
  readonly yearOnYear?: { readonly absolute: number; readonly relative?: number };
  /** Compound annual growth rate between the first and last points (a fraction), when both are > 0. */
  readonly cagr?: number;
  /** Least-squares slope per year over all points (needs 2 distinct years). */
  readonly slope?: number;
  /** Judgement of the slope (or of the last change when there are only two points) by direction. */
  readonly judgement: TrendJudgement;
}

/**
 * Compound annual growth rate: (last/first)^(1/years) − 1; undefined unless both values are > 0 and years > 0.
 * @example
 * cagr(1_241_175, 1_249_597, 1); // 0.006785… (Brussels population 2023 → 2024, IBSA)
 */
export function cagr(first: number, last: number, years: number): number | undefined {
  if (!(first > 0 && last > 0 && years > 0) || !Number.isFinite(first) || !Number.isFinite(last)) return undefined;
  const rate = (last / first) ** (1 / years) - 1;
  // A growth beyond the range of a double (a start near 0) has no meaningful rate.
  return Number.isFinite(rate) ? rate : undefined;
}

/** Ordinary least-squares slope of `value` against `year`; undefined with fewer than two distinct years. */
export function slope(points: readonly SeriesPoint[]): number | undefined {
  const n = points.length;
  if (n < 2) return undefined;
  // Values are scaled by a power of two (exact) when they are large, so products and sums stay within range.
  const largest = points.reduce((m, p) => Math.max(m, Math.abs(p.value)), 0);
  const k = largest > 2 ** 500 ? 2 ** -Math.ceil(Math.log2(largest) - 500) : 1;
  let mx = 0;
  let my = 0;
  for (const p of points) {
    mx += p.year / n;
    my += (p.value * k) / n;
  }
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.year - mx) * (p.value * k - my);
    sxx += (p.year - mx) ** 2;
  }
  if (sxx === 0) return undefined;
  const s = sxy / sxx / k;
  return Number.isFinite(s) ? s : undefined;
}

/**
 * Judges a change by direction: an increase improves a higher-is-better KPI; changes within `tolerance` are stable.
 * @example
 * judgeChange('decrease', -1.2); // 'improving'
 */
export function judgeChange(direction: Direction, change: number, tolerance = 0): TrendJudgement {
  if (direction === 'context' || direction === 'target' || !Number.isFinite(change)) return 'notApplicable';
  if (Math.abs(change) <= tolerance) return 'stable';
  return change > 0 === (direction === 'increase') ? 'improving' : 'deteriorating';
}

/**
 * Summarises a series (sorted by year internally): year-on-year change, CAGR, slope and a judgement by direction.
 * @example
 * trend([{ year: 2022, value: 30 }, { year: 2023, value: 28 }], 'decrease').judgement; // 'improving'
 */
export function trend(
  points: readonly SeriesPoint[],
  direction: Direction,
  options: { tolerance?: number } = {},
): TrendSummary {
  const sorted = [...points]
    .filter((p) => Number.isFinite(p.value) && Number.isFinite(p.year))
    .sort((a, b) => a.year - b.year);
  const last = sorted.at(-1);
  const previous = sorted.at(-2);
  const first = sorted[0];
  const s = slope(sorted);
  const growth = first && last ? cagr(first.value, last.value, last.year - first.year) : undefined;
  const yoy =
    last && previous && Number.isFinite(last.value - previous.value)
      ? {
          absolute: last.value - previous.value,
          ...(previous.value !== 0 && Number.isFinite((last.value - previous.value) / Math.abs(previous.value))
            ? { relative: (last.value - previous.value) / Math.abs(previous.value) }
            : {}),
        }
      : undefined;
  return {
    ...(yoy ? { yearOnYear: yoy } : {}),
    ...(growth === undefined ? {} : { cagr: growth }),
    ...(s === undefined ? {} : { slope: s }),
    judgement: s === undefined ? 'notApplicable' : judgeChange(direction, s, options.tolerance ?? 0),
  };
}
