/**
 * The single-file bundle of the contract: one JSON Schema 2020-12 document whose `$defs` hold every schema, each keyed
 * by its `$id` and keeping it (an embedded schema resource). Any 2020-12 validator that honours embedded `$id`s
 * (Python jsonschema + referencing, networknt json-schema-validator, santhosh-tekuri/jsonschema, ajv…) resolves every
 * reference from this one file, offline. Published in @opencity/models (`schemas/opencity.bundle.json`), in the
 * repository (`schemas/opencity.bundle.json`) and on the docs site at its own `$id`.
 */
import type { SchemaSource } from '@opencity/tooling';
import { SCHEMA_ID_BASE } from '../src/vocabulary';

/** The `$id` of the bundle (the schemas inside keep their own versioned `$id`s). */
export const SCHEMA_BUNDLE_ID = `${SCHEMA_ID_BASE}/opencity.bundle.json`;
/** Where the repository keeps a copy of the bundle, relative to the repository root. */
export const REPOSITORY_BUNDLE_PATH = 'schemas/opencity.bundle.json';

/** The bundle document for the given schemas (sorted by `$id`, so the file is stable). */
export function buildSchemaBundle(sources: readonly SchemaSource[], version: string): Record<string, unknown> {
  const defs = Object.fromEntries(
    [...sources].sort((a, b) => a.schema.$id.localeCompare(b.schema.$id)).map((s) => [s.schema.$id, s.schema]),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_BUNDLE_ID,
    title: 'OpenCity schemas (bundle)',
    description: `Every schema of the OpenCity contract (@opencity/models ${version}) in one file: $defs holds each schema under its own $id, so a JSON Schema 2020-12 validator resolves all references offline. Validate a payload against {"$ref": "<the $id of its type>"} with this document registered. Generated from schemas/; do not edit.`,
    $defs: defs,
  };
}
