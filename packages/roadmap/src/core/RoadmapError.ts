import { OpenCityError, errorGuard } from '@opencity/models';

/** Machine-readable codes of {@link RoadmapError}. */
export type RoadmapErrorCode =
  | 'invalid_input'
  | 'invalid_matrix'
  | 'invalid_weights'
  | 'invalid_option'
  | 'not_reciprocal'
  | 'degenerate'
  | 'not_computable'
  | 'cycle'
  | 'unknown_reference'
  | 'solver_failed'
  | 'time_limit'
  | 'solver_unavailable'
  | 'schedule_check_failed';

/**
 * The error this package throws for a programming or configuration mistake (a malformed matrix, an impossible option,
 * a cycle in the dependencies): the shared `OpenCityError` shape with a {@link RoadmapErrorCode}. Problems in a
 * jury's data (a CSV, entities) are findings of `readJuryCsv` and `scoreRoadmap`, not exceptions.
 * @example
 * try { rank(matrix, { method: 'wsm' }); } catch (e) { if (isRoadmapError(e)) console.error(e.code, e.message); }
 */
export class RoadmapError extends OpenCityError<RoadmapErrorCode> {
  override readonly name = 'RoadmapError';
}

/** True for a {@link RoadmapError}, recognised by name so that two installed copies still agree. */
export const isRoadmapError = errorGuard<RoadmapError>('RoadmapError');

/** Throws `invalid_input` unless `x` is a finite number; `what` names the value in the message. */
export function assertFinite(x: unknown, what: string): asserts x is number {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new RoadmapError(
      'invalid_input',
      `${what} must be a finite number; got ${typeof x === 'number' ? String(x) : JSON.stringify(x)}`,
    );
  }
}

/**
 * The mean of finite numbers, finite whatever their magnitude: the plain sum when it is finite (bit-for-bit the usual
 * result), else the sum of each value divided by the count (the mean of finite values lies between their extremes).
 */
export function finiteMean(xs: readonly number[]): number {
  const sum = xs.reduce((a, b) => a + b, 0);
  return Number.isFinite(sum) ? sum / xs.length : xs.reduce((a, b) => a + b / xs.length, 0);
}

/**
 * Returns the numbers when every one is finite, else throws `not_computable` naming what overflowed: a result never
 * carries NaN or Infinity silently.
 */
export function finiteResult<T extends readonly number[]>(values: T, what: string): T {
  const bad = values.findIndex((x) => !Number.isFinite(x));
  if (bad >= 0)
    throw new RoadmapError(
      'not_computable',
      `${what} is not computable in floating point (value ${bad + 1} is ${values[bad]}); rescale the input (e.g. to thousands)`,
    );
  return values;
}
