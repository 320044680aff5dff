/** The three NGSI-LD representations of an entity, and how to tell which one a payload is in. */
import { getShape, type PropertyShape, type Shape } from '@opencity/models';

/** An NGSI-LD representation: `keyValues` (bare values, what the schemas describe), `normalized` or `concise`. */
export type Representation = 'keyValues' | 'normalized' | 'concise';

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

/** True when an object carries an attribute's content member (`value`, `object`, `languageMap`, `json`, `vocab`). */
export function hasContentMember(value: Record<string, unknown>): boolean {
  return Object.keys(value).some((k) => CONTENT_MEMBERS.has(k));
}

/** True when the schema's own shape for a value declares a member named like an NGSI-LD member (`value`, `type`…). */
function declaresMember(value: Record<string, unknown>, shape: Shape | undefined): boolean {
  return (
    shape !== undefined &&
    Object.keys(value).some((k) => Object.hasOwn(shape.properties, k) && (k === 'type' || CONTENT_MEMBERS.has(k)))
  );
}

/**
 * What one attribute value looks like: an explicitly typed attribute, an untyped attribute object, or a bare value.
 * A value whose members the schema itself declares (a Roadmap's `scheduledProjects[].value`) is bare, not NGSI-LD.
 */
function attributeStyle(value: unknown, declared: PropertyShape | undefined): 'typed' | 'untyped' | 'bare' {
  const list = Array.isArray(value) && value.length > 0 && value.every(isObject);
  const first = list ? value[0] : value;
  if (!isObject(first) || isGeometry(first)) return 'bare';
  if (declaresMember(first, list ? declared?.items : declared?.object)) return 'bare';
  if (typeof first['type'] === 'string' && (isAttributeKind(first['type']) || hasContentMember(first))) return 'typed';
  return hasContentMember(first) ? 'untyped' : 'bare';
}

/** Options of {@link detectRepresentation}. */
export interface DetectOptions {
  /** Entity type whose schema tells nested members apart from NGSI-LD ones; default: the entity's own `type`. */
  readonly typeName?: string | undefined;
}

/**
 * Tells which representation an entity is in: `normalized` when every attribute is a typed attribute object,
 * `concise` when attributes are attribute objects without `type` or mix bare values with attribute objects, and
 * `keyValues` when every attribute is a bare value. An entity without attributes counts as `keyValues`.
 * @example
 * detectRepresentation({ id: 'urn:ngsi-ld:ParkingSpot:1', type: 'ParkingSpot', status: { type: 'Property', value: 'free' } }); // 'normalized'
 */
export function detectRepresentation(entity: unknown, options: DetectOptions = {}): Representation {
  if (!isObject(entity)) return 'keyValues';
  const typeName = options.typeName ?? (typeof entity['type'] === 'string' ? entity['type'] : undefined);
  const shape = typeName === undefined ? undefined : getShape(typeName);
  const styles = Object.keys(entity)
    .filter((k) => !CORE_MEMBERS.has(k))
    .map((k) => attributeStyle(entity[k], shape?.properties[k]));
  if (styles.length === 0 || styles.every((s) => s === 'bare')) return 'keyValues';
  return styles.every((s) => s === 'typed') ? 'normalized' : 'concise';
}
