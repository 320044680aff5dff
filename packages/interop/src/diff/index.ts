/** Schema compatibility: classify changes between schema versions and say which release they need. */
export { diffSchemas, verdictOf, breaksOf, DIFF_MAX_DEPTH, DIFF_MAX_DOCUMENT_DEPTH } from './diffSchemas';
export type { DiffOptions } from './diffSchemas';
export { diffContract } from './diffContract';
export type { SchemaSet, ContractDiff, ContractSchemaDiff } from './diffContract';
export type { Breaks, Verdict, SchemaChange, SchemaDiff, JsonSchema } from './types';
