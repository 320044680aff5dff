/** The type bundle json-schema-to-typescript compiles: every schema of the contract as a `$defs` entry of one document. */
import { isAnnotationKeyword } from '@opencity/models/internal';
import { SchemaIndex, type JsonSchema, type SchemaSource } from '@opencity/tooling';

type Node = Record<string, unknown>;

/** Rewrites every `$ref` of a schema so it points inside the type bundle (`#/$defs/<Name>/…`). */
function rewriteRefs(value: unknown, self: SchemaSource, index: SchemaIndex): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, self, index));
  if (!value || typeof value !== 'object') return value;
  let node = value as Node;
  if (typeof node['$ref'] === 'string' && Object.keys(node).every((k) => k === '$ref' || isAnnotationKeyword(k))) {
    node = { $ref: node['$ref'] };
  }
  const out: Node = {};
  // A discriminated union restates its tag in every branch; the root's object keywords would only add an intersection.
  const discriminated = 'discriminator' in node && 'oneOf' in node;
  for (const [k, v] of Object.entries(node)) {
    if (discriminated && (k === 'type' || k === 'required' || k === 'discriminator' || k === 'properties')) continue;
    if (k === '$ref' && typeof v === 'string') {
      // A $ref with annotation siblings would make json-schema-to-typescript mint a copy of the target type.
      const [base = '', fragment = ''] = v.split('#');
      out[k] = `#/$defs/${index.resolve(base, self).source.name}${fragment}`;
    } else if (k !== '$id' && k !== '$schema') {
      out[k] = rewriteRefs(v, self, index);
    }
  }
  return out;
}

/** One schema whose `$defs` hold every schema of the contract, titled by type name, for json-schema-to-typescript. */
export function buildTypeBundle(sources: SchemaSource[]): JsonSchema {
  const index = new SchemaIndex(sources);
  const defs: Node = {};
  for (const s of sources) defs[s.name] = { ...(rewriteRefs(s.schema, s, index) as Node), title: s.name };
  return { type: 'object', $defs: defs } as unknown as JsonSchema;
}
