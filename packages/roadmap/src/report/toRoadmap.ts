import type { Roadmap } from '@opencity/models';
import { RoadmapError } from '../core/RoadmapError';
import { tieTolerance } from '../rank/orderByScore';
import type { RankResult } from '../rank/types';
import { describeScheduleReason, type ScheduleTextOptions } from '../schedule/describeScheduleReason';
import type { ScheduleInput, ScheduleResult } from '../schedule/types';

/** Options of {@link toRoadmap}. */
export interface ToRoadmapOptions {
  /** Entity id, e.g. `urn:ngsi-ld:Roadmap:smart-city-2025-2029`. */
  readonly id: string;
  /** Roadmap name, plain or in several languages. */
  readonly name: string | { readonly en?: string; readonly fr?: string; readonly nl?: string };
  /** Calendar year of year 1 of the schedule. */
  readonly startYear: number;
  /** The scheduling request. */
  readonly input: ScheduleInput;
  /** Its result. */
  readonly result: ScheduleResult;
  /** The ranking that produced the project values (gives rank positions and method provenance). */
  readonly ranking?: RankResult;
  /** The jury aggregation used (e.g. median). */
  readonly aggregation?: string;
  /** The criteria catalogue and version (e.g. "brussels-strategy 1.0.0"). */
  readonly catalogue?: string;
  /** Optional phase name per year. */
  readonly phases?: readonly string[];
  /**
   * How the English reasons write amounts and projects (currency, capacity unit, project names); years are always
   * the calendar years of `startYear`.
   */
  readonly text?: Omit<ScheduleTextOptions, 'startYear'>;
}

/**
 * Builds the `Roadmap` entity (schemas/office/Roadmap) of a schedule: horizon, each year's budget, capacity and active projects,
 * scheduled and left-out projects with reasons, and the method and parameters that produced it.
 * @example
 * const roadmap = toRoadmap({ id: 'urn:ngsi-ld:Roadmap:2025', name: 'Roadmap 2025–2027', startYear: 2025, input, result, ranking });
 * validate('Roadmap', roadmap).valid; // true
 */
export function toRoadmap(options: ToRoadmapOptions): Roadmap {
  const { input, result, startYear, ranking } = options;
  if (!Number.isInteger(startYear) || startYear < 2000 || startYear > 2100)
    throw new RoadmapError(
      'invalid_input',
      `startYear must be a calendar year between 2000 and 2100; got ${startYear}`,
    );
  const horizon = input.years.length;
  if (startYear + horizon - 1 > 2100) throw new RoadmapError('invalid_input', 'the roadmap horizon runs past 2100');
  if (options.phases && options.phases.length !== horizon)
    throw new RoadmapError('invalid_input', `phases needs one name per year (${horizon})`);
  const calendar = (t: number) => startYear + t - 1;
  const ranks = ranking ? rankById(ranking) : new Map<string, number>();
  const rankOf = (id: string): number | undefined => ranks.get(id);
  const explained = new Map(result.explanation.projects.map((p) => [p.id, p]));
  const reasonOf = (id: string): string | undefined => {
    const why = explained.get(id)?.why;
    return why && describeScheduleReason(why, 'en', { ...options.text, startYear });
  };
  const value = new Map(input.projects.map((p) => [p.id, p.value]));
  const years = result.explanation.years.map((y, t) => ({
    year: calendar(y.year),
    ...(options.phases ? { phase: options.phases[t] as string } : {}),
    budget: y.budget,
    budgetAllocated: y.budgetUsed,
    capacity: y.capacity,
    capacityAllocated: y.capacityUsed,
    projects: y.active,
  }));
  const scheduledProjects = Object.entries(result.starts)
    .sort(([a, sa], [b, sb]) => sa - sb || a.localeCompare(b))
    .map(([id, start]) => {
      const p = explained.get(id);
      const r = rankOf(id);
      const reason = reasonOf(id);
      return {
        refProjectFactsheet: id,
        startYear: calendar(start),
        endYear: calendar(p?.end ?? start),
        value: value.get(id) as number,
        ...(r === undefined ? {} : { rank: r }),
        ...(reason === undefined ? {} : { reason }),
      };
    });
  const notSelected = result.notSelected.map((id) => {
    const r = rankOf(id);
    return {
      refProjectFactsheet: id,
      ...(r === undefined ? {} : { rank: r }),
      reason: reasonOf(id) ?? 'Not scheduled.',
    };
  });
  const method = {
    ...(ranking
      ? {
          ranking: ranking.method,
          // The tie rule is part of how the ranking was made: with its parameters.
          parameters: { ...ranking.parameters, ties: tieRule(ranking) } as Record<string, unknown>,
        }
      : {}),
    ...(options.aggregation ? { aggregation: options.aggregation } : {}),
    ...(options.catalogue ? { catalogue: options.catalogue } : {}),
    solver: `${result.parameters.solver}, mip_rel_gap ${result.parameters.mipRelGap}, time limit ${result.parameters.timeLimitSeconds} s`,
  };
  return {
    id: options.id,
    type: 'Roadmap',
    name: options.name,
    horizon: { startYear, endYear: calendar(horizon) },
    status: result.status,
    objective: result.objective,
    ...(result.status === 'infeasible' ? {} : { objectiveBound: result.bound, gap: result.gap }),
    // schedule() rejects an empty horizon, so the schema's minItems 1 holds.
    years: years as Roadmap['years'],
    scheduledProjects,
    notSelected,
    method,
    explanation: result.explanation.summary,
  };
}

/** Each ranked id's competition rank: tied projects share the best rank of their group ("1224"). */
export function rankById(ranking: Pick<RankResult, 'ranking' | 'details'>): Map<string, number> {
  const tieOf = new Map<string, string[]>();
  for (const group of ranking.details.ties) for (const id of group) tieOf.set(id, group);
  const out = new Map<string, number>();
  ranking.ranking.forEach((id, k) => {
    const group = tieOf.get(id);
    const first = group ? out.get(group[0] as string) : undefined;
    out.set(id, first ?? k + 1);
  });
  return out;
}

/** The tie rule of a ranking and the groups it tied, in one English sentence (the entity's provenance). */
function tieRule(ranking: Pick<RankResult, 'details'>): string {
  const groups = ranking.details.ties.map((group) => group.join(' = '));
  return (
    `Equal scores (relative difference at most ${tieTolerance}) share the best rank of their group (competition ranking, 1224) ` +
    `and are listed in input order, with no tie-break; ${groups.length === 0 ? 'no ties' : `tied: ${groups.join('; ')}`}.`
  );
}
