/**
 * Builds the JSON-LD @context for NGSI-LD use of the contract: every entity type and every attribute name of
 * every entity schema mapped to an IRI. Smart Data Models terms keep Smart Data Models IRIs (so our payloads and
 * theirs expand to the same attributes); Office terms get OpenCity IRIs. Terms of the ETSI NGSI-LD core context
 * (id, type, location, observedAt…) are never redefined: the core context must come last and always wins.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSchemaSources } from '../../models/scripts/schemaSources';

/** Terms the NGSI-LD core context defines (and protects): never redefined here. */
export const CORE_TERMS: ReadonlySet<string> = new Set([
  'id',
  'type',
  '@context',
  'value',
  'object',
  'languageMap',
  'json',
  'vocab',
  'location',
  'observationSpace',
  'operationSpace',
  'observedAt',
  'unitCode',
  'datasetId',
  'createdAt',
  'modifiedAt',
  'deletedAt',
  'instanceId',
  'scope',
  'Property',
  'Relationship',
  'GeoProperty',
  'LanguageProperty',
  'JsonProperty',
  'VocabProperty',
  'DateTime',
  'Date',
  'Time',
  'Point',
  'LineString',
  'Polygon',
  'MultiPoint',
  'MultiLineString',
  'MultiPolygon',
  'GeometryCollection',
  'coordinates',
  'Notification',
  'subscriptionId',
  'notifiedAt',
  'data',
]);
/** Base of the OpenCity vocabulary, for terms Smart Data Models does not define. */
export const OPENCITY_TERMS = 'https://w3id.org/opencity/terms#';
const SDM = 'https://smartdatamodels.org/';

type Node = Record<string, unknown>;
interface Entity {
  readonly name: string;
  readonly subject: string | undefined;
  readonly properties: readonly string[];
}

function readEntities(schemasRoot: string): { entities: Entity[]; common: Set<string> } {
  const entities: Entity[] = [];
  const base = JSON.parse(readFileSync(join(schemasRoot, 'common', 'EntityBase', 'schema.json'), 'utf8')) as Node;
  const common = new Set(Object.keys((base['properties'] as Node | undefined) ?? {}));
  for (const source of loadSchemaSources(schemasRoot, { examples: false })) {
    if (source.group === 'common') continue;
    const props = (source.schema['properties'] as Record<string, Node> | undefined) ?? {};
    if (props['type']?.['const'] !== source.name) continue; // not an entity schema
    const subject = (source.schema['x-sdm'] as { subject?: string } | undefined)?.subject;
    entities.push({ name: source.name, subject, properties: Object.keys(props) });
  }
  return { entities: entities.sort((a, b) => a.name.localeCompare(b.name)), common };
}

/** The @context document: `{"@context": {term: IRI, …}}`, terms sorted. */
export function buildJsonLdContext(schemasRoot: string): { '@context': Record<string, string> } {
  const { entities, common } = readEntities(schemasRoot);
  const terms = new Map<string, string>();
  for (const p of common) if (!CORE_TERMS.has(p)) terms.set(p, `${SDM}${p}`);
  // Smart Data Models entities name shared attributes first, then OpenCity's own, each group alphabetically.
  const ordered = [...entities].sort(
    (a, b) => Number(a.subject === undefined) - Number(b.subject === undefined) || a.name.localeCompare(b.name),
  );
  for (const e of ordered) {
    terms.set(e.name, e.subject ? `${SDM}${e.subject}/${e.name}` : `${OPENCITY_TERMS}${e.name}`);
    for (const p of e.properties) {
      // The first entity that declares an attribute names it.
      if (CORE_TERMS.has(p) || terms.has(p)) continue;
      terms.set(p, e.subject ? `${SDM}${e.subject}/${p}` : `${OPENCITY_TERMS}${p}`);
    }
  }
  return { '@context': Object.fromEntries([...terms].sort(([a], [b]) => a.localeCompare(b))) };
}
