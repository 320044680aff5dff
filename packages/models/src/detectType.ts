/** Entity type detection: which entity type a payload declares (a small table, not the registry). */
import { entityTypeNames } from './generated/catalog';
import type { SchemaName } from './generated/typeMap';

let entitySet: ReadonlySet<string> | undefined;

/** The names of every entity type (schemas whose `type` property is fixed), e.g. `AirQualityObserved`. */
export function listEntityTypes(): readonly string[] {
  return entityTypeNames;
}

/** The entity type a payload declares in its `type` property, when it is one the contract defines. */
export function detectType(payload: unknown): SchemaName | undefined {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return undefined;
  const type = (payload as { type?: unknown }).type;
  entitySet ??= new Set(entityTypeNames);
  return typeof type === 'string' && entitySet.has(type) ? (type as SchemaName) : undefined;
}
