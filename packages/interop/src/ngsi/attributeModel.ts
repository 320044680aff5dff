/**
 * The representation-independent model the converters go through: an entity is its core members plus, per
 * attribute, one or more instances of { kind, content, metadata }. Readers build it from each representation
 * (reporting structure findings); writers render it into each representation.
 */
import { createFinding, getShape, unitCodes } from '@opencity/models';
import { childPointer, closestName } from '@opencity/models/internal';
import type { Finding, FindingParams, Lang, PropertyShape, Shape } from '@opencity/models';
import { parseNgsiLdId } from './entityId';
import { ngsiFindingCatalogue, type NgsiFindingCode } from './findingCatalogue';
import {
  ATTRIBUTE_MEMBERS,
  CORE_MEMBERS,
  hasContentMember,
  isAttributeKind,
  isGeometry,
  isNgsiV2Type,
  isObject,
  type AttributeKind,
  type Representation,
} from './representation';
import { readNgsiV2Attribute } from './ngsiV2';

/** One instance of an attribute: its kind, its content (value, object, languageMap…) and its sub-attributes. */
export interface AttributeInstance {
  readonly kind: AttributeKind;
  /** `undefined` when a malformed attribute carries no content at all. */
  readonly content: unknown;
  /** `observedAt`, `unitCode`, `datasetId`, system members and nested sub-attributes, as received. */
  readonly meta: Readonly<Record<string, unknown>>;
}

/** An entity in the representation-independent model. */
export interface EntityModel {
  readonly core: Readonly<Record<string, unknown>>;
  readonly attributes: ReadonlyMap<string, readonly AttributeInstance[]>;
}

const LITERAL_TYPES = new Set(['DateTime', 'Date', 'Time']);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

const HINT: Record<Lang, (s: string) => string> = {
  en: (s) => `; did you mean "${s}"?`,
  fr: (s) => ` ; vouliez-vous dire « ${s} » ?`,
  nl: (s) => `; bedoelde u "${s}"?`,
};
const V2_HINT: Record<Lang, string> = {
  en: ' (an NGSI-v2 type: read the payload as ngsiv2)',
  fr: ' (un type NGSI-v2 : lisez le message comme ngsiv2)',
  nl: ' (een NGSI-v2-type: lees het bericht als ngsiv2)',
};
const INSTANCE_KEPT: Record<Lang, { default: string; first: string }> = {
  en: { default: 'the default instance (no datasetId)', first: 'the first instance' },
  fr: { default: 'l’instance par défaut (sans datasetId)', first: 'la première instance' },
  nl: { default: 'de standaardinstantie (zonder datasetId)', first: 'de eerste instantie' },
};

/** Collects findings with messages in one language. */
export class FindingSink {
  readonly findings: Finding<NgsiFindingCode>[] = [];
  constructor(readonly lang: Lang) {}

  add(code: NgsiFindingCode, instancePath: string, params: FindingParams): void {
    this.findings.push(createFinding(ngsiFindingCatalogue, code, this.lang, { instancePath, params }));
  }

  hint(suggestion: string | undefined): string {
    return suggestion ? HINT[this.lang](suggestion) : '';
  }
}

export const label = (pointer: string): string => pointer.slice(1).replace(/~1/g, '/').replace(/~0/g, '~');
export const show = (value: unknown): string =>
  value === undefined ? 'nothing' : (JSON.stringify(value)?.slice(0, 80) ?? String(value));

/**
 * A new object without prototype, for objects whose keys come from the input: an attribute named `__proto__` stays an
 * attribute (an own property), never the object's prototype.
 */
export function dict<T = unknown>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A prototype-free copy of an object's own enumerable properties. */
export function dictOf<T>(source: Readonly<Record<string, T>>): Record<string, T> {
  const out = dict<T>();
  for (const key of Object.keys(source)) out[key] = source[key]!;
  return out;
}

/** A typed literal such as `{"@type": "DateTime", "@value": "2026-03-01T08:00:00Z"}`. */
export function isTypedLiteral(value: unknown): value is { '@type': unknown; '@value': unknown } {
  return isObject(value) && '@value' in value && '@type' in value && Object.keys(value).length === 2;
}

export function checkContent(kind: AttributeKind, content: unknown, pointer: string, sink: FindingSink): void {
  const attribute = label(pointer);
  if (content === null) {
    sink.add('ngsi_null_value', pointer, { attribute });
    return;
  }
  if (kind === 'Relationship') {
    const ok =
      typeof content === 'string'
        ? content !== ''
        : Array.isArray(content) && content.length > 0 && content.every((c) => typeof c === 'string' && c !== '');
    if (!ok) sink.add('ngsi_invalid_relationship_object', pointer, { attribute, got: show(content) });
  }
  if (
    kind === 'Property' &&
    isTypedLiteral(content) &&
    !(typeof content['@type'] === 'string' && LITERAL_TYPES.has(content['@type']))
  ) {
    sink.add('ngsi_unknown_literal_type', pointer, { attribute, got: show(content['@type']) });
  }
}

/**
 * Checks the sub-attributes every form shares (`observedAt`, `unitCode`); `at` says where a sub-attribute sits in the
 * payload (NGSI-v2 keeps them under `metadata`).
 */
export function checkMeta(
  meta: Readonly<Record<string, unknown>>,
  pointer: string,
  declared: PropertyShape | undefined,
  sink: FindingSink,
  at: (member: string) => string = (member) => childPointer(pointer, member),
): void {
  const attribute = label(pointer);
  if (Object.hasOwn(meta, 'observedAt')) {
    const observed = isTypedLiteral(meta['observedAt']) ? meta['observedAt']['@value'] : meta['observedAt'];
    if (typeof observed !== 'string' || !DATE_TIME.test(observed))
      sink.add('ngsi_invalid_observed_at', at('observedAt'), { attribute, got: show(observed) });
  }
  if (Object.hasOwn(meta, 'unitCode')) {
    const unit = meta['unitCode'];
    const path = at('unitCode');
    if (typeof unit !== 'string' || !Object.hasOwn(unitCodes, unit)) {
      sink.add('ngsi_unknown_unit_code', path, {
        attribute,
        got: show(unit),
        hint: typeof unit === 'string' ? sink.hint(closestName(unit, Object.keys(unitCodes))) : '',
      });
    } else if (declared?.unitCode !== undefined && declared.unitCode !== unit) {
      sink.add('ngsi_unit_mismatch', path, { attribute, got: unit, expected: declared.unitCode });
    }
  }
}

/** Reads one explicitly typed (normalized-style) attribute object. */
function readTyped(
  value: Record<string, unknown>,
  pointer: string,
  declared: PropertyShape | undefined,
  sink: FindingSink,
): AttributeInstance {
  const attribute = label(pointer);
  const declaredType = value['type'];
  let kind: AttributeKind;
  if (isAttributeKind(declaredType)) {
    kind = declaredType;
  } else {
    const suggestion =
      typeof declaredType === 'string' ? closestName(declaredType, Object.keys(ATTRIBUTE_MEMBERS)) : undefined;
    if (declaredType === undefined) sink.add('ngsi_missing_attribute_type', pointer, { attribute });
    else
      sink.add('ngsi_unknown_attribute_type', childPointer(pointer, 'type'), {
        attribute,
        got: show(declaredType),
        // An NGSI-v2 type (Number, Text, geo:json…) means the whole payload is NGSI-v2, not a misspelling.
        hint: isNgsiV2Type(declaredType) ? V2_HINT[sink.lang] : sink.hint(suggestion),
      });
    // Carry on with the most likely kind so the rest of the entity still converts and validates.
    kind = isAttributeKind(suggestion) ? suggestion : inferKind(value);
  }
  const member = ATTRIBUTE_MEMBERS[kind];
  const meta = dict();
  for (const [k, v] of Object.entries(value)) if (k !== 'type' && k !== member) meta[k] = v;
  if (!(member in value)) {
    if (kind === 'Relationship')
      sink.add('ngsi_relationship_without_object', pointer, {
        attribute,
        hint: 'value' in value ? sink.hint('object') : '',
      });
    else sink.add('ngsi_property_without_value', pointer, { attribute, kind, member });
    // A Relationship that put its target in `value` still converts to that target.
    return {
      kind,
      content: kind === 'Relationship' && 'value' in value ? value['value'] : undefined,
      meta: kind === 'Relationship' ? withoutKey(meta, 'value') : meta,
    };
  }
  checkContent(kind, value[member], childPointer(pointer, member), sink);
  checkMeta(meta, pointer, declared, sink);
  return { kind, content: value[member], meta };
}

function withoutKey(record: Readonly<Record<string, unknown>>, key: string): Record<string, unknown> {
  const rest = dict();
  for (const k of Object.keys(record)) if (k !== key) rest[k] = record[k];
  return rest;
}

/** The kind an untyped attribute object (concise form) stands for, from the member it carries. */
function inferKind(value: Record<string, unknown>): AttributeKind {
  if ('object' in value) return 'Relationship';
  if ('languageMap' in value) return 'LanguageProperty';
  if ('json' in value) return 'JsonProperty';
  if ('vocab' in value) return 'VocabProperty';
  return isGeometry(value['value']) && 'type' in value ? 'GeoProperty' : 'Property';
}

function readConciseValue(
  value: unknown,
  pointer: string,
  declared: PropertyShape | undefined,
  sink: FindingSink,
): AttributeInstance {
  if (value === null) {
    sink.add('ngsi_null_value', pointer, { attribute: label(pointer) });
    return { kind: 'Property', content: null, meta: dict() };
  }
  if (!isObject(value) || isTypedLiteral(value)) {
    checkContent('Property', value, pointer, sink);
    return { kind: 'Property', content: value, meta: dict() };
  }
  if (isGeometry(value)) return { kind: 'GeoProperty', content: value, meta: dict() };
  if (typeof value['type'] === 'string' && (isAttributeKind(value['type']) || hasContentMember(value)))
    return readTyped(value, pointer, declared, sink);
  if (!hasContentMember(value)) return { kind: 'Property', content: value, meta: dict() };
  const kind = inferKind(value);
  const member = ATTRIBUTE_MEMBERS[kind];
  const meta = withoutKey(value, member);
  checkContent(kind, value[member], childPointer(pointer, member), sink);
  checkMeta(meta, pointer, declared, sink);
  return { kind, content: value[member], meta };
}

/** True when an array value lists several instances of an attribute rather than being the value itself. */
function isInstanceList(value: unknown, representation: Representation): value is Record<string, unknown>[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every(isObject)) return false;
  return representation === 'normalized'
    ? value.every((v) => 'type' in v || hasContentMember(v))
    : value.every((v) => hasContentMember(v) && !isTypedLiteral(v));
}

export function kindFromKeyValue(name: string, value: unknown, declared: PropertyShape | undefined): AttributeKind {
  const isIds =
    typeof value === 'string' ||
    (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string'));
  if (declared?.ngsi === 'Relationship' && isIds) return 'Relationship';
  if (declared?.ngsi === 'GeoProperty' && isObject(value)) return 'GeoProperty';
  if ((declared?.ngsi === 'LanguageProperty' || declared?.forms?.includes('LocalizedText')) && isLanguageMap(value))
    return 'LanguageProperty';
  if (declared?.ngsi === 'JsonProperty') return 'JsonProperty';
  if (declared) return 'Property';
  // Without a schema: Smart Data Models conventions (GeoJSON is a GeoProperty, ref* holding URIs a Relationship).
  if (isGeometry(value)) return 'GeoProperty';
  if (/^ref[A-Z]/.test(name) && isIds && ([] as unknown[]).concat(value).every((v) => String(v).includes(':')))
    return 'Relationship';
  return 'Property';
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** True for an NGSI-LD languageMap: language tags (BCP 47) to strings, at least one. */
export function isLanguageMap(value: unknown): value is Record<string, string> {
  if (!isObject(value)) return false;
  const tags = Object.keys(value);
  return tags.length > 0 && tags.every((tag) => LANGUAGE_TAG.test(tag) && typeof value[tag] === 'string');
}

/** Options shared by the readers. */
export interface ReadOptions {
  readonly representation: Representation;
  readonly lang: Lang;
  /** Entity type whose schema decides attribute kinds and default units; defaults to the entity's own `type`. */
  readonly typeName?: string | undefined;
}

/** Reads an entity in any representation into the model, reporting NGSI-LD structure findings. */
export function readEntity(entity: Record<string, unknown>, options: ReadOptions, sink: FindingSink): EntityModel {
  const typeName = options.typeName ?? (typeof entity['type'] === 'string' ? entity['type'] : undefined);
  const shape: Shape | undefined = typeName ? getShape(typeName) : undefined;
  const core = dict();
  const attributes = new Map<string, AttributeInstance[]>();
  // NGSI-v2 ids are free-form; NGSI-LD ids are URIs, by convention urn:ngsi-ld:<Type>:<local id>.
  if (
    options.representation !== 'keyValues' &&
    options.representation !== 'ngsiv2' &&
    typeof entity['id'] === 'string' &&
    typeof entity['type'] === 'string'
  ) {
    const parsed = parseNgsiLdId(entity['id']);
    if (!parsed || parsed.type !== entity['type'])
      sink.add('ngsi_invalid_id_urn', '/id', { got: show(entity['id']), type: entity['type'] });
  }
  for (const [name, value] of Object.entries(entity)) {
    if (CORE_MEMBERS.has(name)) {
      core[name] = value;
      continue;
    }
    const pointer = childPointer('', name);
    const declared = shape?.properties[name];
    if (options.representation === 'keyValues') {
      const kind = kindFromKeyValue(name, value, declared);
      const content =
        declared?.dateTime && typeof value === 'string' ? { '@type': 'DateTime', '@value': value } : value;
      attributes.set(name, [{ kind, content, meta: dict() }]);
      continue;
    }
    if (options.representation === 'ngsiv2') {
      attributes.set(name, [readNgsiV2Attribute(name, value, declared, sink)]);
      continue;
    }
    let instances: AttributeInstance[];
    if (isInstanceList(value, options.representation)) {
      // Every instance is kept: the work is linear in the input, which the caller bounds (record size, depth).
      instances = value.map((v, i) =>
        options.representation === 'normalized'
          ? readTyped(v, childPointer(pointer, i), declared, sink)
          : readConciseValue(v, childPointer(pointer, i), declared, sink),
      );
    } else if (options.representation === 'normalized') {
      if (!isObject(value)) {
        if (value === null) sink.add('ngsi_null_value', pointer, { attribute: name });
        else sink.add('ngsi_attribute_not_object', pointer, { attribute: name, got: show(value) });
        instances = [{ kind: 'Property', content: value, meta: dict() }];
      } else {
        instances = [readTyped(value, pointer, declared, sink)];
      }
    } else {
      instances = [readConciseValue(value, pointer, declared, sink)];
    }
    if (declared?.ngsi && instances.some((i) => i.kind !== declared.ngsi) && instances[0]!.content !== undefined) {
      const got = instances.find((i) => i.kind !== declared.ngsi)!.kind;
      // A LocalizedText-typed schema property sent as a plain-string Property is a kind mismatch; GeoJSON in a Property too.
      sink.add('ngsi_kind_mismatch', pointer, { attribute: name, got, expected: declared.ngsi });
    }
    attributes.set(name, instances);
  }
  return { core, attributes };
}

/** The instance keyValues keeps: the default one (without datasetId), else the first. */
export function keptInstance(
  name: string,
  instances: readonly AttributeInstance[],
  sink: FindingSink | undefined,
): AttributeInstance | undefined {
  if (instances.length <= 1) return instances[0];
  const defaultIndex = instances.findIndex((i) => !('datasetId' in i.meta));
  sink?.add('ngsi_multiple_instances', childPointer('', name), {
    attribute: name,
    count: instances.length,
    kept: INSTANCE_KEPT[sink.lang][defaultIndex >= 0 ? 'default' : 'first'],
  });
  return instances[Math.max(defaultIndex, 0)];
}

/** Renders the model as keyValues: bare values, typed literals unwrapped, metadata dropped. */
export function writeKeyValues(model: EntityModel, sink?: FindingSink): Record<string, unknown> {
  const out = dictOf(model.core);
  for (const [name, instances] of model.attributes) {
    const kept = keptInstance(name, instances, sink);
    if (!kept || kept.content === undefined) continue;
    out[name] = isTypedLiteral(kept.content) ? kept.content['@value'] : kept.content;
  }
  return out;
}

/** One instance in the normalized form: `type`, the content member, then the sub-attributes. */
function normalizedInstance(i: AttributeInstance): Record<string, unknown> {
  const out = dict();
  out['type'] = i.kind;
  out[ATTRIBUTE_MEMBERS[i.kind]] = i.content;
  for (const k of Object.keys(i.meta)) out[k] = i.meta[k];
  return out;
}

/** Renders the model in the normalized form: every attribute an object with its `type`. */
export function writeNormalized(model: EntityModel): Record<string, unknown> {
  const out = dictOf(model.core);
  for (const [name, instances] of model.attributes) {
    const rendered = instances.filter((i) => i.content !== undefined).map(normalizedInstance);
    if (rendered.length > 0) out[name] = rendered.length === 1 ? rendered[0] : rendered;
  }
  return out;
}

/** True when a bare value would read back in the concise form as exactly this Property value. */
function bareIsUnambiguous(content: unknown): boolean {
  if (content === null) return true;
  if (Array.isArray(content)) return !isInstanceList(content, 'concise');
  if (!isObject(content)) return true;
  return isTypedLiteral(content) || !('type' in content || hasContentMember(content));
}

function writeConciseInstance(i: AttributeInstance, forceObject: boolean): unknown {
  const hasMeta = Object.keys(i.meta).length > 0;
  if (!forceObject && !hasMeta) {
    if (i.kind === 'Property' && bareIsUnambiguous(i.content)) return i.content;
    if (i.kind === 'GeoProperty' && isGeometry(i.content)) return i.content;
  }
  const member = ATTRIBUTE_MEMBERS[i.kind];
  // `type` is kept only where the members alone would read back as another kind.
  const needsType = i.kind === 'GeoProperty';
  const out = dict();
  if (needsType) out['type'] = i.kind;
  out[member] = i.content;
  for (const k of Object.keys(i.meta)) out[k] = i.meta[k];
  return out;
}

/** Renders the model in the concise form: bare values where nothing is lost, `type` only where it cannot be inferred. */
export function writeConcise(model: EntityModel): Record<string, unknown> {
  const out = dictOf(model.core);
  for (const [name, instances] of model.attributes) {
    const present = instances.filter((i) => i.content !== undefined);
    if (present.length === 0) continue;
    out[name] =
      present.length === 1
        ? writeConciseInstance(present[0]!, false)
        : present.map((i) => writeConciseInstance(i, true));
  }
  return out;
}
