import type { ProjectFactsheet } from '@opencity/models';
import { RoadmapError, assertFinite } from '../core/RoadmapError';
import type { ScheduleProject } from './types';

/** Options of {@link scheduleProjectFromFactsheet}. */
export interface FromFactsheetOptions {
  /** Value of the project for the scheduler (e.g. its MCDA score). */
  readonly value: number;
  /** Calendar year of year 1 of the roadmap (turns `earliestStartYear` into a roadmap year). */
  readonly startYear: number;
  /** Whether the project must be scheduled. */
  readonly mandatory?: boolean;
  /**
   * Years of the roadmap (default 101, the calendar 2000–2100 a Roadmap entity can span): a project longer than that
   * can never be scheduled, so no per-year arrays are built for it (its costs become 0; the scheduler explains it).
   */
  readonly horizon?: number;
}

/**
 * Turns a `ProjectFactsheet` into a scheduler project: cost and FTE per project year from `budgetByYear` (a year
 * absent from it costs 0), `dependencies` as predecessors, `earliestStartYear` as a roadmap year.
 * @example
 * const project = scheduleProjectFromFactsheet(factsheet, { value: ranking.scores[i], startYear: 2025 });
 */
export function scheduleProjectFromFactsheet(
  factsheet: ProjectFactsheet,
  options: FromFactsheetOptions,
): ScheduleProject {
  assertFinite(options.value, `value of "${factsheet.id}"`);
  if (!Number.isInteger(options.startYear))
    throw new RoadmapError('invalid_option', `startYear must be a calendar year; got ${options.startYear}`);
  const duration = factsheet.duration;
  if (!Number.isSafeInteger(duration) || duration < 1)
    throw new RoadmapError('invalid_input', `"${factsheet.id}" has the duration ${duration}; expected whole years ≥ 1`);
  const horizon = options.horizon ?? 101;
  if (!Number.isSafeInteger(horizon) || horizon < 1)
    throw new RoadmapError('invalid_option', `horizon must be a whole number of years ≥ 1; got ${horizon}`);
  if (duration > horizon)
    return {
      id: factsheet.id,
      value: options.value,
      duration,
      costPerYear: 0,
      capacityPerYear: 0,
      predecessors: [...(factsheet.dependencies ?? [])],
      ...(options.mandatory === undefined ? {} : { mandatory: options.mandatory }),
    };
  const cost = new Array<number>(duration).fill(0);
  const fte = new Array<number>(duration).fill(0);
  const seen = new Set<number>();
  for (const b of factsheet.budgetByYear) {
    if (b.projectYear > duration)
      throw new RoadmapError(
        'invalid_input',
        `"${factsheet.id}" budgets project year ${b.projectYear} but lasts ${duration} year(s)`,
      );
    if (seen.has(b.projectYear))
      throw new RoadmapError('invalid_input', `"${factsheet.id}" budgets project year ${b.projectYear} twice`);
    seen.add(b.projectYear);
    cost[b.projectYear - 1] = b.amount;
    fte[b.projectYear - 1] = b.fte ?? 0;
  }
  const earliest =
    factsheet.earliestStartYear === undefined
      ? undefined
      : Math.max(1, factsheet.earliestStartYear - options.startYear + 1);
  return {
    id: factsheet.id,
    value: options.value,
    duration,
    costPerYear: cost,
    capacityPerYear: fte,
    predecessors: [...(factsheet.dependencies ?? [])],
    ...(earliest === undefined ? {} : { earliestStart: earliest }),
    ...(options.mandatory === undefined ? {} : { mandatory: options.mandatory }),
  };
}
