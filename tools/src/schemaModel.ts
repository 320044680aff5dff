/** The contract's schemas seen as a whole: `$ref` resolution across them, and the shapes the registry and docs use. */
import type { PropertyShape, Shape } from '@opencity/models';
import { RefResolver } from '@opencity/models/internal';
import type { SchemaSource } from './schemaSources';

type Node = Record<string, unknown>;
/** A node of a schema and the schema source it belongs to. */
export interface Located {
  node: Node;
  source: SchemaSource;
}

/** The schemas of the contract indexed for `$ref` resolution (by `$id`, with the shared {@link RefResolver}). */
export class SchemaIndex {
  readonly #resolver: RefResolver;
  readonly #sourceOf = new Map<object, SchemaSource>();

  constructor(sources: readonly SchemaSource[]) {
    this.#resolver = new RefResolver(sources.map((s) => s.schema));
    for (const s of sources) this.#sourceOf.set(s.schema, s);
  }

  /** Resolves a `$ref` written inside `from` to the node it points to and the schema that holds it; throws when it does not resolve. */
  resolve(ref: string, from: SchemaSource): Located {
    const found = this.#resolver.resolve(ref, from.schema);
    const source = found && this.#sourceOf.get(found.document);
    if (!found || !source) throw new Error(`${from.group}/${from.name}: unresolvable $ref ${ref}`);
    if (found.node === null || typeof found.node !== 'object' || Array.isArray(found.node))
      throw new Error(`${from.group}/${from.name}: $ref ${ref} does not point to a schema object`);
    return { node: found.node as Node, source };
  }
}

/** Resolves a `$ref` from inside `from` to the node it points to and the schema that holds it (throws when it cannot). */
export function resolveRef(ref: string, from: SchemaSource, index: SchemaIndex): Located {
  return index.resolve(ref, from);
}

const LOCATION = '/common/Location/';
const LOCALIZED = '/common/LocalizedText/';

/** Follows `$ref`s and merges `allOf` members into one view of an object schema's declared properties. */
function objectView(
  loc: Located,
  index: SchemaIndex,
  depth: number,
): { properties: Map<string, Located>; open: boolean } | undefined {
  if (depth > 12) return undefined;
  const { node, source } = loc;
  if (typeof node['$ref'] === 'string' && !node['properties'])
    return objectView(resolveRef(node['$ref'], source, index), index, depth + 1);
  const properties = new Map<string, Located>();
  let open = node['additionalProperties'] === undefined || node['additionalProperties'] === true;
  if (node['patternProperties'] || node['unevaluatedProperties'] === false) open = false;
  for (const member of (node['allOf'] as Node[] | undefined) ?? []) {
    const view = objectView({ node: member, source }, index, depth + 1);
    if (!view) continue;
    for (const [k, v] of view.properties) properties.set(k, v);
    open &&= view.open;
  }
  for (const [k, v] of Object.entries((node['properties'] as Record<string, Node> | undefined) ?? {})) {
    const previous = properties.get(k);
    // A property restated by the entity (e.g. `type` with const) keeps the base's structure when it adds none.
    properties.set(
      k,
      previous && !v['$ref'] && !v['type'] && !v['properties']
        ? { node: { ...previous.node, ...v }, source }
        : { node: v, source },
    );
  }
  if (properties.size === 0) return undefined;
  return { properties, open };
}

function refTarget(node: Node, source: SchemaSource, index: SchemaIndex): string | undefined {
  if (typeof node['$ref'] !== 'string') return undefined;
  return resolveRef(node['$ref'], source, index).source.schema.$id;
}

/** How messages name one alternative of an anyOf/oneOf: the referenced definition, its title, or its type or format. */
function formName(branch: Node, source: SchemaSource, index: SchemaIndex): string {
  if (typeof branch['$ref'] === 'string') {
    const target = resolveRef(branch['$ref'], source, index);
    const local = branch['$ref'].split('#')[1] ?? '';
    return local ? local.split('/').pop()! : target.source.name;
  }
  if (typeof branch['title'] === 'string') return branch['title'];
  if (branch['const'] !== undefined) return JSON.stringify(branch['const']);
  if (Array.isArray(branch['enum'])) return (branch['enum'] as unknown[]).map((v) => JSON.stringify(v)).join('|');
  if (typeof branch['format'] === 'string') return branch['format'];
  if (branch['type'] !== undefined) return ([] as unknown[]).concat(branch['type']).join('|');
  // A branch that only requires properties reads best as the property names it asks for.
  if (Array.isArray(branch['required'])) return (branch['required'] as string[]).map((r) => `"${r}"`).join(' + ');
  return typeof branch['pattern'] === 'string' ? `pattern ${String(branch['pattern'])}` : 'value';
}

function shapeOf(loc: Located, index: SchemaIndex, depth: number): Shape | undefined {
  const view = objectView(loc, index, depth);
  if (!view) return undefined;
  const properties: Record<string, PropertyShape> = {};
  for (const [name, prop] of view.properties) {
    const node = prop.node;
    const shape: { -readonly [K in keyof PropertyShape]: PropertyShape[K] } = {};
    const target = refTarget(node, prop.source, index) ?? '';
    const resolved = typeof node['$ref'] === 'string' ? resolveRef(node['$ref'], prop.source, index) : prop;
    if (!target.includes(LOCATION) && !target.includes(LOCALIZED)) {
      const object = shapeOf(prop, index, depth + 1);
      if (object) shape.object = object;
      const items = resolved.node['items'];
      if (items && typeof items === 'object') {
        const itemShape = shapeOf({ node: items as Node, source: resolved.source }, index, depth + 1);
        if (itemShape) shape.items = itemShape;
        else {
          const item =
            typeof (items as Node)['$ref'] === 'string'
              ? resolveRef((items as Node)['$ref'] as string, resolved.source, index).node
              : (items as Node);
          const itemType = item['type'];
          if (typeof itemType === 'string' || Array.isArray(itemType))
            shape.itemType = ([] as unknown[]).concat(itemType).join('|');
        }
      }
    }
    if (node['deprecated'] === true) shape.deprecated = true;
    if (typeof node['x-replacedBy'] === 'string') shape.replacedBy = node['x-replacedBy'];
    if (Array.isArray(node['x-aliases'])) shape.aliases = node['x-aliases'] as string[];
    if (typeof node['x-unitCode'] === 'string') shape.unitCode = node['x-unitCode'];
    const ngsi =
      node['x-ngsi'] ??
      (target.includes(LOCATION) ? 'GeoProperty' : target.includes(LOCALIZED) ? 'LanguageProperty' : undefined);
    if (typeof ngsi === 'string') shape.ngsi = ngsi as PropertyShape['ngsi'] & string;
    if (Array.isArray(node['x-objectType'])) shape.objectType = node['x-objectType'] as string[];
    const enumAliases =
      resolved.node['x-enumAliases'] ?? (resolved.node['items'] as Node | undefined)?.['x-enumAliases'];
    if (enumAliases && typeof enumAliases === 'object') shape.enumAliases = enumAliases as Record<string, string>;
    if (resolved.node['format'] === 'date-time') shape.dateTime = true;
    const alternatives = (resolved.node['oneOf'] ?? resolved.node['anyOf']) as Node[] | undefined;
    if (Array.isArray(alternatives)) {
      shape.forms = alternatives.map((branch) => formName(branch, resolved.source, index));
      const tag = (resolved.node['discriminator'] as { propertyName?: string } | undefined)?.propertyName;
      if (tag)
        shape.variants = alternatives.map((b) =>
          String((b['properties'] as Record<string, Node> | undefined)?.[tag]?.['const'] ?? '?'),
        );
    }
    const type = resolved.node['type'];
    if (typeof type === 'string' || Array.isArray(type)) shape.valueType = ([] as unknown[]).concat(type).join('|');
    for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const) {
      if (typeof resolved.node[k] === 'number') shape[k] = resolved.node[k];
    }
    properties[name] = shape;
  }
  return { properties, open: view.open };
}

/** The {@link Shape} of every object schema of the contract, keyed by type name. */
export function buildShapes(sources: SchemaSource[]): Record<string, Shape> {
  const index = new SchemaIndex(sources);
  const out: Record<string, Shape> = {};
  for (const s of sources) {
    const shape = shapeOf({ node: s.schema, source: s }, index, 0);
    if (shape) out[s.name] = shape;
  }
  return out;
}

/** The alternatives of schemas whose root is an `anyOf`/`oneOf` (not discriminated), named for messages. */
export function buildRootForms(sources: SchemaSource[]): Record<string, string[]> {
  const index = new SchemaIndex(sources);
  const out: Record<string, string[]> = {};
  for (const s of sources) {
    const alternatives = (s.schema['anyOf'] ?? s.schema['oneOf']) as Node[] | undefined;
    if (Array.isArray(alternatives) && !s.schema['discriminator'])
      out[s.name] = alternatives.map((b) => formName(b, s, index));
  }
  return out;
}
