import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderAsyncApi } from '../../scripts/generateAsyncApi';
import type { ContractLint } from './node/lintContract';
import { loadContract } from './node/loadContract';
import { schemaFileForId } from './schemaFileForId';

const repo = join(import.meta.dirname, '../../../..');
const file = join(repo, 'schemas/asyncapi/opencity.asyncapi.json');

/** Runs the linter in its own Node process: @asyncapi/parser's dependencies load under Node's resolver only. */
async function lintContract(path: string): Promise<ContractLint> {
  const script = join(import.meta.dirname, '../../scripts/lintAsyncApi.ts');
  const { stdout } = await promisify(execFile)(join(repo, 'node_modules/.bin/tsx'), [
    '--conditions=@opencity/source',
    script,
    path,
    '--json',
  ]).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
  return JSON.parse(stdout) as ContractLint;
}

describe('schemas/asyncapi/opencity.asyncapi.json', () => {
  it('parses with @asyncapi/parser with zero errors and zero warnings', async () => {
    const lint = await lintContract(file);
    expect(lint.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')).toEqual([]);
    expect(lint.ok).toBe(true);
    const contract = await loadContract(file);
    expect(lint.counts).toEqual({
      channels: contract.channels().length,
      operations: contract.operations().length,
      messages: contract.messages().length,
    });
  }, 120_000);

  it('reports a broken document: the linter really lints', async () => {
    const { mkdtempSync, writeFileSync, mkdirSync, cpSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'opencity-asyncapi-'));
    mkdirSync(join(root, 'asyncapi'));
    cpSync(join(repo, 'schemas/city'), join(root, 'city'), { recursive: true });
    cpSync(join(repo, 'schemas/common'), join(root, 'common'), { recursive: true });
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { operations: Record<string, { action: string }> };
    doc.operations['receiveAirQualityObservedObservation']!.action = 'publish';
    writeFileSync(join(root, 'asyncapi', 'broken.json'), JSON.stringify(doc));
    const lint = await lintContract(join(root, 'asyncapi', 'broken.json'));
    expect(lint.ok).toBe(false);
    expect(
      lint.diagnostics.some(
        (d) => d.severity === 'error' && d.path.startsWith('operations/receiveAirQualityObservedObservation'),
      ),
    ).toBe(true);
  }, 120_000);

  it('is what the generator gives for the current schema folders (new types get channels automatically)', () => {
    expect(readFileSync(file, 'utf8')).toBe(renderAsyncApi(repo));
  });

  it('maps OpenCity $ids to local schema files only', () => {
    expect(
      schemaFileForId('https://w3id.org/opencity/schemas/common/EntityBase/v1/schema.json#/$defs/EntityId', '/s'),
    ).toBe('/s/common/EntityBase/schema.json');
    expect(schemaFileForId('https://example.org/schemas/common/EntityBase/v1/schema.json', '/s')).toBeUndefined();
  });
});

// The payloads declare JSON Schema 2020-12; tools that read AsyncAPI schemas as draft-07 (its default) must still
// read them right, so the payload schemas stay in the subset that means the same under draft-07 and 2020-12.
const NOT_IN_DRAFT_07 = [
  'prefixItems',
  'unevaluatedProperties',
  'unevaluatedItems',
  '$dynamicRef',
  '$dynamicAnchor',
  '$anchor',
  'dependentRequired',
  'dependentSchemas',
  'minContains',
  'maxContains',
  '$recursiveRef',
];
const ANNOTATION = /^(x-|title$|description$|examples$|\$comment$|default$|deprecated$|readOnly$|writeOnly$)/;
const NAME_MAPS = new Set(['properties', '$defs', 'definitions', 'patternProperties']);

/**
 * A `prefixItems` that only adds checks: inside the `then`/`else` of a schema whose `items` (one schema) already
 * constrains every position, and with entries of that same type. Draft-07 ignores it and reads the array by `items`:
 * it misses the extra check (a coordinate's range) but never rejects what 2020-12 accepts.
 */
function onlyTightens(node: Record<string, unknown>, branchOf: Record<string, unknown> | undefined): boolean {
  const [prefix, items] = [node['prefixItems'], branchOf?.['items']];
  if (!Array.isArray(prefix) || !items || typeof items !== 'object' || Array.isArray(items)) return false;
  const type = (items as Record<string, unknown>)['type'];
  return prefix.every((p) => !!p && typeof p === 'object' && (p as Record<string, unknown>)['type'] === type);
}

function draft07Problems(node: unknown, path: string, out: string[], branchOf?: Record<string, unknown>): void {
  if (Array.isArray(node)) return node.forEach((n, i) => draft07Problems(n, `${path}/${i}`, out));
  if (node === null || typeof node !== 'object') return;
  const entries = Object.entries(node as Record<string, unknown>);
  for (const [k, v] of entries) {
    if (k === 'prefixItems' && onlyTightens(node as Record<string, unknown>, branchOf)) continue;
    if (NOT_IN_DRAFT_07.includes(k)) out.push(`${path}: ${k} is not draft-07`);
    if (k === '$ref') {
      // draft-07 ignores every sibling of $ref: only annotations may sit beside it.
      const siblings = entries.map(([s]) => s).filter((s) => s !== '$ref' && !ANNOTATION.test(s));
      if (siblings.length)
        out.push(`${path}: $ref with sibling keywords ${siblings.join(', ')} (ignored under draft-07)`);
    }
    if (k === 'items' && Array.isArray(v)) out.push(`${path}: array-form items means a tuple under draft-07`);
    if (NAME_MAPS.has(k) && v && typeof v === 'object')
      for (const [name, sub] of Object.entries(v)) draft07Problems(sub, `${path}/${k}/${name}`, out);
    else if (k === 'then' || k === 'else') draft07Problems(v, `${path}/${k}`, out, node as Record<string, unknown>);
    else if (!k.startsWith('x-') && k !== 'enum' && k !== 'const' && k !== 'examples')
      draft07Problems(v, `${path}/${k}`, out);
  }
}

describe('payload schemas under the draft-07 default of AsyncAPI', () => {
  it('every payload schema, and every schema it references, means the same under draft-07', () => {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as {
      components: { messages: Record<string, { payload: { schemaFormat: string; schema: { $ref: string } } }> };
    };
    const seen = new Set<string>();
    const queue: string[] = [];
    for (const m of Object.values(doc.components.messages)) {
      expect(m.payload.schemaFormat).toBe('application/schema+json;version=2020-12');
      if (m.payload.schema.$ref.endsWith('schema.json'))
        queue.push(join(repo, 'schemas/asyncapi', m.payload.schema.$ref));
    }
    const problems: string[] = [];
    while (queue.length) {
      const path = queue.pop()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const text = readFileSync(path, 'utf8');
      draft07Problems(JSON.parse(text), path.slice(repo.length), problems);
      for (const m of text.matchAll(/"\$ref":\s*"(https:\/\/w3id\.org\/opencity\/schemas\/[^"#]+)/g))
        queue.push(schemaFileForId(m[1]!, join(repo, 'schemas'))!);
    }
    expect(seen.size).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it('lets prefixItems only add checks (a then/else beside items of the same type), nothing else', () => {
    const problems: string[] = [];
    const tightening = { type: 'array', items: { type: 'number' }, if: { maxItems: 2 } };
    draft07Problems({ ...tightening, then: { prefixItems: [{ type: 'number', maximum: 180 }] } }, '#', problems);
    expect(problems).toEqual([]);
    // A tuple of other types, or at the top level, means something else under draft-07.
    draft07Problems({ ...tightening, then: { prefixItems: [{ type: 'string' }] } }, '#a', problems);
    draft07Problems({ type: 'array', prefixItems: [{ type: 'number' }] }, '#b', problems);
    expect(problems).toEqual(['#a/then: prefixItems is not draft-07', '#b: prefixItems is not draft-07']);
  });
});
