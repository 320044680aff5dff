/**
 * The one seeded generator of OpenCity (SMAA draws here, synthetic sample data in a region's profile): SplitMix32
 * (a Weyl sequence through the MurmurHash3 32-bit finaliser), so a seed gives the same numbers on every platform, in
 * Node and in browsers. Period 2³², far beyond the draws a ranking or a sample dataset needs.
 */
import { RoadmapError } from './RoadmapError';

/** A deterministic source of numbers in [0, 1) with a few helpers. */
export interface SeededRandom {
  /** Next number in [0, 1). */
  next(): number;
  /** Next integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** Next normally distributed number (Box–Muller) with this mean and standard deviation. */
  normal(mean: number, sd: number): number;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
}

// The @throws names RoadmapError in plain text: @opencity/brussels re-exports this function, and a link from its API
// page into another package does not resolve.
/**
 * Creates a seeded generator; the same integer seed always yields the same sequence.
 * @throws `RoadmapError` with code `invalid_option` when the seed is not an integer.
 * @example
 * const r = seededRandom(42);
 * r.int(1, 6); // the same die roll on every run
 */
export function seededRandom(seed: number): SeededRandom {
  if (!Number.isInteger(seed)) throw new RoadmapError('invalid_option', `seed must be an integer; got ${seed}`);
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z = (z ^ (z >>> 16)) >>> 0;
    return z / 4294967296;
  };
  return {
    next,
    int(min, max) {
      if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min)
        throw new RoadmapError('invalid_option', `int(min, max) needs integers with min ≤ max; got ${min}, ${max}`);
      return min + Math.floor(next() * (max - min + 1));
    },
    normal(mean, sd) {
      if (!Number.isFinite(mean) || !Number.isFinite(sd) || sd < 0)
        throw new RoadmapError(
          'invalid_option',
          `normal(mean, sd) needs finite numbers and sd ≥ 0; got ${mean}, ${sd}`,
        );
      // 1 - next() is in (0, 1], so the logarithm is finite.
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    pick(items) {
      if (items.length === 0) throw new RoadmapError('invalid_option', 'pick() needs a non-empty array');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
  };
}

/**
 * Fills `out` with a weight vector drawn uniformly on the simplex (Dirichlet(1, …, 1) via normalised exponentials).
 * Every exponential is −ln(1 − u) with u in [0, 1), so it is finite; an all-zero draw is redrawn.
 */
export function uniformSimplex(random: SeededRandom, out: number[]): number[] {
  for (;;) {
    let sum = 0;
    for (let j = 0; j < out.length; j++) {
      const e = -Math.log(1 - random.next());
      out[j] = e;
      sum += e;
    }
    if (sum > 0) {
      for (let j = 0; j < out.length; j++) out[j] = (out[j] as number) / sum;
      return out;
    }
  }
}
