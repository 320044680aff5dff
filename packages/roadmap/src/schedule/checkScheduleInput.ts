import { RoadmapError, assertFinite } from '../core/RoadmapError';
import type { ScheduleInput, ScheduleProject } from './types';

/** A project with per-year cost and capacity arrays and its index. */
export interface NormalizedProject {
  readonly id: string;
  readonly index: number;
  readonly value: number;
  readonly duration: number;
  readonly cost: number[];
  readonly capacity: number[];
  readonly predecessors: number[];
  readonly earliestStart: number;
  readonly mandatory: boolean;
}

/** Checks a scheduling request (shapes, numbers, references, cycles) and returns it with per-year arrays. */
export function checkScheduleInput(input: ScheduleInput): {
  projects: NormalizedProject[];
  discount: number[];
  horizon: number;
} {
  if (input === null || typeof input !== 'object')
    throw new RoadmapError('invalid_input', 'schedule needs { years, projects }');
  if (!Array.isArray(input.years) || input.years.length === 0)
    throw new RoadmapError('invalid_input', 'years must be a non-empty array of { budget, capacity }');
  const horizon = input.years.length;
  input.years.forEach((y, t) => {
    assertFinite(y?.budget, `budget of year ${t + 1}`);
    assertFinite(y?.capacity, `capacity of year ${t + 1}`);
    if (y.budget < 0 || y.capacity < 0)
      throw new RoadmapError('invalid_input', `year ${t + 1} has a negative budget or capacity`);
  });
  const discount = input.valueDiscountByStartYear ? [...input.valueDiscountByStartYear] : input.years.map(() => 1);
  if (discount.length !== horizon)
    throw new RoadmapError(
      'invalid_input',
      `valueDiscountByStartYear needs one multiplier per year (${horizon}); got ${discount.length}`,
    );
  discount.forEach((d, t) => {
    assertFinite(d, `valueDiscountByStartYear[${t}]`);
    if (d < 0) throw new RoadmapError('invalid_input', `valueDiscountByStartYear[${t}] is negative`);
  });
  if (!Array.isArray(input.projects)) throw new RoadmapError('invalid_input', 'projects must be an array');
  const index = new Map<string, number>();
  input.projects.forEach((p, i) => {
    if (typeof p?.id !== 'string' || p.id === '')
      throw new RoadmapError('invalid_input', `project ${i} needs a non-empty string id`);
    if (index.has(p.id)) throw new RoadmapError('invalid_input', `duplicate project id "${p.id}"`);
    index.set(p.id, i);
  });
  const projects = input.projects.map((p, i): NormalizedProject => {
    assertFinite(p.value, `value of "${p.id}"`);
    if (!Number.isSafeInteger(p.duration) || p.duration < 1)
      throw new RoadmapError(
        'invalid_input',
        `duration of "${p.id}" must be a whole number of years ≥ 1; got ${p.duration}`,
      );
    const earliestStart = p.earliestStart ?? 1;
    if (!Number.isInteger(earliestStart) || earliestStart < 1)
      throw new RoadmapError(
        'invalid_input',
        `earliestStart of "${p.id}" must be an integer ≥ 1; got ${earliestStart}`,
      );
    if (!Array.isArray(p.predecessors))
      throw new RoadmapError('invalid_input', `predecessors of "${p.id}" must be an array of project ids`);
    const predecessors = p.predecessors.map((q: string) => {
      const k = index.get(q);
      if (k === undefined) throw new RoadmapError('unknown_reference', `"${p.id}" depends on unknown project "${q}"`);
      if (k === i) throw new RoadmapError('cycle', `"${p.id}" lists itself as a predecessor`);
      return k;
    });
    if (p.mandatory !== undefined && typeof p.mandatory !== 'boolean')
      throw new RoadmapError('invalid_input', `mandatory of "${p.id}" must be a boolean`);
    return {
      id: p.id,
      index: i,
      value: p.value,
      duration: p.duration,
      // A project longer than the horizon never fits: no per-year arrays are built for it (a duration of 1e9 must not
      // allocate a billion entries); its costs are only checked for shape.
      cost: perYear(p, 'costPerYear', horizon),
      capacity: perYear(p, 'capacityPerYear', horizon),
      predecessors,
      earliestStart,
      mandatory: p.mandatory === true,
    };
  });
  findCycle(projects);
  return { projects, discount, horizon };
}

function perYear(p: ScheduleProject, key: 'costPerYear' | 'capacityPerYear', horizon: number): number[] {
  const raw = p[key];
  if (typeof raw !== 'number' && !Array.isArray(raw))
    throw new RoadmapError('invalid_input', `${key} of "${p.id}" must be a number or an array of numbers`);
  if (Array.isArray(raw) && raw.length !== p.duration)
    throw new RoadmapError(
      'invalid_input',
      `${key} of "${p.id}" needs one value per year of its duration (${p.duration}); got ${raw.length}`,
    );
  if (p.duration > horizon) {
    if (typeof raw === 'number') {
      assertFinite(raw, `${key} of "${p.id}"`);
      if (raw < 0) throw new RoadmapError('invalid_input', `${key} of "${p.id}" is negative`);
    }
    return [];
  }
  const list = typeof raw === 'number' ? new Array<number>(p.duration).fill(raw) : [...raw];
  if (list.length !== p.duration)
    throw new RoadmapError(
      'invalid_input',
      `${key} of "${p.id}" needs one value per year of its duration (${p.duration}); got ${list.length}`,
    );
  list.forEach((x, k) => {
    assertFinite(x, `${key}[${k}] of "${p.id}"`);
    if (x < 0) throw new RoadmapError('invalid_input', `${key}[${k}] of "${p.id}" is negative`);
  });
  return list;
}

function findCycle(projects: readonly NormalizedProject[]): void {
  const state = new Array<number>(projects.length).fill(0); // 0 new, 1 on stack, 2 done
  const stack: number[] = [];
  const visit = (i: number): void => {
    state[i] = 1;
    stack.push(i);
    for (const q of projects[i]!.predecessors) {
      if (state[q] === 1) {
        const cycle = stack.slice(stack.indexOf(q)).map((k) => projects[k]!.id);
        throw new RoadmapError('cycle', `predecessor cycle: ${[...cycle, projects[q]!.id].join(' → ')}`);
      }
      if (state[q] === 0) visit(q);
    }
    stack.pop();
    state[i] = 2;
  };
  projects.forEach((_, i) => {
    if (state[i] === 0) visit(i);
  });
}

/** Allowed start years of a project: from its earliest start to the last year that still lets it finish in the horizon. */
export function allowedStarts(p: NormalizedProject, horizon: number): number[] {
  const out: number[] = [];
  for (let t = p.earliestStart; t + p.duration - 1 <= horizon; t++) out.push(t);
  return out;
}
