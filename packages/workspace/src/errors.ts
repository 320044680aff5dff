/** The errors of @opencity/workspace: a name, a code from a closed list, a message and the cause. */

/** Why a workspace could not be read or written at all (as opposed to findings about its records). */
export type WorkspaceErrorCode =
  'not_a_workspace' | 'unreadable_file' | 'not_empty' | 'unknown_type' | 'bad_csv' | 'unwritable_file';

/** A workspace that cannot be read or written: no manifest, an unreadable file, a folder that is not empty… */
export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError';
  readonly code: WorkspaceErrorCode;
  constructor(code: WorkspaceErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** True for a {@link WorkspaceError}, recognised by name so that two installed copies still agree. */
export function isWorkspaceError(error: unknown): error is WorkspaceError {
  return (
    error instanceof Error && error.name === 'WorkspaceError' && typeof (error as { code?: unknown }).code === 'string'
  );
}
