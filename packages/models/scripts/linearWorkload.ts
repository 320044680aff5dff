/**
 * The workload of the linear-time budget (issue 15, "Small inputs, long times"): every distinct array schema of the
 * contract, found through `$ref`, `allOf`, `anyOf`/`oneOf` branches and items, and payloads that put any number of
 * hostile items in it. Used by `linearBudget.ts` (the timed budget, a gate step) and by the unit test that checks the
 * workload reaches every array-bearing schema.
 */
import { loadSchemaSources, SchemaIndex, withoutAnnotations, type Located } from '@opencity/tooling';

type Node = Record<string, unknown>;
type Path = (string | number)[];
/** An array somewhere in a schema: where it sits in a payload, and the `const` members that select its branch. */
export interface ArrayTarget {
  readonly node: Node;
  readonly path: Path;
  readonly consts: readonly (readonly [Path, Node])[];
}

const sources = loadSchemaSources();
const index = new SchemaIndex(sources);

function branchConsts(loc: Located): Node | undefined {
  const { node } = typeof loc.node['$ref'] === 'string' ? index.resolve(loc.node['$ref'], loc.source) : loc;
  const out: Node = {};
  for (const [k, p] of Object.entries((node['properties'] as Record<string, Node> | undefined) ?? {}))
    if ('const' in p) out[k] = p['const'];
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Every array a payload of this schema can hold, through `$ref`, `allOf`, `anyOf`/`oneOf` branches and items. */
function arrayTargets(loc: Located, path: Path, consts: ArrayTarget['consts'], depth: number, out: ArrayTarget[]) {
  if (depth > 12) return; // recursive schemas: a dozen levels reach every distinct array node
  const { node, source } = loc;
  if (typeof node['$ref'] === 'string') arrayTargets(index.resolve(node['$ref'], source), path, consts, depth + 1, out);
  for (const m of (node['allOf'] as Node[] | undefined) ?? [])
    arrayTargets({ node: m, source }, path, consts, depth + 1, out);
  for (const b of [
    ...((node['anyOf'] as Node[] | undefined) ?? []),
    ...((node['oneOf'] as Node[] | undefined) ?? []),
  ]) {
    const c = branchConsts({ node: b, source });
    arrayTargets({ node: b, source }, path, c ? [...consts, [path, c]] : consts, depth + 1, out);
  }
  if (node['type'] === 'array' || node['items'] !== undefined) {
    out.push({ node, path, consts });
    if (node['items'] && typeof node['items'] === 'object')
      arrayTargets({ node: node['items'] as Node, source }, [...path, 0], consts, depth + 1, out);
  }
  for (const [k, p] of Object.entries((node['properties'] as Record<string, Node> | undefined) ?? {}))
    arrayTargets({ node: p, source }, [...path, k], consts, depth + 1, out);
}

/** Distinct hostile items: wrong types for most item schemas, and all different so `uniqueItems` scans them all. */
const hostileItems = (n: number): unknown[] =>
  Array.from({ length: n }, (_, k) => [{ k }, [k, 'x'], `s${k}`, -k - 0.5][k % 4]);

function container(root: Node, path: Path): Node {
  let node: unknown = root;
  for (const [i, key] of path.entries()) {
    const parent = node as Record<string | number, unknown>;
    const nextIsIndex = typeof path[i + 1] === 'number';
    if (parent[key] === null || typeof parent[key] !== 'object') parent[key] = nextIsIndex ? [{}] : {};
    if (nextIsIndex && !Array.isArray(parent[key])) parent[key] = [{}];
    node = parent[key];
  }
  return node as Node;
}

/** A payload (from the schema's first valid example) holding `n` hostile items in each of the given arrays. */
export function payloadWith(example: unknown, targets: readonly ArrayTarget[], n: number): Node {
  const root = { value: structuredClone(example) } as Node;
  for (const t of targets) {
    for (const [at, values] of t.consts) Object.assign(container(root, ['value', ...at]), values);
    const parent = container(root, ['value', ...t.path.slice(0, -1)]);
    (parent as Record<string | number, unknown>)[t.path.at(-1)!] = hostileItems(n);
  }
  return root['value'] as Node;
}

/**
 * Each distinct array schema of the contract once, in the first schema that reaches it: arrays with the same schema
 * (after annotations are dropped) compile to the same code, so one of them stands for all.
 */
export function arrayWorkload(): { name: string; example: unknown; target: ArrayTarget }[] {
  const seen = new Set<string>();
  const out: { name: string; example: unknown; target: ArrayTarget }[] = [];
  for (const s of sources) {
    const found: ArrayTarget[] = [];
    arrayTargets({ node: s.schema, source: s }, [], [], 0, found);
    for (const target of found) {
      const key = JSON.stringify(withoutAnnotations(target.node));
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ name: s.name, example: s.examples.valid[0]?.[1] ?? {}, target });
    }
  }
  return out;
}
