/** Errors thrown by @opencity/kpi for programming or configuration mistakes (bad definitions, options, expressions). */
import { OpenCityError, errorGuard } from '@opencity/models';

/** Stable codes of {@link KpiError}. */
export type KpiErrorCode =
  | 'expression_syntax'
  | 'unknown_function'
  | 'unknown_variable'
  | 'invalid_definition'
  | 'invalid_option'
  | 'unit_conversion'
  | 'invalid_observation'
  | 'incompatible_state'
  | 'out_of_range';

/**
 * The error @opencity/kpi throws, with a stable `code`; recognise it with {@link isKpiError} (by name, so two installed
 * copies agree).
 * @example
 * try { parseExpression('a +'); } catch (e) { if (isKpiError(e)) console.log(e.code); }
 */
export class KpiError extends OpenCityError<KpiErrorCode> {
  override readonly name = 'KpiError';
}

/** True for a {@link KpiError}, recognised by name and code rather than `instanceof`. */
export const isKpiError = errorGuard<KpiError>('KpiError');
