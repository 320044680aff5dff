import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecisionMatrix } from '../core/decisionMatrix';
import { ahp, type Prioritisation } from './ahp';
import { aggregateJudgments, groupAhp } from './groupAhp';
import { objectiveWeights } from './objectiveWeights';

const consistent = (w: readonly number[]) => w.map((wi) => w.map((wj) => wi / wj));
const positiveWeights = fc.array(fc.double({ min: 0.05, max: 10, noNaN: true }), { minLength: 1, maxLength: 10 });
const prioritisations: Prioritisation[] = ['eigenvector', 'geometric-mean', 'column-mean'];

/** A random reciprocal matrix on Saaty's 1–9 scale. */
const reciprocalArb = (n: number) =>
  fc
    .array(fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9), {
      minLength: (n * (n - 1)) / 2,
      maxLength: (n * (n - 1)) / 2,
    })
    .map((upper) => {
      const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
      let k = 0;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          a[i]![j] = upper[k] as number;
          a[j]![i] = 1 / (upper[k++] as number);
        }
      }
      return a;
    });

describe('ahp', () => {
  it('the textbook 3 × 3 example: weights 0.637, 0.258, 0.105, λmax 3.039, CR 0.033 (Saaty 1980 RI 0.58; self-verified)', () => {
    const r = ahp([
      [1, 3, 5],
      [1 / 3, 1, 3],
      [1 / 5, 1 / 3, 1],
    ]);
    expect(r.weights.map((w) => Math.round(w * 1000) / 1000)).toEqual([0.637, 0.258, 0.105]);
    expect(r.lambdaMax).toBeCloseTo(3.0385, 4);
    expect(r.cr).toBeCloseTo(0.0332, 4);
    expect(r.ri).toBe(0.58);
    expect(r.parameters).toEqual({ prioritisation: 'eigenvector', randomIndex: 'saaty1980' });
  });

  it('property: a consistent matrix gives back its weights, λmax = n and CR = 0 (every prioritisation)', () => {
    fc.assert(
      fc.property(positiveWeights, fc.constantFrom(...prioritisations), (w, prioritisation) => {
        const sum = w.reduce((a, b) => a + b, 0);
        const r = ahp(consistent(w), { prioritisation });
        r.weights.forEach((x, i) => expect(x).toBeCloseTo((w[i] as number) / sum, 10));
        expect(r.lambdaMax).toBeCloseTo(w.length, 10);
        expect(r.ci).toBeCloseTo(0, 10);
        expect(r.cr).toBeCloseTo(0, 10);
      }),
    );
  });

  it('property: λmax is the mean of (A·w)ᵢ/wᵢ for the returned weights and CI ≥ 0', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 7 }).chain(reciprocalArb),
        fc.constantFrom(...prioritisations),
        (a, prioritisation) => {
          const r = ahp(a, { prioritisation });
          const aw = a.map((row) => row.reduce((s, x, j) => s + x * (r.weights[j] as number), 0));
          expect(r.lambdaMax).toBeCloseTo(aw.reduce((s, x, i) => s + x / (r.weights[i] as number), 0) / a.length, 10);
          expect(r.ci).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('rejects non-reciprocal, non-positive and oversized-for-the-table matrices', () => {
    expect(() =>
      ahp([
        [1, 2],
        [2, 1],
      ]),
    ).toThrow('not reciprocal at [0][1]');
    expect(() =>
      ahp([
        [1, 0],
        [0, 1],
      ]),
    ).toThrow('must be positive');
    expect(() =>
      ahp([
        [1, 2, 3],
        [0.5, 1],
        [1 / 3, 1, 1],
      ]),
    ).toThrow('row 1 must have 3 entries');
    expect(() => ahp(consistent(Array.from({ length: 11 }, (_, i) => i + 1)))).toThrow('pass randomIndex as a number');
    expect(ahp(consistent(Array.from({ length: 11 }, (_, i) => i + 1)), { randomIndex: 1.51 }).cr).toBeCloseTo(0, 10);
    expect(() => ahp([[1]], { prioritisation: 'power' as Prioritisation })).toThrow('unknown prioritisation');
  });
});

describe('group AHP', () => {
  it('property: the element-wise geometric mean of reciprocal matrices is reciprocal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((n) => fc.array(reciprocalArb(n), { minLength: 1, maxLength: 5 })),
        (ms) => {
          const g = aggregateJudgments(ms);
          g.forEach((row, i) => row.forEach((x, j) => expect(x * (g[j]![i] as number)).toBeCloseTo(1, 12)));
        },
      ),
    );
  });

  it('property: AIJ with geometric-mean priorities equals AIP with the normalised geometric mean of geometric-mean priorities', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 6 }).chain((n) => fc.array(reciprocalArb(n), { minLength: 2, maxLength: 5 })),
        (ms) => {
          const aij = groupAhp(ms, { aggregation: 'aij', prioritisation: 'geometric-mean' });
          const aip = groupAhp(ms, { aggregation: 'aip', priorityMean: 'geometric', prioritisation: 'geometric-mean' });
          aij.weights.forEach((x, i) => expect(x).toBeCloseTo(aip.weights[i] as number, 12));
        },
      ),
    );
  });

  it('reports individual CRs, the aggregated matrix and the parameters; AIP arithmetic averages priorities', () => {
    const j1 = [
      [1, 3],
      [1 / 3, 1],
    ];
    const j2 = [
      [1, 1 / 3],
      [3, 1],
    ];
    const g = groupAhp([j1, j2]);
    expect(g.aggregatedMatrix?.[0]?.[1]).toBeCloseTo(1, 12);
    expect(g.weights[0]).toBeCloseTo(0.5, 12);
    expect(g.individual.map((r) => r.cr)).toEqual([0, 0]);
    expect(g.parameters).toMatchObject({
      aggregation: 'aij',
      jurorWeights: [0.5, 0.5],
      prioritisation: 'eigenvector',
      randomIndex: 'saaty1980',
    });
    const aip = groupAhp([j1, j2], { aggregation: 'aip', jurorWeights: [3, 1] });
    expect(aip.weights[0]).toBeCloseTo(0.75 * 0.75 + 0.25 * 0.25, 12);
    expect(() => groupAhp([j1, [[1]]])).toThrow("juror 1's matrix is 1 × 1; expected 2 × 2");
  });
});

describe('objectiveWeights', () => {
  const m: DecisionMatrix = {
    alternatives: ['a', 'b', 'c'],
    criteria: [
      { id: 'x', weight: 1, type: 'benefit' },
      { id: 'y', weight: 1, type: 'cost' },
    ],
    values: [
      [1, 0],
      [2, 5],
      [3, 5],
    ],
  };
  it('entropy: 0·ln 0 = 0 (a zero value is kept, not special-cased); weights sum to 1', () => {
    const w = objectiveWeights(m, 'entropy');
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // Hand computation: E_y = −(2·0.5·ln 0.5)/ln 3 = ln 2/ln 3; E_x = −Σ (i/6) ln(i/6) / ln 3.
    const ex = -[1, 2, 3].reduce((s, i) => s + (i / 6) * Math.log(i / 6), 0) / Math.log(3);
    const ey = Math.log(2) / Math.log(3);
    expect(w[0]).toBeCloseTo((1 - ex) / (2 - ex - ey), 12);
  });
  it('CRITIC inverts cost criteria before scaling (so a perfectly anti-correlated cost column behaves as a copy)', () => {
    const copy: DecisionMatrix = {
      alternatives: ['a', 'b', 'c'],
      criteria: [
        { id: 'x', weight: 1, type: 'benefit' },
        { id: 'y', weight: 1, type: 'cost' },
        { id: 'z', weight: 1, type: 'benefit' },
      ],
      values: [
        [1, 3, 2],
        [2, 2, 3],
        [3, 1, 1],
      ],
    };
    const w = objectiveWeights(copy, 'critic');
    expect(w[0]).toBeCloseTo(w[1] as number, 12);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(() =>
      objectiveWeights(
        {
          ...m,
          values: [
            [1, 1],
            [2, 1],
            [3, 1],
          ],
        },
        'critic',
      ),
    ).toThrow('"y" is constant');
    expect(() =>
      objectiveWeights(
        {
          ...m,
          values: [
            [-1, 1],
            [2, 1],
            [3, 1],
          ],
        },
        'entropy',
      ),
    ).toThrow('non-negative values');
  });
});
