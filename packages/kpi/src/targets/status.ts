/** Direction-aware status against targets: red/amber/green, distance to target and U4SSC achievement bands. */
import type { KpiDefinition, Target } from '@opencity/models';
import { KpiError } from '../errors';

/** Which way is better for a KPI (the `direction` of its definition). */
export type Direction = KpiDefinition['direction'];

/** Traffic-light status of a value (`none`: no target or a context indicator; `unknown`: no value). */
export type Status = 'green' | 'amber' | 'red' | 'none' | 'unknown';

/** U4SSC City Snapshot band of achievement in percent of target. */
export type U4sscBand = '95-100' | '66-95' | '33-66' | '0-33';

/** The judgement of one value against one target. */
export interface TargetAssessment {
  /** Traffic-light status. */
  readonly status: Status;
  /** Target value. */
  readonly target: number;
  /** Acceptable value, when the target has one. */
  readonly acceptable?: number;
  /** Signed distance to target in the KPI's unit; positive means not reached yet (for direction `target`: the absolute gap). */
  readonly distance: number;
  /** Achievement in percent of target, when defined (see {@link percentOfTarget}). */
  readonly percentOfTarget?: number;
  /** U4SSC band of `percentOfTarget`. */
  readonly band?: U4sscBand;
}

/** The subset of a {@link Target} that judging a value needs. */
export type TargetValues = Pick<Target, 'target'> & Partial<Pick<Target, 'acceptable' | 'tolerance'>>;

/**
 * Achievement in percent of target: value/target × 100 when higher is better, target/value × 100 when lower is better,
 * and 100 − |value − target|/|target| × 100 (floored at 0) when the target itself is best. Undefined when it would divide by 0
 * or the signs differ. (U4SSC does not publish the lower-is-better formula; this inverse ratio is our documented choice.)
 * @example
 * percentOfTarget('decrease', 25, 20); // 80
 */
export function percentOfTarget(direction: Direction, value: number, target: number): number | undefined {
  const percent = rawPercentOfTarget(direction, value, target);
  // A ratio beyond the range of a double (a target near 0 against a huge value) has no meaningful percentage.
  return percent === undefined || !Number.isFinite(percent) ? undefined : percent;
}

function rawPercentOfTarget(direction: Direction, value: number, target: number): number | undefined {
  switch (direction) {
    case 'increase':
      return target > 0 && value >= 0 ? (value / target) * 100 : undefined;
    case 'decrease':
      return value > 0 && target >= 0 ? (target / value) * 100 : value === 0 && target >= 0 ? 100 : undefined;
    case 'target':
      return target !== 0 ? Math.max(0, 100 - (Math.abs(value - target) / Math.abs(target)) * 100) : undefined;
    case 'context':
      return undefined;
  }
}

/**
 * The U4SSC City Snapshot band (Aukra 2021, p. 4) of an achievement in percent of target: ≥95, 66–95, 33–66, <33.
 * @example
 * u4sscBand(80); // '66-95'
 */
export function u4sscBand(percent: number): U4sscBand {
  if (!Number.isFinite(percent))
    throw new KpiError('invalid_option', `u4sscBand needs a finite percentage; got ${percent}`);
  return percent >= 95 ? '95-100' : percent >= 66 ? '66-95' : percent >= 33 ? '33-66' : '0-33';
}

/**
 * Judges a value against a target, direction-aware: green when the target is reached, amber when only the acceptable
 * value is, red otherwise; for direction `target`, green within `tolerance` of the target and amber within `acceptable`.
 * @example
 * assessTarget('decrease', 22, { target: 20, acceptable: 25 }).status; // 'amber'
 */
export function assessTarget(direction: Direction, value: number, target: TargetValues): TargetAssessment {
  if (!Number.isFinite(value)) throw new KpiError('invalid_option', `assessTarget needs a finite value; got ${value}`);
  for (const [name, x] of [
    ['target', target.target],
    ['acceptable', target.acceptable],
    ['tolerance', target.tolerance],
  ] as const) {
    if (x !== undefined && !Number.isFinite(x))
      throw new KpiError('invalid_option', `assessTarget needs a finite ${name}; got ${x}`);
  }
  const t = target.target;
  const a = target.acceptable;
  let status: Status;
  let distance: number;
  switch (direction) {
    case 'increase':
      distance = t - value;
      status = value >= t ? 'green' : a !== undefined && value >= a ? 'amber' : 'red';
      break;
    case 'decrease':
      distance = value - t;
      status = value <= t ? 'green' : a !== undefined && value <= a ? 'amber' : 'red';
      break;
    case 'target': {
      distance = Math.abs(value - t);
      const tolerance = target.tolerance ?? 0;
      status = distance <= tolerance ? 'green' : a !== undefined && distance <= a ? 'amber' : 'red';
      break;
    }
    case 'context':
      distance = value - t;
      status = 'none';
      break;
  }
  if (!Number.isFinite(distance))
    throw new KpiError('out_of_range', `the distance from ${value} to the target ${t} is beyond the range of a double`);
  const percent = percentOfTarget(direction, value, t);
  return {
    status,
    target: t,
    ...(a === undefined ? {} : { acceptable: a }),
    distance: distance === 0 ? 0 : distance,
    ...(percent === undefined ? {} : { percentOfTarget: percent, band: u4sscBand(percent) }),
  };
}

/**
 * Picks the target of a KPI for an area and period: a target for that exact area wins over one for every area.
 * @example
 * const t = findTarget(targets, 'ECO-01', '21004', '2026');
 */
export function findTarget(targets: readonly Target[], kpi: string, area: string, period: string): Target | undefined {
  let general: Target | undefined;
  for (const t of targets) {
    if (t.kpi !== kpi || t.period !== period) continue;
    if (t.area === area) return t;
    if (t.area === undefined) general ??= t;
  }
  return general;
}
