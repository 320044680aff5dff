/** Errors of @opencity/participation: bad plans, rules or options (data problems are findings, not errors). */

/** Stable codes of {@link ParticipationError}. */
export type ParticipationErrorCode = 'invalid_plan' | 'invalid_rules' | 'invalid_option';

/**
 * An error with a stable `code`; recognise it with {@link isParticipationError} (by name and code, so two installed
 * copies agree).
 * @example
 * try { parseProgrammePlan(json); } catch (e) { if (isParticipationError(e)) console.error(e.code, e.message); }
 */
export class ParticipationError extends Error {
  override readonly name = 'ParticipationError';
  /** Stable machine-readable code. */
  readonly code: ParticipationErrorCode;
  /** Builds an error with a code, a message and an optional cause. */
  constructor(code: ParticipationErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** True for a {@link ParticipationError}, recognised by name and code rather than `instanceof`. */
export function isParticipationError(error: unknown): error is ParticipationError {
  return (
    error instanceof Error &&
    error.name === 'ParticipationError' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}
