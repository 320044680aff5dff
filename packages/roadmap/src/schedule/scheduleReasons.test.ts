import fc from 'fast-check';
import { languages } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { smallInstances } from './__fixtures__/smallInstances';
import { checkSchedule } from './checkSchedule';
import { checkScheduleInput } from './checkScheduleInput';
import { describeScheduleReason } from './describeScheduleReason';
import { schedule } from './schedule';
import { scheduleReasons } from './scheduleReasons';
import type { ScheduleInput, ScheduleReason } from './types';

/** Intl writes narrow and no-break spaces in French and Dutch amounts: compared as plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const why = async (input: ScheduleInput, id: string) => {
  const r = await schedule(input, { mipRelGap: 0 });
  return r.explanation.projects.find((p) => p.id === id)!.why;
};
const project = (id: string, value: number, cost: number, more: Partial<ScheduleInput['projects'][number]> = {}) => ({
  id,
  value,
  duration: 1,
  costPerYear: cost,
  capacityPerYear: 0,
  predecessors: [],
  ...more,
});

describe('schedule reasons (hand-checked)', () => {
  // One year of 1.1 M€. A + B + E (value 20, 1.05 M€) is the only optimum: A + C and B + C + E are worth 18, and any
  // other set with C is over budget. C (400 k€) overruns by 400 − 50 = 350 k€; the cheapest room is A (worth 10) or
  // B + E (worth 10): 10 against C's 8 is 25 % more.
  const oneYear: ScheduleInput = {
    years: [{ budget: 1_100_000, capacity: 10 }],
    projects: [project('A', 10, 500_000), project('B', 7, 300_000), project('E', 3, 250_000), project('C', 8, 400_000)],
  };

  it('names the year, the overrun and the projects funded instead, with the value they add', async () => {
    const reason = await why(oneYear, 'C');
    expect(reason).toEqual({
      code: 'displaced',
      start: 1,
      overrun: { year: 1, resource: 'budget', need: 400_000, left: 50_000, excess: 350_000 },
      overruns: [{ year: 1, resource: 'budget', need: 400_000, left: 50_000, excess: 350_000 }],
      value: 8,
      displaced: ['B', 'E'],
      displacedValue: 10,
    });
    const options = { startYear: 2026, currency: 'EUR' };
    expect(describeScheduleReason(reason, 'en', options)).toBe(
      'Not scheduled: with its €400k in 2026 it would exceed that year’s budget by €350k; the 2 projects funded instead (B and E) add 25% more value.',
    );
    expect(plain(describeScheduleReason(reason, 'fr', options))).toBe(
      'Non planifié : avec ses 400 k € en 2026, il dépasserait le budget de cette année de 350 k € ; les 2 projets financés à la place (B et E) apportent 25 % de valeur en plus.',
    );
    expect(plain(describeScheduleReason(reason, 'nl', options))).toBe(
      'Niet gepland: met zijn € 400K in 2026 zou het het budget van dat jaar met € 350K overschrijden; de 2 projecten die in de plaats gefinancierd worden (B en E) leveren 25% meer waarde op.',
    );
    // Without a calendar or a currency: year numbers and plain amounts; names when given.
    expect(describeScheduleReason(reason, 'en', { name: (id) => `Project ${id}` })).toBe(
      'Not scheduled: with its 400k in year 1 it would exceed that year’s budget by 350k; the 2 projects funded instead (Project B and Project E) add 25% more value.',
    );
  });

  it('names capacity, in its unit, when people are what is short, over a project of several years', async () => {
    // Two years of 4 FTE. K (3 FTE both years, worth 9) is the optimum; L (2 FTE, year 2 only, worth 2) would need
    // 5 FTE in year 2, 1 more than there is, and only dropping K makes room: 9 against 2 is 350 % more.
    const input: ScheduleInput = {
      years: [
        { budget: 100, capacity: 4 },
        { budget: 100, capacity: 4 },
      ],
      projects: [
        { id: 'K', value: 9, duration: 2, costPerYear: 0, capacityPerYear: 3, predecessors: [] },
        { id: 'L', value: 2, duration: 1, costPerYear: 0, capacityPerYear: 2, predecessors: [], earliestStart: 2 },
      ],
    };
    const reason = await why(input, 'L');
    expect(reason).toMatchObject({
      code: 'displaced',
      start: 2,
      overrun: { year: 2, resource: 'capacity', need: 2, left: 1, excess: 1 },
      displaced: ['K'],
      displacedValue: 9,
      value: 2,
    });
    const fte = { en: 'FTE', fr: 'ETP', nl: 'VTE' };
    expect(describeScheduleReason(reason, 'en', { startYear: 2026, capacityUnit: fte })).toBe(
      'Not scheduled: with its 2 FTE in 2027 it would exceed that year’s capacity by 1 FTE; the project funded instead (K) adds 350% more value.',
    );
    expect(plain(describeScheduleReason(reason, 'fr', { startYear: 2026, capacityUnit: fte }))).toBe(
      'Non planifié : avec ses 2 ETP en 2027, il dépasserait la capacité de cette année de 1 ETP ; le projet financé à la place (K) apporte 350 % de valeur en plus.',
    );
  });

  it('says when a project alone needs more than a whole year, and that its successors wait for it', async () => {
    const input: ScheduleInput = {
      years: [
        { budget: 4_500_000, capacity: 10 },
        { budget: 4_500_000, capacity: 10 },
      ],
      projects: [project('BIG', 10, 5_750_000), project('NEXT', 10, 1_000_000, { predecessors: ['BIG'] })],
    };
    const big = await why(input, 'BIG');
    expect(big).toEqual({ code: 'exceeds_year_limit', resource: 'budget', year: 1, need: 5_750_000, limit: 4_500_000 });
    expect(describeScheduleReason(big, 'en', { startYear: 2026, currency: 'EUR' })).toBe(
      'Not scheduled: in 2026 it needs €5.75m, more than that year’s whole budget (€4.5m).',
    );
    expect(plain(describeScheduleReason(big, 'fr', { startYear: 2026, currency: 'EUR' }))).toBe(
      'Non planifié : en 2026, il lui faut 5,75 M €, plus que tout le budget de l’année (4,5 M €).',
    );
    const next = await why(input, 'NEXT');
    expect(next).toEqual({ code: 'predecessor_not_scheduled', predecessor: 'BIG' });
    expect(describeScheduleReason(next, 'nl')).toBe('Niet gepland: het hangt af van project BIG, dat niet gepland is.');
  });

  it('says when a predecessor finishes too late for the horizon', async () => {
    const input: ScheduleInput = {
      years: [
        { budget: 100, capacity: 10 },
        { budget: 100, capacity: 10 },
        { budget: 100, capacity: 10 },
      ],
      projects: [
        { id: 'P1', value: 5, duration: 2, costPerYear: 10, capacityPerYear: 1, predecessors: [] },
        { id: 'P2', value: 5, duration: 2, costPerYear: 10, capacityPerYear: 1, predecessors: ['P1'] },
      ],
    };
    const reason = await why(input, 'P2');
    expect(reason).toEqual({
      code: 'predecessor_too_late',
      predecessor: 'P1',
      predecessorEnd: 2,
      duration: 2,
      horizon: 3,
    });
    expect(describeScheduleReason(reason, 'en', { startYear: 2026 })).toBe(
      'Not scheduled: it depends on P1, which finishes in 2027, too late for its 2 years to end by 2028.',
    );
  });

  it('says when mandatory projects leave no room, and when a project adds nothing', async () => {
    const input: ScheduleInput = {
      years: [{ budget: 100, capacity: 10 }],
      projects: [project('M', 1, 80, { mandatory: true }), project('X', 5, 30), project('Z', 0, 1)],
    };
    const x = await why(input, 'X');
    expect(x).toEqual({
      code: 'blocked_by_mandatory',
      overrun: { year: 1, resource: 'budget', need: 30, left: 20, excess: 10 },
    });
    expect(describeScheduleReason(x, 'en')).toBe(
      'Not scheduled: in year 1 the mandatory projects leave 20 of that year’s budget, and it needs 30.',
    );
    expect(await why(input, 'Z')).toEqual({ code: 'no_value', value: 0 });
  });

  it('says when a project fits but the solver stopped within its gap', () => {
    const input: ScheduleInput = { years: [{ budget: 100, capacity: 10 }], projects: [project('F', 5, 30)] };
    const { projects, discount } = checkScheduleInput(input);
    const reason = scheduleReasons({ projects, years: input.years, discount, starts: {}, gap: 0.05 })(projects[0]!);
    expect(reason).toEqual({ code: 'fits_within_gap', start: 1, gap: 0.05 });
    expect(describeScheduleReason(reason, 'en')).toBe(
      'Not scheduled: it would fit starting in year 1, but the schedule was already proved within 5% of the best possible.',
    );
  });

  it('writes every reason in every language, with every placeholder filled', () => {
    const overrun = { year: 2, resource: 'budget', need: 3, left: 1, excess: 2 } as const;
    const reasons: ScheduleReason[] = [
      { code: 'scheduled', start: 1, end: 1, after: [] },
      { code: 'scheduled', start: 1, end: 3, after: ['A', 'B'] },
      { code: 'beyond_horizon', duration: 1, earliestStart: 2, horizon: 1 },
      { code: 'predecessor_not_scheduled', predecessor: 'A' },
      { code: 'predecessor_too_late', predecessor: 'A', predecessorEnd: 3, duration: 2, horizon: 4 },
      { code: 'exceeds_year_limit', resource: 'capacity', year: 1, need: 5, limit: 4 },
      { code: 'displaced', start: 2, overrun, overruns: [overrun], value: 2, displaced: ['A'], displacedValue: 1 },
      { code: 'blocked_by_mandatory', overrun },
      { code: 'no_value', value: -1 },
      { code: 'fits_within_gap', start: 1, gap: 0.001 },
      { code: 'infeasible_request', mandatory: true },
      { code: 'infeasible_request', mandatory: false },
    ];
    for (const options of [{}, { startYear: 2030, currency: 'EUR' }]) {
      const seen = new Set<string>();
      for (const reason of reasons)
        for (const lang of languages) {
          const text = describeScheduleReason(reason, lang, options);
          expect(text).not.toMatch(/[{}]|undefined|NaN/);
          seen.add(text);
        }
      // Every reason reads differently in each language (nothing left in English in French or Dutch).
      expect(seen.size).toBe(reasons.length * languages.length);
    }
    expect(describeScheduleReason(reasons[6]!, 'en', { startYear: 2030 }).endsWith('adds 50% less value.')).toBe(true);
  });

  it('property: every trade-off is a real swap — dropping the projects named makes room — and never a better one', async () => {
    const instance = smallInstances({
      projects: [2, 7],
      years: [1, 3],
      budget: [30, 120],
      capacity: [2, 5],
      cost: [5, 60],
    });
    let trades = 0;
    await fc.assert(
      fc.asyncProperty(instance, async (input) => {
        const r = await schedule(input, { mipRelGap: 0 });
        if (r.status === 'infeasible') return;
        for (const p of r.explanation.projects) {
          expect(p.selected).toBe(p.why.code === 'scheduled');
          if (p.why.code !== 'displaced') continue;
          trades++;
          const swapped: Record<string, number> = { ...r.starts, [p.id]: p.why.start };
          for (const id of p.why.displaced) delete swapped[id];
          expect(checkSchedule(input, swapped)).toEqual([]);
          // The schedule is optimal (gap 0): the swap cannot be worth more.
          expect(p.why.displacedValue).toBeGreaterThanOrEqual(p.why.value - 1e-9);
          expect(p.why.overrun.excess).toBeGreaterThan(0);
        }
      }),
      { numRuns: 80, seed: 20261207 },
    );
    expect(trades).toBeGreaterThan(20);
  });
});
