/**
 * Hostile numbers at the public numeric boundaries (issue 15): every result is finite, or an explicit RoadmapError
 * with a specific code; nothing allocates without bound.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DecisionMatrix } from './core/decisionMatrix';
import { isRoadmapError } from './core/RoadmapError';
import { normalizations } from './core/normalize';
import { kendallW } from './jury/kendallW';
import { rank } from './rank/rank';
import type { RankMethod } from './rank/types';
import { scheduleProjectFromFactsheet } from './schedule/fromFactsheet';
import { schedule } from './schedule/schedule';
import { smaa } from './sensitivity/smaa';
import { weightStabilityIntervals } from './sensitivity/weightStabilityIntervals';
import { rescaleWeights } from './core/decisionMatrix';
import { normalizeMatrix } from './core/normalize';
import { chiSquareSurvival } from './core/chiSquare';
import { aggregateScores, combineScores, quantile, type JuryAggregation } from './jury/aggregateScores';
import { averageRanks } from './jury/averageRanks';
import { borda } from './jury/borda';
import { juryAgreement } from './jury/juryAgreement';
import { ahp, priorities, type Prioritisation } from './weights/ahp';
import { aggregateJudgments, groupAhp } from './weights/groupAhp';
import { objectiveWeights } from './weights/objectiveWeights';
import { preferenceDegree } from './rank/promethee2';
import { rankPositions } from './rank/orderByScore';
import { methodAgreement, rankCorrelation } from './sensitivity/rankCorrelation';
import { fundingProbability } from './sensitivity/fundingProbability';

const methods: readonly RankMethod[] = ['wsm', 'wpm', 'topsis', 'vikor', 'promethee2'];
const extreme = fc.oneof(
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 0, 5e-324),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const matrixArb = fc
  .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 4 }))
  .chain(([m, n]) =>
    fc.record({
      alternatives: fc.constant(Array.from({ length: m }, (_, i) => `A${i}`)),
      criteria: fc.array(
        fc.record({
          weight: fc.oneof(fc.constantFrom(1e308, Number.MIN_VALUE), fc.double({ min: 0, max: 1e308, noNaN: true })),
          type: fc.constantFrom('benefit' as const, 'cost' as const),
        }),
        { minLength: n, maxLength: n },
      ),
      values: fc.array(fc.array(extreme, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
    }),
  )
  .map((r): DecisionMatrix => ({
    ...r,
    criteria: r.criteria.map((c, j) => ({ id: `C${j}`, ...c, weight: j === 0 ? Math.max(c.weight, 1) : c.weight })),
  }));

/** Runs `f`; its numbers must be finite, or it must throw a RoadmapError with one of `codes`. */
function finiteOrExplicit(f: () => number[], codes: readonly string[]): void {
  let out: number[];
  try {
    out = f();
  } catch (error) {
    expect(isRoadmapError(error), String(error)).toBe(true);
    expect(codes).toContain((error as { code: string }).code);
    return;
  }
  const bad = out.find((x) => !Number.isFinite(x)); // one expect for a million numbers, not a million expects
  expect(Number.isFinite(bad ?? 0), `${bad}`).toBe(true);
}

describe('extreme finite values', () => {
  it('WSM and VIKOR on ±1e308 give finite scores (they returned NaN)', () => {
    const m: DecisionMatrix = {
      alternatives: ['a', 'b', 'c'],
      criteria: [
        { id: 'x', weight: 1, type: 'benefit' },
        { id: 'y', weight: 1, type: 'cost' },
      ],
      values: [
        [1e308, -1e308],
        [-1e308, 1e308],
        [0, 0],
      ],
    };
    expect(rank(m, { method: 'wsm' }).scores).toEqual([1, 0, 0.5]);
    expect(rank(m, { method: 'vikor' }).scores).toEqual([0, 1, 0.5]);
    expect(rank(m, { method: 'topsis' }).scores.every(Number.isFinite)).toBe(true);
  });

  it('property: every ranking method gives finite scores or an explicit RoadmapError', () => {
    fc.assert(
      fc.property(matrixArb, fc.constantFrom(...methods), (m, method) =>
        finiteOrExplicit(() => rank(m, { method }).scores, ['invalid_input', 'degenerate', 'not_computable']),
      ),
      { numRuns: 400 },
    );
  });

  it('property: every normalisation of WSM and TOPSIS gives finite scores or an explicit RoadmapError', () => {
    fc.assert(
      fc.property(
        matrixArb,
        fc.constantFrom(...normalizations),
        fc.constantFrom('wsm' as const, 'topsis' as const),
        (m, normalization, method) =>
          finiteOrExplicit(
            () => rank(m, { method, normalization }).scores,
            ['invalid_input', 'invalid_option', 'degenerate', 'not_computable'],
          ),
      ),
      { numRuns: 300 },
    );
  });

  it('property: stability intervals and SMAA stay finite', () => {
    fc.assert(
      fc.property(matrixArb, (m) => {
        finiteOrExplicit(() => weightStabilityIntervals(m).flat(), ['not_computable', 'degenerate']);
        finiteOrExplicit(() => smaa(m, { draws: 50 }).rankAcceptability.flat(), ['not_computable', 'degenerate']);
      }),
      { numRuns: 100 },
    );
  });

  it("property: Kendall's W of extreme scores is in [0, 1]", () => {
    fc.assert(
      fc.property(fc.array(fc.array(extreme, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 4 }), (t) =>
        finiteOrExplicit(() => {
          const r = kendallW(t);
          expect(r.w >= 0 && r.w <= 1).toBe(true);
          return [r.w, r.chiSquare, r.p];
        }, ['degenerate', 'invalid_input']),
      ),
    );
  });

  it('a project lasting 1e9 years is bounded before any allocation: it cannot fit the horizon (V8 died on it)', async () => {
    const result = await schedule({
      years: [{ budget: 100, capacity: 1 }],
      projects: [
        { id: 'forever', value: 1, duration: 1e9, costPerYear: 1, capacityPerYear: 0, predecessors: [] },
        { id: 'ok', value: 1, duration: 1, costPerYear: 1, capacityPerYear: 0, predecessors: [] },
      ],
    });
    expect(result.starts).toEqual({ ok: 1 });
    expect(result.explanation.projects[0]?.why).toMatchObject({ code: 'beyond_horizon', horizon: 1 });
    const factsheet = {
      id: 'P',
      type: 'ProjectFactsheet' as const,
      name: 'P',
      objectives: ['x'] as [string],
      refTheme: 'T',
      refOwner: 'O',
      budgetByYear: [{ projectYear: 1, amount: 1 }] as [{ projectYear: number; amount: number }],
      duration: 1e9,
    };
    expect(scheduleProjectFromFactsheet(factsheet, { value: 1, startYear: 2026, horizon: 5 })).toMatchObject({
      duration: 1e9,
      costPerYear: 0,
    });
    await expect(
      schedule({
        years: [{ budget: 1, capacity: 1 }],
        projects: [{ id: 'x', value: 1, duration: 2 ** 60, costPerYear: 1, capacityPerYear: 0, predecessors: [] }],
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('extreme finite values at every other public numeric function', () => {
  const codes = ['invalid_input', 'invalid_weights', 'invalid_option', 'degenerate', 'not_computable'];
  const runs = { numRuns: 150 };
  const list = (min = 1, max = 8) => fc.array(extreme, { minLength: min, maxLength: max });
  /** Positive judgements whose reciprocal is finite too (a pairwise matrix holds both). */
  const judgement = fc.oneof(
    fc.constantFrom(1e300, 1e-300, 1, 9, 1 / 9),
    fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
  );
  const pairwise = (n: number) =>
    fc.array(judgement, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((upper) => {
      const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
      let k = 0;
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          a[i]![j] = upper[k]!;
          a[j]![i] = 1 / upper[k++]!;
        }
      return a;
    });

  it('property: weights, normalisations, quantiles and score combinations', () => {
    fc.assert(
      fc.property(matrixArb, list(), fc.double({ min: 0, max: 1, noNaN: true }), (m, xs, p) => {
        finiteOrExplicit(() => rescaleWeights(xs.map(Math.abs)), codes);
        for (const n of normalizations) finiteOrExplicit(() => normalizeMatrix(m, n).values.flat(), codes);
        const sorted = [...xs].sort((a, b) => a - b);
        finiteOrExplicit(() => [quantile(sorted, p)], codes);
        for (const method of ['median', 'mean', 'trimmed-mean', 'geometric-mean'] as JuryAggregation[])
          finiteOrExplicit(() => [combineScores(method === 'geometric-mean' ? xs.map(Math.abs) : xs, method)], codes);
        finiteOrExplicit(() => averageRanks(xs).ranks, codes);
        finiteOrExplicit(() => rankPositions(xs, 'higher'), codes);
        for (const w of ['entropy', 'critic'] as const) finiteOrExplicit(() => objectiveWeights(m, w), codes);
      }),
      runs,
    );
  });

  it('property: chi-square survival, preference degrees and rank correlations stay in their ranges', () => {
    fc.assert(
      fc.property(extreme, extreme, extreme, list(2, 8), (x, q, d, xs) => {
        finiteOrExplicit(
          () => [chiSquareSurvival(Math.abs(x), Math.max(1, Math.min(1e6, Math.round(Math.abs(q)))))],
          codes,
        );
        const a = Math.abs(q);
        for (const f of [
          { type: 'usual' as const },
          { type: 'u-shape' as const, q: a },
          { type: 'v-shape' as const, p: a || 1 },
          { type: 'level' as const, q: a / 2, p: a || 1 },
          { type: 'linear' as const, q: a / 2, p: a || 1 },
          { type: 'gaussian' as const, s: a || 1 },
        ])
          finiteOrExplicit(() => [preferenceDegree(f, d)], codes);
        const ranks = averageRanks(xs).ranks;
        const other = averageRanks(xs.map((v) => -v)).ranks;
        finiteOrExplicit(() => Object.values(rankCorrelation(ranks, other)), codes);
      }),
      runs,
    );
  });

  it('property: jury aggregation, Borda and agreement over extreme scores', () => {
    fc.assert(
      fc.property(fc.array(list(3, 3), { minLength: 2, maxLength: 4 }), (table) => {
        const scores = table.flatMap((row, j) =>
          row.flatMap((score, p) => [
            { juror: `J${j}`, project: `P${p}`, criterion: 'impact', score },
            { juror: `J${j}`, project: `P${p}`, criterion: 'cost', score: -score },
          ]),
        );
        for (const method of ['median', 'mean', 'trimmed-mean'] as JuryAggregation[]) {
          finiteOrExplicit(() => aggregateScores({ scores, method }).values.flat(), codes);
          finiteOrExplicit(() => {
            const w = juryAgreement(aggregateScores({ scores, method }), { weights: { impact: 1e308, cost: 1e308 } });
            return [w.overall?.w ?? 0, ...Object.values(w.byCriterion).map((k) => k?.w ?? 0)];
          }, codes);
        }
        finiteOrExplicit(() => borda(table).points, codes);
      }),
      runs,
    );
  });

  it('property: AHP and group AHP on judgements from 1e-300 to 1e300', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }).chain((n) => fc.array(pairwise(n), { minLength: 1, maxLength: 3 })),
        fc.constantFrom<Prioritisation>('eigenvector', 'geometric-mean', 'column-mean'),
        (matrices, prioritisation) => {
          const tolerance = { reciprocalTolerance: 1e-6 };
          finiteOrExplicit(() => priorities(matrices[0]!, prioritisation), codes);
          finiteOrExplicit(() => {
            const r = ahp(matrices[0]!, { prioritisation, ...tolerance });
            return [...r.weights, r.lambdaMax, r.ci, r.cr];
          }, codes);
          finiteOrExplicit(() => aggregateJudgments(matrices).flat(), codes);
          finiteOrExplicit(() => groupAhp(matrices, { prioritisation, ...tolerance }).weights, codes);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('property: method agreement and funding probability over extreme matrices', () => {
    fc.assert(
      fc.property(matrixArb, extreme, (m, budget) => {
        finiteOrExplicit(() => {
          const results = (['wsm', 'topsis'] as const).map((method) => rank(m, { method }));
          const agreement = methodAgreement(results);
          return Object.values(agreement).flatMap((v) => (typeof v === 'number' ? [v] : []));
        }, codes);
        finiteOrExplicit(
          () =>
            fundingProbability(m, { budget, costs: m.alternatives.map((_, i) => (i + 1) * 1e307), draws: 20 })
              .probability,
          codes,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('huge arrays: 1,000,000 extreme scores give finite quantiles, combinations, ranks and weights', () => {
    const n = 1_000_000;
    const xs = Array.from({ length: n }, (_, i) => (i % 2 ? Number.MAX_VALUE : -Number.MAX_VALUE) / (1 + (i % 7)));
    finiteOrExplicit(
      () => [
        quantile(
          [...xs].sort((a, b) => a - b),
          0.5,
        ),
      ],
      codes,
    );
    for (const method of ['median', 'mean', 'trimmed-mean'] as JuryAggregation[])
      finiteOrExplicit(() => [combineScores(xs, method)], codes);
    finiteOrExplicit(() => rescaleWeights(xs.map(Math.abs)), codes);
    finiteOrExplicit(() => averageRanks(xs).ranks, codes);
  });
});
