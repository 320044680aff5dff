import type { Highs } from 'highs';
import { RoadmapError, assertFinite } from '../core/RoadmapError';
import { checkSchedule } from './checkSchedule';
import { allowedStarts, checkScheduleInput, type NormalizedProject } from './checkScheduleInput';
import { loadScheduleSolver } from './highsSolver';
import { buildModel, startVar, type SlackMode } from './milpModel';
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
 * capacity, finish-to-start precedence and the horizon, with the exact MILP solver HiGHS (branch-and-cut, optimal within
 * `mipRelGap`, default 1e-4 as in HiGHS; pass 0 for a proof of exact optimality); every returned schedule is re-checked
 * independently of the solver. An infeasible request (a mandatory project that cannot fit) names the binding constraints and
 * the smallest budget (or capacity) relaxation that fixes it.
 * @example
 * const result = await schedule({
 *   years: [{ budget: 100, capacity: 3 }, { budget: 100, capacity: 3 }],
 *   projects: [
 *     { id: 'P1', value: 10, duration: 1, costPerYear: 80, capacityPerYear: 1, predecessors: [] },
 *     { id: 'P2', value: 6, duration: 1, costPerYear: 60, capacityPerYear: 1, predecessors: ['P1'] },
 *   ],
 * });
 * result.starts; // { P1: 1, P2: 2 }
 */
export async function schedule(input: ScheduleInput, options: ScheduleOptions = {}): Promise<ScheduleResult> {
  const { projects, discount, horizon } = checkScheduleInput(input);
  const timeLimitSeconds = options.timeLimitSeconds ?? 60;
  assertFinite(timeLimitSeconds, 'timeLimitSeconds');
  if (timeLimitSeconds <= 0)
    throw new RoadmapError('invalid_option', `timeLimitSeconds must be positive; got ${timeLimitSeconds}`);
  const mipRelGap = options.mipRelGap ?? 1e-4;
  assertFinite(mipRelGap, 'mipRelGap');
  if (mipRelGap < 0 || mipRelGap >= 1)
    throw new RoadmapError('invalid_option', `mipRelGap must be in [0, 1); got ${mipRelGap}`);
  const parameters = {
    solver: 'highs (HiGHS MILP, branch-and-cut)',
    mipRelGap,
    timeLimitSeconds,
    valueDiscountByStartYear: discount,
  };

  const impossible = projects.filter((p) => p.mandatory && allowedStarts(p, horizon).length === 0);
  const highs = await loadScheduleSolver();
  if (impossible.length > 0) {
    const infeasibility: Infeasibility = { binding: ['horizon'] };
    return infeasibleResult(
      input,
      projects,
      infeasibility,
      parameters,
      `Infeasible: mandatory ${list(impossible.map((p) => p.id))} cannot finish within the ${horizon}-year horizon (duration and earliest start); no budget increase can fix this.`,
    );
  }

  const { lp, variables } = buildModel(projects, input.years, discount);
  let starts: Record<string, number> = {};
  let solverObjective = 0;
  if (variables > 0) {
    const solution = solve(highs, lp, timeLimitSeconds, mipRelGap);
    if (solution.Status === 'Infeasible')
      return explainInfeasible(highs, input, projects, discount, parameters, timeLimitSeconds, mipRelGap);
    if (solution.Status !== 'Optimal') {
      const best =
        solution.Status === 'Time limit reached' && Number.isFinite(solution.ObjectiveValue)
          ? `; best value found so far ${round(solution.ObjectiveValue)}`
          : '';
      throw new RoadmapError(
        'solver_failed',
        `HiGHS stopped with status "${solution.Status}" (time limit ${timeLimitSeconds} s, mipRelGap ${mipRelGap})${best}: raise timeLimitSeconds or mipRelGap`,
      );
    }
    solverObjective = solution.ObjectiveValue;
    starts = readStarts(solution.Columns, projects, horizon);
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
  if (Math.abs(objective - solverObjective) > 1e-6 * Math.max(1, Math.abs(objective))) {
    throw new RoadmapError(
      'schedule_check_failed',
      `recomputed objective ${objective} differs from the solver's ${solverObjective}`,
    );
  }
  const notSelected = projects.filter((p) => starts[p.id] === undefined).map((p) => p.id);
  const years = usage(input, projects, starts);
  const explained = projects.map((p) => explainProject(p, projects, starts, years, horizon, discount));
  const summary =
    `Optimal: ${projects.length - notSelected.length} of ${projects.length} projects scheduled over ${horizon} years for a value of ${round(objective)}` +
    (notSelected.length > 0 ? `; not selected: ${list(notSelected)}.` : '.') +
    bindingSentence(years);
  return {
    status: 'optimal',
    objective,
    starts,
    notSelected,
    explanation: { summary, years, projects: explained },
    parameters,
  };
}

type Solution = ReturnType<Highs['solve']>;

function solve(highs: Highs, lp: string, timeLimitSeconds: number, mipRelGap: number): Solution {
  try {
    return highs.solve(lp, {
      output_flag: false,
      mip_rel_gap: mipRelGap,
      time_limit: timeLimitSeconds,
      presolve: 'on',
    });
  } catch (error) {
    throw new RoadmapError('solver_failed', `HiGHS failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

function readStarts(
  columns: Solution['Columns'],
  projects: readonly NormalizedProject[],
  horizon: number,
): Record<string, number> {
  const starts: Record<string, number> = {};
  projects.forEach((p, i) => {
    for (const t of allowedStarts(p, horizon)) {
      const col = columns[startVar(i, t)] as { Primal?: number } | undefined;
      if (col?.Primal !== undefined && col.Primal > 0.5) starts[p.id] = t;
    }
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

/** Why a project is (not) in the schedule, from the constraints left slack by the others. */
function explainProject(
  p: NormalizedProject,
  projects: readonly NormalizedProject[],
  starts: Record<string, number>,
  years: readonly YearUsage[],
  horizon: number,
  discount: readonly number[],
): ProjectExplanation {
  const s = starts[p.id];
  if (s !== undefined) {
    const end = s + p.duration - 1;
    const preds = p.predecessors.map((q) => projects[q]!.id);
    const after = preds.length > 0 ? ` after ${list(preds)} finish${preds.length === 1 ? 'es' : ''}` : '';
    return {
      id: p.id,
      selected: true,
      start: s,
      end,
      reason: `Scheduled in year${p.duration > 1 ? 's' : ''} ${s}${p.duration > 1 ? `–${end}` : ''}${after}.`,
    };
  }
  const starts0 = allowedStarts(p, horizon);
  if (starts0.length === 0)
    return {
      id: p.id,
      selected: false,
      reason: `Cannot finish within the ${horizon}-year horizon (duration ${p.duration}, earliest start ${p.earliestStart}).`,
    };
  const blocked: string[] = [];
  let fits: number | undefined;
  for (const t of starts0) {
    const pred = p.predecessors
      .map((q) => projects[q]!)
      .find((q) => starts[q.id] === undefined || (starts[q.id] as number) + q.duration - 1 >= t);
    if (pred) {
      blocked.push(
        `year ${t}: predecessor ${pred.id} ${starts[pred.id] === undefined ? 'is not scheduled' : 'not finished'}`,
      );
      continue;
    }
    let reason: string | undefined;
    for (let k = 0; k < p.duration && !reason; k++) {
      const y = years[t + k - 1]!;
      if (y.budgetUsed + (p.cost[k] as number) > y.budget + 1e-9 * Math.max(1, y.budget))
        reason = `year ${t}: budget of year ${y.year} (needs ${round(p.cost[k] as number)}, ${round(y.budget - y.budgetUsed)} left)`;
      else if (y.capacityUsed + (p.capacity[k] as number) > y.capacity + 1e-9 * Math.max(1, y.capacity))
        reason = `year ${t}: capacity of year ${y.year} (needs ${round(p.capacity[k] as number)}, ${round(y.capacity - y.capacityUsed)} left)`;
    }
    if (reason) blocked.push(reason);
    else if (fits === undefined) fits = t;
  }
  if (fits !== undefined) {
    const worth = p.value * (discount[fits - 1] as number);
    return {
      id: p.id,
      selected: false,
      reason:
        worth <= 0
          ? `Fits from year ${fits} but adds no value (value × discount = ${round(worth)}).`
          : `Fits from year ${fits} but does not improve the optimum (within the relative MIP gap).`,
    };
  }
  return {
    id: p.id,
    selected: false,
    reason: `No start year fits beside the scheduled projects — ${blocked.join('; ')}.`,
  };
}

async function explainInfeasible(
  highs: Highs,
  input: ScheduleInput,
  projects: NormalizedProject[],
  discount: number[],
  parameters: ScheduleResult['parameters'],
  timeLimitSeconds: number,
  mipRelGap: number,
): Promise<ScheduleResult> {
  const relax = (mode: SlackMode): Relaxation | undefined => {
    const { lp } = buildModel(projects, input.years, discount, mode);
    const s = solve(highs, lp, timeLimitSeconds, mipRelGap);
    if (s.Status === 'Infeasible') return undefined;
    if (s.Status !== 'Optimal')
      throw new RoadmapError('solver_failed', `HiGHS stopped with status "${s.Status}" while explaining infeasibility`);
    const kind = mode.minimise === 'capacity' ? 'capacity' : 'budget';
    const byYear = input.years.map((_, t) =>
      Math.max(0, (s.Columns[`s_${kind}_${t + 1}`] as { Primal?: number } | undefined)?.Primal ?? 0),
    );
    return { total: byYear.reduce((a, b) => a + b, 0), byYear };
  };
  const mandatory = projects.filter((p) => p.mandatory).map((p) => p.id);
  if (!relax({ budget: true, capacity: true, minimise: 'both' })) {
    return infeasibleResult(
      input,
      projects,
      { binding: ['precedence', 'horizon'] },
      parameters,
      `Infeasible: the mandatory projects ${list(mandatory)} and their predecessors cannot be chained within the ${input.years.length}-year horizon; no budget increase can fix this.`,
    );
  }
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
  const describe = (r: Relaxation, unit: string) =>
    `${round(r.total)}${unit} in total (${r.byYear
      .map((x, t) => (x > 1e-9 ? `year ${t + 1}: +${round(x)}` : ''))
      .filter(Boolean)
      .join(', ')})`;
  let text = `Infeasible: the mandatory projects ${list(mandatory)} do not fit.`;
  if (budgetRelaxation)
    text += ` The budget binds; the smallest budget increase that fixes it is ${describe(budgetRelaxation, '')}.`;
  if (capacityRelaxation)
    text += ` ${budgetRelaxation ? 'Alternatively' : 'Capacity binds'}: the smallest capacity increase that fixes it is ${describe(capacityRelaxation, '')}.`;
  if (!budgetRelaxation && !capacityRelaxation) {
    const both = relax({ budget: true, capacity: true, minimise: 'budget' });
    if (both) {
      text += ` Both budget and capacity bind: with unlimited capacity the budget must grow by ${describe(both, '')}.`;
      return infeasibleResult(
        input,
        projects,
        { ...infeasibility, budgetRelaxationWithUnlimitedCapacity: both },
        parameters,
        text,
      );
    }
  }
  return infeasibleResult(input, projects, infeasibility, parameters, text);
}

function infeasibleResult(
  input: ScheduleInput,
  projects: readonly NormalizedProject[],
  infeasibility: Infeasibility,
  parameters: ScheduleResult['parameters'],
  summary: string,
): ScheduleResult {
  return {
    status: 'infeasible',
    objective: 0,
    starts: {},
    notSelected: projects.map((p) => p.id),
    explanation: {
      summary,
      years: usage(input, projects, {}),
      projects: projects.map((p) => ({
        id: p.id,
        selected: false,
        reason: p.mandatory ? 'Mandatory, but the request is infeasible.' : 'Not scheduled: the request is infeasible.',
      })),
      infeasibility,
    },
    parameters,
  };
}

function bindingSentence(years: readonly YearUsage[]): string {
  const b = years.filter((y) => y.binding.length > 0).map((y) => `year ${y.year} (${y.binding.join(' and ')})`);
  return b.length > 0 ? ` Binding: ${b.join(', ')}.` : '';
}

function list(ids: readonly string[]): string {
  return ids.map((x) => `"${x}"`).join(', ');
}

function round(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}
