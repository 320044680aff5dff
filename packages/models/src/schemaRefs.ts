/**
 * `$ref` resolution across a set of JSON Schema documents known by their `$id`: the one resolver OpenCity uses, at build
 * time (generators, docs) and at run time (`opencity diff`). Offline by design: a reference to a document that is not
 * in the set does not resolve.
 */

/** A JSON object as schemas are made of. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** Where a `$ref` leads: the value it designates and the document that value lives in (for its own `#/…` refs). */
export interface ResolvedRef {
  readonly node: unknown;
  readonly document: JsonObject;
}

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The value a URI fragment designates inside a document: `''` is the document itself, `/$defs/Name` a JSON Pointer
 * (RFC 6901, each token percent-decoded as RFC 3986 fragments are). `undefined` when there is no such value or the
 * fragment is not a JSON Pointer (a plain-name anchor).
 */
export function fragmentTarget(document: unknown, fragment: string): unknown {
  if (fragment === '') return document;
  if (!fragment.startsWith('/')) return undefined;
  let node: unknown = document;
  for (const raw of fragment.slice(1).split('/')) {
    let token: string;
    try {
      token = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    token = token.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** Resolves `$ref`s: by `$id` (absolute, or relative to the referencing document's `$id`), then by JSON Pointer. */
export class RefResolver {
  readonly #byId = new Map<string, JsonObject>();

  /** A resolver over `documents` (values without a string `$id` are ignored; the first document of an `$id` wins). */
  constructor(documents: Iterable<unknown> = []) {
    for (const d of documents) this.add(d);
  }

  /** Makes a document reachable by its `$id` (ignored when it has none or the `$id` is taken). */
  add(document: unknown): void {
    if (isObject(document) && typeof document['$id'] === 'string' && !this.#byId.has(document['$id']))
      this.#byId.set(document['$id'], document);
  }

  /** The document with this `$id`, if the set has it. */
  document(id: string): JsonObject | undefined {
    return this.#byId.get(id);
  }

  /** Where `ref`, written inside `from`, leads; `undefined` when it does not resolve offline. Never throws. */
  resolve(ref: string, from: JsonObject): ResolvedRef | undefined {
    const hash = ref.indexOf('#');
    const base = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? '' : ref.slice(hash + 1);
    const document = base === '' ? from : (this.#byId.get(base) ?? this.#relative(base, from));
    if (!document) return undefined;
    const node = fragmentTarget(document, fragment);
    return node === undefined ? undefined : { node, document };
  }

  #relative(base: string, from: JsonObject): JsonObject | undefined {
    if (typeof from['$id'] !== 'string') return undefined;
    try {
      return this.#byId.get(new URL(base, from['$id']).href);
    } catch {
      return undefined;
    }
  }
}
