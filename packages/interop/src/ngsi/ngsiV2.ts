/**
 * NGSI-v2 normalized attributes (`{"type": "Number", "value": 22, "metadata": {"unitCode": {"value": "GQ"}}}`), the
 * form FIWARE Orion stores and notifies and Smart Data Models ship as `example-normalized.json`, read into and written
 * from the representation-independent model. Metadata map onto NGSI-LD sub-attributes the way FIWARE's v2 → LD
 * migration does: `unitCode` stays `unitCode`, `timestamp` becomes `observedAt`, `dateCreated`/`dateModified` become
 * `createdAt`/`modifiedAt`; any other metadata becomes a sub-property.
 */
import type { PropertyShape } from '@opencity/models';
import { childPointer } from '@opencity/models/internal';
import {
  checkContent,
  checkMeta,
  dict,
  dictOf,
  isTypedLiteral,
  keptInstance,
  kindFromKeyValue,
  show,
  type AttributeInstance,
  type EntityModel,
  type FindingSink,
} from './attributeModel';
import { ATTRIBUTE_MEMBERS, hasContentMember, isAttributeKind, isObject, type AttributeKind } from './representation';

/** NGSI-v2 metadata that are NGSI-LD sub-attributes under another name (v2 name → LD name). */
const METADATA_TO_LD: Readonly<Record<string, string>> = {
  timestamp: 'observedAt',
  dateCreated: 'createdAt',
  dateModified: 'modifiedAt',
  unitCode: 'unitCode',
  datasetId: 'datasetId',
};
const LD_TO_METADATA: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(METADATA_TO_LD).map(([v2, ld]) => [ld, v2]),
);
/** The v2 type of the metadata that carry dates. */
const DATE_METADATA = new Set(['timestamp', 'dateCreated', 'dateModified']);
const LITERAL_TYPES = new Set(['DateTime', 'Date', 'Time']);

/** `"lat, lon"` (NGSI-v2's geo:point coordinates, latitude first) as a GeoJSON position (longitude first). */
function position(text: unknown): [number, number] | undefined {
  if (typeof text !== 'string') return undefined;
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length !== 2 || parts.some((p) => p === '')) return undefined;
  const [lat, lon] = parts.map(Number) as [number, number];
  return Number.isFinite(lat) && Number.isFinite(lon) ? [lon, lat] : undefined;
}

function positions(value: unknown): [number, number][] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out = value.map(position);
  return out.every((p): p is [number, number] => p !== undefined) ? out : undefined;
}

/**
 * The GeoJSON geometry of a `geo:point`, `geo:line`, `geo:polygon` or `geo:box` value (NGSI-v2 specification, "Geospatial
 * properties of entities"), or `undefined` when the value does not have that shape.
 */
function simpleGeometry(type: string, value: unknown): Record<string, unknown> | undefined {
  if (type === 'geo:point') {
    const p = position(value);
    return p && { type: 'Point', coordinates: p };
  }
  const list = positions(value);
  if (!list) return undefined;
  if (type === 'geo:line') return list.length >= 2 ? { type: 'LineString', coordinates: list } : undefined;
  if (type === 'geo:polygon') return list.length >= 4 ? { type: 'Polygon', coordinates: [list] } : undefined;
  if (type === 'geo:box' && list.length === 2) {
    const [[w, s], [e, n]] = list as [[number, number], [number, number]];
    return {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    };
  }
  return undefined;
}

/** Reads NGSI-v2 metadata into NGSI-LD sub-attributes. */
function readMetadata(metadata: Record<string, unknown>): Record<string, unknown> {
  const meta = dict();
  for (const name of Object.keys(metadata)) {
    const entry = metadata[name];
    const value = isObject(entry) && 'value' in entry ? entry['value'] : entry;
    const ld = Object.hasOwn(METADATA_TO_LD, name) ? METADATA_TO_LD[name]! : undefined;
    if (ld) {
      meta[ld] = value;
    } else {
      const property = dict();
      property['type'] = 'Property';
      property['value'] = value;
      meta[name] = property;
    }
  }
  return meta;
}

/** Reads one NGSI-v2 normalized attribute (`{type, value, metadata}`), reporting what breaks the form. */
export function readNgsiV2Attribute(
  name: string,
  value: unknown,
  declared: PropertyShape | undefined,
  sink: FindingSink,
): AttributeInstance {
  const pointer = childPointer('', name);
  if (!isObject(value)) {
    sink.add('ngsi_attribute_not_object', pointer, { attribute: name, got: show(value) });
    return { kind: 'Property', content: value, meta: dict() };
  }
  const type = value['type'];
  if (!('value' in value)) {
    sink.add('ngsi_property_without_value', pointer, {
      attribute: name,
      kind: typeof type === 'string' ? type : 'attribute',
      member: 'value',
    });
    return { kind: 'Property', content: undefined, meta: dict() };
  }
  const raw = value['value'];
  const meta = isObject(value['metadata']) ? readMetadata(value['metadata']) : dict();
  checkMeta(meta, pointer, declared, sink, (member) =>
    childPointer(childPointer(childPointer(pointer, 'metadata'), LD_TO_METADATA[member] ?? member), 'value'),
  );
  const at = childPointer(pointer, 'value');
  let kind: AttributeKind;
  let content: unknown = raw;
  if (type === 'geo:json') {
    kind = 'GeoProperty';
  } else if (typeof type === 'string' && type.startsWith('geo:')) {
    const geometry = simpleGeometry(type, raw);
    // A geo:* value that does not parse stays a Property, so the schema reports what is wrong with it.
    kind = geometry ? 'GeoProperty' : 'Property';
    content = geometry ?? raw;
  } else if (type === 'Relationship') {
    kind = 'Relationship';
  } else if (typeof type === 'string' && LITERAL_TYPES.has(type) && typeof raw === 'string') {
    kind = 'Property';
    content = { '@type': type, '@value': raw };
  } else {
    // Text, Number, StructuredValue… say nothing NGSI-LD needs: the schema decides, as for keyValues (Smart Data
    // Models' v2 examples send references as Text). An explicit StructuredValue is not a geometry: that is geo:json.
    kind = kindFromKeyValue(name, raw, declared);
    if (kind === 'GeoProperty' && type === 'StructuredValue' && declared?.ngsi !== 'GeoProperty') kind = 'Property';
    if (kind === 'Property' && declared?.dateTime && typeof raw === 'string')
      content = { '@type': 'DateTime', '@value': raw };
  }
  if (raw !== null) checkContent(kind, content, at, sink);
  return { kind, content, meta };
}

/** The NGSI-v2 type of a value, as Smart Data Models' examples write it. */
function typeOf(value: unknown): string {
  if (value === null) return 'None';
  if (typeof value === 'number') return 'Number';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'string') return 'Text';
  return 'StructuredValue';
}

function attribute(type: string, value: unknown): Record<string, unknown> {
  const out = dict();
  out['type'] = type;
  out['value'] = value;
  return out;
}

/** Renders one instance as an NGSI-v2 attribute. */
function writeAttribute(i: AttributeInstance): Record<string, unknown> {
  let out: Record<string, unknown>;
  if (i.kind === 'GeoProperty') out = attribute('geo:json', i.content);
  else if (i.kind === 'Relationship') out = attribute('Relationship', i.content);
  else if (isTypedLiteral(i.content) && typeof i.content['@type'] === 'string')
    out = attribute(i.content['@type'], i.content['@value']);
  else out = attribute(typeOf(i.content), i.content);
  const metadata = dict();
  for (const key of Object.keys(i.meta)) {
    const sub = i.meta[key];
    const v2 = Object.hasOwn(LD_TO_METADATA, key) ? LD_TO_METADATA[key]! : key;
    if (Object.hasOwn(LD_TO_METADATA, key)) metadata[v2] = attribute(DATE_METADATA.has(v2) ? 'DateTime' : 'Text', sub);
    else if (isObject(sub) && isAttributeKind(sub['type']) && hasContentMember(sub))
      metadata[v2] = attribute(typeOf(sub[ATTRIBUTE_MEMBERS[sub['type']]]), sub[ATTRIBUTE_MEMBERS[sub['type']]]);
    else metadata[v2] = attribute(typeOf(sub), sub);
  }
  if (Object.keys(metadata).length > 0) out['metadata'] = metadata;
  return out;
}

/**
 * Renders the model as NGSI-v2 normalized: `{type, value, metadata}` per attribute. NGSI-v2 has one instance per
 * attribute: of several (datasetId), the default one is kept and the `ngsi_multiple_instances` finding says so.
 */
export function writeNgsiV2(model: EntityModel, sink?: FindingSink): Record<string, unknown> {
  const out = dictOf(model.core);
  for (const [name, instances] of model.attributes) {
    const kept = keptInstance(name, instances, sink);
    if (!kept || kept.content === undefined) continue;
    out[name] = writeAttribute(kept);
  }
  return out;
}
