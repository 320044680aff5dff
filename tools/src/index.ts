/** @opencity/tooling: build-time code shared by the OpenCity packages (private; see README.md). */
export { loadSchemaSources, expectedId, repoRoot, schemasRoot } from './schemaSources';
export type { JsonSchema, SchemaSource } from './schemaSources';
export { createAjv, code, GENERATED_VALIDATOR_OPTIONS } from './createAjv';
export type { Code } from './createAjv';
export { withoutAnnotations } from './annotations';
export { SchemaIndex, resolveRef, buildShapes, buildRootForms } from './schemaModel';
export type { Located } from './schemaModel';
export { frenchElisionSlips } from './frenchGrammar';
export {
  cell,
  headingAnchor,
  inEnglish,
  languageBar,
  pageHeader,
  publishReference,
  referenceLanguages,
  referencePath,
  referenceRoot,
  sharedFileLink,
  textsIn,
  translationLink,
  writeReference,
} from './referenceDocs';
export type { ReferenceWrite } from './referenceDocs';
export { schemaDescription, schemaLabel, schemaTypeText, schemaUnitText } from './schemaText';
export type { SchemaNode } from './schemaText';
export { docText, docsText, textPlaceholders } from './docsText';
export type { DocsTextKey } from './docsText';
