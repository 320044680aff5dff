import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom, uniformSimplex } from './seededRandom';

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const c = seededRandom(2);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('keeps the SplitMix32 sequence the synthetic sample data was generated with', () => {
    // Values of the generator @opencity/brussels used before it shared this one: the sample data must not move.
    const r = seededRandom(2026);
    expect([r.next(), r.next(), r.int(1, 6), r.normal(0, 1)]).toEqual([
      0.8628656982909888, 0.2226275207940489, 1, 0.07583319301946165,
    ]);
  });

  it('is uniform-looking in [0, 1)', () => {
    const r = seededRandom(42);
    const xs = Array.from({ length: 20_000 }, () => r.next());
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Math.abs(xs.reduce((a, b) => a + b, 0) / xs.length - 0.5)).toBeLessThan(0.01);
  });

  it('rejects bad arguments with a RoadmapError naming the problem', () => {
    expect(() => seededRandom(1.5)).toThrow(expect.objectContaining({ code: 'invalid_option' }));
    expect(() => seededRandom(1.5)).toThrow(/seed must be an integer/);
    expect(() => seededRandom(1).int(3, 1)).toThrow(/min ≤ max/);
    expect(() => seededRandom(1).int(0, 2 ** 60)).toThrow(/min ≤ max/);
    expect(() => seededRandom(1).pick([])).toThrow(/non-empty/);
    expect(() => seededRandom(1).normal(0, Number.NaN)).toThrow(/finite/);
  });

  it('property: simplex draws are finite, non-negative and sum to 1, whatever the seed', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 12 }), (seed, n) => {
        const r = seededRandom(seed);
        for (let d = 0; d < 20; d++) {
          const w = uniformSimplex(r, new Array<number>(n).fill(0));
          expect(w.every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
          expect(Math.abs(w.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
        }
      }),
    );
  });
});
