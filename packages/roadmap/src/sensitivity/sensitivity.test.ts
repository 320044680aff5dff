import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecisionMatrix } from '../core/decisionMatrix';
import { rank } from '../rank/rank';
import { fundingProbability } from './fundingProbability';
import { methodAgreement, rankCorrelation } from './rankCorrelation';
import { smaa } from './smaa';
import { weightStabilityIntervals } from './weightStabilityIntervals';

const matrixArb = fc.integer({ min: 2, max: 6 }).chain((m) =>
  fc.integer({ min: 2, max: 4 }).chain((n) =>
    fc.record({
      alternatives: fc.constant(Array.from({ length: m }, (_, i) => `A${i}`)),
      criteria: fc.tuple(
        ...Array.from({ length: n }, (_, j) =>
          fc.record({
            id: fc.constant(`C${j}`),
            weight: fc.integer({ min: 1, max: 10 }),
            type: fc.constantFrom('benefit' as const, 'cost' as const),
          }),
        ),
      ),
      values: fc.array(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n }), {
        minLength: m,
        maxLength: m,
      }),
    }),
  ),
);

/** The matrix with criterion j's weight set to x and the others rescaled proportionally. */
function moved(m: DecisionMatrix, j: number, x: number): DecisionMatrix {
  const total = m.criteria.reduce((s, c) => s + c.weight, 0);
  const w = m.criteria.map((c) => c.weight / total);
  const rest = 1 - (w[j] as number);
  return {
    ...m,
    criteria: m.criteria.map((c, k) => ({ ...c, weight: k === j ? x : ((w[k] as number) * (1 - x)) / rest })),
  };
}

describe('weightStabilityIntervals', () => {
  it('hand-checked two-criterion case: the ranking c, a, b holds while w_x ∈ [1/2, 2/3]', () => {
    const m: DecisionMatrix = {
      alternatives: ['a', 'b', 'c'],
      criteria: [
        { id: 'x', weight: 1, type: 'benefit' },
        { id: 'y', weight: 1, type: 'benefit' },
      ],
      values: [
        [3, 0],
        [0, 3],
        [2, 2],
      ],
    };
    // Scores at w = (x, 1 − x) on min-max (a = (1, 0), b = (0, 1), c = (2/3, 2/3)): c first while c > a and c > b.
    // c > a ⇔ 2/3 > x; c > b ⇔ 2/3 > 1 − x. Ranking c, a, b needs a ≥ b ⇔ x ≥ 1/2. So w_x ∈ [1/2, 2/3].
    const [ix, iy] = weightStabilityIntervals(m);
    expect(ix![0]).toBeCloseTo(0.5, 12);
    expect(ix![1]).toBeCloseTo(2 / 3, 12);
    expect(iy![0]).toBeCloseTo(1 / 3, 12);
    expect(iy![1]).toBeCloseTo(0.5, 12);
  });

  it('property: inside the interval the WSM ranking is unchanged; just outside it changes', () => {
    fc.assert(
      fc.property(matrixArb, fc.double({ min: 0.01, max: 0.99, noNaN: true }), (m, f) => {
        const base = rank(m, { method: 'wsm' });
        if (base.details.ties.length > 0) return;
        weightStabilityIntervals(m).forEach(([lo, hi], j) => {
          const total = m.criteria.reduce((s, c) => s + c.weight, 0);
          const wj = m.criteria[j]!.weight / total;
          expect(lo).toBeLessThanOrEqual(wj + 1e-12);
          expect(hi).toBeGreaterThanOrEqual(wj - 1e-12);
          if (hi - lo > 1e-6)
            expect(rank(moved(m, j, lo + f * (hi - lo)), { method: 'wsm' }).ranking).toEqual(base.ranking);
          if (hi < 1 - 1e-6)
            expect(rank(moved(m, j, Math.min(1, hi + 1e-6)), { method: 'wsm' }).ranking).not.toEqual(base.ranking);
          if (lo > 1e-6)
            expect(rank(moved(m, j, Math.max(0, lo - 1e-6)), { method: 'wsm' }).ranking).not.toEqual(base.ranking);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('weightStabilityIntervals with topK', () => {
  it('property: inside the interval the top-k set is unchanged and the interval contains the full-ranking one', () => {
    fc.assert(
      fc.property(matrixArb, fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.nat(), (m, f, k0) => {
        const base = rank(m, { method: 'wsm' });
        if (base.details.ties.length > 0) return;
        const k = 1 + (k0 % m.alternatives.length);
        const full = weightStabilityIntervals(m);
        weightStabilityIntervals(m, { topK: k }).forEach(([lo, hi], j) => {
          expect(lo).toBeLessThanOrEqual((full[j] as [number, number])[0] + 1e-12);
          expect(hi).toBeGreaterThanOrEqual((full[j] as [number, number])[1] - 1e-12);
          if (hi - lo > 1e-6) {
            const moved_ = rank(moved(m, j, lo + f * (hi - lo)), { method: 'wsm' });
            expect(new Set(moved_.ranking.slice(0, k))).toEqual(new Set(base.ranking.slice(0, k)));
          }
        });
      }),
      { numRuns: 150 },
    );
    expect(() =>
      weightStabilityIntervals(
        { alternatives: ['a'], criteria: [{ id: 'x', weight: 1, type: 'benefit' }], values: [[1]] },
        { topK: 2 },
      ),
    ).toThrow('topK must be a whole number between 1 and 1');
  });
});

describe('smaa', () => {
  it('property: rank acceptabilities sum to 1 per alternative and per rank; results are reproducible by seed', () => {
    fc.assert(
      fc.property(matrixArb, fc.integer(), (m, seed) => {
        const s = smaa(m, { draws: 300, seed });
        s.rankAcceptability.forEach((row) => expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9));
        m.alternatives.forEach((_, r) =>
          expect(s.rankAcceptability.reduce((a, row) => a + (row[r] as number), 0)).toBeCloseTo(1, 9),
        );
        s.centralWeights.forEach((cw) => cw.length > 0 && expect(cw.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9));
        expect(smaa(m, { draws: 300, seed })).toEqual(s);
      }),
      { numRuns: 60 },
    );
  });

  it('closed form: two alternatives a = (1, 0), b = (0, 1) each rank first with probability 1/2 (within 4σ of 10,000 draws)', () => {
    const m: DecisionMatrix = {
      alternatives: ['a', 'b'],
      criteria: [
        { id: 'x', weight: 1, type: 'benefit' },
        { id: 'y', weight: 1, type: 'benefit' },
      ],
      values: [
        [1, 0],
        [0, 1],
      ],
    };
    const s = smaa(m, { draws: 10_000, seed: 11 });
    expect(Math.abs((s.rankAcceptability[0]![0] as number) - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / 10_000));
    // Given a ranks first, w_x ~ U(1/2, 1): central weight of x is 3/4.
    expect(Math.abs((s.centralWeights[0]![0] as number) - 0.75)).toBeLessThan(0.01);
    expect(s.confidence).toEqual([1, 1]);
    expect(s.parameters).toEqual({
      draws: 10_000,
      seed: 11,
      normalization: 'minmax',
      weightDistribution: 'uniform-simplex',
    });
  });

  it('property: dominance carries to first-rank acceptability', () => {
    fc.assert(
      fc.property(matrixArb, fc.integer(), (m, seed) => {
        // Alternative 0 copies alternative 1 and is better on criterion 0.
        const values = m.values.map((r) => [...r]);
        values[0] = [...(values[1] as number[])];
        (values[0] as number[])[0] = (values[1]![0] as number) + (m.criteria[0]!.type === 'benefit' ? 7 : -7);
        const s = smaa({ ...m, values }, { draws: 300, seed });
        expect(s.rankAcceptability[0]![0]).toBeGreaterThanOrEqual(s.rankAcceptability[1]![0] as number);
      }),
      { numRuns: 60 },
    );
  });

  it('a dominated alternative never ranks first and has no central weights', () => {
    const m: DecisionMatrix = {
      alternatives: ['a', 'b'],
      criteria: [
        { id: 'x', weight: 1, type: 'benefit' },
        { id: 'y', weight: 1, type: 'cost' },
      ],
      values: [
        [5, 1],
        [4, 2],
      ],
    };
    const s = smaa(m, { draws: 500 });
    expect(s.rankAcceptability).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(s.centralWeights[1]).toEqual([]);
    expect(s.confidence).toEqual([1, 0]);
  });
});

describe('fundingProbability', () => {
  const m: DecisionMatrix = {
    alternatives: ['a', 'b', 'c'],
    criteria: [
      { id: 'x', weight: 1, type: 'benefit' },
      { id: 'y', weight: 1, type: 'benefit' },
    ],
    values: [
      [10, 10],
      [1, 1],
      [5, 5],
    ],
  };
  it('a dominant project within budget is always funded; the rule decides what follows a project that does not fit', () => {
    const skip = fundingProbability(m, { budget: 100, costs: [50, 40, 60], draws: 200 });
    expect(skip.probability).toEqual([1, 1, 0]);
    const stop = fundingProbability(m, { budget: 100, costs: [50, 40, 60], draws: 200, rule: 'stop' });
    expect(stop.probability).toEqual([1, 0, 0]);
    expect(stop.parameters).toMatchObject({ rule: 'stop', seed: 1, normalization: 'minmax', draws: 200 });
    expect(() => fundingProbability(m, { budget: 100, costs: [1] })).toThrow('one cost per alternative');
  });
});

describe('rank correlation', () => {
  it('Spearman and Kendall τ-b on small hand cases', () => {
    const r = rankCorrelation([1, 2, 3, 4], [1, 3, 2, 4]);
    expect(r.spearman).toBeCloseTo(0.8, 12);
    expect(r.kendallTau).toBeCloseTo(4 / 6, 12);
    expect(rankCorrelation([1, 2, 3], [3, 2, 1])).toEqual({ spearman: -1, kendallTau: -1 });
    expect(() => rankCorrelation([1, 1], [1, 2])).toThrow('ties every item');
  });
  it('compares methods whatever their score direction (VIKOR: lower is better)', () => {
    const dm: DecisionMatrix = {
      alternatives: ['a', 'b', 'c'],
      criteria: [
        { id: 'x', weight: 1, type: 'benefit' },
        { id: 'y', weight: 1, type: 'benefit' },
      ],
      values: [
        [3, 3],
        [2, 2],
        [1, 1],
      ],
    };
    const agreement = methodAgreement([rank(dm, { method: 'wsm' }), rank(dm, { method: 'vikor' })]);
    expect(agreement.pairs).toEqual([{ a: 'wsm', b: 'vikor', spearman: 1, kendallTau: 1 }]);
  });
});
