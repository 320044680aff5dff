/** Errors of @opencity/participation: bad plans, rules or options (data problems are findings, not errors). */
import { OpenCityError, errorGuard } from '@opencity/models';

/** Stable codes of {@link ParticipationError}. */
export type ParticipationErrorCode = 'invalid_plan' | 'invalid_rules' | 'invalid_option';

/**
 * The error this package throws for a programming or configuration mistake; recognise it with
 * {@link isParticipationError} (by name, so two installed copies agree).
 * @example
 * try { parseProgrammePlan(json); } catch (e) { if (isParticipationError(e)) console.error(e.code, e.message); }
 */
export class ParticipationError extends OpenCityError<ParticipationErrorCode> {
  override readonly name = 'ParticipationError';
}

/** True for a {@link ParticipationError}. */
export const isParticipationError = errorGuard<ParticipationError>('ParticipationError');
