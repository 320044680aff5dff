/** Validation reports: engine, finding catalogue and renderings (text, JSON, HTML, JUnit, SARIF). */
export {
  ReportBuilder,
  validateRecords,
  ReportOptionsError,
  isReportOptionsError,
  REPORT_SCHEMA_ID,
} from './ReportBuilder';
export type { ValidateRecordsOptions, ReportProgress, ReportOptionsErrorCode } from './ReportBuilder';
export {
  validationFindingCatalogue,
  isValidationFindingCode,
  exportFindingCatalogue,
  findingDocsUrl,
  FINDING_DOCS_BASE,
} from './catalogue';
export type { FindingSource, PublishedFinding, PublishedFindingCatalogue, ValidationFindingCode } from './catalogue';
export { reportFindingCatalogue } from './reportFindingCatalogue';
export type { ReportFindingCode } from './reportFindingCatalogue';
export { workspaceFindingCatalogue } from './workspaceFindingCatalogue';
export type { WorkspaceFindingCode } from './workspaceFindingCatalogue';
export { formatText } from './format/text';
export type { TextFormatOptions } from './format/text';
export { escapeTerminal } from './format/terminal';
export { formatJson } from './format/json';
export { formatHtml } from './format/html';
export type { HtmlFormatOptions } from './format/html';
export { formatJunit } from './format/junit';
export type { JunitFormatOptions } from './format/junit';
export { formatSarif } from './format/sarif';
export type * from './types';
export { nestsDeeperThan } from './jsonSyntax';
export { firstInvalidUtf8 } from './utf8';
export { findDuplicateKeys } from './duplicateKeys';
export type { DuplicateKey, DuplicateKeys, FindDuplicateKeysOptions, TextPosition } from './duplicateKeys';
