/**
 * The GeoJSON representation of NGSI-LD entities (ETSI GS CIM 009, "GeoJSON representation"; RFC 7946): a Feature
 * whose `id` is the entity id, whose `geometry` is the value of the entity's `location`, and whose `properties` hold
 * the entity type and its attributes (normalized, concise or keyValues). Smart Data Models ship one per model as
 * `example-geojsonfeature.json`, some with the attributes normalized, some as keyValues, and some with `geometry`
 * wrapped in a GeoProperty object — which the reader accepts with a warning.
 */
import { dict, dictOf, writeNormalized, type EntityModel, type FindingSink } from './attributeModel';
import { detectRepresentation, isGeometry, isObject, type Representation } from './representation';

/** The entity a Feature stands for, and the representation its properties are in. */
export interface FeatureEntity {
  readonly entity: Record<string, unknown>;
  readonly representation: Exclude<Representation, 'geojson'>;
}

/**
 * Reads a GeoJSON Feature into a plain entity (`id`, `type` and the attributes of `properties`, `location` from
 * `geometry` when the properties lack it), or reports why it cannot; `typeName` helps detect the properties' form.
 */
export function readFeature(
  feature: unknown,
  sink: FindingSink,
  typeName: string | undefined,
): FeatureEntity | undefined {
  if (isObject(feature) && feature['type'] === 'FeatureCollection' && Array.isArray(feature['features'])) {
    sink.add('ngsi_feature_collection', '', { count: feature['features'].length });
    return undefined;
  }
  if (!isObject(feature) || feature['type'] !== 'Feature' || !isObject(feature['properties'])) {
    const got = !isObject(feature)
      ? 'not an object'
      : feature['type'] !== 'Feature'
        ? `type ${JSON.stringify(feature['type'])?.slice(0, 40) ?? 'missing'}`
        : 'no properties object';
    sink.add('ngsi_not_a_feature', '', { got });
    return undefined;
  }
  const properties = feature['properties'];
  const entity = dict();
  if ('id' in feature) entity['id'] = feature['id'];
  for (const key of Object.keys(properties)) entity[key] = properties[key];
  // The context may sit on the Feature (application/geo+json with a JSON-LD context) or among the properties (SDM).
  if ('@context' in feature && !('@context' in properties)) entity['@context'] = feature['@context'];
  const inner = detectRepresentation(entity, { typeName });
  const representation = inner === 'geojson' || inner === 'ngsiv2' ? 'normalized' : inner;
  let geometry = feature['geometry'];
  if (isObject(geometry) && geometry['type'] === 'GeoProperty' && isGeometry(geometry['value'])) {
    sink.add('ngsi_feature_geometry_wrapped', '/geometry', {});
    geometry = geometry['value'];
  }
  if (!('location' in entity) && isGeometry(geometry)) {
    if (representation === 'normalized') {
      const location = dict();
      location['type'] = 'GeoProperty';
      location['value'] = geometry;
      entity['location'] = location;
    } else entity['location'] = geometry;
  }
  return { entity, representation };
}

/** Where a finding about the entity read from a Feature sits in the Feature: attributes are under `/properties`. */
export function featurePointer(entityPointer: string): string {
  return entityPointer === '' || entityPointer === '/id' || entityPointer.startsWith('/id/')
    ? entityPointer
    : `/properties${entityPointer}`;
}

/**
 * Renders the model as a GeoJSON Feature: `geometry` is the value of `location` (or `null`), `properties` the entity
 * type, its other core members and its attributes in the normalized form.
 */
export function writeFeature(model: EntityModel): Record<string, unknown> {
  const normalized = writeNormalized(model);
  const feature = dict();
  if ('id' in normalized) feature['id'] = normalized['id'];
  feature['type'] = 'Feature';
  const location = model.attributes.get('location')?.find((i) => i.kind === 'GeoProperty' && i.content !== undefined);
  feature['geometry'] = location && isGeometry(location.content) ? location.content : null;
  const properties = dictOf(normalized);
  delete properties['id'];
  feature['properties'] = properties;
  return feature;
}
