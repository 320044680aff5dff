/** Errors thrown by @opencity/kpi for programming or configuration mistakes (bad definitions, options, expressions). */

/** Stable codes of {@link KpiError}. */
export type KpiErrorCode =
  | 'expression_syntax'
  | 'unknown_function'
  | 'unknown_variable'
  | 'invalid_definition'
  | 'invalid_option'
  | 'unit_conversion'
  | 'invalid_observation'
  | 'incompatible_state';

/**
 * An error with a stable `code`; recognise it with {@link isKpiError} (by name and code, so two installed copies agree).
 * @example
 * try { parseExpression('a +'); } catch (e) { if (isKpiError(e)) console.log(e.code); }
 */
export class KpiError extends Error {
  override readonly name = 'KpiError';
  /** Stable machine-readable code. */
  readonly code: KpiErrorCode;
  /** Builds an error with a code, a message and an optional cause. */
  constructor(code: KpiErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** True for a {@link KpiError}, recognised by name and code rather than `instanceof`. */
export function isKpiError(error: unknown): error is KpiError {
  return error instanceof Error && error.name === 'KpiError' && typeof (error as { code?: unknown }).code === 'string';
}
