/**
 * The representations of an entity the converters read and write (NGSI-LD keyValues, normalized and concise; NGSI-v2
 * normalized; GeoJSON Feature), and how to tell which one a payload is in.
 */
import { getShape, type PropertyShape, type Shape } from '@opencity/models';

/**
 * A representation of an entity: `keyValues` (bare values, what the schemas describe; NGSI-LD and NGSI-v2 alike),
 * NGSI-LD `normalized` or `concise`, `ngsiv2` (NGSI-v2 normalized: `{type, value, metadata}` attributes, as FIWARE
 * Orion stores them) or `geojson` (an NGSI-LD GeoJSON Feature: `geometry` and the attributes in `properties`).
 */
export type Representation = 'keyValues' | 'normalized' | 'concise' | 'ngsiv2' | 'geojson';

/** Every representation, in the order tools list them. */
export const REPRESENTATIONS: readonly Representation[] = ['keyValues', 'normalized', 'concise', 'ngsiv2', 'geojson'];

/** True when `value` names a {@link Representation}. */
export function isRepresentation(value: unknown): value is Representation {
  return typeof value === 'string' && (REPRESENTATIONS as readonly string[]).includes(value);
}

/**
 * The attribute types of NGSI-v2 (FIWARE NGSI v2 specification: JSON types, `DateTime`, the `geo:*` types) and those
 * Smart Data Models' NGSI-v2 examples use (`StructuredValue`, `Relationship`…).
 */
const NGSI_V2_TYPES: ReadonlySet<string> = new Set([
  'Number',
  'Integer',
  'Float',
  'Text',
  'String',
  'Boolean',
  'DateTime',
  'Date',
  'Time',
  'StructuredValue',
  'Array',
  'Object',
  'URL',
  'None',
  'Relationship',
  'geo:json',
  'geo:point',
  'geo:line',
  'geo:polygon',
  'geo:box',
]);

/** True for an NGSI-v2 attribute type that is not also an NGSI-LD attribute type. */
export function isNgsiV2Type(type: unknown): boolean {
  return typeof type === 'string' && NGSI_V2_TYPES.has(type) && !isAttributeKind(type);
}

/** The NGSI-LD attribute types, each with the member that carries its content. */
export const ATTRIBUTE_MEMBERS = {
  Property: 'value',
  GeoProperty: 'value',
  Relationship: 'object',
  LanguageProperty: 'languageMap',
  JsonProperty: 'json',
  VocabProperty: 'vocab',
} as const;

/** An NGSI-LD attribute type (`Property`, `Relationship`, `GeoProperty`, …). */
export type AttributeKind = keyof typeof ATTRIBUTE_MEMBERS;

/** Entity members that are not attributes: they pass through every conversion unchanged. */
export const CORE_MEMBERS: ReadonlySet<string> = new Set([
  'id',
  'type',
  '@context',
  'scope',
  'createdAt',
  'modifiedAt',
  'deletedAt',
]);

const GEOJSON_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);
const CONTENT_MEMBERS = new Set<string>(Object.values(ATTRIBUTE_MEMBERS));

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** True for a GeoJSON geometry object (a `type` among the geometry types and coordinates or geometries). */
export function isGeometry(value: unknown): value is Record<string, unknown> {
  return (
    isObject(value) &&
    typeof value['type'] === 'string' &&
    GEOJSON_TYPES.has(value['type']) &&
    ('coordinates' in value || 'geometries' in value)
  );
}

/** True when `kind` is an NGSI-LD attribute type name, spelled exactly. */
export function isAttributeKind(kind: unknown): kind is AttributeKind {
  return typeof kind === 'string' && Object.hasOwn(ATTRIBUTE_MEMBERS, kind);
}

/** True for a GeoJSON Feature or FeatureCollection (RFC 7946), the envelope of the `geojson` representation. */
export function isFeatureLike(value: unknown): value is Record<string, unknown> {
  return (
    isObject(value) &&
    ((value['type'] === 'Feature' && ('properties' in value || 'geometry' in value)) ||
      (value['type'] === 'FeatureCollection' && Array.isArray(value['features'])))
  );
}

/** True for a GeoJSON FeatureCollection: several entities in one document. */
export function isFeatureCollection(value: unknown): value is { type: 'FeatureCollection'; features: unknown[] } {
  return isObject(value) && value['type'] === 'FeatureCollection' && Array.isArray(value['features']);
}

/** Which NGSI flavour a typed attribute object speaks: NGSI-v2, NGSI-LD, or nothing that tells. */
function dialect(attribute: Record<string, unknown>): 'v2' | 'ld' | 'either' {
  const type = attribute['type'];
  if (isObject(attribute['metadata']) || isNgsiV2Type(type)) return 'v2';
  if (type === 'Relationship') return 'object' in attribute ? 'ld' : 'value' in attribute ? 'v2' : 'either';
  if (isAttributeKind(type) || 'observedAt' in attribute || 'unitCode' in attribute || 'datasetId' in attribute)
    return 'ld';
  return 'either';
}

/** True when an object carries an attribute's content member (`value`, `object`, `languageMap`, `json`, `vocab`). */
export function hasContentMember(value: Record<string, unknown>): boolean {
  // `for…in` (no array per call: this runs for every object-valued attribute of every record); own keys only.
  for (const k in value) if (CONTENT_MEMBERS.has(k) && Object.hasOwn(value, k)) return true;
  return false;
}

/**
 * True when the schema's own shape for a value declares every NGSI member the value carries (`type`, `value`,
 * `object`…): then they are the value's own members, not an NGSI attribute wrapper.
 */
function declaresMembers(value: Record<string, unknown>, shape: Shape | undefined): boolean {
  if (shape === undefined) return false;
  let members = 0;
  for (const k in value) {
    if ((k !== 'type' && !CONTENT_MEMBERS.has(k)) || !Object.hasOwn(value, k)) continue;
    if (!Object.hasOwn(shape.properties, k)) return false;
    members++;
  }
  return members > 0;
}

/**
 * What one attribute value looks like: an explicitly typed attribute, an untyped attribute object, or a bare value.
 * A value whose members the schema itself declares (a Roadmap's `scheduledProjects[].value`) is bare, not NGSI-LD.
 */
function attributeStyle(value: unknown, declared: PropertyShape | undefined): 'typed' | 'untyped' | 'bare' {
  const list = Array.isArray(value) && value.length > 0 && value.every(isObject);
  const first = list ? value[0] : value;
  if (!isObject(first) || isGeometry(first)) return 'bare';
  if (declaresMembers(first, list ? declared?.items : declared?.object)) return 'bare';
  if (typeof first['type'] === 'string' && (isAttributeKind(first['type']) || hasContentMember(first))) return 'typed';
  return hasContentMember(first) ? 'untyped' : 'bare';
}

/** Options of {@link detectRepresentation}. */
export interface DetectOptions {
  /** Entity type whose schema tells nested members apart from NGSI-LD ones; default: the entity's own `type`. */
  readonly typeName?: string | undefined;
}

/**
 * Tells which representation an entity is in: `geojson` for a GeoJSON Feature or FeatureCollection; `ngsiv2` when
 * every attribute is a typed attribute object and they speak NGSI-v2 (`metadata`, `Number`, `Text`, `geo:json`…) and
 * none NGSI-LD; `normalized` when every attribute is a typed attribute object otherwise; `concise` when attributes are
 * attribute objects without `type` or mix bare values with attribute objects; `keyValues` when every attribute is a
 * bare value. Members the entity type's schema itself declares (a nested `value`) are bare values. An entity without
 * attributes counts as `keyValues`.
 * @example
 * detectRepresentation({ id: 'urn:ngsi-ld:ParkingSpot:1', type: 'ParkingSpot', status: { type: 'Property', value: 'free' } }); // 'normalized'
 */
export function detectRepresentation(entity: unknown, options: DetectOptions = {}): Representation {
  if (!isObject(entity)) return 'keyValues';
  const record: Record<string, unknown> = entity;
  if (isFeatureLike(entity)) return 'geojson';
  const typeName = options.typeName ?? (typeof record['type'] === 'string' ? record['type'] : undefined);
  const shape = typeName === undefined ? undefined : getShape(typeName);
  // One pass over the attributes (this runs for every record validated): a mix of bare values and attribute objects,
  // or an attribute object without `type`, settles `concise` at once.
  let bare = true;
  let typed = true;
  // `for…in` rather than Object.keys (no array per record); inherited keys are skipped as Object.keys would.
  for (const k in record) {
    const value = record[k];
    if (value === null || typeof value !== 'object') {
      // A scalar is a bare value, settled without a lookup (most attributes of most records); once one attribute is
      // bare, further scalars change nothing, so only the first needs to be told apart from the core members.
      if (!typed || CORE_MEMBERS.has(k) || !Object.hasOwn(record, k)) continue;
      typed = false;
      if (!bare) return 'concise';
      continue;
    }
    if (CORE_MEMBERS.has(k) || !Object.hasOwn(record, k)) continue;
    const style = attributeStyle(value, shape?.properties[k]);
    if (style !== 'bare') bare = false;
    if (style !== 'typed') typed = false;
    if (!bare && !typed) return 'concise';
  }
  if (bare) return 'keyValues';
  let v2 = false;
  for (const k of Object.keys(record)) {
    if (CORE_MEMBERS.has(k)) continue;
    const value = record[k];
    for (const attribute of Array.isArray(value) ? value : [value]) {
      if (!isObject(attribute)) continue;
      const d = dialect(attribute);
      if (d === 'ld') return 'normalized';
      if (d === 'v2') v2 = true;
    }
  }
  return v2 ? 'ngsiv2' : 'normalized';
}
