/** Machine-readable codes of {@link RoadmapError}. */
export type RoadmapErrorCode =
  | 'invalid_input'
  | 'invalid_matrix'
  | 'invalid_weights'
  | 'invalid_option'
  | 'not_reciprocal'
  | 'degenerate'
  | 'cycle'
  | 'unknown_reference'
  | 'solver_failed'
  | 'solver_unavailable'
  | 'schedule_check_failed';

/**
 * The one error this package throws for bad input or an impossible computation; recognise it by `name` and `code`.
 * @example
 * try { rank(matrix, { method: 'wsm' }); } catch (e) { if (isRoadmapError(e)) console.error(e.code, e.message); }
 */
export class RoadmapError extends Error {
  override readonly name = 'RoadmapError';
  /** Stable machine-readable code. */
  readonly code: RoadmapErrorCode;
  /** Creates an error with a stable `code` and a specific message. */
  constructor(code: RoadmapErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** True for a {@link RoadmapError}, recognised by name so that two installed copies still agree. */
export function isRoadmapError(error: unknown): error is RoadmapError {
  return (
    error instanceof Error && error.name === 'RoadmapError' && typeof (error as { code?: unknown }).code === 'string'
  );
}

/** Throws `invalid_input` unless `x` is a finite number; `what` names the value in the message. */
export function assertFinite(x: unknown, what: string): asserts x is number {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new RoadmapError(
      'invalid_input',
      `${what} must be a finite number; got ${typeof x === 'number' ? String(x) : JSON.stringify(x)}`,
    );
  }
}
