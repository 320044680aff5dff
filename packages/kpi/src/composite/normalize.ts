/**
 * Normalisation of indicator values to 0–100 scores (OECD/JRC Handbook on Constructing Composite Indicators, 2008, §5):
 * min-max with fixed goalposts, distance to target, z-scores and ranks, direction-aware, with an optional log transform.
 */
import { KpiError } from '../errors';

/** Polarity: `increase` when higher values are better, `decrease` when lower values are better. */
export type Polarity = 'increase' | 'decrease';

/** Min-max rescaling between fixed goalposts: (x − min)/(max − min) × 100, or (max − x)/(max − min) × 100 for `decrease`. */
export interface MinMaxOptions {
  /** Method. */
  readonly method: 'minmax';
  /** Lower goalpost. */
  readonly min: number;
  /** Upper goalpost. */
  readonly max: number;
  /** Polarity (default `increase`). */
  readonly direction?: Polarity;
  /** Clamp scores to [0, 100] when a value falls outside the goalposts (default true). */
  readonly clamp?: boolean;
  /** Apply ln to the value and the goalposts first (default false), as the HDI does for income. */
  readonly log?: boolean;
}

/**
 * Distance to target (COINr `n_dist2targ`): (x − min)/(target − min) × 100 for `increase`, (max − x)/(max − target) × 100
 * for `decrease`; capped at 100 once the target is passed unless `cap` is false.
 */
export interface DistanceToTargetOptions {
  /** Method. */
  readonly method: 'distance-to-target';
  /** Target value. */
  readonly target: number;
  /** Worst value for `increase` (scores 0). */
  readonly min?: number;
  /** Worst value for `decrease` (scores 0). */
  readonly max?: number;
  /** Polarity (default `increase`). */
  readonly direction?: Polarity;
  /** Cap scores at 100 (default true). */
  readonly cap?: boolean;
  /** Apply ln first (default false). */
  readonly log?: boolean;
}

/** Z-score against a sample: shift + scale × (x − mean)/sd, negated for `decrease`. */
export interface ZScoreOptions {
  /** Method. */
  readonly method: 'zscore';
  /** The values of every unit (areas) the score is relative to. */
  readonly sample: readonly number[];
  /** Standard deviation: `sample` (n − 1, as R's sd(), COINr and Compind use) or `population` (n). Required: it changes results. */
  readonly sd: 'sample' | 'population';
  /** Polarity (default `increase`). */
  readonly direction?: Polarity;
  /** Score of the mean (default 100). */
  readonly shift?: number;
  /** Score points per standard deviation (default 10). */
  readonly scale?: number;
  /** Apply ln to the value and the sample first (default false). */
  readonly log?: boolean;
}

/** Rank score: the share of other units a unit beats, × 100 (ties take the lower rank, as COINr `n_borda`); best = 100. */
export interface RankOptions {
  /** Method. */
  readonly method: 'rank';
  /** The values of every unit. */
  readonly sample: readonly number[];
  /** Polarity (default `increase`). */
  readonly direction?: Polarity;
}

/** Options of {@link normalize}. */
export type NormalizeOptions = MinMaxOptions | DistanceToTargetOptions | ZScoreOptions | RankOptions;

function finite(x: number, what: string): number {
  if (!Number.isFinite(x)) throw new KpiError('invalid_option', `${what} must be a finite number; got ${x}`);
  return x;
}

/**
 * (x − from) / (to − from) without overflow: halving is exact in binary floating point, so for ordinary values this is
 * the plain ratio, and for values near the double range the differences still fit.
 */
function ratio(x: number, from: number, to: number): number {
  return (x / 2 - from / 2) / (to / 2 - from / 2);
}

function ln(x: number, what: string): number {
  if (!(x > 0)) throw new KpiError('invalid_option', `log normalisation needs ${what} > 0; got ${x}`);
  return Math.log(x);
}

/**
 * Scales one value to a score; 0–100 for min-max, distance-to-target and rank (z-scores are centred on `shift`).
 * Lower-is-better indicators (`direction: 'decrease'`) score 100 at the minimum.
 * @throws {@link KpiError} `invalid_option` for equal goalposts, a non-finite value, or a log of a value ≤ 0;
 * `out_of_range` when the score itself would be beyond the range of a double (unclamped goalposts far too close).
 * @example
 * normalize(30, { method: 'minmax', min: 0, max: 190, direction: 'decrease' }); // 84.21…
 * normalize(20, { method: 'zscore', sample: [10, 20, 30], sd: 'sample' });      // 100
 */
export function normalize(value: number, options: NormalizeOptions): number {
  const score = scoreOf(value, options);
  if (!Number.isFinite(score))
    throw new KpiError('out_of_range', `the ${options.method} score of ${value} is beyond the range of a double`);
  return score;
}

function scoreOf(value: number, options: NormalizeOptions): number {
  finite(value, 'the value');
  const dir = options.direction ?? 'increase';
  if (dir !== 'increase' && dir !== 'decrease')
    throw new KpiError('invalid_option', `direction must be increase or decrease; got ${String(dir)}`);
  switch (options.method) {
    case 'minmax': {
      let x = value;
      let lo = finite(options.min, 'min');
      let hi = finite(options.max, 'max');
      if (!(hi > lo)) throw new KpiError('invalid_option', `minmax needs max > min; got min ${lo}, max ${hi}`);
      if (options.log) [x, lo, hi] = [ln(x, 'the value'), ln(lo, 'min'), ln(hi, 'max')];
      let s = (dir === 'increase' ? ratio(x, lo, hi) : ratio(x, hi, lo)) * 100;
      if (options.clamp !== false) s = Math.min(100, Math.max(0, s));
      return s;
    }
    case 'distance-to-target': {
      const t0 = finite(options.target, 'target');
      let x = value;
      let t = t0;
      let s: number;
      if (dir === 'increase') {
        if (options.min === undefined)
          throw new KpiError(
            'invalid_option',
            'distance-to-target with direction increase needs min (the value scoring 0)',
          );
        let lo = finite(options.min, 'min');
        if (options.log) [x, t, lo] = [ln(x, 'the value'), ln(t, 'target'), ln(lo, 'min')];
        if (!(t > lo))
          throw new KpiError(
            'invalid_option',
            `distance-to-target needs target > min; got target ${t0}, min ${options.min}`,
          );
        s = ratio(x, lo, t) * 100;
      } else {
        if (options.max === undefined)
          throw new KpiError(
            'invalid_option',
            'distance-to-target with direction decrease needs max (the value scoring 0)',
          );
        let hi = finite(options.max, 'max');
        if (options.log) [x, t, hi] = [ln(x, 'the value'), ln(t, 'target'), ln(hi, 'max')];
        if (!(hi > t))
          throw new KpiError(
            'invalid_option',
            `distance-to-target needs max > target; got target ${t0}, max ${options.max}`,
          );
        s = ratio(x, hi, t) * 100;
      }
      return options.cap === false ? s : Math.min(100, s);
    }
    case 'zscore': {
      if (options.sd !== 'sample' && options.sd !== 'population')
        throw new KpiError('invalid_option', `zscore needs sd: 'sample' or 'population'; got ${String(options.sd)}`);
      const sample = options.sample.map((v) => finite(v, 'every sample value'));
      const xs = options.log ? sample.map((v) => ln(v, 'every sample value')) : sample;
      const x = options.log ? ln(value, 'the value') : value;
      const n = xs.length;
      const needed = options.sd === 'sample' ? 2 : 1;
      if (n < needed)
        throw new KpiError(
          'invalid_option',
          `zscore with ${options.sd} sd needs at least ${needed} sample value(s); got ${n}`,
        );
      // Computed on values scaled by a power of two (exact), so squares and sums of values near the double range fit.
      const largest = xs.reduce((m, v) => Math.max(m, Math.abs(v)), Math.abs(x)); // no spread: samples may be huge
      const k = largest > 2 ** 500 ? 2 ** -Math.ceil(Math.log2(largest) - 500) : 1;
      const ys = xs.map((v) => v * k);
      const mean = ys.reduce((a, b) => a + b, 0) / n;
      const ss = ys.reduce((a, b) => a + (b - mean) ** 2, 0);
      const sd = Math.sqrt(ss / (options.sd === 'sample' ? n - 1 : n));
      if (!(sd > 0)) throw new KpiError('invalid_option', 'zscore needs a sample with a standard deviation > 0');
      const z = ((x * k - mean) / sd) * (dir === 'increase' ? 1 : -1);
      return (options.shift ?? 100) + (options.scale ?? 10) * z;
    }
    case 'rank': {
      const sample = options.sample.map((v) => finite(v, 'every sample value'));
      if (sample.length === 0) throw new KpiError('invalid_option', 'rank needs a non-empty sample');
      if (sample.length === 1) return 100;
      const beaten = sample.filter((v) => (dir === 'increase' ? v < value : v > value)).length;
      return (beaten / (sample.length - 1)) * 100;
    }
    default:
      throw new KpiError(
        'invalid_option',
        `unknown normalisation method ${JSON.stringify((options as { method?: unknown }).method)}`,
      );
  }
}
