import { allowedStarts, type NormalizedProject } from './checkScheduleInput';
import type { ScheduleReason, ScheduleResource, ScheduleYear, YearOverrun } from './types';

/** What a schedule's reasons are read from: the request (normalized), the starts found and the proven gap. */
export interface ScheduleState {
  readonly projects: readonly NormalizedProject[];
  readonly years: readonly ScheduleYear[];
  readonly discount: readonly number[];
  readonly starts: Readonly<Record<string, number>>;
  readonly gap: number;
}

const resources: readonly ScheduleResource[] = ['budget', 'capacity'];
/** Relative slack on sums, as in checkSchedule (floating-point noise only). */
const slack = (limit: number) => 1e-9 * Math.max(1, Math.abs(limit));

/**
 * The reason of each project, from the schedule alone (no solver): scheduled; or, when left out, the first constraint
 * that keeps it out — horizon, value, dependency, a year's whole limit — or the trade-off: the scheduled projects it
 * would have to replace in the years it overruns, and what they are worth against it. The replaced set is the
 * cheapest-per-room greedy choice (scheduled successors go with a project; mandatory projects and the project's own
 * predecessors never go), pruned of any project that can stay: a real swap, not necessarily the cheapest one.
 * Work: projects × starts × (scheduled projects)² × duration.
 */
export function scheduleReasons(state: ScheduleState): (p: NormalizedProject) => ScheduleReason {
  const { projects, years, discount, starts } = state;
  const horizon = years.length;
  const startOf = (q: NormalizedProject): number | undefined => starts[q.id];
  const used: Record<ScheduleResource, number[]> = {
    budget: new Array<number>(horizon).fill(0),
    capacity: new Array<number>(horizon).fill(0),
  };
  const needOf = (q: NormalizedProject, r: ScheduleResource, k: number) =>
    (r === 'budget' ? q.cost[k] : q.capacity[k]) as number;
  const limitOf = (r: ScheduleResource, year: number) => (years[year - 1] as ScheduleYear)[r];
  for (const q of projects) {
    const s = startOf(q);
    if (s === undefined) continue;
    for (let k = 0; k < q.duration; k++)
      for (const r of resources) used[r][s + k - 1] = (used[r][s + k - 1] as number) + needOf(q, r, k);
  }
  const successors: number[][] = projects.map(() => []);
  projects.forEach((q, i) => q.predecessors.forEach((j) => successors[j]!.push(i)));
  const worth = (i: number) => {
    const q = projects[i]!;
    return q.value * (discount[(startOf(q) as number) - 1] as number);
  };
  /** q and its scheduled successors, transitively: what leaves the schedule when q does. */
  const closures = new Map<number, number[]>();
  const closure = (i: number): number[] => {
    let out = closures.get(i);
    if (!out) {
      const seen = new Set<number>([i]);
      const stack = [i];
      while (stack.length > 0)
        for (const s of successors[stack.pop()!]!)
          if (!seen.has(s) && startOf(projects[s]!) !== undefined) {
            seen.add(s);
            stack.push(s);
          }
      closures.set(i, (out = [...seen]));
    }
    return out;
  };
  const ancestors = (i: number): Set<number> => {
    const seen = new Set<number>();
    const stack = [...projects[i]!.predecessors];
    while (stack.length > 0) {
      const j = stack.pop()!;
      if (seen.has(j)) continue;
      seen.add(j);
      stack.push(...projects[j]!.predecessors);
    }
    return seen;
  };
  /** Use of q in `year` of resource r (0 when q is not active then). */
  const useIn = (i: number, r: ScheduleResource, year: number) => {
    const q = projects[i]!;
    const s = startOf(q) as number;
    return year >= s && year < s + q.duration ? needOf(q, r, year - s) : 0;
  };

  /** The scheduled projects to drop so that every overrun is covered, or undefined when it cannot be done. */
  const displace = (overruns: readonly YearOverrun[], keep: ReadonlySet<number>): number[] | undefined => {
    const excess = overruns.map((o) => o.excess);
    const covered = () => excess.every((e, k) => e <= slack(limitOf(overruns[k]!.resource, overruns[k]!.year)));
    const freed = (members: readonly number[], k: number) => {
      const o = overruns[k]!;
      return members.reduce((sum, m) => sum + useIn(m, o.resource, o.year), 0);
    };
    const candidates = projects
      .map((_, i) => i)
      .filter((i) => startOf(projects[i]!) !== undefined && !keep.has(i))
      .filter((i) => closure(i).every((m) => !projects[m]!.mandatory))
      .filter((i) => overruns.some((o) => useIn(i, o.resource, o.year) > 0));
    const removed = new Set<number>();
    while (!covered()) {
      let best: { members: number[]; ratio: number } | undefined;
      for (const i of candidates) {
        if (removed.has(i)) continue;
        const members = closure(i).filter((m) => !removed.has(m));
        let benefit = 0;
        excess.forEach((e, k) => {
          if (e > 0) benefit += Math.min(e, freed(members, k)) / e;
        });
        if (benefit <= 0) continue;
        const ratio = members.reduce((sum, m) => sum + Math.max(0, worth(m)), 0) / benefit;
        if (!best || ratio < best.ratio) best = { members, ratio };
      }
      if (!best) return undefined;
      excess.forEach((e, k) => (excess[k] = e - freed(best.members, k)));
      for (const m of best.members) removed.add(m);
    }
    // Keep whatever can stay: the most valuable first, when its predecessors stay too and the room suffices.
    for (const i of [...removed].sort((a, b) => worth(b) - worth(a) || a - b)) {
      if (projects[i]!.predecessors.some((j) => removed.has(j))) continue;
      const back = excess.map((e, k) => e + freed([i], k));
      if (back.every((e, k) => e <= slack(limitOf(overruns[k]!.resource, overruns[k]!.year)))) {
        removed.delete(i);
        back.forEach((e, k) => (excess[k] = e));
      }
    }
    return [...removed].sort((a, b) => a - b);
  };

  return (p) => {
    const s = startOf(p);
    if (s !== undefined)
      return {
        code: 'scheduled',
        start: s,
        end: s + p.duration - 1,
        after: p.predecessors.map((j) => projects[j]!.id),
      };
    const options = allowedStarts(p, horizon);
    if (options.length === 0)
      return { code: 'beyond_horizon', duration: p.duration, earliestStart: p.earliestStart, horizon };
    const valueAt = (t: number) => p.value * (discount[t - 1] as number);
    const bestValue = Math.max(...options.map(valueAt));
    if (!(bestValue > 0)) return { code: 'no_value', value: bestValue + 0 };
    const missing = p.predecessors.map((j) => projects[j]!).find((q) => startOf(q) === undefined);
    if (missing) return { code: 'predecessor_not_scheduled', predecessor: missing.id };
    const last = p.predecessors
      .map((j) => projects[j]!)
      .reduce<NormalizedProject | undefined>(
        (a, q) => (a === undefined || startOf(q)! + q.duration > startOf(a)! + a.duration ? q : a),
        undefined,
      );
    const ready = last === undefined ? 1 : startOf(last)! + last.duration;
    const open = options.filter((t) => t >= ready);
    if (open.length === 0 && last !== undefined)
      return {
        code: 'predecessor_too_late',
        predecessor: last.id,
        predecessorEnd: ready - 1,
        duration: p.duration,
        horizon,
      };
    const worthwhile = open.filter((t) => valueAt(t) > 0);
    if (worthwhile.length === 0) return { code: 'no_value', value: Math.max(...open.map(valueAt)) + 0 };

    const keep = ancestors(p.index);
    let trade: Extract<ScheduleReason, { code: 'displaced' }> | undefined;
    let alone: Extract<ScheduleReason, { code: 'exceeds_year_limit' }> | undefined;
    let blocked: YearOverrun | undefined;
    for (const t of worthwhile) {
      const overruns: YearOverrun[] = [];
      let tooBig: typeof alone;
      for (let k = 0; k < p.duration; k++) {
        const year = t + k;
        for (const r of resources) {
          const need = needOf(p, r, k);
          const limit = limitOf(r, year);
          const taken = used[r][year - 1] as number;
          if (need > limit + slack(limit)) tooBig ??= { code: 'exceeds_year_limit', resource: r, year, need, limit };
          else if (taken + need > limit + slack(limit))
            overruns.push({ year, resource: r, need, left: Math.max(0, limit - taken), excess: taken + need - limit });
        }
      }
      if (tooBig) {
        alone ??= tooBig;
        continue;
      }
      if (overruns.length === 0) return { code: 'fits_within_gap', start: t, gap: state.gap };
      // The overrun to name: the largest share of its year's limit.
      const overrun = overruns.reduce((a, o) =>
        o.excess / Math.max(limitOf(o.resource, o.year), 1e-300) >
        a.excess / Math.max(limitOf(a.resource, a.year), 1e-300)
          ? o
          : a,
      );
      const displaced = displace(overruns, keep);
      if (!displaced) {
        blocked ??= overrun;
        continue;
      }
      const displacedValue = displaced.reduce((sum, i) => sum + worth(i), 0);
      const value = valueAt(t);
      if (!trade || displacedValue - value < trade.displacedValue - trade.value)
        trade = {
          code: 'displaced',
          start: t,
          overrun,
          overruns,
          value,
          displaced: displaced.map((i) => projects[i]!.id),
          displacedValue,
        };
    }
    if (trade) return trade;
    if (blocked) return { code: 'blocked_by_mandatory', overrun: blocked };
    return alone as NonNullable<typeof alone>;
  };
}
