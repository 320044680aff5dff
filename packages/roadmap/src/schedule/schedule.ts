import type { Highs } from 'highs';
import { RoadmapError, assertFinite } from '../core/RoadmapError';
import { checkSchedule } from './checkSchedule';
import { allowedStarts, checkScheduleInput, type NormalizedProject } from './checkScheduleInput';
import { loadScheduleSolver } from './highsSolver';
import { greedySchedule } from './greedySchedule';
import { buildModel, startVar, type SlackMode } from './milpModel';
import { describeSchedule, describeScheduleReason, type ScheduleTextOptions } from './describeScheduleReason';
import { scheduleReasons } from './scheduleReasons';
import { solveMilp } from './solveMilp';
import type { Lang } from '@opencity/models';
import type {
  Infeasibility,
  ProjectExplanation,
  Relaxation,
  ScheduleInput,
  ScheduleOptions,
  ScheduleResult,
  YearUsage,
} from './types';

/**
 * Chooses which projects to do and their start years to maximise Σ value × discount[start year] under each year's budget and
 * capacity, finish-to-start precedence and the horizon, with the exact MILP solver HiGHS (branch-and-cut, from a greedy
 * first schedule). It stops when the schedule is proved within `mipRelGap` of the best possible (default 0.1 %;
 * `status: 'optimal'`) or when the time limit is reached: then it returns the best schedule found with its proven
 * `gap` (`status: 'feasible'`), never an error. Every returned schedule is re-checked independently of the solver. An
 * infeasible request (a mandatory project that cannot fit) names the binding constraints and the smallest budget (or
 * capacity) relaxation that fixes it.
 * @throws {@link RoadmapError} `invalid_input`, `unknown_reference` or `cycle` for a malformed request,
 * `invalid_option` for a bad option, `time_limit` when the limit is reached before any schedule that keeps the
 * mandatory projects is found, `solver_failed` or `solver_unavailable` when HiGHS fails.
 * @example
 * const result = await schedule({
 *   years: [{ budget: 100, capacity: 3 }, { budget: 100, capacity: 3 }],
 *   projects: [
 *     { id: 'P1', value: 10, duration: 1, costPerYear: 80, capacityPerYear: 1, predecessors: [] },
 *     { id: 'P2', value: 6, duration: 1, costPerYear: 60, capacityPerYear: 1, predecessors: ['P1'] },
 *   ],
 * });
 * result.starts; // { P1: 1, P2: 2 }
 * result.status === 'infeasible' ? undefined : result.gap; // 0
 */
export async function schedule(input: ScheduleInput, options: ScheduleOptions = {}): Promise<ScheduleResult> {
  const { projects, discount, horizon } = checkScheduleInput(input);
  const timeLimitSeconds = options.timeLimitSeconds ?? 30;
  assertFinite(timeLimitSeconds, 'timeLimitSeconds');
  if (timeLimitSeconds <= 0)
    throw new RoadmapError('invalid_option', `timeLimitSeconds must be positive; got ${timeLimitSeconds}`);
  const mipRelGap = options.mipRelGap ?? 1e-3;
  assertFinite(mipRelGap, 'mipRelGap');
  if (mipRelGap < 0 || mipRelGap >= 1)
    throw new RoadmapError('invalid_option', `mipRelGap must be in [0, 1); got ${mipRelGap}`);
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function')
    throw new RoadmapError('invalid_option', 'onProgress must be a function');
  const lang = options.lang ?? 'en';
  if (lang !== 'en' && lang !== 'fr' && lang !== 'nl')
    throw new RoadmapError('invalid_option', `lang must be en, fr or nl; got ${JSON.stringify(lang)}`);
  const words: Words = { lang, text: options.text ?? {} };
  const parameters = {
    solver: 'highs (HiGHS MILP, branch-and-cut)',
    mipRelGap,
    timeLimitSeconds,
    valueDiscountByStartYear: discount,
  };

  const impossible = projects.filter((p) => p.mandatory && allowedStarts(p, horizon).length === 0);
  const highs = await loadScheduleSolver();
  if (impossible.length > 0) {
    const infeasibility: Infeasibility = { binding: ['horizon'], beyondHorizon: impossible.map((p) => p.id) };
    return infeasibleResult(input, projects, infeasibility, parameters, words);
  }

  const { lp, variables } = buildModel(projects, input.years, discount);
  let starts: Record<string, number> = Object.create(null) as Record<string, number>;
  let found = { status: 'optimal' as 'optimal' | 'feasible', objective: 0, bound: 0, gap: 0, seconds: 0 };
  if (variables > 0) {
    const greedy = greedySchedule(projects, input.years, discount);
    const start = new Map<string, number>();
    projects.forEach((p, i) => {
      const t = greedy.get(p.id);
      if (t !== undefined) start.set(startVar(i, t), 1);
    });
    const fallbackBound = valueBound(projects, discount, horizon);
    const outcome = solveMilp(highs, lp, {
      timeLimitSeconds,
      mipRelGap,
      fallbackBound,
      // Below the precision of any value a jury or a budget gives (values are scores or euros, not 1e-12 fractions).
      gapTolerance: 1e-12 * Math.max(1, fallbackBound),
      start,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    if (outcome.status === 'infeasible')
      return explainInfeasible(highs, input, projects, discount, parameters, { timeLimitSeconds, mipRelGap, words });
    if (outcome.status === 'no_solution')
      throw new RoadmapError(
        'time_limit',
        `no schedule that keeps the mandatory projects was found within ${timeLimitSeconds} s (and none was proved impossible): raise timeLimitSeconds`,
      );
    found = outcome;
    starts = readStarts(outcome.values, projects, horizon);
  }
  const violations = checkSchedule(input, starts);
  if (violations.length > 0)
    throw new RoadmapError(
      'schedule_check_failed',
      `the solver's schedule violates the constraints: ${violations.join('; ')}`,
    );
  const objective = projects.reduce(
    (s, p) => (starts[p.id] === undefined ? s : s + p.value * (discount[(starts[p.id] as number) - 1] as number)),
    0,
  );
  if (Math.abs(objective - found.objective) > 1e-6 * Math.max(1, Math.abs(objective))) {
    throw new RoadmapError(
      'schedule_check_failed',
      `recomputed objective ${objective} differs from the solver's ${found.objective}`,
    );
  }
  const notSelected = projects.filter((p) => starts[p.id] === undefined).map((p) => p.id);
  const years = usage(input, projects, starts);
  const why = scheduleReasons({ projects, years: input.years, discount, starts, gap: found.gap });
  const explained = projects.map((p): ProjectExplanation => {
    const reason = why(p);
    return {
      id: p.id,
      selected: reason.code === 'scheduled',
      ...(reason.code === 'scheduled' ? { start: reason.start, end: reason.end } : {}),
      why: reason,
      reason: describeScheduleReason(reason, words.lang, words.text),
    };
  });
  return withSummary(
    {
      status: found.status,
      objective,
      gap: found.gap,
      bound: Math.max(found.bound, objective),
      seconds: found.seconds,
      starts,
      notSelected,
      explanation: { summary: '', years, projects: explained },
      parameters,
    },
    words,
  );
}

/** The language and wording options of a schedule's texts. */
interface Words {
  readonly lang: Lang;
  readonly text: ScheduleTextOptions;
}

/** The result with its summary written (from the result's own data) in the language asked. */
function withSummary(result: ScheduleResult, words: Words): ScheduleResult {
  const summary = describeSchedule(result, words.lang, words.text);
  return { ...result, explanation: { ...result.explanation, summary } } as ScheduleResult;
}

/** Σ of each project's best positive value × discount: a bound on any schedule's value, finite for finite inputs. */
function valueBound(projects: readonly NormalizedProject[], discount: readonly number[], horizon: number): number {
  let sum = 0;
  for (const p of projects) {
    const best = Math.max(0, ...allowedStarts(p, horizon).map((t) => p.value * (discount[t - 1] as number)));
    sum += best;
  }
  return Number.isFinite(sum) ? sum : Number.MAX_VALUE;
}

function readStarts(
  values: ReadonlyMap<string, number>,
  projects: readonly NormalizedProject[],
  horizon: number,
): Record<string, number> {
  const starts = Object.create(null) as Record<string, number>;
  projects.forEach((p, i) => {
    for (const t of allowedStarts(p, horizon)) if ((values.get(startVar(i, t)) ?? 0) > 0.5) starts[p.id] = t;
  });
  return starts;
}

function usage(
  input: ScheduleInput,
  projects: readonly NormalizedProject[],
  starts: Record<string, number>,
): YearUsage[] {
  return input.years.map((y, t0) => {
    const year = t0 + 1;
    let budgetUsed = 0;
    let capacityUsed = 0;
    const active: string[] = [];
    for (const p of projects) {
      const s = starts[p.id];
      if (s === undefined || year < s || year > s + p.duration - 1) continue;
      active.push(p.id);
      budgetUsed += p.cost[year - s] as number;
      capacityUsed += p.capacity[year - s] as number;
    }
    const binding: ('budget' | 'capacity')[] = [];
    if (y.budget > 0 ? budgetUsed >= 0.999 * y.budget : budgetUsed > 0) binding.push('budget');
    if (y.capacity > 0 ? capacityUsed >= 0.999 * y.capacity : capacityUsed > 0) binding.push('capacity');
    return { year, budget: y.budget, budgetUsed, capacity: y.capacity, capacityUsed, active, binding };
  });
}

async function explainInfeasible(
  highs: Highs,
  input: ScheduleInput,
  projects: NormalizedProject[],
  discount: number[],
  parameters: ScheduleResult['parameters'],
  limits: { readonly timeLimitSeconds: number; readonly mipRelGap: number; readonly words: Words },
): Promise<ScheduleResult> {
  const { timeLimitSeconds, mipRelGap, words } = limits;
  const relax = (mode: SlackMode): Relaxation | undefined => {
    const { lp } = buildModel(projects, input.years, discount, mode);
    const s = solveMilp(highs, lp, { timeLimitSeconds, mipRelGap, fallbackBound: 0 });
    if (s.status === 'infeasible') return undefined;
    if (s.status !== 'optimal')
      throw new RoadmapError(
        'time_limit',
        `the time limit (${timeLimitSeconds} s) was reached while looking for the smallest relaxation of an infeasible request: raise timeLimitSeconds`,
      );
    const kind = mode.minimise === 'capacity' ? 'capacity' : 'budget';
    const byYear = input.years.map((_, t) => Math.max(0, s.values.get(`s_${kind}_${t + 1}`) ?? 0));
    return { total: byYear.reduce((a, b) => a + b, 0), byYear };
  };
  if (!relax({ budget: true, capacity: true, minimise: 'both' }))
    return infeasibleResult(input, projects, { binding: ['precedence', 'horizon'] }, parameters, words);
  const budgetRelaxation = relax({ budget: true, capacity: false, minimise: 'budget' });
  const capacityRelaxation = relax({ budget: false, capacity: true, minimise: 'capacity' });
  const infeasibility: Infeasibility = {
    binding: [
      ...(budgetRelaxation || !capacityRelaxation ? ['budget' as const] : []),
      ...(capacityRelaxation || !budgetRelaxation ? ['capacity' as const] : []),
    ],
    ...(budgetRelaxation ? { budgetRelaxation } : {}),
    ...(capacityRelaxation ? { capacityRelaxation } : {}),
  };
  if (!budgetRelaxation && !capacityRelaxation) {
    const both = relax({ budget: true, capacity: true, minimise: 'budget' });
    if (both)
      return infeasibleResult(
        input,
        projects,
        { ...infeasibility, budgetRelaxationWithUnlimitedCapacity: both },
        parameters,
        words,
      );
  }
  return infeasibleResult(input, projects, infeasibility, parameters, words);
}

function infeasibleResult(
  input: ScheduleInput,
  projects: readonly NormalizedProject[],
  infeasibility: Infeasibility,
  parameters: ScheduleResult['parameters'],
  words: Words,
): ScheduleResult {
  return withSummary(
    {
      status: 'infeasible',
      objective: 0,
      starts: {},
      notSelected: projects.map((p) => p.id),
      explanation: {
        summary: '',
        years: usage(input, projects, {}),
        projects: projects.map((p) => {
          const why = { code: 'infeasible_request', mandatory: p.mandatory } as const;
          return { id: p.id, selected: false, why, reason: describeScheduleReason(why, words.lang, words.text) };
        }),
        infeasibility,
      },
      parameters,
    },
    words,
  );
}
