/** The relationships of an entity, found through the `x-objectType` annotations of its schema (via the shapes). */
import { getShape, type Shape } from '@opencity/models';

/** One relationship value of an entity: where it is, which id it names, which types it may name. */
export interface Reference {
  /** JSON Pointer to the identifier in the entity (`/refTheme/1`). */
  readonly pointer: string;
  /** The property that holds it, as a dotted path without array positions (`statusHistory.refDecision`). */
  readonly property: string;
  /** The identifier it names. */
  readonly target: string;
  /** The entity types it may name (the schema's `x-objectType`). */
  readonly objectType: readonly string[];
}

/** A tree of the properties of a type that hold references, precomputed once per type. */
interface RefNode {
  readonly name: string;
  readonly escaped: string;
  readonly property: string;
  readonly objectType?: readonly string[];
  /** References inside the value when it is an object. */
  readonly object?: readonly RefNode[];
  /** References inside each item when the value is an array of objects. */
  readonly items?: readonly RefNode[];
}

const escapePointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

function refNodes(shape: Shape, prefix: string, depth: number): RefNode[] {
  if (depth > 8) return [];
  const out: RefNode[] = [];
  for (const [name, prop] of Object.entries(shape.properties)) {
    const property = prefix ? `${prefix}.${name}` : name;
    const object = prop.object ? refNodes(prop.object, property, depth + 1) : [];
    const items = prop.items ? refNodes(prop.items, property, depth + 1) : [];
    if (!prop.objectType && object.length === 0 && items.length === 0) continue;
    out.push({
      name,
      escaped: escapePointer(name),
      property,
      ...(prop.objectType ? { objectType: prop.objectType } : {}),
      ...(object.length ? { object } : {}),
      ...(items.length ? { items } : {}),
    });
  }
  return out;
}

const cache = new Map<string, readonly RefNode[]>();

function nodesOf(type: string): readonly RefNode[] {
  let nodes = cache.get(type);
  if (!nodes) {
    const shape = getShape(type);
    nodes = shape ? refNodes(shape, '', 0) : [];
    cache.set(type, nodes);
  }
  return nodes;
}

function collect(value: unknown, nodes: readonly RefNode[], pointer: string, out: Reference[]): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const record = value as Record<string, unknown>;
  for (const node of nodes) {
    if (!Object.hasOwn(record, node.name)) continue;
    const v = record[node.name];
    const at = `${pointer}/${node.escaped}`;
    if (node.objectType) {
      if (typeof v === 'string')
        out.push({ pointer: at, property: node.property, target: v, objectType: node.objectType });
      else if (Array.isArray(v))
        for (let i = 0; i < v.length; i++) {
          const item: unknown = v[i];
          if (typeof item === 'string')
            out.push({ pointer: `${at}/${i}`, property: node.property, target: item, objectType: node.objectType });
        }
    }
    if (node.object) collect(v, node.object, at, out);
    if (node.items && Array.isArray(v)) for (let i = 0; i < v.length; i++) collect(v[i], node.items, `${at}/${i}`, out);
  }
}

/**
 * Every reference an entity of `type` makes, in property order: identifiers held by properties whose schema states
 * `x-objectType`, including inside nested objects and arrays. Values of the wrong JSON type are skipped (schema
 * validation reports them).
 * @example
 * entityReferences('Membership', { refGovernanceBoard: 'urn:ngsi-ld:GovernanceBoard:b', refMember: 'urn:ngsi-ld:Stakeholder:s' });
 * // [{ pointer: '/refGovernanceBoard', target: 'urn:ngsi-ld:GovernanceBoard:b', objectType: ['GovernanceBoard'], … }, …]
 */
export function entityReferences(type: string, entity: unknown): Reference[] {
  const out: Reference[] = [];
  const nodes = nodesOf(type);
  if (nodes.length > 0) collect(entity, nodes, '', out);
  return out;
}
