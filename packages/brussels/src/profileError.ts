import { OpenCityError, errorGuard } from '@opencity/models';

/** Machine-readable codes of {@link ProfileLookupError}. */
export type ProfileLookupErrorCode =
  /** A NIS code that is not one of the region's municipalities (nor the region). */
  | 'unknown_municipality'
  /** No population count on or before the date asked for. */
  | 'no_population'
  /** An option of a sample generator out of its range (years, shares, jurors, criteria). */
  | 'invalid_option'
  /** The profile's own data contradicts itself (a bug in the profile, never the caller's input). */
  | 'inconsistent_profile';

/**
 * The error the Brussels profile throws: a lookup outside the profile (an unknown NIS code, a date before the first
 * population count) or a sample option out of range; the shared `OpenCityError` shape with a code union.
 * @example
 * try { getMunicipality('99999'); } catch (e) { if (isProfileLookupError(e)) console.error(e.code); } // unknown_municipality
 */
export class ProfileLookupError extends OpenCityError<ProfileLookupErrorCode> {
  override readonly name = 'ProfileLookupError';
}

/** True for a {@link ProfileLookupError}, whichever installed copy threw it. */
export const isProfileLookupError = errorGuard<ProfileLookupError>('ProfileLookupError');
