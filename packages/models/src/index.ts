/**
 * @opencity/models — the OpenCity contract as TypeScript: generated types for every schema, precompiled validators,
 * type guards and the schema registry. Works in Node and in browsers; no schema is compiled at run time.
 * @packageDocumentation
 */
export type * from './generated/types';
export type { SchemaTypes, SchemaName } from './generated/typeMap';
export * from './generated/guards';
export { validate, validateEntity } from './validate';
export type { ValidateOptions, ValidationResult } from './validate';
export { listSchemas, listEntityTypes, getSchemaInfo, getSchema, getShape, detectType } from './registry';
export type { SchemaInfo, Shape, PropertyShape, ValueConstraints, NgsiKind, JsonSchemaDocument } from './registryTypes';
export type { Finding, FindingDefinition, Severity, Lang, Texts } from './findings';
export { renderTemplate } from './findings';
export { schemaFindingCatalogue } from './findingCatalogue';
export { annotationKeywords, SCHEMA_ID_BASE } from './vocabulary';
export { contractFormats } from './formats';
export type { FormatDefinition } from './formats';
export { unitCodes } from './unitCodes';
export type { UnitCode } from './unitCodes';
export type { AnnotationKeyword } from './vocabulary';
export type { CompiledValidator, AjvError } from './compiledValidator';
export { closestName, editDistance } from './suggest';
export { describeValue, valueAtPointer, childPointer } from './describeValue';
