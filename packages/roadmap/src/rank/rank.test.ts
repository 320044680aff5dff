import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecisionMatrix } from '../core/decisionMatrix';
import { rank } from './rank';
import type { RankMethod } from './types';
import { rankPositions } from './orderByScore';

const methods: RankMethod[] = ['wsm', 'wpm', 'topsis', 'vikor', 'promethee2'];

/** Random positive decision matrices (positive so that WPM's max normalisation applies). */
const matrixArb = fc.integer({ min: 2, max: 6 }).chain((m) =>
  fc.integer({ min: 1, max: 4 }).chain((n) =>
    fc.record({
      alternatives: fc.constant(Array.from({ length: m }, (_, i) => `A${i}`)),
      criteria: fc.tuple(
        ...Array.from({ length: n }, (_, j) =>
          fc.record({
            id: fc.constant(`C${j}`),
            weight: fc.double({ min: 0.01, max: 10, noNaN: true }),
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

describe('rank: literature cases beyond mcda-examples.json', () => {
  it('WPM reproduces Triantaphyllou (2000, §2.2.2) ratios P(A1/A2) = 1.007, P(A1/A3) = 1.067, P(A2/A3) = 1.059', () => {
    // Triantaphyllou, E. (2000) Multi-Criteria Decision Making Methods: A Comparative Study, Kluwer, p. 7; the
    // numerical example reproduced in the Wikipedia article "Weighted product model". WPM score ratios equal the
    // published pairwise ratios under any per-column scaling.
    const m: DecisionMatrix = {
      alternatives: ['A1', 'A2', 'A3'],
      criteria: [0.2, 0.15, 0.4, 0.25].map((weight, j) => ({ id: `C${j + 1}`, weight, type: 'benefit' as const })),
      values: [
        [25, 20, 15, 30],
        [10, 30, 20, 30],
        [30, 10, 30, 10],
      ],
    };
    const r = rank(m, { method: 'wpm' });
    const [a1, a2, a3] = r.scores as [number, number, number];
    expect(a1 / a2).toBeCloseTo(1.007, 3);
    expect(a1 / a3).toBeCloseTo(1.067, 3);
    expect(a2 / a3).toBeCloseTo(1.059, 3);
    expect(r.ranking).toEqual(['A1', 'A2', 'A3']);
    expect(r.parameters.normalization).toBe('max');
    // Self-computed: on the raw values (normalization none) WSM gives 21.5, 22, 22, a tie that is reported, not broken.
    const w = rank(m, { method: 'wsm', normalization: 'none' });
    expect(w.scores[0]).toBeCloseTo(21.5, 12);
    expect(w.scores[1]).toBeCloseTo(22, 12);
    expect(w.details.ties).toEqual([['A2', 'A3']]);
    // Tied alternatives share a rank (competition ranking): A2 and A3 are both first, A1 third.
    expect(w.ranks).toEqual([3, 1, 1]);
    expect(r.ranks).toEqual([1, 2, 3]);
  });

  it('VIKOR reproduces Yang & Wu (2020), IEEE Access 8:21261-21271 (as tested in kotbaton/pymcdm TestVIKOR): Q = 0.5679, 0.7667, 1, 0.7493, 0', () => {
    const m: DecisionMatrix = {
      alternatives: ['A1', 'A2', 'A3', 'A4', 'A5'],
      criteria: [0, 1, 2, 3].map((j) => ({ id: `C${j + 1}`, weight: 0.25, type: 'benefit' as const })),
      values: [
        [78, 56, 34, 6],
        [4, 45, 3, 97],
        [18, 2, 50, 63],
        [9, 14, 11, 92],
        [85, 9, 100, 29],
      ],
    };
    expect(rank(m, { method: 'vikor' }).scores.map((q) => Math.round(q * 1e4) / 1e4)).toEqual([
      0.5679, 0.7667, 1, 0.7493, 0,
    ]);
  });

  it('Opricovic & Tzeng (2004), EJOR 156(2):445-455, two-criterion example: VIKOR Q = 1, 0, 1; TOPSIS (min-max) 0.500, 0.617, 0.500', () => {
    // Values as transcribed in kotbaton/pymcdm TestVIKOR / TestTOPSIS (pymcdm's TOPSIS normalises with min-max by default).
    const m: DecisionMatrix = {
      alternatives: ['A1', 'A2', 'A3'],
      criteria: [
        { id: 'c1', weight: 0.5, type: 'cost' },
        { id: 'c2', weight: 0.5, type: 'benefit' },
      ],
      values: [
        [1, 3000],
        [2, 3750],
        [5, 4500],
      ],
    };
    const v = rank(m, { method: 'vikor' });
    expect(v.scores).toEqual([1, 0, 1]);
    if (v.method !== 'vikor') throw new Error('unexpected');
    expect(v.details.compromiseSet).toEqual(['A2']);
    expect(v.details.ties).toEqual([['A1', 'A3']]);
    expect(v.ranks).toEqual([2, 1, 2]);
    expect(
      rank(m, { method: 'topsis', normalization: 'minmax' }).scores.map((c) => Math.round(c * 1000) / 1000),
    ).toEqual([0.5, 0.617, 0.5]);
  });

  it('VIKOR: a spread of S or R within rounding error separates nobody (found by the rescaling property)', () => {
    // Weights equal but for their last bits: every R is 0.01 up to 2e-17, so R must not order the alternatives, and a
    // constant factor on the weights (which moves those bits) must not change Q.
    const m: DecisionMatrix = {
      alternatives: ['A0', 'A1', 'A2'],
      criteria: [
        { id: 'C0', weight: 0.01, type: 'cost' },
        { id: 'C1', weight: 0.010000000000000002, type: 'benefit' },
        { id: 'C2', weight: 0.01000000000000002, type: 'benefit' },
      ],
      values: [
        [1, 1, 2],
        [22, 2, 2],
        [1, 1, 1],
      ],
    };
    const scaled = { ...m, criteria: m.criteria.map((c) => ({ ...c, weight: c.weight * 0.1 })) };
    const q = rank(m, { method: 'vikor' }).scores;
    rank(scaled, { method: 'vikor' }).scores.forEach((x, i) => expect(x).toBeCloseTo(q[i] as number, 12));
    // S: 1/3, 1/3 and 2/3 of the weight; R the same for all. Q = 0.5 × (S − S*) / (S⁻ − S*).
    expect(q.map((x) => Math.round(x * 1e9) / 1e9)).toEqual([0, 0, 0.5]);
  });

  it('PROMETHEE II preference functions follow Brans & Vincke (1985) generalised criteria (hand-checked)', () => {
    // Brans, J.P. & Vincke, Ph. (1985) Management Science 31(6):647-656, Fig. 1 (six generalised criteria).
    const m: DecisionMatrix = {
      alternatives: ['a', 'b'],
      criteria: [{ id: 'c', weight: 1, type: 'benefit' }],
      values: [[10], [7]],
    };
    const flow = (f: Parameters<typeof rank>[1]['preferenceFunctions']) => {
      const r = rank(m, { method: 'promethee2', ...(f ? { preferenceFunctions: f } : {}) });
      return r.scores[0];
    };
    expect(flow([{ type: 'usual' }])).toBe(1);
    expect(flow([{ type: 'u-shape', q: 3 }])).toBe(0);
    expect(flow([{ type: 'u-shape', q: 2 }])).toBe(1);
    expect(flow([{ type: 'v-shape', p: 6 }])).toBe(0.5);
    expect(flow([{ type: 'level', q: 2, p: 4 }])).toBe(0.5);
    expect(flow([{ type: 'linear', q: 1, p: 5 }])).toBe(0.5);
    expect(flow([{ type: 'gaussian', s: 3 }])).toBeCloseTo(1 - Math.exp(-0.5), 12);
  });

  it('reports every default it used', () => {
    const m: DecisionMatrix = {
      alternatives: ['a', 'b'],
      criteria: [
        { id: 'x', weight: 3, type: 'benefit' },
        { id: 'y', weight: 1, type: 'cost' },
      ],
      values: [
        [1, 2],
        [2, 3],
      ],
    };
    expect(rank(m, { method: 'wsm' }).parameters).toEqual({
      weights: [0.75, 0.25],
      types: ['benefit', 'cost'],
      normalization: 'minmax',
      costHandling: 'normalized',
    });
    expect(rank(m, { method: 'topsis' }).parameters).toMatchObject({
      normalization: 'vector',
      costHandling: 'ideal-point',
    });
    expect(rank(m, { method: 'wsm', normalization: 'vector' }).parameters.costHandling).toBe('subtract');
    expect(rank(m, { method: 'vikor' }).parameters).toMatchObject({ v: 0.5, dq: 1 });
    expect(rank(m, { method: 'promethee2' }).parameters).toMatchObject({
      preferenceFunctions: [{ type: 'usual' }, { type: 'usual' }],
      flowDivisor: 1,
    });
  });

  it('implements each normalisation as specified', () => {
    const m: DecisionMatrix = {
      alternatives: ['a', 'b', 'c'],
      criteria: [
        { id: 'b', weight: 1, type: 'benefit' },
        { id: 'c', weight: 1, type: 'cost' },
      ],
      values: [
        [2, 1],
        [4, 2],
        [6, 4],
      ],
    };
    const table = (normalization: 'minmax' | 'vector' | 'sum' | 'max') => {
      const r = rank(m, { method: 'wsm', normalization });
      if (r.method !== 'wsm' && r.method !== 'wpm') throw new Error('unexpected');
      return r.details.normalized;
    };
    expect(table('minmax')).toEqual([
      [0, 1],
      [0.5, 2 / 3],
      [1, 0],
    ]);
    const n1 = Math.sqrt(4 + 16 + 36);
    const n2 = Math.sqrt(1 + 4 + 16);
    expect(table('vector')).toEqual([
      [2 / n1, 1 / n2],
      [4 / n1, 2 / n2],
      [6 / n1, 4 / n2],
    ]);
    const inv = 1 + 0.5 + 0.25;
    expect(table('sum')).toEqual([
      [2 / 12, 1 / inv],
      [4 / 12, 0.5 / inv],
      [6 / 12, 0.25 / inv],
    ]);
    expect(table('max')).toEqual([
      [2 / 6, 1],
      [4 / 6, 0.5],
      [1, 0.25],
    ]);
  });

  it('rejects bad input with specific errors', () => {
    const m: DecisionMatrix = {
      alternatives: ['a', 'b'],
      criteria: [{ id: 'x', weight: 1, type: 'cost' }],
      values: [[1], [2]],
    };
    expect(() => rank(m, { method: 'wsm', normalization: 'none' })).toThrow(
      'every criterion must be a benefit; "x" is a cost',
    );
    expect(() => rank({ ...m, criteria: [{ id: 'x', weight: -1, type: 'benefit' }] }, { method: 'wsm' })).toThrow(
      'weights must be non-negative',
    );
    expect(() => rank({ ...m, criteria: [{ id: 'x', weight: 0, type: 'benefit' }] }, { method: 'wsm' })).toThrow(
      'the weights sum to 0',
    );
    expect(() => rank({ ...m, values: [[1], [Number.NaN]] }, { method: 'wsm' })).toThrow('must be a finite number');
    expect(() => rank({ ...m, values: [[1]] }, { method: 'wsm' })).toThrow('one row per alternative');
    expect(() => rank(m, { method: 'vikor', normalization: 'minmax' })).toThrow('VIKOR uses raw values');
    expect(() => rank(m, { method: 'vikor', v: 2 })).toThrow('v must be in [0, 1]');
    expect(() => rank(m, { method: 'promethee2', preferenceFunctions: [{ type: 'linear', q: 2, p: 1 }] })).toThrow(
      'p (1) must be greater than q (2)',
    );
    expect(() => rank(m, { method: 'promethee2', preferenceFunctions: [] })).toThrow('one function per criterion');
    expect(() => rank(m, { method: 'electre' as RankMethod })).toThrow('unknown method "electre"');
    expect(() => rank({ ...m, values: [[0], [2]] }, { method: 'wpm' })).toThrow(
      'max normalization needs positive values',
    );
  });

  it('never returns NaN on constant columns', () => {
    const m: DecisionMatrix = {
      alternatives: ['a', 'b'],
      criteria: [
        { id: 'x', weight: 1, type: 'benefit' },
        { id: 'k', weight: 1, type: 'cost' },
      ],
      values: [
        [1, 5],
        [2, 5],
      ],
    };
    for (const method of methods) {
      const r = rank(m, { method });
      expect(r.scores.every(Number.isFinite), method).toBe(true);
      expect(r.ranking[0], method).toBe('b');
    }
    const all = rank(
      {
        ...m,
        values: [
          [5, 5],
          [5, 5],
        ],
      },
      { method: 'topsis' },
    );
    expect(all.scores).toEqual([0.5, 0.5]);
    expect(all.details.ties).toEqual([['a', 'b']]);
  });
});

describe('rank: properties', () => {
  it('dominance: an alternative at least as good everywhere and better somewhere ranks at least as high (every method)', () => {
    fc.assert(
      fc.property(matrixArb, fc.nat(), fc.nat(), (m, a0, c0) => {
        const a = a0 % m.alternatives.length;
        const c = c0 % m.criteria.length;
        // Make alternative a dominate alternative b = a + 1 by copying b and improving criterion c.
        const b = (a + 1) % m.alternatives.length;
        const values = m.values.map((r) => [...r]);
        values[a] = [...(values[b] as number[])];
        const better = m.criteria[c]!.type === 'benefit' ? 1 : -1;
        (values[a] as number[])[c] = Math.max(1, (values[b]![c] as number) + better * 5);
        if ((values[a] as number[])[c] === values[b]![c]) (values[b] as number[])[c] = (values[b]![c] as number) + 5;
        const dm: DecisionMatrix = { ...m, values };
        for (const method of methods) {
          const r = rank(dm, { method });
          const pos = rankPositions(r.scores, r.details.better);
          expect(pos[a], `${method}`).toBeLessThanOrEqual(pos[b] as number);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('permutation invariance: permuting alternatives permutes the scores', () => {
    fc.assert(
      fc.property(matrixArb, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (m, stream) => {
        const order = m.alternatives.map((_, i) => i);
        const keys = [...stream.take(order.length)];
        order.sort((x, y) => (keys[x] as number) - (keys[y] as number));
        const permuted: DecisionMatrix = {
          ...m,
          alternatives: order.map((i) => m.alternatives[i] as string),
          values: order.map((i) => m.values[i] as number[]),
        };
        for (const method of methods) {
          const r = rank(m, { method });
          const p = rank(permuted, { method });
          order.forEach((i, k) => expect(p.scores[k], method).toBeCloseTo(r.scores[i] as number, 9));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('weights are rescaled: multiplying them by a constant changes nothing', () => {
    fc.assert(
      fc.property(matrixArb, fc.double({ min: 0.1, max: 100, noNaN: true }), (m, k) => {
        const scaled: DecisionMatrix = { ...m, criteria: m.criteria.map((c) => ({ ...c, weight: c.weight * k })) };
        for (const method of methods) {
          const r = rank(m, { method });
          const s = rank(scaled, { method });
          expect(s.parameters.weights.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
          s.scores.forEach((x, i) => expect(x, method).toBeCloseTo(r.scores[i] as number, 9));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('adding a constant to a benefit column changes nothing under min-max (WSM)', () => {
    fc.assert(
      fc.property(matrixArb, fc.integer({ min: 1, max: 50 }), (m, k) => {
        const shifted: DecisionMatrix = {
          ...m,
          values: m.values.map((r) => r.map((x, j) => (m.criteria[j]!.type === 'benefit' ? x + k : x))),
        };
        const r = rank(m, { method: 'wsm' });
        rank(shifted, { method: 'wsm' }).scores.forEach((x, i) => expect(x).toBeCloseTo(r.scores[i] as number, 9));
      }),
    );
  });
});
