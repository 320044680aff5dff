/**
 * Every verified worked case of /work/shared/reference/mcda-examples.json (copied to __fixtures__/mcda-examples.json),
 * each citing its published source in its `source` field; a case with no checker below fails the suite.
 */
import { describe, expect, it } from 'vitest';
import examples from './__fixtures__/mcda-examples.json' with { type: 'json' };
import type { DecisionMatrix } from './core/decisionMatrix';
import { ahp } from './weights/ahp';
import { borda } from './jury/borda';
import { kendallW } from './jury/kendallW';
import { objectiveWeights } from './weights/objectiveWeights';
import { rank } from './rank/rank';

interface Case {
  id: string;
  method: string;
  source: string;
  matrix: number[][];
  weights: number[] | null;
  types: number[] | null;
  params: Record<string, unknown>;
  expected: Record<string, unknown>;
  tolerance: number;
  verified?: { recomputed?: Record<string, unknown> };
}

const cases = examples.cases as unknown as Case[];

function toMatrix(c: Case): DecisionMatrix {
  const n = c.matrix[0]!.length;
  return {
    alternatives: c.matrix.map((_, i) => `A${i + 1}`),
    criteria: Array.from({ length: n }, (_, j) => ({
      id: `C${j + 1}`,
      weight: c.weights?.[j] ?? 1,
      type: (c.types?.[j] ?? 1) === -1 ? ('cost' as const) : ('benefit' as const),
    })),
    values: c.matrix,
  };
}

function close(actual: readonly number[], expected: readonly number[], tol: number): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) =>
    expect(Math.abs(a - (expected[i] as number)), `index ${i}: ${a} vs ${expected[i]}`).toBeLessThanOrEqual(
      tol + 1e-12,
    ),
  );
}

/** 1-based rank position of each alternative from a best-first list of ids. */
const positions = (ranking: string[], ids: readonly string[]) => ids.map((id) => ranking.indexOf(id) + 1);

const checkers: Record<string, (c: Case) => void> = {
  TOPSIS(c) {
    const m = toMatrix(c);
    const r = rank(m, { method: 'topsis', normalization: 'vector' });
    if (r.method !== 'topsis') throw new Error('wrong method');
    close(r.details.closeness, c.expected.closeness as number[], c.tolerance);
    close(r.details.dPlus, c.expected.d_plus as number[], c.tolerance);
    close(r.details.dMinus, c.expected.d_minus as number[], c.tolerance);
    expect(positions(r.ranking, m.alternatives)).toEqual(c.expected.ranking);
    // The exact recomputation, at 1e-6.
    close(r.details.closeness, c.verified!.recomputed!.closeness as number[], 1e-6);
  },
  VIKOR(c) {
    const r = rank(toMatrix(c), { method: 'vikor', v: c.params.v as number });
    if (r.method !== 'vikor') throw new Error('wrong method');
    close(r.details.S, c.expected.S as number[], c.tolerance);
    close(r.details.R, c.expected.R as number[], c.tolerance);
    close(r.details.Q, c.expected.Q as number[], c.tolerance);
    // Notes: compromise set = A2, A3.
    expect([...r.details.compromiseSet].sort()).toEqual(['A2', 'A3']);
  },
  AHP(c) {
    const eig = ahp(c.matrix, { prioritisation: 'eigenvector', randomIndex: 1.35 });
    close(eig.weights, c.expected.weights_3dp as number[], c.tolerance);
    close(eig.weights, c.expected.weights_4dp_AHPy as number[], 0.00005);
    expect(Math.abs(eig.cr - (c.expected['CR_RI_1.35_3dp'] as number))).toBeLessThanOrEqual(c.tolerance);
    expect(
      Math.abs(ahp(c.matrix, { randomIndex: 1.2519 }).cr - (c.expected['CR_RI_1.2519_4dp'] as number)),
    ).toBeLessThanOrEqual(0.00005);
    // Notes: λmax = 7.176629, CI = 0.029438, CR (Saaty 1980, RI 1.32) = 0.022302.
    const saaty = ahp(c.matrix);
    expect(saaty.lambdaMax).toBeCloseTo(7.176629, 5);
    expect(saaty.ci).toBeCloseTo(0.029438, 5);
    expect(saaty.cr).toBeCloseTo(0.022302, 5);
    close(
      ahp(c.matrix, { prioritisation: 'geometric-mean' }).weights,
      [0.1787, 0.0185, 0.0422, 0.1165, 0.1911, 0.1286, 0.3243],
      0.00005,
    );
    close(
      ahp(c.matrix, { prioritisation: 'column-mean' }).weights,
      [0.1776, 0.0195, 0.0421, 0.1173, 0.1888, 0.1296, 0.325],
      0.00005,
    );
  },
  'PROMETHEE II'(c) {
    const r = rank(toMatrix(c), {
      method: 'promethee2',
      preferenceFunctions: (c.params.preference_function as string[]).map(() => ({ type: 'usual' as const })),
    });
    if (r.method !== 'promethee2') throw new Error('wrong method');
    close(r.details.netFlow, c.expected.net_flow as number[], c.tolerance);
    close(r.details.positiveFlow, c.verified!.recomputed!.phi_plus as number[], c.tolerance);
    close(r.details.negativeFlow, c.verified!.recomputed!.phi_minus as number[], c.tolerance);
    expect(r.parameters.flowDivisor).toBe(2);
  },
  'Entropy weights'(c) {
    close(objectiveWeights(toMatrix(c), 'entropy'), c.expected.weights as number[], c.tolerance);
  },
  'CRITIC weights'(c) {
    close(objectiveWeights(toMatrix(c), 'critic'), c.expected.weights as number[], c.tolerance);
  },
  'Kendall W'(c) {
    // The case is subjects × raters; kendallW takes raters × items.
    const raters = c.matrix[0]!.map((_, r) => c.matrix.map((row) => row[r] as number));
    const corrected = kendallW(raters);
    expect(Math.abs(corrected.w - (c.expected.W_tie_corrected as number))).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(corrected.chiSquare - (c.expected.chi2_corrected as number))).toBeLessThanOrEqual(1e-6);
    expect(corrected.df).toBe(3);
    expect(
      Math.abs(kendallW(raters, { tieCorrection: false }).w - (c.expected.W_uncorrected as number)),
    ).toBeLessThanOrEqual(c.tolerance);
    expect(
      kendallW([
        [1, 2, 3, 4],
        [1, 2, 3, 4],
        [1, 2, 3, 4],
      ]).w,
    ).toBeCloseTo(c.expected.perfect_agreement_W as number, 12);
  },
  'Borda count'(c) {
    const raters = c.matrix[0]!.map((_, r) => c.matrix.map((row) => row[r] as number));
    const b = borda(raters, { input: 'ranks' });
    expect(b.rankSums).toEqual(c.expected.rank_sums);
    expect(b.points).toEqual(c.expected.borda_points);
    expect(b.order.map((i) => i + 1)).toEqual(c.expected.order_best_first_1based);
    expect(b.ties).toEqual([]);
  },
};

describe('mcda-examples.json (verified worked cases)', () => {
  it('has a checker for every case', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(Object.keys(checkers), c.id).toContain(c.method);
  });
  for (const c of cases) {
    it(`${c.id} — ${c.source.slice(0, 80)}`, () => {
      const check = checkers[c.method];
      if (!check) throw new Error(`no checker for method ${c.method}`);
      check(c);
    });
  }
});
