/**
 * A small seeded pseudo-random generator (SplitMix32 mixing over a 32-bit counter), so that the sample dataset is the
 * same on every machine, in Node and in browsers, for a given seed.
 */

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

/**
 * Creates a seeded generator; the same seed always yields the same sequence.
 * @example
 * ```ts
 * const r = seededRandom(42);
 * r.int(1, 6); // the same die roll on every run
 * ```
 */
export function seededRandom(seed: number): SeededRandom {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer; got ${seed}`);
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
      if (!Number.isInteger(min) || !Number.isInteger(max) || max < min)
        throw new RangeError(`int(min, max) needs integers with min ≤ max; got ${min}, ${max}`);
      return min + Math.floor(next() * (max - min + 1));
    },
    normal(mean, sd) {
      // 1 - next() is in (0, 1], so the logarithm is finite.
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    pick(items) {
      if (items.length === 0) throw new RangeError('pick() needs a non-empty array');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
  };
}
