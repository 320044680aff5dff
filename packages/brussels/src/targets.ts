/**
 * Illustrative KPI targets of the Brussels profile, as Target entities for @opencity/kpi.
 *
 * These are NOT targets adopted by the Brussels government: they show how a region records its targets (one per KPI
 * and year, with the acceptable level and who decided). Two families borrow published thresholds: PM2.5 and NO2 aim at
 * the WHO 2021 air-quality guideline levels (annual mean PM2.5 5 µg/m³, NO2 10 µg/m³) with the EU 2030 limit values of
 * Directive (EU) 2024/2881 (PM2.5 10 µg/m³, NO2 20 µg/m³) as the acceptable level. The others follow a straight
 * trajectory from a 2019 starting level to a 2030 goal.
 */
import type { Target } from '@opencity/models';

/** Who "decided" the illustrative targets: written on every Target so that nobody mistakes them for policy. */
export const ILLUSTRATIVE_TARGETS_AUTHOR = 'OpenCity Brussels profile — illustrative targets, not adopted policy';

type Trajectory = readonly [kpi: string, start2019: number, goal2030: number, acceptableGap: number];

// KPI id (research/kpi.md §8), target in 2019, target in 2030, distance from target still judged acceptable
// (added for "increase" KPIs' shortfall, for "decrease" KPIs' excess — the sign follows the KPI's direction below).
const increasing: readonly Trajectory[] = [
  ['DIG-01', 88, 97, 5],
  ['DIG-02', 72, 90, 8],
  ['DIG-05', 55, 95, 15],
  ['DIG-06', 45, 90, 15],
  ['DIG-07', 10, 80, 15],
  ['ECO-03', 72, 78, 4],
  ['MOB-02', 92, 98, 4],
  ['MOB-03', 70, 100, 15],
];
const decreasing: readonly Trajectory[] = [
  ['ECO-01', 14, 9, 3],
  ['ECO-02', 28, 18, 6],
];

/** The years the illustrative targets cover (inclusive). */
export const targetYears: readonly [first: number, last: number] = [2019, 2030];

const round1 = (x: number): number => Math.round(x * 10) / 10;

function trajectory([kpi, start, goal, gap]: Trajectory, sign: 1 | -1): Target[] {
  const [first, last] = targetYears;
  const out: Target[] = [];
  for (let year = first; year <= last; year++) {
    const target = round1(start + ((goal - start) * (year - first)) / (last - first));
    out.push({
      id: `urn:ngsi-ld:Target:${kpi}:${year}`,
      type: 'Target',
      kpi,
      period: String(year),
      target,
      acceptable: round1(target - sign * gap),
      decisionDate: '2019-01-01',
      decidedBy: ILLUSTRATIVE_TARGETS_AUTHOR,
    });
  }
  return out;
}

function constant(kpi: string, target: number, acceptable: number, decidedBy: string): Target[] {
  const [first, last] = targetYears;
  return Array.from({ length: last - first + 1 }, (_, i) => ({
    id: `urn:ngsi-ld:Target:${kpi}:${first + i}`,
    type: 'Target',
    kpi,
    period: String(first + i),
    target,
    acceptable,
    decidedBy,
  }));
}

/**
 * The illustrative targets, one Target entity per KPI and year, for every area of the region (no `area`).
 * @example
 * ```ts
 * import { findTarget } from '@opencity/kpi';
 * findTarget(brusselsTargets, 'ENV-01', '21004', '2024')?.target; // 5 (WHO 2021 guideline)
 * ```
 */
export const brusselsTargets: readonly Target[] = [
  ...increasing.flatMap((t) => trajectory(t, 1)),
  ...decreasing.flatMap((t) => trajectory(t, -1)),
  ...constant(
    'ENV-01',
    5,
    10,
    'WHO 2021 air-quality guideline (target); EU 2030 limit value, Directive (EU) 2024/2881 (acceptable)',
  ),
  ...constant(
    'ENV-03',
    10,
    20,
    'WHO 2021 air-quality guideline (target); EU 2030 limit value, Directive (EU) 2024/2881 (acceptable)',
  ),
];
