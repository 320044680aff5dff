/**
 * @opencity/models — the OpenCity contract as TypeScript: generated types for every schema, precompiled validators,
 * type guards and the schema registry. Works in Node and in browsers; no schema is compiled at run time.
 * It also owns the shapes every OpenCity package shares: languages and localized text, findings and their
 * catalogues, errors and units (see docs/adr/0004-one-shape-per-concept.md).
 * @packageDocumentation
 */
export type * from './generated/types';
export type { SchemaTypes, SchemaName, SchemaIds, SchemaId } from './generated/typeMap';
export * from './generated/guards';
export { validate, validateEntity, DEFAULT_MAX_FINDINGS } from './validate';
export type { ValidateOptions, ValidationResult } from './validate';
export { listSchemas, listEntityTypes, getSchemaInfo, getSchema, getShape, detectType } from './registry';
export type { SchemaInfo, Shape, PropertyShape, ValueConstraints, NgsiKind, JsonSchemaDocument } from './registryTypes';
export { languages, isLang } from './text/lang';
export type { Lang } from './text/lang';
export { textIn } from './text/localizedText';
export type { CompleteText } from './text/localizedText';
export { defineFindingCatalogue, mergeFindingCatalogues, createFinding, renderTemplate } from './findings/finding';
export type {
  Finding,
  FindingDefinition,
  FindingCatalogue,
  FindingCode,
  FindingInit,
  FindingParams,
  Severity,
} from './findings/finding';
export { schemaFindingCatalogue } from './findingCatalogue';
export type { SchemaFindingCode } from './findingCatalogue';
export { OpenCityError, isOpenCityError, errorGuard } from './errors/OpenCityError';
export { annotationKeywords, SCHEMA_ID_BASE } from './vocabulary';
export { contractFormats } from './formats';
export type { FormatDefinition } from './formats';
export { unitCodes, isUnitCode } from './unitCodes';
export type { UnitCode, UnitDefinition } from './unitCodes';
export type { AnnotationKeyword } from './vocabulary';
export type { CompiledValidator, AjvError } from './compiledValidator';
