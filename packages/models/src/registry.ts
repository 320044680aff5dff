/** The schema registry: which schemas the contract has, their JSON Schema documents and entity type detection. */
import { schemaDocuments, schemaInfos, shapes } from './generated/registry';
import type { JsonSchemaDocument, SchemaInfo, Shape } from './registryTypes';

const byName = new Map(schemaInfos.map((s) => [s.name, s]));
const byId = new Map(schemaInfos.map((s) => [s.$id, s]));
const entityTypes = schemaInfos.filter((s) => s.entityType !== null).map((s) => s.name);

/** Every schema of the contract (shared definitions and entities), sorted by group then name. */
export function listSchemas(): readonly SchemaInfo[] {
  return schemaInfos;
}

/** The names of every entity type (schemas whose `type` property is fixed), e.g. `AirQualityObserved`. */
export function listEntityTypes(): readonly string[] {
  return entityTypes;
}

/** Looks a schema up by type name or by its `$id`; `undefined` when the contract has no such schema. */
export function getSchemaInfo(nameOrId: string): SchemaInfo | undefined {
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

/** The entity type a payload declares in its `type` property, when it is one the contract defines. */
export function detectType(payload: unknown): string | undefined {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return undefined;
  const type = (payload as { type?: unknown }).type;
  return typeof type === 'string' && byName.get(type)?.entityType ? type : undefined;
}
