/**
 * `@opencity/models/registry`: which schemas the contract has, their JSON Schema documents (about 470 KB) and shapes.
 * Also exported from the package root; import this entry when you need the documents but not the validators.
 * @packageDocumentation
 */
import { schemaDocuments, schemaInfos } from './generated/registry';
import { shapes } from './generated/shapes';
import type { JsonSchemaDocument, SchemaInfo, Shape } from './registryTypes';

export { detectType, listEntityTypes } from './detectType';
export type { SchemaInfo, Shape, PropertyShape, ValueConstraints, NgsiKind, JsonSchemaDocument } from './registryTypes';

// Built on first use, so that importing this module does no work (and bundlers can drop what is not used).
let index: { byName: Map<string, SchemaInfo>; byId: Map<string, SchemaInfo> } | undefined;
function lookup(): { byName: Map<string, SchemaInfo>; byId: Map<string, SchemaInfo> } {
  index ??= {
    byName: new Map(schemaInfos.map((s) => [s.name, s])),
    byId: new Map(schemaInfos.map((s) => [s.$id, s])),
  };
  return index;
}

/** Every schema of the contract (shared definitions and entities), sorted by group then name. */
export function listSchemas(): readonly SchemaInfo[] {
  return schemaInfos;
}

/** Looks a schema up by type name or by its `$id`; `undefined` when the contract has no such schema. */
export function getSchemaInfo(nameOrId: string): SchemaInfo | undefined {
  const { byName, byId } = lookup();
  return byName.get(nameOrId) ?? byId.get(nameOrId);
}

/** The JSON Schema document of a type (by name or `$id`), exactly as published. */
export function getSchema(nameOrId: string): JsonSchemaDocument | undefined {
  const info = getSchemaInfo(nameOrId);
  return info ? schemaDocuments[info.name] : undefined;
}

/** The declared-property shape of a type, used for unknown-property, alias and deprecation checks. */
export function getShape(name: string): Shape | undefined {
  return Object.hasOwn(shapes, name) ? shapes[name] : undefined;
}
