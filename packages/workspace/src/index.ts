/**
 * @opencity/workspace — the Smart City Office's workspace: a folder of plain files (a manifest, entities per type,
 * observations, statistics) checked record by record and as a whole (identifiers, references, dates, seats, KPI
 * inputs, sensors). This entry is browser-safe; reading and writing folders is on `@opencity/workspace/node`.
 * See docs/guides/workspace.md.
 * @packageDocumentation
 */
export { WorkspaceChecker } from './WorkspaceChecker';
export type { WorkspaceCheckOptions } from './WorkspaceChecker';
export { classifyWorkspacePath, compareWorkspaceFiles, MANIFEST_FILE, MANIFEST_SCHEMA_ID } from './layout';
export type { WorkspaceFile, WorkspaceFileKind, WorkspaceFileFormat, PathClass } from './layout';
export { entityReferences } from './relationships';
export type { Reference } from './relationships';
export { planRow, rowToEntity, readCell, columnAt } from './csvRow';
export { csvCell, uncsvCell } from './csvCell';
export type { RowPlan, ColumnPlan, CellKind, HeaderProblem } from './csvRow';
export { datePairRules, crossDateRules, programmeDates, compareDates } from './dateRules';
export type { DatePairRule, CrossDateRule } from './dateRules';
export { WorkspaceError, isWorkspaceError } from './errors';
export type { WorkspaceErrorCode } from './errors';
