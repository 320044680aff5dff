/**
 * `@opencity/models/internal`: helpers the OpenCity packages share among themselves (did-you-mean, JSON Pointers,
 * value descriptions for messages, `$ref` resolution, the list of annotation keywords). **Not part of the public API and not covered by semantic versioning**: they may
 * change or disappear in any release. Applications should not import this entry.
 * @packageDocumentation
 */
export { closestName, editDistance } from './suggest';
export { describeValue, jsonTypeOf, valueAtPointer, childPointer } from './describeValue';
export { RefResolver, fragmentTarget } from './schemaRefs';
export type { JsonObject, ResolvedRef } from './schemaRefs';
export { metaDataKeywords, isAnnotationKeyword } from './vocabulary';
// Also public from the package root; re-exported here for build tools, which must not load the generated validators.
export { annotationKeywords, SCHEMA_ID_BASE } from './vocabulary';
export { contractFormats } from './formats';
export { unitCodes, isUnitCode } from './unitCodes';
