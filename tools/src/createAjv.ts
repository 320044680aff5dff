/** The one Ajv configuration every generated validator comes from (also used by benchmarks as the runtime baseline). */
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import { annotationKeywords, contractFormats } from '@opencity/models/internal';
import type { JsonSchema } from './schemaSources';

// ajv-formats is CJS with a default export; under ESM interop it arrives either way.
const addFormats = (addFormatsImport as unknown as { default?: typeof addFormatsImport }).default ?? addFormatsImport;

// strictRequired is off: entity schemas require properties declared in the EntityBase they include with allOf.
/** A strict Ajv2020 instance with the contract's formats (RFC 3339 dates), the OpenCity vocabulary and the given schemas added. */
export function createAjv(schemas: readonly JsonSchema[], options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, discriminator: true, ...options });
  addFormats(ajv);
  // Stricter than ajv-formats where the RFCs are (see src/formats.ts); the generated validators import the same module.
  for (const [name, format] of Object.entries(contractFormats)) ajv.addFormat(name, format);
  for (const k of annotationKeywords) ajv.addKeyword({ keyword: k.keyword, metaSchema: k.metaSchema });
  for (const s of schemas) ajv.addSchema(s);
  return ajv;
}

/**
 * The options the precompiled validators are compiled with beyond {@link createAjv}'s (with `allErrors: true` for the
 * full flavour, `false` for the guards). inlineRefs off: shared definitions (EntityBase, Location…) compile once and
 * are called, not copied into every entity. Benchmarks compile with the same options to compare like with like.
 */
export const GENERATED_VALIDATOR_OPTIONS = { inlineRefs: false } as const satisfies Options;

// The generator compiles with createAjv's instance: it must use the code generation helpers of the same ajv copy.
export { _ as code, type Code } from 'ajv/dist/compile/codegen/index.js';
