/**
 * Streaming, mergeable statistics per group and period: count, sum, mean, min, max, exceedance counts and
 * quantiles (through {@link QuantileSketch}). Memory grows with the number of groups, never with observations.
 */
import { KpiError } from '../errors';
import { isSupportedTime, parsePeriod, periodOf, type PeriodUnit } from '../engine/period';
import { QuantileSketch, type QuantileSketchState } from './quantileSketch';

/** Options of {@link GroupedStats}. */
export interface GroupedStatsOptions {
  /** Period each group is cut into (default `year`). */
  readonly periodUnit?: PeriodUnit;
  /** Offset of local time from UTC in minutes used to cut periods (default 0). */
  readonly offsetMinutes?: number;
  /** Limits to count exceedances of (value strictly above the limit). */
  readonly thresholds?: readonly number[];
  /** Keep a quantile sketch per group with this relative accuracy (e.g. 0.01); off by default. */
  readonly quantileAccuracy?: number;
}

/**
 * 2⁻³²: sums are kept scaled down by it. Scaling by a power of two is exact in binary floating point, so the mean is bit
 * for bit sum / count, yet 2³² values each as large as a double allows add up without overflowing.
 */
const SUM_SCALE = 2 ** -32;

interface Group {
  readonly key: string;
  readonly period: string;
  readonly start: number;
  readonly end: number;
  count: number;
  /** Sum of values × {@link SUM_SCALE}. */
  sum: number;
  min: number;
  max: number;
  readonly exceed: number[];
  readonly sketch: QuantileSketch | undefined;
}

/** Statistics of one group and period. */
export interface GroupStatistics {
  /** Group key. */
  readonly key: string;
  /** Period label. */
  readonly period: string;
  /** Number of finite values. */
  readonly count: number;
  /** Sum of values; undefined when it lies beyond the range of a double (the mean is still exact). */
  readonly sum: number | undefined;
  /** Mean, undefined when count is 0; always finite. */
  readonly mean: number | undefined;
  /** Minimum, undefined when count is 0. */
  readonly min: number | undefined;
  /** Maximum, undefined when count is 0. */
  readonly max: number | undefined;
  /** Exceedance count per threshold (same order as the option). */
  readonly exceedances: readonly number[];
  /** Quantile function, when a sketch is kept. */
  readonly quantile?: (q: number) => number | undefined;
}

/** Serialisable state of a {@link GroupedStats}. */
export interface GroupedStatsState {
  /** State format version: 2 keeps sums scaled by 2⁻³² (version 1 kept plain sums; both are read). */
  readonly version: 1 | 2;
  /** Options the state was built with. */
  readonly options: GroupedStatsOptions;
  /** Non-finite values rejected. */
  readonly rejected: number;
  /** Groups. */
  readonly groups: readonly {
    key: string;
    period: string;
    count: number;
    sum: number;
    min: number;
    max: number;
    exceed: number[];
    sketch?: QuantileSketchState;
  }[];
}

/**
 * Streaming statistics grouped by key and period.
 * @example
 * const stats = new GroupedStats({ thresholds: [50], quantileAccuracy: 0.01 });
 * for (const o of obs) stats.add(o.area, o.time, o.pm10);
 * for (const g of stats.results()) console.log(g.key, g.period, g.mean, g.exceedances[0], g.quantile?.(0.9));
 */
export class GroupedStats {
  /** Options in effect. */
  readonly options: GroupedStatsOptions;
  private readonly periodUnit: PeriodUnit;
  private readonly offsetMs: number;
  private readonly thresholds: readonly number[];
  private readonly groups = new Map<string, Group>();
  private readonly lastByKey = new Map<string, Group>();
  private last: Group | undefined;
  private rejectedCount = 0;

  /** An empty aggregator. */
  constructor(options: GroupedStatsOptions = {}) {
    this.options = options;
    this.periodUnit = options.periodUnit ?? 'year';
    this.offsetMs = (options.offsetMinutes ?? 0) * 60_000;
    this.thresholds = options.thresholds ?? [];
    if (this.thresholds.some((t) => !Number.isFinite(t)))
      throw new KpiError('invalid_option', 'thresholds must be finite numbers');
  }

  /** Observations rejected: non-finite values, times outside the years 0001–9999. */
  get rejected(): number {
    return this.rejectedCount;
  }

  /** Adds one observation. */
  add(key: string, time: number, value: number): void {
    const t = time + this.offsetMs;
    if (!Number.isFinite(value) || !isSupportedTime(t)) {
      this.rejectedCount++;
      return;
    }
    let g = this.last;
    if (g === undefined || g.key !== key || t < g.start || t >= g.end) {
      g = this.lastByKey.get(key);
      if (g === undefined || t < g.start || t >= g.end) g = this.groupFor(key, t);
      this.last = g;
    }
    g.count++;
    g.sum += value * SUM_SCALE;
    if (value < g.min) g.min = value;
    if (value > g.max) g.max = value;
    for (let i = 0; i < this.thresholds.length; i++) if (value > this.thresholds[i]!) g.exceed[i]!++;
    g.sketch?.add(value);
  }

  private groupFor(key: string, shiftedTime: number): Group {
    const period = periodOf(shiftedTime, this.periodUnit);
    const id = `${key}\u0000${period}`;
    let g = this.groups.get(id);
    if (!g) {
      const range = parsePeriod(period);
      g = {
        key,
        period,
        start: range.start,
        end: range.end,
        count: 0,
        sum: 0,
        min: Infinity,
        max: -Infinity,
        exceed: this.thresholds.map(() => 0),
        sketch:
          this.options.quantileAccuracy === undefined ? undefined : new QuantileSketch(this.options.quantileAccuracy),
      };
      this.groups.set(id, g);
    }
    this.last = g;
    this.lastByKey.set(key, g);
    return g;
  }

  /** Adds another aggregator's groups (same options) into this one. */
  merge(other: GroupedStats | GroupedStatsState): this {
    const state = other instanceof GroupedStats ? other.toState() : other;
    const o = state.options;
    if (
      (o.periodUnit ?? 'year') !== this.periodUnit ||
      (o.offsetMinutes ?? 0) * 60_000 !== this.offsetMs ||
      JSON.stringify(o.thresholds ?? []) !== JSON.stringify(this.thresholds) ||
      o.quantileAccuracy !== this.options.quantileAccuracy
    ) {
      throw new KpiError('incompatible_state', 'cannot merge GroupedStats built with different options');
    }
    if (state.version !== 1 && state.version !== 2)
      throw new KpiError('incompatible_state', `unknown GroupedStats state version ${String(state.version)}`);
    const scale = state.version === 1 ? SUM_SCALE : 1;
    this.rejectedCount += state.rejected;
    for (const s of state.groups) {
      const g = this.groupFor(s.key, parsePeriod(s.period).start);
      g.count += s.count;
      g.sum += s.sum * scale;
      g.min = Math.min(g.min, s.min);
      g.max = Math.max(g.max, s.max);
      s.exceed.forEach((c, i) => (g.exceed[i]! += c));
      if (g.sketch && s.sketch) g.sketch.merge(s.sketch);
    }
    return this;
  }

  /** Plain-data state (JSON and structured-clone safe). */
  toState(): GroupedStatsState {
    return {
      version: 2,
      options: this.options,
      rejected: this.rejectedCount,
      groups: [...this.groups.values()].map((g) => ({
        key: g.key,
        period: g.period,
        count: g.count,
        sum: g.sum,
        min: g.min,
        max: g.max,
        exceed: [...g.exceed],
        ...(g.sketch ? { sketch: g.sketch.toJSON() } : {}),
      })),
    };
  }

  /** Rebuilds an aggregator from {@link GroupedStats.toState} output. */
  static fromState(state: GroupedStatsState): GroupedStats {
    return new GroupedStats(state.options).merge(state);
  }

  /** Statistics of every group, sorted by key then period. */
  results(): GroupStatistics[] {
    return [...this.groups.values()]
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.start - b.start))
      .map((g) => {
        const empty = g.count === 0;
        const sketch = g.sketch;
        const sum = g.sum / SUM_SCALE;
        // The mean of finite values lies within their range; rounding may only graze the largest double.
        const mean = Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, g.sum / g.count / SUM_SCALE));
        return {
          key: g.key,
          period: g.period,
          count: g.count,
          sum: Number.isFinite(sum) ? sum : undefined,
          mean: empty ? undefined : mean,
          min: empty ? undefined : g.min,
          max: empty ? undefined : g.max,
          exceedances: [...g.exceed],
          ...(sketch ? { quantile: (q: number) => sketch.quantile(q) } : {}),
        };
      });
  }
}
