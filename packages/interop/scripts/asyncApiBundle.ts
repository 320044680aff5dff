/**
 * The self-contained form of the AsyncAPI contract: the same channels, operations and messages, with every payload
 * schema inlined under `components/schemas`, so the stock @asyncapi/parser (or any tool) reads it offline with no
 * resolver. Each schema is a Multi Format Schema Object declaring JSON Schema 2020-12. Inside, references by `$id`
 * (`https://w3id.org/opencity/schemas/…`) and local ones (`#/$defs/…`) become pointers into this document; a `$ref`
 * with annotations beside it (`x-ngsi`, `x-unitCode`, `description`…) becomes `allOf: [{$ref}]` beside them, which
 * means the same in JSON Schema and keeps the annotations when a tool dereferences the `$ref`.
 */
import type { JsonSchema, SchemaSource } from '@opencity/tooling';

/** The media type of JSON Schema 2020-12 payloads (AsyncAPI's draft-07 pattern, `application/schema+json;version=…`). */
export const JSON_SCHEMA_2020_12 = 'application/schema+json;version=2020-12';

type Node = Record<string, unknown>;
const escape = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** Where a schema lives in the bundled document. */
const componentPointer = (name: string): string => `#/components/schemas/${escape(name)}/schema`;

/** Rewrites one schema for the bundle: references to pointers into the document, `$ref` siblings kept through allOf. */
function rewrite(
  value: unknown,
  self: SchemaSource,
  byId: ReadonlyMap<string, SchemaSource>,
  inNames = false,
): unknown {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, self, byId));
  if (value === null || typeof value !== 'object') return value;
  const node = value as Node;
  if (inNames) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, rewrite(v, self, byId)]));
  const out: Node = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') continue;
    out[k] = rewrite(v, self, byId, k === 'properties' || k === '$defs' || k === 'patternProperties');
  }
  const ref = node['$ref'];
  if (typeof ref !== 'string') return out;
  const [base = '', fragment = ''] = ref.split('#');
  const target = base === '' ? self : byId.get(base);
  if (!target) throw new Error(`${self.group}/${self.name}: $ref to a schema outside the contract: ${ref}`);
  const pointer = `${componentPointer(target.name)}${fragment}`;
  return Object.keys(out).length === 0 ? { $ref: pointer } : { allOf: [{ $ref: pointer }], ...out };
}

/** The schemas a set of schemas needs, transitively, by `$id` reference. */
function closure(roots: readonly SchemaSource[], byId: ReadonlyMap<string, SchemaSource>): SchemaSource[] {
  const seen = new Map<string, SchemaSource>();
  const queue = [...roots];
  while (queue.length) {
    const s = queue.pop()!;
    if (seen.has(s.name)) continue;
    seen.set(s.name, s);
    for (const m of JSON.stringify(s.schema).matchAll(/"\$ref":"([^"#]+)/g)) {
      const target = byId.get(m[1]!);
      if (target) queue.push(target);
    }
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The bundled document: `modular` (as buildAsyncApiDocument gives it) with each message payload pointing at an
 * inlined schema in `components/schemas`.
 */
export function bundleAsyncApiDocument(modular: Record<string, unknown>, sources: readonly SchemaSource[]): Node {
  const byId = new Map(sources.map((s) => [s.schema.$id, s]));
  const byName = new Map(sources.map((s) => [s.name, s]));
  const doc = structuredClone(modular) as Node & { components: Node & { messages: Record<string, Node> } };
  const payloadSchemas: SchemaSource[] = [];
  for (const message of Object.values(doc.components.messages)) {
    const entity = message['x-opencity-entity'];
    if (typeof entity !== 'string') continue;
    const source = byName.get(entity);
    if (!source) throw new Error(`message ${String(message['name'])}: no schema ${entity}`);
    payloadSchemas.push(source);
    message['payload'] = { $ref: `#/components/schemas/${escape(entity)}` };
  }
  const schemas: Node = { ...((doc.components['schemas'] as Node | undefined) ?? {}) };
  for (const s of closure(payloadSchemas, byId)) {
    if (Object.hasOwn(schemas, s.name)) throw new Error(`two schemas named ${s.name} in the bundle`);
    const { $id, $schema: _dialect, ...rest } = s.schema as JsonSchema;
    schemas[s.name] = {
      schemaFormat: JSON_SCHEMA_2020_12,
      // The identifier stays visible; as an `$id` it would make the pointers resolve against it instead of the document.
      schema: { $comment: `OpenCity schema ${$id}`, ...(rewrite(rest, s, byId) as Node) },
    };
  }
  doc.components['schemas'] = schemas;
  const info = doc['info'] as Node;
  doc['info'] = {
    ...info,
    description: `${String(info['description'])} This is the bundled form: every payload schema is inlined in components/schemas, with no external reference.`,
  };
  return doc;
}
