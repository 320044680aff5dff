/**
 * @opencity/interop
 * @packageDocumentation
 */
// NGSI-LD representations (issue 5).
export {
  detectRepresentation,
  toKeyValues,
  toNormalized,
  toConcise,
  toNgsiV2,
  toGeoJson,
  isFeatureCollection,
  isRepresentation,
  REPRESENTATIONS,
  ngsiFindingCatalogue,
  ngsiLdId,
  parseNgsiLdId,
  EntityIdError,
  isEntityIdError,
  ATTRIBUTE_MEMBERS,
  validateNgsiEntity,
} from './ngsi/index';
export type {
  Representation,
  AttributeKind,
  ConvertOptions,
  ConversionResult,
  NgsiFindingCode,
  EntityIdErrorCode,
  DetectOptions,
  NgsiValidation,
  NgsiValidationOptions,
} from './ngsi/index';
// Schema compatibility (issue 5).
export { diffSchemas, diffContract, verdictOf, breaksOf, DIFF_MAX_DEPTH, DIFF_MAX_DOCUMENT_DEPTH } from './diff/index';
export type {
  DiffOptions,
  SchemaSet,
  ContractDiff,
  ContractSchemaDiff,
  Breaks,
  Verdict,
  SchemaChange,
  SchemaDiff,
  JsonSchema,
} from './diff/index';
// AsyncAPI contracts (issue 5); the @asyncapi/parser linter is on the ./asyncapi/node subpath.
export {
  AsyncApiContract,
  ContractError,
  isContractError,
  openCityContract,
  asyncApiFindingCatalogue,
} from './asyncapi/index';
export type {
  ChannelInfo,
  ChannelParameter,
  OperationInfo,
  MessageInfo,
  PayloadKind,
  ValidateMessageOptions,
  MessageValidation,
  TopicMatch,
  ContractErrorCode,
  AsyncApiFindingCode,
} from './asyncapi/index';
// Validation reports (issue 4): the browser-safe engine, catalogue and renderings; file reading is on the ./node subpath.
export {
  ReportBuilder,
  validateRecords,
  ReportOptionsError,
  isReportOptionsError,
  REPORT_SCHEMA_ID,
} from './report/index';
export type { ValidateRecordsOptions, ReportProgress, ReportOptionsErrorCode } from './report/index';
export {
  validationFindingCatalogue,
  isValidationFindingCode,
  reportFindingCatalogue,
  workspaceFindingCatalogue,
  exportFindingCatalogue,
  findingDocsUrl,
  FINDING_DOCS_BASE,
} from './report/index';
export type {
  FindingSource,
  PublishedFinding,
  PublishedFindingCatalogue,
  ValidationFindingCode,
  ReportFindingCode,
  WorkspaceFindingCode,
} from './report/index';
export { formatText, formatJson, formatHtml, formatJunit, formatSarif, escapeTerminal } from './report/index';
// Checks for readers and ingesters of untrusted JSON, before and after parsing (UTF-8, nesting, repeated keys).
export { nestsDeeperThan, firstInvalidUtf8, findDuplicateKeys } from './report/index';
export type { DuplicateKey, DuplicateKeys, FindDuplicateKeysOptions, TextPosition } from './report/index';
export type { TextFormatOptions, HtmlFormatOptions, JunitFormatOptions } from './report/index';
export type {
  ValidationReport,
  ReportSummary,
  RecordInput,
  RecordSource,
  RecordResult,
  ReportFinding,
  NoticeGroup,
  NoticeSample,
  InputSummary,
  ReportRepresentation,
} from './report/index';
