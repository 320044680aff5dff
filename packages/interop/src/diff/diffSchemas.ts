/**
 * Compatibility diff of JSON Schemas, by the rules of the OpenCity versioning policy: narrowing (new ⊂ old) breaks
 * producers, widening (old ⊂ new) breaks consumers, a change that is neither (type change, rename, new const)
 * breaks both, and annotations are a patch. `$ref`s are followed into `$defs` and into other documents given by
 * `$id`; `allOf` members are merged so an entity is compared with everything it inherits.
 *
 * Work is bounded whatever the schemas: the effective view of a schema location (its `$ref` and `allOf` closure) is
 * computed once per location, cycles included; a pair of locations is compared once per place it is reached, up to
 * 32 places, and never again while it is being compared (a recursive schema is compared where the recursion starts).
 * Nothing is skipped silently: what lies deeper than `DIFF_MAX_DEPTH` levels is reported as `not_compared`, which
 * breaks both sides.
 */
import { metaDataKeywords, RefResolver } from '@opencity/models/internal';
import { valueNestsDeeperThan } from '../report/jsonSyntax';
import type { Breaks, JsonSchema, SchemaChange, SchemaDiff, Verdict } from './types';

type Node = Readonly<Record<string, unknown>>;
interface Located {
  readonly node: Node;
  /** The document the node lives in, for `#/…` references. */
  readonly doc: Node;
}

/** Options of {@link diffSchemas}. */
export interface DiffOptions {
  /** Other documents the old schema may `$ref` by `$id` (e.g. the released common schemas). */
  readonly oldDocuments?: readonly JsonSchema[];
  /** Other documents the new schema may `$ref` by `$id`. */
  readonly newDocuments?: readonly JsonSchema[];
}

// The shared annotation keywords, and `$schema`: naming the dialect of a schema changes nothing it accepts.
const ANNOTATIONS = new Set([...metaDataKeywords, '$schema']);
/** Annotation keywords that change what a value means: a different unit or NGSI-LD kind breaks both sides. */
const SEMANTIC_ANNOTATIONS: Record<string, string> = { 'x-unitCode': 'unit_changed', 'x-ngsi': 'ngsi_kind_changed' };
const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
const HANDLED = new Set([
  '$ref',
  '$defs',
  'definitions',
  '$id',
  'allOf',
  'anyOf',
  'oneOf',
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'prefixItems',
  'pattern',
  'format',
  'uniqueItems',
  'multipleOf',
  'propertyNames',
  'not',
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
]);
/**
 * Levels of the instance compared (`/a/b/[]` is three): a pair of schemas reached deeper is reported as
 * `not_compared` (breaks both, so the verdict is major) unless both are the same `$ref`-free schema.
 */
export const DIFF_MAX_DEPTH = 256;
/** Nesting of a schema document (JSON levels) beyond which it is not compared at all (reported as `not_compared`). */
export const DIFF_MAX_DOCUMENT_DEPTH = 1024;
/** Places (instance paths) at which the changes of one pair of schema locations are reported; the first ones win. */
const MAX_EXPANSIONS = 32;
const EMPTY: Node = Object.freeze({});

const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, value: unknown) =>
    isNode(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value,
  );
const show = (v: unknown): string => JSON.stringify(v);
const textOf = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)));
/** An array keyword's items, or none when the schema puts something else there. */
const listOf = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
/** The property names a `required` keyword lists (anything else in it names no property). */
const namesIn = (v: unknown): string[] => listOf(v).filter((x): x is string => typeof x === 'string');
const combine = (a: Breaks, b: Breaks): Breaks => (a === b || b === 'none' ? a : a === 'none' ? b : 'both');

/** Joins a JSON Pointer and a property name. */
function child(path: string, token: string): string {
  return `${path}/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** True for `{ "$ref": … }` alone (a comment aside): any other keyword beside it may change what it means. */
const isPureRef = (node: Node): boolean => Object.keys(node).every((k) => k === '$ref' || k === '$comment');

/** Identity numbers of schema nodes and documents: a location is a node in a document, compared by identity. */
class Identities {
  readonly #ids = new WeakMap<object, number>();
  #next = 1;

  of(o: object): number {
    let id = this.#ids.get(o);
    if (id === undefined) this.#ids.set(o, (id = this.#next++));
    return id;
  }

  location(loc: Located): string {
    return `${this.of(loc.node)}@${this.of(loc.doc)}`;
  }
}

/** A schema's effective view: `$ref` followed and `allOf` members merged in (`unresolved`: its own `$ref` was not). */
interface View extends Located {
  readonly unresolved: boolean;
}

/**
 * One side of the comparison (old or new): its documents, the shared `$ref` resolver seen as schema nodes (a `true`
 * schema is an empty one, anything else not a schema) and the effective views of its locations, each computed once.
 */
class Side {
  private readonly refs: RefResolver;
  private readonly views = new Map<string, View>();
  private readonly absolute = new Map<string, Node>();

  constructor(
    documents: readonly JsonSchema[],
    private readonly ids: Identities,
  ) {
    this.refs = new RefResolver(documents);
  }

  add(doc: Node): void {
    this.refs.add(doc);
  }

  /** The node a `$ref` points to, or `undefined` when it cannot be resolved offline. */
  resolve(ref: string, doc: Node): Located | undefined {
    const found = this.refs.resolve(ref, doc);
    if (!found) return undefined;
    return isNode(found.node)
      ? { node: found.node, doc: found.document }
      : found.node === true
        ? { node: EMPTY, doc: found.document }
        : undefined;
  }

  /**
   * Where a location leads when it is only a `$ref`: its target, followed through
   * such chains, so that every use of a definition is the same location. Unresolvable and cyclic chains stop.
   */
  through(loc: Located): Located {
    let current = loc;
    const seen = new Set<string>();
    while (typeof current.node['$ref'] === 'string' && isPureRef(current.node)) {
      const key = this.ids.location(current);
      if (seen.has(key)) break;
      seen.add(key);
      const target = this.resolve(current.node['$ref'], current.doc);
      if (!target) break;
      current = target;
    }
    return current;
  }

  /**
   * The effective view of a location: the location itself, then (depth first, in order) its `$ref` target and its
   * `allOf` members with everything they include in turn, each location once — so a cycle (`A` includes `B` includes
   * `A`) adds nothing twice and ends. Earlier parts win on conflicting keywords, as `$ref` siblings win over the target;
   * properties merge by name and `required` lists join.
   */
  view(loc: Located): View {
    const key = this.ids.location(loc);
    const cached = this.views.get(key);
    if (cached) return cached;
    const { node } = loc;
    const ref = node['$ref'];
    let result: View;
    if (typeof ref !== 'string' && !Array.isArray(node['allOf'])) result = { ...loc, unresolved: false };
    else {
      const parts: Located[] = [];
      const seen = new Set<string>();
      const stack: Located[] = [loc];
      while (stack.length > 0) {
        const current = stack.pop()!;
        const k = this.ids.location(current);
        if (seen.has(k)) continue;
        seen.add(k);
        parts.push(current);
        const next: Located[] = [];
        if (typeof current.node['$ref'] === 'string') {
          const target = this.resolve(current.node['$ref'], current.doc);
          if (target) next.push(target);
        }
        const members = current.node['allOf'];
        if (Array.isArray(members)) for (const m of members) if (isNode(m)) next.push({ node: m, doc: current.doc });
        for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
      }
      const unresolved = typeof ref === 'string' && !this.resolve(ref, loc.doc);
      let merged = this.own(parts[0]!, loc.doc);
      for (const part of parts.slice(1)) merged = merge(this.own(part, loc.doc), merged);
      result = { node: merged, doc: loc.doc, unresolved };
    }
    this.views.set(key, result);
    return result;
  }

  /**
   * A location's own keywords (without `allOf`, and without a `$ref` that resolves), readable from `doc`: a node of
   * another document gets its document-local `$ref`s (`#/…`) rewritten into absolute ones, once per location.
   */
  private own(part: Located, doc: Node): Node {
    const { node } = part;
    const drop = new Set(['allOf']);
    if (typeof node['$ref'] === 'string' && this.resolve(node['$ref'], part.doc)) drop.add('$ref');
    const kept = Object.fromEntries(Object.entries(node).filter(([k]) => !drop.has(k)));
    if (part.doc === doc) return kept;
    const key = this.ids.location(part);
    let out = this.absolute.get(key);
    if (!out) this.absolute.set(key, (out = absolutize(kept, part.doc)));
    return out;
  }
}

/**
 * Rewrites the document-local `$ref`s (`#/…`) of a node taken from another document into absolute ones, so the node
 * still resolves once merged into the referencing schema.
 */
function absolutize(node: Node, doc: Node): Node {
  const base = typeof doc['$id'] === 'string' ? doc['$id'] : undefined;
  if (!base) return node;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!isNode(v)) return v;
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [
        k,
        k === '$ref' && typeof x === 'string' && x.startsWith('#') ? `${base}${x}` : walk(x),
      ]),
    );
  };
  return walk(node) as Node;
}

/** Merges two object-schema views: properties per name (later over earlier), `required` as a union. */
function merge(base: Node, over: Node): Node {
  const out: Record<string, unknown> = { ...base, ...over };
  if (isNode(base['properties']) && isNode(over['properties'])) {
    // Property names are the schema author's input: a property named __proto__ stays a property.
    const props = Object.assign(Object.create(null) as Record<string, unknown>, base['properties']);
    for (const [k, v] of Object.entries(over['properties']))
      props[k] = isNode(props[k]) && isNode(v) ? merge(props[k] as Node, v) : v;
    out['properties'] = props;
  }
  if (Array.isArray(base['required']) || Array.isArray(over['required']))
    out['required'] = [...new Set([...listOf(base['required']), ...listOf(over['required'])])];
  return out;
}

function typeSet(node: Node): Set<string> | undefined {
  const t = node['type'];
  if (t === undefined) return undefined;
  const set = new Set(([] as unknown[]).concat(t).map(textOf));
  if (set.has('number')) set.add('integer');
  return set;
}

const isSubset = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].every((x) => b.has(x));

class Differ {
  readonly changes: SchemaChange[] = [];
  /** Pairs of locations being compared (on the current path): reaching one again is a cycle, compared where it began. */
  private readonly active = new Set<string>();
  /** How many places each pair of locations was compared at, up to {@link MAX_EXPANSIONS}. */
  private readonly expansions = new Map<string, number>();

  constructor(
    private readonly oldSide: Side,
    private readonly newSide: Side,
    private readonly ids: Identities,
  ) {}

  private add(path: string, change: string, breaks: Breaks, message: string, impact?: SchemaChange['impact']): void {
    this.changes.push({ path, change, breaks, impact: impact ?? (breaks === 'none' ? 'minor' : 'major'), message });
  }

  compare(oldLoc: Located | boolean, newLoc: Located | boolean, path: string, depth: number): void {
    if (typeof oldLoc === 'boolean' || typeof newLoc === 'boolean') {
      const o = typeof oldLoc === 'boolean' ? oldLoc : true;
      const n = typeof newLoc === 'boolean' ? newLoc : true;
      if (o === n && (typeof oldLoc === 'boolean') === (typeof newLoc === 'boolean')) return;
      if (o && !n) this.add(path, 'schema_forbidden', 'producers', `${path || 'the value'} is no longer allowed`);
      else if (!o && n) this.add(path, 'schema_allowed', 'consumers', `${path || 'the value'} is now allowed`);
      else if (typeof oldLoc === 'boolean' && typeof newLoc !== 'boolean')
        this.compare({ node: EMPTY, doc: newLoc.doc }, newLoc, path, depth);
      else if (typeof oldLoc !== 'boolean') this.compare(oldLoc, { node: EMPTY, doc: oldLoc.doc }, path, depth);
      return;
    }
    if (depth > DIFF_MAX_DEPTH) return this.beyondLimit(oldLoc.node, newLoc.node, path);
    // A pair of locations is compared once per place; a `$ref` alone is the location it points to.
    const [oldAt, newAt] = [this.oldSide.through(oldLoc), this.newSide.through(newLoc)];
    const key = `${this.ids.location(oldAt)}|${this.ids.location(newAt)}`;
    const times = this.expansions.get(key) ?? 0;
    if (this.active.has(key) || times >= MAX_EXPANSIONS) return;
    this.expansions.set(key, times + 1);
    this.active.add(key);
    const o = this.oldSide.view(oldLoc);
    const n = this.newSide.view(newLoc);
    this.compareRefs(oldLoc.node, newLoc.node, o, n, path);
    this.compareAnnotations(o.node, n.node, path);
    this.compareTypes(o.node, n.node, path);
    this.compareValues(o.node, n.node, path);
    this.compareBounds(o.node, n.node, path);
    this.compareStrings(o.node, n.node, path);
    this.compareObjects(o, n, path, depth);
    this.compareArrays(o, n, path, depth);
    this.compareAlternatives(o, n, path, depth);
    this.compareUnknown(o.node, n.node, path);
    this.active.delete(key);
  }

  /** Past {@link DIFF_MAX_DEPTH}: nothing is compared, and anything but the same `$ref`-free schema counts as breaking. */
  private beyondLimit(o: Node, n: Node, path: string): void {
    const [a, b] = [canonical(o), canonical(n)];
    if (a === b && !a.includes('"$ref":')) return;
    this.add(
      path,
      'not_compared',
      'both',
      `${path} lies more than ${DIFF_MAX_DEPTH} levels deep and was not compared; it is treated as breaking`,
    );
  }

  /** Definitions other documents may `$ref`: removing one breaks both sides, changing one is diffed in place. */
  compareDefinitions(oldRoot: Node, newRoot: Node): void {
    const [od, nd] = [
      isNode(oldRoot['$defs']) ? oldRoot['$defs'] : {},
      isNode(newRoot['$defs']) ? newRoot['$defs'] : {},
    ];
    for (const k of Object.keys(od)) {
      const p = `#/$defs/${k}`;
      if (!Object.hasOwn(nd, k))
        this.add(
          p,
          'definition_removed',
          'both',
          `definition ${show(k)} removed: schemas that reference it no longer resolve`,
        );
      else this.compare(locate(od[k], oldRoot), locate(nd[k], newRoot), p, 1);
    }
    for (const k of Object.keys(nd))
      if (!Object.hasOwn(od, k)) this.add(`#/$defs/${k}`, 'definition_added', 'none', `definition ${show(k)} added`);
  }

  private compareRefs(oldRaw: Node, newRaw: Node, o: View, n: View, path: string): void {
    // Unresolvable: all we can say is whether the reference text changed.
    const side = o.unresolved ? 'old' : n.unresolved ? 'new' : undefined;
    if (side && oldRaw['$ref'] !== newRaw['$ref'])
      this.add(
        path,
        'ref_changed',
        'both',
        `${path || 'the value'} now refers to ${show(newRaw['$ref'])} instead of ${show(oldRaw['$ref'])}, which the ${side} side cannot resolve offline`,
      );
  }

  private compareAnnotations(o: Node, n: Node, path: string): void {
    for (const k of new Set([...Object.keys(o), ...Object.keys(n)])) {
      const semantic = Object.hasOwn(SEMANTIC_ANNOTATIONS, k);
      // Only annotations are compared here (the other keywords have their own rules): skip the rest unread.
      if (!semantic && k !== '$id' && !ANNOTATIONS.has(k) && !k.startsWith('x-')) continue;
      if (canonical(o[k]) === canonical(n[k])) continue;
      if (semantic) {
        if (o[k] !== undefined && n[k] !== undefined)
          this.add(
            path,
            SEMANTIC_ANNOTATIONS[k]!,
            'both',
            `${path || 'the value'}: ${k} changed from ${show(o[k])} to ${show(n[k])}; existing values change meaning`,
          );
        else
          this.add(
            path,
            'annotation_changed',
            'none',
            `${path || 'the value'}: ${k} ${o[k] === undefined ? 'added' : 'removed'}`,
            'patch',
          );
      } else if (k === '$id' && path === '') {
        const [oldBase, newBase] = [
          textOf(o[k]).replace(/\/v\d+\/schema\.json$/, ''),
          textOf(n[k]).replace(/\/v\d+\/schema\.json$/, ''),
        ];
        if (oldBase !== newBase)
          this.add(path, 'id_changed', 'both', `the schema moved from ${show(o[k])} to ${show(n[k])}`);
      } else if (ANNOTATIONS.has(k) || (k.startsWith('x-') && k !== 'x-version')) {
        this.add(path, 'annotation_changed', 'none', `${path || 'the schema'}: ${k} changed`, 'patch');
      }
    }
  }

  private compareTypes(o: Node, n: Node, path: string): void {
    const [ot, nt] = [typeSet(o), typeSet(n)];
    if (!ot && !nt) return;
    const what = path || 'the value';
    if (!ot) return this.add(path, 'type_added', 'producers', `${what} must now be ${show(n['type'])}`);
    if (!nt)
      return this.add(path, 'type_removed', 'consumers', `${what} may now be of any type (was ${show(o['type'])})`);
    if (isSubset(ot, nt) && isSubset(nt, ot)) return;
    if (isSubset(nt, ot))
      this.add(
        path,
        'type_narrowed',
        'producers',
        `${what}: type narrowed from ${show(o['type'])} to ${show(n['type'])}`,
      );
    else if (isSubset(ot, nt))
      this.add(
        path,
        'type_widened',
        'consumers',
        `${what}: type widened from ${show(o['type'])} to ${show(n['type'])}`,
      );
    else this.add(path, 'type_changed', 'both', `${what}: type changed from ${show(o['type'])} to ${show(n['type'])}`);
  }

  private compareValues(o: Node, n: Node, path: string): void {
    const what = path || 'the value';
    if ('const' in o || 'const' in n) {
      if (!('const' in o)) this.add(path, 'const_added', 'producers', `${what} must now equal ${show(n['const'])}`);
      else if (!('const' in n))
        this.add(path, 'const_removed', 'consumers', `${what} no longer has to equal ${show(o['const'])}`);
      else if (canonical(o['const']) !== canonical(n['const']))
        this.add(
          path,
          'const_changed',
          'both',
          `${what} must now equal ${show(n['const'])} instead of ${show(o['const'])}`,
        );
    }
    const [oe, ne] = [o['enum'], n['enum']];
    if (!Array.isArray(oe) && !Array.isArray(ne)) return;
    if (!Array.isArray(oe))
      return this.add(path, 'enum_added', 'producers', `${what} is now restricted to ${show(ne)}`);
    if (!Array.isArray(ne))
      return this.add(path, 'enum_removed', 'consumers', `${what} is no longer restricted to a list of values`);
    const [os, ns] = [new Set(oe.map(canonical)), new Set(ne.map(canonical))];
    for (const v of ne)
      if (!os.has(canonical(v)))
        this.add(path, 'enum_value_added', 'consumers', `${what}: new allowed value ${show(v)}`);
    for (const v of oe)
      if (!ns.has(canonical(v)))
        this.add(path, 'enum_value_removed', 'producers', `${what}: value ${show(v)} is no longer allowed`);
  }

  private compareBounds(o: Node, n: Node, path: string): void {
    const what = path || 'the value';
    const bound = (k: string, tighter: (a: number, b: number) => boolean): void => {
      const [a, b] = [o[k], n[k]];
      if (a === b || (typeof a !== 'number' && typeof b !== 'number')) return;
      if (typeof a !== 'number') this.add(path, 'constraint_added', 'producers', `${what}: ${k} ${show(b)} added`);
      else if (typeof b !== 'number')
        this.add(path, 'constraint_removed', 'consumers', `${what}: ${k} ${show(a)} removed`);
      else if (tighter(a, b))
        this.add(path, 'constraint_tightened', 'producers', `${what}: ${k} tightened from ${a} to ${b}`);
      else this.add(path, 'constraint_relaxed', 'consumers', `${what}: ${k} relaxed from ${a} to ${b}`);
    };
    for (const k of LOWER_BOUNDS) bound(k, (a, b) => b > a);
    for (const k of UPPER_BOUNDS) bound(k, (a, b) => b < a);
    const [om, nm] = [o['multipleOf'], n['multipleOf']];
    if (om !== nm && (typeof om === 'number' || typeof nm === 'number')) {
      if (typeof om !== 'number')
        this.add(path, 'constraint_added', 'producers', `${what}: multipleOf ${show(nm)} added`);
      else if (typeof nm !== 'number')
        this.add(path, 'constraint_removed', 'consumers', `${what}: multipleOf ${om} removed`);
      else if (Number.isInteger(nm / om))
        this.add(path, 'constraint_tightened', 'producers', `${what}: multipleOf tightened from ${om} to ${nm}`);
      else if (Number.isInteger(om / nm))
        this.add(path, 'constraint_relaxed', 'consumers', `${what}: multipleOf relaxed from ${om} to ${nm}`);
      else this.add(path, 'constraint_changed', 'both', `${what}: multipleOf changed from ${om} to ${nm}`);
    }
    if (Boolean(o['uniqueItems']) !== Boolean(n['uniqueItems'])) {
      if (n['uniqueItems']) this.add(path, 'constraint_added', 'producers', `${what}: items must now be unique`);
      else this.add(path, 'constraint_removed', 'consumers', `${what}: items no longer have to be unique`);
    }
  }

  private compareStrings(o: Node, n: Node, path: string): void {
    const what = path || 'the value';
    for (const k of ['pattern', 'format'] as const) {
      const [a, b] = [o[k], n[k]];
      if (a === b) continue;
      if (a === undefined) this.add(path, `${k}_added`, 'producers', `${what}: ${k} ${show(b)} added`);
      else if (b === undefined) this.add(path, `${k}_removed`, 'consumers', `${what}: ${k} ${show(a)} removed`);
      else this.add(path, `${k}_changed`, 'both', `${what}: ${k} changed from ${show(a)} to ${show(b)}`);
    }
  }

  private compareObjects(o: Located, n: Located, path: string, depth: number): void {
    const [op, np] = [
      isNode(o.node['properties']) ? o.node['properties'] : {},
      isNode(n.node['properties']) ? n.node['properties'] : {},
    ];
    const [oReq, nReq] = [new Set(namesIn(o.node['required'])), new Set(namesIn(n.node['required']))];
    const oldClosed = o.node['additionalProperties'] === false || o.node['unevaluatedProperties'] === false;
    const newClosed = n.node['additionalProperties'] === false || n.node['unevaluatedProperties'] === false;
    const added = Object.keys(np).filter((k) => !Object.hasOwn(op, k));
    const addedSet = new Set(added);
    const removed = Object.keys(op).filter((k) => !Object.hasOwn(np, k));
    // A removed and an added property with the same schema is a rename: it breaks both sides. Added properties are
    // grouped by schema first, so pairing them stays linear however many properties change.
    const renamed = new Map<string, string>();
    const renamedFrom = new Set<string>();
    const addedBySchema = new Map<string, string[]>();
    for (const a of added) {
      const shape = canonical(stripAnnotations(np[a]));
      addedBySchema.set(shape, [...(addedBySchema.get(shape) ?? []), a]);
    }
    for (const r of removed) {
      const match = addedBySchema.get(canonical(stripAnnotations(op[r])))?.shift();
      if (match === undefined) continue;
      renamed.set(match, r);
      renamedFrom.add(r);
    }
    for (const [to, from] of renamed)
      this.add(child(path, to), 'property_renamed', 'both', `property ${show(from)} renamed to ${show(to)}`);
    for (const k of added) {
      if (renamed.has(k)) continue;
      const p = child(path, k);
      if (nReq.has(k)) {
        // Old producers do not send it; on a closed object old consumers reject it too.
        this.add(
          p,
          'required_added',
          oldClosed ? 'both' : 'producers',
          `required property ${show(k)} added${oldClosed ? ' to a closed object' : ''}`,
        );
        continue;
      }
      if (oldClosed)
        this.add(
          p,
          'property_added',
          'consumers',
          `optional property ${show(k)} added to a closed object: readers with the old schema reject it`,
        );
      // The versioning policy's one deliberate exception: on an open object the new name was free before, so a
      // producer could already send it with another shape. Smart Data Models entities are open; treating every new
      // optional property as breaking would make every addition major. The message says the name is now reserved.
      else
        this.add(
          p,
          'property_added',
          'none',
          `optional property ${show(k)} added (the name is now reserved: producers already sending ${show(k)} must match its schema)`,
        );
    }
    for (const k of removed) {
      if (renamedFrom.has(k)) continue;
      const p = child(path, k);
      const breaks: Breaks = newClosed ? (oReq.has(k) ? 'both' : 'producers') : 'consumers';
      this.add(
        p,
        'property_removed',
        breaks,
        `property ${show(k)} removed${newClosed ? ' from a closed object: payloads that still send it are rejected' : ': readers lose data they may use'}`,
      );
    }
    for (const k of nReq)
      if (!oReq.has(k) && !renamed.has(k) && !addedSet.has(k))
        this.add(child(path, k), 'required_added', 'producers', `property ${show(k)} is now required`);
    // A required property that was removed altogether is reported once, as property_removed.
    const removedOutright = new Set(removed.filter((k) => !renamedFrom.has(k)));
    for (const k of oReq)
      if (!nReq.has(k) && !removedOutright.has(k) && !renamedFrom.has(k))
        this.add(child(path, k), 'required_removed', 'consumers', `property ${show(k)} is no longer required`);
    if (!oldClosed && newClosed)
      this.add(path, 'object_closed', 'producers', `${path || 'the object'} no longer accepts undeclared properties`);
    if (oldClosed && !newClosed)
      this.add(path, 'object_opened', 'consumers', `${path || 'the object'} now accepts undeclared properties`);
    for (const k of Object.keys(np)) {
      if (!Object.hasOwn(op, k)) continue;
      this.compare(locate(op[k], o.doc), locate(np[k], n.doc), child(path, k), depth + 1);
    }
    const [oa, na] = [o.node['additionalProperties'], n.node['additionalProperties']];
    if (isNode(oa) || isNode(na)) {
      if (isNode(oa) && isNode(na))
        this.compare({ node: oa, doc: o.doc }, { node: na, doc: n.doc }, child(path, '*'), depth + 1);
      else if (isNode(na) && oa !== false)
        this.add(
          child(path, '*'),
          'constraint_added',
          'producers',
          `extra properties of ${path || 'the object'} are now constrained`,
        );
      else if (isNode(oa) && na !== false)
        this.add(
          child(path, '*'),
          'constraint_removed',
          'consumers',
          `extra properties of ${path || 'the object'} are no longer constrained`,
        );
    }
    if (canonical(o.node['propertyNames']) !== canonical(n.node['propertyNames'])) {
      if (o.node['propertyNames'] === undefined)
        this.add(path, 'constraint_added', 'producers', `${path || 'the object'}: property names are now constrained`);
      else if (n.node['propertyNames'] === undefined)
        this.add(
          path,
          'constraint_removed',
          'consumers',
          `${path || 'the object'}: property names are no longer constrained`,
        );
      else
        this.compare(
          locate(o.node['propertyNames'], o.doc),
          locate(n.node['propertyNames'], n.doc),
          `${path}/{name}`,
          depth + 1,
        );
    }
  }

  private compareArrays(o: Located, n: Located, path: string, depth: number): void {
    const [oi, ni] = [o.node['items'], n.node['items']];
    const [op, np] = [prefixOf(o.node), prefixOf(n.node)];
    // Position i obeys prefixItems[i] where there is one, else items (2020-12): compare what governs each position.
    for (let i = 0; i < Math.max(op.length, np.length); i++)
      this.compareItems(
        { schema: i < op.length ? op[i] : oi, doc: o.doc },
        { schema: i < np.length ? np[i] : ni, doc: n.doc },
        path,
        child(path, `[${i}]`),
        depth,
      );
    this.compareItems({ schema: oi, doc: o.doc }, { schema: ni, doc: n.doc }, path, child(path, '[]'), depth);
  }

  /** One array position (or every other one, at `[]`): a schema that appears constrains, one that goes frees. */
  private compareItems(
    o: { schema: unknown; doc: Node },
    n: { schema: unknown; doc: Node },
    path: string,
    p: string,
    depth: number,
  ): void {
    if (o.schema === undefined && n.schema === undefined) return;
    const at = p.endsWith('[]') ? `items of ${path || 'the array'}` : p;
    if (o.schema === undefined) this.add(p, 'constraint_added', 'producers', `${at} are now constrained`);
    else if (n.schema === undefined) this.add(p, 'constraint_removed', 'consumers', `${at} are no longer constrained`);
    else this.compare(locate(o.schema, o.doc), locate(n.schema, n.doc), p, depth + 1);
  }

  private compareAlternatives(o: Located, n: Located, path: string, depth: number): void {
    const what = path || 'the value';
    for (const k of ['anyOf', 'oneOf'] as const) {
      const [ob, nb] = [o.node[k], n.node[k]];
      if (!Array.isArray(ob) && !Array.isArray(nb)) continue;
      if (!Array.isArray(ob)) {
        this.add(
          path,
          'alternatives_added',
          'producers',
          `${what} must now match one of ${(nb as unknown[]).length} alternatives`,
        );
        continue;
      }
      if (!Array.isArray(nb)) {
        this.add(path, 'alternatives_removed', 'consumers', `${what} no longer has to match one of the alternatives`);
        continue;
      }
      const [oKeys, nKeys] = [
        ob.map((b) => canonical(stripAnnotations(b))),
        nb.map((b) => canonical(stripAnnotations(b))),
      ];
      const [oSet, nSet] = [new Set(oKeys), new Set(nKeys)];
      const gone = ob.filter((_b, i) => !nSet.has(oKeys[i]!));
      const fresh = nb.filter((_b, i) => !oSet.has(nKeys[i]!));
      if (gone.length === fresh.length) {
        // Same number of changed branches: compare them pairwise, in order.
        gone.forEach((b, i) => this.compare(locate(b, o.doc), locate(fresh[i], n.doc), path, depth + 1));
        continue;
      }
      for (const b of fresh)
        this.add(path, 'alternative_added', 'consumers', `${what}: new alternative ${describeBranch(b)}`);
      for (const b of gone)
        this.add(path, 'alternative_removed', 'producers', `${what}: alternative ${describeBranch(b)} removed`);
    }
    if (canonical(o.node['not']) !== canonical(n.node['not']))
      this.add(path, 'constraint_changed', 'both', `${what}: the "not" constraint changed`);
  }

  private compareUnknown(o: Node, n: Node, path: string): void {
    for (const k of new Set([...Object.keys(o), ...Object.keys(n)])) {
      if (HANDLED.has(k) || ANNOTATIONS.has(k) || k.startsWith('x-') || Object.hasOwn(SEMANTIC_ANNOTATIONS, k))
        continue;
      if (canonical(o[k]) !== canonical(n[k]))
        this.add(
          path,
          'keyword_changed',
          'both',
          `${path || 'the value'}: keyword ${k} changed and cannot be classified, so it is treated as breaking`,
        );
    }
  }
}

/** The `prefixItems` of a schema (none when absent or not an array). */
const prefixOf = (node: Node): readonly unknown[] => {
  const p = node['prefixItems'];
  return Array.isArray(p) ? p : [];
};

function locate(schema: unknown, doc: Node): Located | boolean {
  if (typeof schema === 'boolean') return schema;
  return { node: isNode(schema) ? schema : {}, doc };
}

function stripAnnotations(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripAnnotations);
  if (!isNode(v)) return v;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([k]) => !ANNOTATIONS.has(k) && !k.startsWith('x-'))
      .map(([k, x]) => [
        k,
        k === 'properties' && isNode(x)
          ? Object.fromEntries(Object.entries(x).map(([p, s]) => [p, stripAnnotations(s)]))
          : stripAnnotations(x),
      ]),
  );
}

function describeBranch(b: unknown): string {
  if (!isNode(b)) return show(b);
  if (typeof b['$ref'] === 'string') return show(b['$ref']);
  return show(b['type'] ?? b['format'] ?? b['const'] ?? 'schema');
}

/** The release a list of changes needs: `major` when any breaks a side, else the largest impact. */
export function verdictOf(changes: readonly Pick<SchemaChange, 'breaks' | 'impact'>[]): Verdict {
  if (changes.some((c) => c.breaks !== 'none')) return 'major';
  if (changes.some((c) => c.impact === 'minor')) return 'minor';
  return changes.length > 0 ? 'patch' : 'none';
}

/** Who the changes break, all together. */
export function breaksOf(changes: readonly Pick<SchemaChange, 'breaks'>[]): Breaks {
  return changes.reduce<Breaks>((acc, c) => combine(acc, c.breaks), 'none');
}

/**
 * Compares two versions of a JSON Schema and classifies every change by who it breaks. Ends on any schema, recursive
 * and cyclic ones included (each pair of schema locations is compared once per place, at most 32 places); what lies
 * more than {@link DIFF_MAX_DEPTH} levels deep, or in documents nested more than {@link DIFF_MAX_DOCUMENT_DEPTH} JSON
 * levels, is reported as a `not_compared` change that breaks both sides, so the verdict is `major`. Never throws on
 * JSON input.
 * @example
 * const { verdict, changes } = diffSchemas(released, current);
 * if (verdict === 'major') console.log(changes.filter((c) => c.breaks !== 'none'));
 */
export function diffSchemas(oldSchema: JsonSchema, newSchema: JsonSchema, options: DiffOptions = {}): SchemaDiff {
  const [oldDocuments, newDocuments] = [options.oldDocuments ?? [], options.newDocuments ?? []];
  const tooDeep = (
    [
      ['the old schema nests', [oldSchema]],
      ['the new schema nests', [newSchema]],
      ['a document of the old side nests', oldDocuments],
      ['a document of the new side nests', newDocuments],
    ] as const
  ).find(([, docs]) => docs.some((d) => valueNestsDeeperThan(d, DIFF_MAX_DOCUMENT_DEPTH)));
  if (tooDeep) {
    const message = `${tooDeep[0]} more than ${DIFF_MAX_DOCUMENT_DEPTH} levels deep and was not compared; this is treated as breaking`;
    return {
      verdict: 'major',
      changes: [{ path: '', change: 'not_compared', breaks: 'both', impact: 'major', message }],
    };
  }
  // The same schemas on both sides mean the same, however deep: nothing to compare (nor to leave uncompared).
  if (canonical([oldSchema, oldDocuments]) === canonical([newSchema, newDocuments]))
    return { verdict: 'none', changes: [] };
  const ids = new Identities();
  const oldSide = new Side(oldDocuments, ids);
  const newSide = new Side(newDocuments, ids);
  const oldRoot: Node = isNode(oldSchema) ? oldSchema : {};
  const newRoot: Node = isNode(newSchema) ? newSchema : {};
  oldSide.add(oldRoot);
  newSide.add(newRoot);
  const differ = new Differ(oldSide, newSide, ids);
  differ.compare(
    typeof oldSchema === 'boolean' ? oldSchema : { node: oldRoot, doc: oldRoot },
    typeof newSchema === 'boolean' ? newSchema : { node: newRoot, doc: newRoot },
    '',
    0,
  );
  differ.compareDefinitions(oldRoot, newRoot);
  const changes = dedupe(differ.changes);
  return { verdict: verdictOf(changes), changes };
}

function dedupe(changes: readonly SchemaChange[]): SchemaChange[] {
  const seen = new Set<string>();
  return changes.filter((c) => {
    const key = `${c.path}\u0000${c.change}\u0000${c.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
