import { RoadmapError } from '../core/RoadmapError';

/**
 * A seeded generator of uniform numbers in (0, 1): xoshiro128** seeded by splitmix32, reproducible on every platform.
 * @example
 * const next = seededRandom(42);
 * next(); // same sequence for seed 42 everywhere
 */
export function seededRandom(seed: number): () => number {
  if (!Number.isInteger(seed)) throw new RoadmapError('invalid_option', `seed must be an integer; got ${seed}`);
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  return () => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    // (result + 0.5) / 2^32 lies strictly inside (0, 1), so −ln(u) is always finite.
    return (result + 0.5) / 4294967296;
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** Fills `out` with a weight vector drawn uniformly on the simplex (Dirichlet(1, …, 1) via normalised exponentials). */
export function uniformSimplex(next: () => number, out: number[]): number[] {
  let sum = 0;
  for (let j = 0; j < out.length; j++) {
    const e = -Math.log(next());
    out[j] = e;
    sum += e;
  }
  for (let j = 0; j < out.length; j++) out[j] = (out[j] as number) / sum;
  return out;
}
