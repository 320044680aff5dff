import { allowedStarts, type NormalizedProject } from './checkScheduleInput';
import type { ScheduleYear } from './types';

/**
 * The spreadsheet heuristic: projects by value per unit of cost (mandatory projects and their predecessors first),
 * each at the allowed start with the most value where it fits beside those already placed, repeated until nothing
 * more fits. Not optimal; fast (projects × passes × horizon × duration) and always within the constraints, so the
 * exact solver gets an incumbent from the first instant and a time limit never leaves it empty-handed.
 */
export function greedySchedule(
  projects: readonly NormalizedProject[],
  years: readonly ScheduleYear[],
  discount: readonly number[],
): Map<string, number> {
  const horizon = years.length;
  const budget = years.map((y) => y.budget);
  const capacity = years.map((y) => y.capacity);
  const start = new Array<number | undefined>(projects.length);
  const needed = new Array<boolean>(projects.length).fill(false);
  const need = (i: number): void => {
    if (needed[i]) return;
    needed[i] = true;
    for (const q of projects[i]!.predecessors) need(q);
  };
  projects.forEach((p, i) => p.mandatory && need(i));
  const density = (p: NormalizedProject) => p.value / (1 + p.cost.reduce((a, b) => a + b, 0));
  const order = projects
    .map((_, i) => i)
    .sort((a, b) => Number(needed[b]) - Number(needed[a]) || density(projects[b]!) - density(projects[a]!) || a - b);
  const fits = (p: NormalizedProject, t: number): boolean =>
    p.predecessors.every((q) => start[q] !== undefined && start[q] + projects[q]!.duration - 1 < t) &&
    p.cost.every(
      (c, k) => c <= (budget[t + k - 1] as number) && (p.capacity[k] as number) <= (capacity[t + k - 1] as number),
    );
  for (let changed = true; changed;) {
    changed = false;
    for (const i of order) {
      const p = projects[i]!;
      if (start[i] !== undefined || (!needed[i] && p.value <= 0)) continue;
      let best: number | undefined;
      for (const t of allowedStarts(p, horizon))
        if (
          fits(p, t) &&
          (best === undefined || p.value * (discount[t - 1] as number) > p.value * (discount[best - 1] as number))
        )
          best = t;
      if (best === undefined) continue;
      start[i] = best;
      p.cost.forEach((c, k) => {
        budget[best + k - 1] = (budget[best + k - 1] as number) - c;
        capacity[best + k - 1] = (capacity[best + k - 1] as number) - (p.capacity[k] as number);
      });
      changed = true;
    }
  }
  const out = new Map<string, number>();
  projects.forEach((p, i) => start[i] !== undefined && out.set(p.id, start[i]));
  return out;
}
