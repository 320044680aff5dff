import { checkScheduleInput } from './checkScheduleInput';
import type { ScheduleInput } from './types';

/** Relative slack accepted on budget and capacity sums (floating-point noise only). */
const slack = (limit: number) => 1e-9 * Math.max(1, Math.abs(limit));

/**
 * Checks a schedule against every constraint of the request, independently of any solver, and lists the violations (empty when valid).
 * @example
 * checkSchedule(input, { P1: 1, P2: 2 }); // [] or ['year 2: budget 130 used > 100 available', …]
 */
export function checkSchedule(input: ScheduleInput, starts: Readonly<Record<string, number>>): string[] {
  const { projects, horizon } = checkScheduleInput(input);
  const byId = new Map(projects.map((p) => [p.id, p]));
  const violations: string[] = [];
  const budgetUsed = new Array<number>(horizon).fill(0);
  const capacityUsed = new Array<number>(horizon).fill(0);
  for (const [id, start] of Object.entries(starts)) {
    const p = byId.get(id);
    if (!p) {
      violations.push(`"${id}" is not a project of the request`);
      continue;
    }
    if (!Number.isInteger(start) || start < 1) {
      violations.push(`"${id}" starts in year ${start}, which is not a year ≥ 1`);
      continue;
    }
    if (start < p.earliestStart)
      violations.push(`"${id}" starts in year ${start}, before its earliest start ${p.earliestStart}`);
    const end = start + p.duration - 1;
    if (end > horizon) violations.push(`"${id}" ends in year ${end}, after the horizon of ${horizon} years`);
    for (let k = 0; k < p.duration && start + k <= horizon; k++) {
      budgetUsed[start + k - 1] = (budgetUsed[start + k - 1] as number) + (p.cost[k] as number);
      capacityUsed[start + k - 1] = (capacityUsed[start + k - 1] as number) + (p.capacity[k] as number);
    }
    for (const q of p.predecessors) {
      const pred = projects[q]!;
      const ps = starts[pred.id];
      if (ps === undefined) violations.push(`"${id}" is scheduled but its predecessor "${pred.id}" is not`);
      else if (ps + pred.duration - 1 >= start)
        violations.push(
          `"${id}" starts in year ${start} before its predecessor "${pred.id}" finishes (year ${ps + pred.duration - 1})`,
        );
    }
  }
  for (const p of projects)
    if (p.mandatory && starts[p.id] === undefined) violations.push(`mandatory project "${p.id}" is not scheduled`);
  input.years.forEach((y, t) => {
    if ((budgetUsed[t] as number) > y.budget + slack(y.budget))
      violations.push(`year ${t + 1}: budget ${budgetUsed[t]} used > ${y.budget} available`);
    if ((capacityUsed[t] as number) > y.capacity + slack(y.capacity))
      violations.push(`year ${t + 1}: capacity ${capacityUsed[t]} used > ${y.capacity} available`);
  });
  return violations;
}
