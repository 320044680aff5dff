import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSchedule } from './checkSchedule';
import { allowedStarts, checkScheduleInput } from './checkScheduleInput';
import { schedule } from './schedule';
import type { ScheduleInput, ScheduleProgress } from './types';
import { benchSchedule } from '../../bench/benchInstances';
import { smallInstances } from './__fixtures__/smallInstances';
import { threeProjects, twoYears } from './__fixtures__/handChecked';

/** Exhaustive optimum over every choice of (no start | allowed start) per project, checked with checkSchedule. */
function bruteForce(input: ScheduleInput): { objective: number; feasible: boolean } {
  const { projects, discount, horizon } = checkScheduleInput(input);
  const options = projects.map((p) => [undefined, ...allowedStarts(p, horizon)]);
  let best = -Infinity;
  const starts: Record<string, number> = {};
  const walk = (k: number, value: number): void => {
    if (k === projects.length) {
      if (value > best && checkSchedule(input, starts).length === 0) best = value;
      return;
    }
    const p = projects[k]!;
    for (const t of options[k]!) {
      if (t === undefined) delete starts[p.id];
      else starts[p.id] = t;
      walk(k + 1, t === undefined ? value : value + p.value * (discount[t - 1] as number));
    }
    delete starts[p.id];
  };
  walk(0, 0);
  return { objective: best, feasible: best > -Infinity };
}

const years2 = twoYears;

describe('schedule', () => {
  it('starts a project after its predecessor finishes (hand-checked: P1 year 1, P2 year 2, P3 does not fit)', async () => {
    const input = threeProjects;
    const r = await schedule(input);
    expect(r.status).toBe('optimal');
    expect(r.starts).toEqual({ P1: 1, P2: 2 });
    expect(r.objective).toBe(16);
    expect(r.notSelected).toEqual(['P3']);
    expect(r.explanation.projects[1]?.reason).toBe('Scheduled in year 2, after P1.');
    // P3 overruns year 1 by 30 − 20; making room means dropping P1, and P2 with it (it needs P1): 16 against 5.
    expect(r.explanation.projects[2]?.why).toMatchObject({
      code: 'displaced',
      start: 1,
      overrun: { year: 1, resource: 'budget', need: 30, left: 20, excess: 10 },
      displaced: ['P1', 'P2'],
      displacedValue: 16,
      value: 5,
    });
    expect(r.explanation.projects[2]?.reason).toBe(
      'Not scheduled: with its 30 in year 1 it would exceed that year’s budget by 10; the 2 projects funded instead (P1 and P2) add 220% more value.',
    );
    expect(r.parameters).toMatchObject({ valueDiscountByStartYear: [1, 1], mipRelGap: 1e-3, timeLimitSeconds: 30 });
    expect(checkSchedule(input, r.starts)).toEqual([]);
  });

  it('beats greedy-by-value when a predecessor unlocks more value (greedy takes B alone: 9; optimum A then C: 12)', async () => {
    const input: ScheduleInput = {
      years: years2,
      projects: [
        { id: 'A', value: 4, duration: 1, costPerYear: 60, capacityPerYear: 1, predecessors: [] },
        { id: 'B', value: 9, duration: 2, costPerYear: 50, capacityPerYear: 1, predecessors: [] },
        { id: 'C', value: 8, duration: 1, costPerYear: 90, capacityPerYear: 1, predecessors: ['A'] },
      ],
    };
    const r = await schedule(input);
    expect(r.objective).toBe(12);
    expect(r.starts).toEqual({ A: 1, C: 2 });
  });

  it('applies the start-year value multiplier', async () => {
    const input: ScheduleInput = {
      years: years2,
      projects: [
        { id: 'A', value: 10, duration: 1, costPerYear: 100, capacityPerYear: 1, predecessors: [] },
        { id: 'B', value: 8, duration: 1, costPerYear: 100, capacityPerYear: 1, predecessors: [] },
      ],
      valueDiscountByStartYear: [1, 0.5],
    };
    const r = await schedule(input);
    // A first (10 + 8·0.5 = 14) beats B first (8 + 10·0.5 = 13).
    expect(r.starts).toEqual({ A: 1, B: 2 });
    expect(r.objective).toBe(14);
  });

  it('explains an infeasible mandatory project with the smallest budget relaxation per year', async () => {
    const r = await schedule({
      years: years2,
      projects: [
        {
          id: 'M',
          value: 1,
          duration: 2,
          costPerYear: [150, 120],
          capacityPerYear: 1,
          predecessors: [],
          mandatory: true,
        },
      ],
    });
    expect(r.status).toBe('infeasible');
    expect(r.starts).toEqual({});
    expect(r.explanation.infeasibility?.binding).toEqual(['budget']);
    expect(r.explanation.infeasibility?.budgetRelaxation).toEqual({ total: 70, byYear: [50, 20] });
    expect(r.explanation.infeasibility?.capacityRelaxation).toBeUndefined();
    expect(r.explanation.summary).toContain(
      'smallest budget increase that fixes it is 70 in total (year 1: +50, year 2: +20)',
    );
  });

  it('picks the cheaper start year when relaxing the budget', async () => {
    const r = await schedule({
      years: [
        { budget: 10, capacity: 5 },
        { budget: 90, capacity: 5 },
      ],
      projects: [
        { id: 'M', value: 1, duration: 1, costPerYear: 100, capacityPerYear: 1, predecessors: [], mandatory: true },
      ],
    });
    expect(r.explanation.infeasibility?.budgetRelaxation).toEqual({ total: 10, byYear: [0, 10] });
  });

  it('says when capacity binds instead of budget', async () => {
    const r = await schedule({
      years: years2,
      projects: [
        { id: 'M', value: 1, duration: 1, costPerYear: 10, capacityPerYear: 5, predecessors: [], mandatory: true },
      ],
    });
    expect(r.explanation.infeasibility?.binding).toEqual(['capacity']);
    expect(r.explanation.infeasibility?.budgetRelaxation).toBeUndefined();
    expect(r.explanation.infeasibility?.capacityRelaxation?.total).toBe(2);
  });

  it('reports both when budget and capacity bind together', async () => {
    const r = await schedule({
      years: years2,
      projects: [
        { id: 'M', value: 1, duration: 1, costPerYear: 130, capacityPerYear: 4, predecessors: [], mandatory: true },
      ],
    });
    expect(r.explanation.infeasibility?.binding).toEqual(['budget', 'capacity']);
    expect(r.explanation.infeasibility?.budgetRelaxationWithUnlimitedCapacity?.total).toBe(30);
  });

  it('says no budget can fix a horizon or precedence problem', async () => {
    let r = await schedule({
      years: years2,
      projects: [
        { id: 'M', value: 1, duration: 3, costPerYear: 1, capacityPerYear: 1, predecessors: [], mandatory: true },
      ],
    });
    expect(r.explanation.infeasibility?.binding).toEqual(['horizon']);
    expect(r.explanation.summary).toContain('no budget increase can fix this');
    r = await schedule({
      years: [...years2, { budget: 100, capacity: 3 }],
      projects: [
        { id: 'A', value: 1, duration: 2, costPerYear: 1, capacityPerYear: 1, predecessors: [] },
        { id: 'B', value: 1, duration: 2, costPerYear: 1, capacityPerYear: 1, predecessors: ['A'], mandatory: true },
      ],
    });
    expect(r.explanation.infeasibility?.binding).toEqual(['precedence', 'horizon']);
  });

  it('rejects bad requests with specific errors', async () => {
    const p = { value: 1, duration: 1, costPerYear: 1, capacityPerYear: 1 };
    await expect(
      schedule({
        years: years2,
        projects: [
          { id: 'A', ...p, predecessors: ['B'] },
          { id: 'B', ...p, predecessors: ['A'] },
        ],
      }),
    ).rejects.toThrow('predecessor cycle: A → B → A');
    await expect(schedule({ years: years2, projects: [{ id: 'A', ...p, predecessors: ['Z'] }] })).rejects.toThrow(
      'unknown project "Z"',
    );
    await expect(
      schedule({ years: years2, projects: [{ id: 'A', ...p, duration: 1.5, predecessors: [] }] }),
    ).rejects.toThrow('whole number of years');
    await expect(
      schedule({ years: years2, projects: [{ id: 'A', ...p, costPerYear: [1, 2], predecessors: [] }] }),
    ).rejects.toThrow('one value per year');
    await expect(schedule({ years: [], projects: [] })).rejects.toThrow('years must be a non-empty array');
    await expect(schedule({ years: years2, projects: [], valueDiscountByStartYear: [1] })).rejects.toThrow(
      'one multiplier per year',
    );
    await expect(schedule({ years: years2, projects: [] }, { mipRelGap: 1 })).rejects.toThrow(
      'mipRelGap must be in [0, 1)',
    );
  });

  it('returns an empty optimal schedule when nothing can start', async () => {
    const r = await schedule({
      years: years2,
      projects: [{ id: 'A', value: 3, duration: 3, costPerYear: 1, capacityPerYear: 1, predecessors: [] }],
    });
    expect(r).toMatchObject({ status: 'optimal', objective: 0, starts: {}, notSelected: ['A'] });
    expect(r.explanation.projects[0]?.why).toEqual({
      code: 'beyond_horizon',
      duration: 3,
      earliestStart: 1,
      horizon: 2,
    });
  });

  it('property: every schedule satisfies every constraint and matches the exhaustive optimum', async () => {
    const project = (i: number) =>
      fc.record({
        id: fc.constant(`P${i}`),
        value: fc.integer({ min: 0, max: 20 }),
        duration: fc.integer({ min: 1, max: 3 }),
        costPerYear: fc.integer({ min: 0, max: 60 }),
        capacityPerYear: fc.integer({ min: 0, max: 3 }),
        predecessors:
          i === 0
            ? fc.constant([] as string[])
            : fc.subarray(
                Array.from({ length: i }, (_, k) => `P${k}`),
                { maxLength: Math.min(2, i) },
              ),
        earliestStart: fc.integer({ min: 1, max: 2 }),
        mandatory: fc.boolean().map((b) => b && i === 0),
      });
    const instance = fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.record({
        years: fc.array(
          fc.record({ budget: fc.integer({ min: 0, max: 120 }), capacity: fc.integer({ min: 0, max: 5 }) }),
          { minLength: 1, maxLength: 3 },
        ),
        projects: fc.tuple(...Array.from({ length: n }, (_, i) => project(i))),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        instance,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        async (raw, d) => {
          const input: ScheduleInput = { ...raw, valueDiscountByStartYear: raw.years.map((_, t) => d[t] as number) };
          const r = await schedule(input, { mipRelGap: 0 });
          const brute = bruteForce(input);
          expect(r.status).toBe(brute.feasible ? 'optimal' : 'infeasible');
          if (r.status === 'optimal') {
            expect(r.gap).toBeLessThan(1e-9);
            expect(r.bound).toBeCloseTo(brute.objective, 6);
            expect(checkSchedule(input, r.starts)).toEqual([]);
            expect(r.objective).toBeCloseTo(brute.objective, 9);
            expect([...Object.keys(r.starts), ...r.notSelected].sort()).toEqual(input.projects.map((p) => p.id).sort());
          }
        },
      ),
      { numRuns: 60, seed: 20261126 },
    );
  });
});

describe('schedule: anytime', () => {
  it('property: status and gap tell the truth against the exhaustive optimum, whatever gap is asked', async () => {
    const instance = smallInstances({
      projects: [2, 6],
      years: [2, 3],
      budget: [40, 120],
      capacity: [3, 3],
      cost: [10, 60],
    });
    await fc.assert(
      fc.asyncProperty(instance, fc.constantFrom(0, 0.05, 0.3, 0.9), async (input, mipRelGap) => {
        const r = await schedule(input, { mipRelGap });
        const brute = bruteForce(input);
        expect(r.status).not.toBe('infeasible');
        if (r.status === 'infeasible') return;
        expect(checkSchedule(input, r.starts)).toEqual([]);
        // The schedule is never better than the optimum, the bound never below it, and the gap is proved.
        expect(r.objective).toBeLessThanOrEqual(brute.objective + 1e-9);
        expect(r.bound).toBeGreaterThanOrEqual(brute.objective - 1e-9);
        expect(r.objective).toBeGreaterThanOrEqual((1 - r.gap) * brute.objective - 1e-9);
        if (r.status === 'optimal') expect(r.gap).toBeLessThanOrEqual(mipRelGap + 1e-12);
        if (mipRelGap === 0) expect(r.objective).toBeCloseTo(brute.objective, 9);
      }),
      { numRuns: 60, seed: 20261207 },
    );
  });

  // The benchmark's 200 projects × 5 years (HiGHS needs about a second of CPU to prove 0.1 % on it).
  const large = benchSchedule(200, 5, 3);

  it('returns the best schedule found with its proven gap when the time limit is reached, never an error', async () => {
    const r = await schedule(large, { timeLimitSeconds: 1e-6 });
    expect(r.status).toBe('feasible');
    if (r.status === 'infeasible') return;
    expect(checkSchedule(large, r.starts)).toEqual([]);
    expect(r.objective).toBeGreaterThan(0);
    expect(r.bound).toBeGreaterThanOrEqual(r.objective);
    expect(r.gap).toBeGreaterThan(r.parameters.mipRelGap);
    expect(r.gap).toBeLessThanOrEqual(1);
    expect(r.objective).toBeCloseTo((1 - r.gap) * r.bound, 6);
    expect(r.explanation.summary).toMatch(
      /^\d+ of 200 projects scheduled over years 1–5, for a value of [\d,.]+; the best found within the 0\.000001 s time limit, within \d+(\.\d+)?% of the best possible\. Not selected: /,
    );
    expect(Object.keys(r.starts).length + r.notSelected.length).toBe(200);
  });

  it('reports progress: better schedules and tighter bounds, ending with the result', async () => {
    const seen: ScheduleProgress[] = [];
    const input: ScheduleInput = {
      years: years2,
      projects: [
        { id: 'A', value: 4, duration: 1, costPerYear: 60, capacityPerYear: 1, predecessors: [] },
        { id: 'B', value: 9, duration: 2, costPerYear: 50, capacityPerYear: 1, predecessors: [] },
        { id: 'C', value: 8, duration: 1, costPerYear: 90, capacityPerYear: 1, predecessors: ['A'] },
      ],
    };
    const r = await schedule(input, { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(0);
    for (const p of seen) {
      expect(p.bound).toBeGreaterThanOrEqual(p.objective - 1e-9);
      expect(p.gap).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(p.seconds)).toBe(true);
    }
    expect(seen.at(-1)).toMatchObject({ objective: r.objective });
    await expect(schedule(input, { onProgress: 'yes' as never })).rejects.toThrow('onProgress must be a function');
  });

  it('says when the time limit leaves no schedule that keeps the mandatory projects (the greedy start cannot place both)', async () => {
    const budget = large.years[0]!.budget;
    const input: ScheduleInput = {
      ...large,
      projects: [
        ...large.projects,
        {
          id: 'M1',
          value: 1,
          duration: 1,
          costPerYear: 0.6 * budget,
          capacityPerYear: 0,
          predecessors: [],
          mandatory: true,
        },
        {
          id: 'M2',
          value: 1,
          duration: 5,
          costPerYear: [0.5, 0.1, 0.1, 0.1, 0.1].map((x) => x * budget),
          capacityPerYear: 0,
          predecessors: [],
          mandatory: true,
        },
      ],
    };
    await expect(schedule(input, { timeLimitSeconds: 1e-6 })).rejects.toMatchObject({
      name: 'RoadmapError',
      code: 'time_limit',
    });
  });
});

describe('checkSchedule', () => {
  it('lists every violated constraint independently of the solver', () => {
    const input: ScheduleInput = {
      years: years2,
      projects: [
        { id: 'A', value: 1, duration: 2, costPerYear: 60, capacityPerYear: 2, predecessors: [], earliestStart: 2 },
        { id: 'B', value: 1, duration: 1, costPerYear: 60, capacityPerYear: 2, predecessors: ['A'] },
        { id: 'M', value: 1, duration: 1, costPerYear: 1, capacityPerYear: 0, predecessors: [], mandatory: true },
      ],
    };
    expect(checkSchedule(input, { A: 1, B: 1, Z: 1 })).toEqual([
      '"A" starts in year 1, before its earliest start 2',
      '"B" starts in year 1 before its predecessor "A" finishes (year 2)',
      '"Z" is not a project of the request',
      'mandatory project "M" is not scheduled',
      'year 1: budget 120 used > 100 available',
      'year 1: capacity 4 used > 3 available',
    ]);
    expect(checkSchedule(input, { A: 2, M: 1 })).toEqual(['"A" ends in year 3, after the horizon of 2 years']);
  });
});
