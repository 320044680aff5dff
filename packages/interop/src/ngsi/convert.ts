/** The public converters between the representations of an entity (NGSI-LD, NGSI-v2, GeoJSON). */
import type { Finding, Lang } from '@opencity/models';
import type { NgsiFindingCode } from './findingCatalogue';
import {
  FindingSink,
  readEntity,
  writeConcise,
  writeKeyValues,
  writeNormalized,
  type EntityModel,
} from './attributeModel';
import { featurePointer, readFeature, writeFeature } from './geoJson';
import { writeNgsiV2 } from './ngsiV2';
import { detectRepresentation, isObject, type Representation } from './representation';

/** Options of {@link toKeyValues}, {@link toNormalized} and {@link toConcise}. */
export interface ConvertOptions {
  /**
   * The representation the input is in; detected with {@link detectRepresentation} when omitted. A GeoJSON
   * FeatureCollection holds several entities: convert its features one by one.
   */
  readonly representation?: Representation;
  /** Language of the findings' messages (default `en`). */
  readonly lang?: Lang;
  /**
   * Entity type whose schema decides attribute kinds (Relationship, GeoProperty…), DateTime typing and default
   * units; default: the entity's own `type`. Without a schema, Smart Data Models conventions apply.
   */
  readonly typeName?: string;
}

/**
 * The result of a conversion: the converted entity and the structure findings about the input. `ok` is false exactly
 * when some finding is an error; the entity is then converted as far as the input allowed.
 */
export type ConversionResult =
  | {
      readonly ok: true;
      /** The converted entity (a prototype-free object: input keys never reach a prototype). */
      readonly entity: Readonly<Record<string, unknown>>;
      readonly findings: readonly Finding<NgsiFindingCode>[];
    }
  | {
      readonly ok: false;
      /** The entity converted as far as possible; the input itself when it is not an object (`ngsi_not_an_entity`). */
      readonly entity: unknown;
      readonly findings: readonly Finding<NgsiFindingCode>[];
    };

function result(entity: unknown, findings: readonly Finding<NgsiFindingCode>[]): ConversionResult {
  return findings.some((f) => f.severity === 'error')
    ? { ok: false, entity, findings }
    : { ok: true, entity: entity as Readonly<Record<string, unknown>>, findings };
}

function convert(
  entity: unknown,
  options: ConvertOptions,
  write: (model: EntityModel, sink: FindingSink) => Record<string, unknown>,
): ConversionResult {
  const sink = new FindingSink(options.lang ?? 'en');
  if (!isObject(entity)) {
    sink.add('ngsi_not_an_entity', '', {
      got: entity === null ? 'null' : Array.isArray(entity) ? 'an array' : typeof entity,
    });
    return result(entity, sink.findings);
  }
  const representation = options.representation ?? detectRepresentation(entity, { typeName: options.typeName });
  if (representation !== 'geojson') {
    const model = readEntity(entity, { representation, lang: sink.lang, typeName: options.typeName }, sink);
    return result(write(model, sink), sink.findings);
  }
  const feature = readFeature(entity, sink, options.typeName);
  if (!feature) return result(entity, sink.findings);
  const from = sink.findings.length;
  const model = readEntity(
    feature.entity,
    { representation: feature.representation, lang: sink.lang, typeName: options.typeName },
    sink,
  );
  // Attribute findings point into the Feature's `properties`.
  for (let i = from; i < sink.findings.length; i++) {
    const f = sink.findings[i]!;
    sink.findings[i] = { ...f, instancePath: featurePointer(f.instancePath) };
  }
  return result(write(model, sink), sink.findings);
}

/**
 * Converts an entity to the keyValues form the schemas describe, reporting the structure of the input
 * (misspelled attribute types, a Relationship without object, null values, unit mismatches…) as findings.
 * @example
 * const { entity, findings } = toKeyValues(payload, { representation: 'normalized' });
 * const result = validateEntity(entity); // then report findings and result.findings together
 */
export function toKeyValues(entity: unknown, options: ConvertOptions = {}): ConversionResult {
  return convert(entity, options, (model, sink) => writeKeyValues(model, sink));
}

/**
 * Converts an NGSI-LD entity to the normalized form: every attribute an object with `type` (`Property`,
 * `Relationship`, `GeoProperty`, `LanguageProperty`…), date-times as `DateTime` typed literals where the schema
 * says so. From keyValues the schema of the entity type decides each attribute's kind.
 * @example
 * toNormalized({ id: 'urn:ngsi-ld:ParkingSpot:1', type: 'ParkingSpot', status: 'free' }).entity;
 * // { id: …, type: 'ParkingSpot', status: { type: 'Property', value: 'free' } }
 */
export function toNormalized(entity: unknown, options: ConvertOptions = {}): ConversionResult {
  return convert(entity, options, (model) => writeNormalized(model));
}

/**
 * Converts an NGSI-LD entity to the concise form: bare values where nothing is lost, `{value, observedAt, unitCode}`
 * for properties with sub-attributes, `{object}` for relationships, `{languageMap}` for language properties.
 * @example
 * toConcise(normalizedEntity).entity; // { …, NO2: { value: 22, unitCode: 'GQ', observedAt: '…' }, refDevice: { object: 'urn:…' } }
 */
export function toConcise(entity: unknown, options: ConvertOptions = {}): ConversionResult {
  return convert(entity, options, (model) => writeConcise(model));
}

/**
 * Converts an entity to NGSI-v2 normalized (`{type, value, metadata}` attributes, as FIWARE Orion stores them):
 * GeoProperties become `geo:json`, Relationships `Relationship`, date-times `DateTime`, `unitCode` and `observedAt`
 * the `unitCode` and `timestamp` metadata. NGSI-v2 has one instance per attribute: of several, the default one is kept
 * (`ngsi_multiple_instances`).
 * @example
 * toNgsiV2({ id: 'urn:ngsi-ld:AirQualityObserved:a1', type: 'AirQualityObserved', no2: { value: 22, unitCode: 'GQ' } }).entity;
 * // { …, no2: { type: 'Number', value: 22, metadata: { unitCode: { type: 'Text', value: 'GQ' } } } }
 */
export function toNgsiV2(entity: unknown, options: ConvertOptions = {}): ConversionResult {
  return convert(entity, options, (model, sink) => writeNgsiV2(model, sink));
}

/**
 * Converts an entity to a GeoJSON Feature (NGSI-LD's GeoJSON representation): `geometry` is the value of `location`
 * (or `null`), `properties` the entity type and its attributes in the normalized form. Several converted entities
 * make a FeatureCollection: `{ type: 'FeatureCollection', features: [...] }`.
 * @example
 * toGeoJson(parkingSpot).entity; // { id: 'urn:ngsi-ld:ParkingSpot:p1', type: 'Feature', geometry: { type: 'Point', … }, properties: { type: 'ParkingSpot', … } }
 */
export function toGeoJson(entity: unknown, options: ConvertOptions = {}): ConversionResult {
  return convert(entity, options, (model) => writeFeature(model));
}
