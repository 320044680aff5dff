/** The error of @opencity/workspace (ADR 0004): a name, a code from a closed list, a message and the cause. */
import { errorGuard, OpenCityError } from '@opencity/models';

/** Why a workspace could not be read or written at all (as opposed to findings about its records). */
export type WorkspaceErrorCode =
  'not_a_workspace' | 'unreadable_file' | 'not_empty' | 'unknown_type' | 'bad_csv' | 'unwritable_file';

/** A workspace that cannot be read or written: no manifest, an unreadable file, a folder that is not empty… */
export class WorkspaceError extends OpenCityError<WorkspaceErrorCode> {
  override readonly name = 'WorkspaceError';
}

/** True for a {@link WorkspaceError}, recognised by name so that two installed copies still agree. */
export const isWorkspaceError = errorGuard<WorkspaceError>('WorkspaceError');
