/** Compatibility diff of a whole contract: every schema of a released set against the current set. */
import { diffSchemas, verdictOf } from './diffSchemas';
import type { JsonSchema, SchemaChange, SchemaDiff } from './types';

/** A set of schemas keyed by a stable name such as `city/AirQualityObserved`. */
export type SchemaSet = Readonly<Record<string, JsonSchema>>;

/** The diff of one schema of a contract. */
export interface ContractSchemaDiff extends SchemaDiff {
  /** The key of the schema in the sets (`group/Name`). */
  readonly schema: string;
}

/** The diff of a contract: per schema, and the verdict of all changes together. */
export interface ContractDiff extends SchemaDiff {
  readonly schemas: readonly ContractSchemaDiff[];
}

/**
 * Compares two sets of schemas (e.g. the released baseline and the working tree): added schemas are a minor change,
 * removed schemas break both sides, and schemas present in both are diffed with {@link diffSchemas}, resolving
 * `$ref`s by `$id` within their own set.
 * @example
 * const diff = diffContract({ 'city/ParkingSpot': released }, { 'city/ParkingSpot': current });
 * diff.verdict; // 'none' | 'patch' | 'minor' | 'major'
 */
export function diffContract(oldSet: SchemaSet, newSet: SchemaSet): ContractDiff {
  const oldDocuments = Object.values(oldSet);
  const newDocuments = Object.values(newSet);
  const schemas: ContractSchemaDiff[] = [];
  for (const key of [...new Set([...Object.keys(oldSet), ...Object.keys(newSet)])].sort()) {
    let changes: SchemaChange[];
    if (!Object.hasOwn(newSet, key))
      changes = [
        { path: '', change: 'schema_removed', breaks: 'both', impact: 'major', message: `schema ${key} removed` },
      ];
    else if (!Object.hasOwn(oldSet, key))
      changes = [{ path: '', change: 'schema_added', breaks: 'none', impact: 'minor', message: `schema ${key} added` }];
    else changes = [...diffSchemas(oldSet[key]!, newSet[key]!, { oldDocuments, newDocuments }).changes];
    changes = changes.map((c) => ({ ...c, schema: key }));
    schemas.push({ schema: key, verdict: verdictOf(changes), changes });
  }
  const changes = schemas.flatMap((s) => s.changes);
  return { verdict: verdictOf(changes), changes, schemas };
}
