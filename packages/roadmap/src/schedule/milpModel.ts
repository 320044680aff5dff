import { allowedStarts, type NormalizedProject } from './checkScheduleInput';
import type { ScheduleYear } from './types';

/** Which slack variables the model carries, to find the smallest relaxation of an infeasible request. */
export interface SlackMode {
  /** Add a non-negative budget slack per year. */
  readonly budget: boolean;
  /** Add a non-negative capacity slack per year. */
  readonly capacity: boolean;
  /** What to minimise: the budget slacks, the capacity slacks, or their sum (only feasibility matters then). */
  readonly minimise: 'budget' | 'capacity' | 'both';
}

/** The variable name of "project p starts in year t". */
export const startVar = (p: number, t: number) => `x_${p}_${t}`;

/** A number in LP format (exponent form is accepted by the LP reader). */
const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toPrecision(17));

function terms(list: [number, string][], keepZeros = false): string {
  const parts = list
    .filter(([c]) => keepZeros || c !== 0)
    .map(([c, v]) => `${c < 0 ? '-' : '+'} ${num(Math.abs(c))} ${v}`);
  const lines: string[] = [];
  for (let k = 0; k < parts.length; k += 8) lines.push(`  ${parts.slice(k, k + 8).join(' ')}`);
  return lines.join('\n');
}

function row(name: string, list: [number, string][], sense: '<=' | '=' | '>=', rhs: number): string {
  return ` ${name}:\n${terms(list)} ${sense} ${num(rhs)}`;
}

/**
 * Builds the start-year MILP in CPLEX LP format: maximise Σ value·discount·x (or minimise slack), one start at most
 * (exactly one when mandatory), budget and capacity per year over active projects, finish-to-start precedence.
 */
export function buildModel(
  projects: readonly NormalizedProject[],
  years: readonly ScheduleYear[],
  discount: readonly number[],
  slack?: SlackMode,
): { lp: string; variables: number } {
  const horizon = years.length;
  const starts = projects.map((p) => allowedStarts(p, horizon));
  const objective: [number, string][] = [];
  const constraints: string[] = [];
  const binaries: string[] = [];
  projects.forEach((p, i) => {
    for (const t of starts[i] as number[]) {
      binaries.push(startVar(i, t));
      if (!slack) objective.push([p.value * (discount[t - 1] as number), startVar(i, t)]);
    }
    const once = (starts[i] as number[]).map((t): [number, string] => [1, startVar(i, t)]);
    if (once.length > 0) constraints.push(row(`once_${i}`, once, p.mandatory ? '=' : '<=', 1));
    for (const t of starts[i] as number[]) {
      for (const q of p.predecessors) {
        const pred = projects[q] as NormalizedProject;
        const before = (starts[q] as number[])
          .filter((s) => s + pred.duration - 1 < t)
          .map((s): [number, string] => [-1, startVar(q, s)]);
        constraints.push(row(`prec_${i}_${q}_${t}`, [[1, startVar(i, t)], ...before], '<=', 0));
      }
    }
  });
  const slackVars: string[] = [];
  for (const [kind, key] of [
    ['budget', 'cost'],
    ['capacity', 'capacity'],
  ] as const) {
    years.forEach((y, tau0) => {
      const tau = tau0 + 1;
      const use: [number, string][] = [];
      projects.forEach((p, i) => {
        for (const t of starts[i] as number[]) {
          if (t <= tau && tau <= t + p.duration - 1) use.push([p[key][tau - t] as number, startVar(i, t)]);
        }
      });
      const withSlack = slack?.[kind] === true;
      if (withSlack) {
        const s = `s_${kind}_${tau}`;
        slackVars.push(s);
        use.push([-1, s]);
        if (slack.minimise === kind || slack.minimise === 'both') objective.push([1, s]);
      }
      // A row whose coefficients are all 0 holds trivially (limits are ≥ 0) and is left out.
      if (use.some(([c]) => c !== 0))
        constraints.push(row(`${kind}_${tau}`, use, '<=', kind === 'budget' ? y.budget : y.capacity));
    });
  }
  const sense = slack ? 'Minimize' : 'Maximize';
  // Callers only build a model with at least one variable; zero objective coefficients are kept so the objective is never empty.
  const lines = [
    sense,
    ` obj:\n${terms(objective, true)}`,
    'Subject To',
    ...constraints,
    'Bounds',
    ...slackVars.map((s) => ` ${s} >= 0`),
  ];
  if (binaries.length > 0) lines.push('Binary', ...chunk(binaries));
  lines.push('End');
  return { lp: lines.join('\n'), variables: binaries.length };
}

function chunk(names: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < names.length; k += 10) out.push(` ${names.slice(k, k + 10).join(' ')}`);
  return out;
}
