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
  for (const x of out) expect(Number.isFinite(x), `${x}`).toBe(true);
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
