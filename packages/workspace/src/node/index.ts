/**
 * @opencity/workspace/node — workspace folders on disk: list and read them (`listWorkspace`, `readWorkspaceFile`,
 * `loadWorkspace`), check them (`checkWorkspace`), create them (`writeWorkspace`) and import spreadsheets
 * (`importCsv`).
 * @packageDocumentation
 */
export { listWorkspace, readWorkspaceFile, derivedObservationId } from './files';
export type { WorkspaceDiskFile, WorkspaceListing, FileItem, ReadFileOptions } from './files';
export { checkWorkspace } from './checkWorkspace';
export type { CheckWorkspaceOptions, CheckProgress } from './checkWorkspace';
export { loadWorkspace } from './loadWorkspace';
export type { LoadedWorkspace, WorkspaceRecord } from './loadWorkspace';
export { writeWorkspace } from './writeWorkspace';
export type { WorkspaceContent, CsvTable, WrittenFile } from './writeWorkspace';
export { importCsv } from './importCsv';
export type { ImportOptions, ImportProblem, ImportResult } from './importCsv';
