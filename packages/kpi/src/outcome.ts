/** Results that may be "not computable": a value, or a reason with a stable code — never NaN or Infinity. */

/** Reason codes of a value that cannot be computed (the `notComputable.code` of a KpiValue). */
export type NotComputableCode =
  | 'missing_input'
  | 'zero_denominator'
  | 'insufficient_coverage'
  | 'unit_mismatch'
  | 'invalid_input'
  | 'not_aggregable'
  | 'non_finite_result'
  | 'missing_component';

/** Why a value could not be computed. */
export interface NotComputable {
  /** Stable reason code. */
  readonly code: NotComputableCode;
  /** Human-readable reason. */
  readonly message: string;
  /** The input concerned, when one is. */
  readonly input?: string;
}

/** A computed value or the reason there is none. */
export type Outcome<T = number> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: NotComputable };

/** A successful {@link Outcome}. */
export function computed<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

/** A failed {@link Outcome} with a reason code and message. */
export function notComputable(code: NotComputableCode, message: string, input?: string): Outcome<never> {
  return { ok: false, reason: input === undefined ? { code, message } : { code, message, input } };
}
