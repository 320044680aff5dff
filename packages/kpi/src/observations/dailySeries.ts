/**
 * Daily bins per group and period: the mergeable state behind "annual mean of valid daily means" and "days with a
 * daily mean above a limit". A group holds one sum and one count per day of its period, so memory grows with
 * groups × days, never with the number of observations; parts built on separate workers merge by adding bins.
 */
import { KpiError } from '../errors';
import { computed, notComputable, type Outcome } from '../outcome';
import { kpiTextEn } from '../text/kpiTexts';
import { isSupportedTime, parsePeriod, periodOf, type PeriodUnit } from '../engine/period';

const DAY_MS = 86_400_000;
/** 2⁻³²: sums of up to 2³² finite values scaled by it cannot overflow, and scaling by a power of two is exact. */
const SUM_SCALE = 2 ** -32;

/** The bins of one group over one period. */
interface Bins {
  readonly key: string;
  readonly period: string;
  readonly startDay: number;
  readonly endDay: number;
  readonly sum: Float64Array;
  readonly count: Uint32Array;
}

/** Serialisable (structured-clone) state of a {@link DailySeries}. */
export interface DailySeriesState {
  /** State format version. */
  readonly version: 1;
  /** Period unit of the groups. */
  readonly periodUnit: PeriodUnit;
  /** Offset of local days from UTC, in minutes. */
  readonly offsetMinutes: number;
  /** Observations rejected (non-finite values, times outside the years 0001–9999). */
  readonly rejected: number;
  /** Groups with their daily bins. */
  readonly groups: readonly { key: string; period: string; startDay: number; sum: Float64Array; count: Uint32Array }[];
}

/** Options of {@link DailySeries}. */
export interface DailySeriesOptions {
  /** Period the days are grouped into (default `year`). */
  readonly periodUnit?: PeriodUnit;
  /** Offset of local time from UTC in minutes used to cut days (default 0: UTC days). */
  readonly offsetMinutes?: number;
}

/** Data-coverage rules and threshold for {@link DailySeries.summarize}. */
export interface DailyCoverageRules {
  /** Observations expected per day and group (24 for hourly data). */
  readonly expectedPerDay: number;
  /** Share of expected observations a day needs to count (default 0.75, i.e. 18 of 24 hours). */
  readonly minDailyCoverage?: number;
  /** Share of the period's days that must be valid for the period mean (default 0.75). */
  readonly minPeriodCoverage?: number;
  /** Daily-mean limit for exceedance days (exceeded when strictly above). */
  readonly threshold?: number;
}

/** The period statistics of one group. */
export interface DailySummary {
  /** Group key. */
  readonly key: string;
  /** Period label. */
  readonly period: string;
  /** Observations in the period. */
  readonly observations: number;
  /** Days meeting the daily coverage rule. */
  readonly validDays: number;
  /** Days in the period. */
  readonly days: number;
  /** Mean of the valid daily means, or why it is not computable (insufficient coverage). */
  readonly mean: Outcome;
  /** Valid days whose daily mean is above the threshold (when one was given). */
  readonly exceedanceDays?: number;
  /** Rules applied, for provenance. */
  readonly rules: readonly string[];
}

/**
 * Streams observations (group key, time, value) into daily bins per group and period.
 * @example
 * const series = new DailySeries();
 * for (const o of observations) series.add(o.area, o.time, o.value);
 * const s = series.summarize({ expectedPerDay: 24, threshold: 50 });
 */
export class DailySeries {
  /** Period unit of the groups. */
  readonly periodUnit: PeriodUnit;
  /** Offset of local days from UTC, in minutes. */
  readonly offsetMinutes: number;
  private readonly offsetMs: number;
  private readonly groups = new Map<string, Bins>();
  /** The bins each key used last: observations of many keys interleave in time order, so this avoids re-deriving periods. */
  private readonly lastByKey = new Map<string, Bins>();
  private lastTime = Number.NaN;
  private lastDay = Number.NaN;
  private rejectedCount = 0;

  /** An empty series. */
  constructor(options: DailySeriesOptions = {}) {
    this.periodUnit = options.periodUnit ?? 'year';
    if (this.periodUnit === 'day')
      throw new KpiError('invalid_option', 'DailySeries groups days into a year, quarter or month');
    this.offsetMinutes = options.offsetMinutes ?? 0;
    this.offsetMs = this.offsetMinutes * 60_000;
  }

  /** Observations rejected because their value was not a finite number or their time was outside the years 0001–9999. */
  get rejected(): number {
    return this.rejectedCount;
  }

  /** Number of (group, period) pairs held. */
  get size(): number {
    return this.groups.size;
  }

  /** Adds one observation: group key, time in epoch ms, value. */
  add(key: string, time: number, value: number): void {
    // The fast path is kept small so engines inline it: one map lookup per observation, as a hand-written loop does.
    const bins = this.lastByKey.get(key);
    // x − x is 0 for every finite number and NaN for NaN and ±Infinity.
    if (bins !== undefined && value - value === 0) {
      // Streams in time order repeat each timestamp for every sensor: the day is derived once per timestamp
      // (NaN for a non-finite time, which then fails the range test and is rejected on the slow path).
      if (time !== this.lastTime) {
        this.lastTime = time;
        this.lastDay = Math.floor((time + this.offsetMs) / DAY_MS);
      }
      const i = this.lastDay - bins.startDay;
      if (i >= 0 && i < bins.count.length) {
        bins.sum[i]! += value;
        bins.count[i]!++;
        return;
      }
    }
    this.addSlow(key, time, value);
  }

  /** A new key, another period of a known key, or a non-finite input. */
  private addSlow(key: string, time: number, value: number): void {
    if (!Number.isFinite(value) || !isSupportedTime(time + this.offsetMs)) {
      this.rejectedCount++;
      return;
    }
    const day = Math.floor((time + this.offsetMs) / DAY_MS);
    const bins = this.binsFor(key, day);
    const i = day - bins.startDay;
    bins.sum[i]! += value;
    bins.count[i]!++;
  }

  private binsFor(key: string, day: number): Bins {
    const period = periodOf(day * DAY_MS, this.periodUnit);
    const id = `${key}\u0000${period}`;
    let bins = this.groups.get(id);
    if (!bins) {
      const range = parsePeriod(period);
      const startDay = Math.round(range.start / DAY_MS);
      bins = {
        key,
        period,
        startDay,
        endDay: startDay + range.days,
        sum: new Float64Array(range.days),
        count: new Uint32Array(range.days),
      };
      this.groups.set(id, bins);
    }
    this.lastByKey.set(key, bins);
    return bins;
  }

  /** Adds the bins of another series (or of its state) into this one. */
  merge(other: DailySeries | DailySeriesState): this {
    const state = other instanceof DailySeries ? other.toState() : other;
    if (state.periodUnit !== this.periodUnit || state.offsetMinutes !== this.offsetMinutes) {
      throw new KpiError(
        'incompatible_state',
        `cannot merge series by ${state.periodUnit}/${state.offsetMinutes} min into ${this.periodUnit}/${this.offsetMinutes} min`,
      );
    }
    this.rejectedCount += state.rejected;
    for (const g of state.groups) {
      const bins = this.binsFor(g.key, g.startDay);
      if (bins.sum.length !== g.sum.length)
        throw new KpiError(
          'incompatible_state',
          `group ${g.key} ${g.period}: ${g.sum.length} bins, expected ${bins.sum.length}`,
        );
      for (let i = 0; i < g.sum.length; i++) {
        bins.sum[i]! += g.sum[i]!;
        bins.count[i]! += g.count[i]!;
      }
    }
    return this;
  }

  /** The state as plain data with typed arrays (structured-clone safe, e.g. for postMessage between worker threads). */
  toState(): DailySeriesState {
    return {
      version: 1,
      periodUnit: this.periodUnit,
      offsetMinutes: this.offsetMinutes,
      rejected: this.rejectedCount,
      groups: [...this.groups.values()].map((b) => ({
        key: b.key,
        period: b.period,
        startDay: b.startDay,
        sum: b.sum,
        count: b.count,
      })),
    };
  }

  /** Rebuilds a series from {@link DailySeries.toState} output. */
  static fromState(state: DailySeriesState): DailySeries {
    if (state.version !== 1)
      throw new KpiError('incompatible_state', `unknown DailySeries state version ${String(state.version)}`);
    return new DailySeries({ periodUnit: state.periodUnit, offsetMinutes: state.offsetMinutes }).merge(state);
  }

  /** The daily means of one group and period (undefined for days without a valid mean), in day order. */
  dailyMeans(
    key: string,
    period: string,
    rules: Pick<DailyCoverageRules, 'expectedPerDay' | 'minDailyCoverage'>,
  ): (number | undefined)[] {
    const bins = this.groups.get(`${key}\u0000${period}`);
    if (!bins) return [];
    const minCount = minDailyCount(rules);
    // A day whose sum left the range of a double has no representable mean.
    return Array.from(bins.sum, (s, i) =>
      bins.count[i]! >= minCount && bins.count[i]! > 0 && Number.isFinite(s) ? s / bins.count[i]! : undefined,
    );
  }

  /**
   * The statistics of every group and period under the coverage rules, sorted by key then period.
   * A day is valid with at least ⌈expectedPerDay × minDailyCoverage⌉ observations; the period mean needs
   * validDays ≥ minPeriodCoverage × days, else it is "not computable" with code insufficient_coverage.
   */
  summarize(rules: DailyCoverageRules): DailySummary[] {
    const minCount = minDailyCount(rules);
    const minPeriod = rules.minPeriodCoverage ?? 0.75;
    if (!(minPeriod >= 0 && minPeriod <= 1))
      throw new KpiError('invalid_option', `minPeriodCoverage must be within [0, 1]; got ${minPeriod}`);
    const out: DailySummary[] = [];
    for (const b of this.groups.values()) {
      let observations = 0;
      let validDays = 0;
      // The daily means are summed scaled down by a power of two (exact in binary floating point), so the sum of
      // finite means never overflows and the period mean is bit for bit the plain sum / count.
      let scaledSumOfMeans = 0;
      let overflowDay = -1;
      let exceed = 0;
      for (let i = 0; i < b.sum.length; i++) {
        const c = b.count[i]!;
        observations += c;
        if (c < minCount || c === 0) continue;
        const mean = b.sum[i]! / c;
        validDays++;
        // A sum beyond the range of a double (±Infinity) still says on which side of the threshold the day falls.
        if (!Number.isFinite(mean)) overflowDay = overflowDay < 0 ? i : overflowDay;
        else scaledSumOfMeans += mean * SUM_SCALE;
        if (rules.threshold !== undefined && mean > rules.threshold) exceed++;
      }
      const days = b.sum.length;
      const applied = [
        kpiTextEn('valid_day', {
          min: minCount,
          expected: rules.expectedPerDay,
          share: rules.minDailyCoverage ?? 0.75,
        }),
        kpiTextEn('period_valid_days', { required: Math.round(minPeriod * 1000) / 10, valid: validDays, days }),
      ];
      if (rules.threshold !== undefined) applied.push(kpiTextEn('exceedance_day', { threshold: rules.threshold }));
      const mean =
        overflowDay >= 0
          ? notComputable(
              'non_finite_result',
              kpiTextEn('daily_sum_overflow', {
                area: b.key,
                day: periodOf((b.startDay + overflowDay) * DAY_MS, 'day'),
              }),
            )
          : validDays > 0 && validDays >= minPeriod * days
            ? computed(
                Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, scaledSumOfMeans / validDays / SUM_SCALE)),
              )
            : notComputable(
                'insufficient_coverage',
                kpiTextEn('valid_days_in_period', {
                  valid: validDays,
                  days,
                  period: b.period,
                  required: Math.round(minPeriod * 1000) / 10,
                }),
              );
      out.push({
        key: b.key,
        period: b.period,
        observations,
        validDays,
        days,
        mean,
        ...(rules.threshold === undefined ? {} : { exceedanceDays: exceed }),
        rules: applied,
      });
    }
    return out.sort((x, y) =>
      x.key < y.key ? -1 : x.key > y.key ? 1 : x.period < y.period ? -1 : x.period > y.period ? 1 : 0,
    );
  }
}

function minDailyCount(rules: Pick<DailyCoverageRules, 'expectedPerDay' | 'minDailyCoverage'>): number {
  const share = rules.minDailyCoverage ?? 0.75;
  if (!(rules.expectedPerDay >= 1) || !Number.isInteger(rules.expectedPerDay))
    throw new KpiError('invalid_option', `expectedPerDay must be a positive integer; got ${rules.expectedPerDay}`);
  if (!(share >= 0 && share <= 1))
    throw new KpiError('invalid_option', `minDailyCoverage must be within [0, 1]; got ${share}`);
  // A small epsilon so 24 × 0.75 is exactly 18 despite floating point.
  return Math.max(1, Math.ceil(rules.expectedPerDay * share - 1e-9));
}
