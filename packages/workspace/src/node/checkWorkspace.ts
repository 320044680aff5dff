/** `checkWorkspace(dir)`: the whole check of a workspace folder, streaming every file once. */
import type { ValidationReport } from '@opencity/interop';
import { WorkspaceChecker, type WorkspaceCheckOptions } from '../WorkspaceChecker';
import { listWorkspace, readWorkspaceFile, type ReadFileOptions } from './files';

/** Progress of {@link checkWorkspace}: reported every few thousand records and at the end of each file. */
export interface CheckProgress {
  readonly file: string;
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly records: number;
}

/** Options of {@link checkWorkspace}. */
export interface CheckWorkspaceOptions extends WorkspaceCheckOptions, ReadFileOptions {
  /** Called every few thousand records and after each file (for progress bars). */
  readonly onProgress?: (progress: CheckProgress) => void;
}

/**
 * Checks a workspace folder: every record against its schema, then the dataset rules, in one streaming pass.
 * Resolves to a `ValidationReport` (the report schema of `opencity validate`). Throws a `WorkspaceError` when the
 * folder is not a workspace or a file cannot be read.
 * @example
 * const report = await checkWorkspace('my-office', { lang: 'nl' });
 * report.summary.bySeverity.error; // 0 when the data hold together
 */
export async function checkWorkspace(dir: string, options: CheckWorkspaceOptions = {}): Promise<ValidationReport> {
  const listing = await listWorkspace(dir);
  const checker = new WorkspaceChecker(options);
  const bytesTotal = listing.files.reduce((n, f) => n + f.bytes, 0);
  let bytesDone = 0;
  let records = 0;
  for (const file of listing.files) {
    checker.beginFile(file, file.bytes);
    let since = 0;
    for await (const item of readWorkspaceFile(file, options)) {
      if (item.kind === 'unreadable') checker.addUnreadable(item.source, item.code, item.reason);
      else checker.add(file, item.input, item.derivedId ? { derivedId: true } : {});
      records++;
      if (options.onProgress && ++since >= 5000) {
        since = 0;
        options.onProgress({ file: file.path, bytesDone, bytesTotal, records });
      }
    }
    bytesDone += file.bytes;
    options.onProgress?.({ file: file.path, bytesDone, bytesTotal, records });
  }
  for (const u of listing.unknown) checker.addUnknownFile(u.path, u.expected);
  return checker.finish();
}
