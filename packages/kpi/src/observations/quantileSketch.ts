/**
 * A mergeable quantile sketch with a relative-accuracy guarantee, after DDSketch (Masson, Rim & Lee, VLDB 2019):
 * values fall into logarithmic buckets of ratio γ = (1+α)/(1−α), so any quantile is returned within relative error α
 * and two sketches merge by adding bucket counts. Memory grows with the value range, not with the number of values.
 */
import { KpiError } from '../errors';

/** The serialisable state of a {@link QuantileSketch}. */
export interface QuantileSketchState {
  /** Relative accuracy α. */
  readonly alpha: number;
  /** Count of exact zeros. */
  readonly zeros: number;
  /** Bucket index → count for positive values. */
  readonly positive: Readonly<Record<string, number>>;
  /** Bucket index → count for negative values (by absolute value). */
  readonly negative: Readonly<Record<string, number>>;
}

/**
 * Streaming quantiles within relative error α; merge sketches built on parts of the data to get the sketch of the whole.
 * @example
 * const s = new QuantileSketch(0.01);
 * for (const v of values) s.add(v);
 * s.quantile(0.98);
 */
export class QuantileSketch {
  /** Relative accuracy α. */
  readonly alpha: number;
  private readonly logGamma: number;
  private readonly gamma: number;
  private zeros = 0;
  private readonly positive = new Map<number, number>();
  private readonly negative = new Map<number, number>();
  private n = 0;

  /** A sketch with relative accuracy `alpha` (0 < α < 1; default 0.01). */
  constructor(alpha = 0.01) {
    if (!(alpha > 0 && alpha < 1))
      throw new KpiError('invalid_option', `quantile sketch accuracy must be in (0, 1); got ${alpha}`);
    this.alpha = alpha;
    this.gamma = (1 + alpha) / (1 - alpha);
    this.logGamma = Math.log(this.gamma);
  }

  /** Number of values added. */
  get count(): number {
    return this.n;
  }

  /** Adds a finite value (others are ignored and not counted). */
  add(value: number): void {
    if (!Number.isFinite(value)) return;
    this.n++;
    if (value === 0) {
      this.zeros++;
      return;
    }
    const store = value > 0 ? this.positive : this.negative;
    const i = Math.ceil(Math.log(Math.abs(value)) / this.logGamma);
    store.set(i, (store.get(i) ?? 0) + 1);
  }

  /** Adds the counts of another sketch with the same accuracy. */
  merge(other: QuantileSketch | QuantileSketchState): this {
    const state = other instanceof QuantileSketch ? other.toJSON() : other;
    if (state.alpha !== this.alpha)
      throw new KpiError('incompatible_state', `cannot merge sketches of accuracy ${state.alpha} and ${this.alpha}`);
    this.zeros += state.zeros;
    this.n += state.zeros;
    for (const [store, part] of [
      [this.positive, state.positive],
      [this.negative, state.negative],
    ] as const) {
      for (const [k, c] of Object.entries(part)) {
        store.set(Number(k), (store.get(Number(k)) ?? 0) + c);
        this.n += c;
      }
    }
    return this;
  }

  /**
   * The q-quantile (0 ≤ q ≤ 1) by the lower-rank rule rank = ⌊q·(n−1)⌋, within relative error α; undefined when empty.
   */
  quantile(q: number): number | undefined {
    if (!(q >= 0 && q <= 1)) throw new KpiError('invalid_option', `quantile must be within [0, 1]; got ${q}`);
    if (this.n === 0) return undefined;
    const rank = Math.floor(q * (this.n - 1));
    let seen = 0;
    const neg = [...this.negative.keys()].sort((a, b) => b - a);
    for (const k of neg) {
      seen += this.negative.get(k)!;
      if (seen > rank) return -this.bucketValue(k);
    }
    seen += this.zeros;
    if (seen > rank) return 0;
    const pos = [...this.positive.keys()].sort((a, b) => a - b);
    for (const k of pos) {
      seen += this.positive.get(k)!;
      if (seen > rank) return this.bucketValue(k);
    }
    return this.bucketValue(pos.at(-1)!);
  }

  private bucketValue(index: number): number {
    const value = (2 * this.gamma ** index) / (this.gamma + 1);
    if (Number.isFinite(value)) return value;
    // The top bucket of values near the largest double: computed in logarithms, and no larger than any value it holds.
    return Math.min(Number.MAX_VALUE, Math.exp(index * this.logGamma + Math.log(2 / (this.gamma + 1))));
  }

  /** The serialisable state (plain JSON). */
  toJSON(): QuantileSketchState {
    return {
      alpha: this.alpha,
      zeros: this.zeros,
      positive: Object.fromEntries(this.positive),
      negative: Object.fromEntries(this.negative),
    };
  }

  /** Rebuilds a sketch from {@link QuantileSketch.toJSON} output. */
  static fromJSON(state: QuantileSketchState): QuantileSketch {
    return new QuantileSketch(state.alpha).merge(state);
  }
}
