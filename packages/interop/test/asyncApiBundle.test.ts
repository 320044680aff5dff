// The bundled AsyncAPI contract works with other people's tools as is: the stock @asyncapi/parser reads it offline,
// with no resolver, and reports nothing; its inlined payload schemas keep every annotation and validate exactly as
// the contract does.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { validate } from '@opencity/models';
import { createAjv, loadSchemaSources } from '@opencity/tooling';
import { JSON_SCHEMA_2020_12 } from '../scripts/asyncApiBundle';
import { renderBundledAsyncApi } from '../scripts/generateAsyncApi';

const repo = join(import.meta.dirname, '../../..');
const file = join(repo, 'schemas/asyncapi/opencity.bundled.asyncapi.json');
const text = readFileSync(file, 'utf8');
type Node = Record<string, unknown>;
const doc = JSON.parse(text) as Node & {
  components: { schemas: Record<string, { schemaFormat?: string; schema?: Node }>; messages: Record<string, Node> };
};
const sources = loadSchemaSources(join(repo, 'schemas'));

interface StockParse {
  parsed: boolean;
  diagnostics: { severity: number; code: string; message: string; path: string[] }[];
  counts: { channels: number; operations: number; messages: number } | null;
  lost: unknown[];
}
/** The stock parser runs in its own Node process: its dependencies load under Node's resolver only. */
async function parseStock(path: string, expectedAnnotations?: string): Promise<StockParse> {
  const script = join(import.meta.dirname, '../scripts/parseStockAsyncApi.mjs');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [script, path, ...(expectedAnnotations ? [expectedAnnotations] : [])],
    {
      maxBuffer: 1 << 26,
    },
  );
  return JSON.parse(stdout) as StockParse;
}

/** Every annotation that sits beside a `$ref` in a contract schema, where the bundle must keep it. */
function annotationsBesideRefs(): { component: string; path: string[]; key: string; value: unknown }[] {
  const out: { component: string; path: string[]; key: string; value: unknown }[] = [];
  const walk = (node: unknown, component: string, path: string[]): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, component, [...path, String(i)]));
    if (node === null || typeof node !== 'object') return;
    const n = node as Node;
    if (typeof n['$ref'] === 'string')
      for (const [key, value] of Object.entries(n))
        if (key.startsWith('x-') || key === 'description') out.push({ component, path, key, value });
    for (const [k, v] of Object.entries(n)) if (k !== '$id' && k !== '$schema') walk(v, component, [...path, k]);
  };
  for (const name of Object.keys(doc.components.schemas)) {
    const source = sources.find((s) => s.name === name);
    if (source) walk(source.schema, name, []);
  }
  return out;
}

describe('schemas/asyncapi/opencity.bundled.asyncapi.json', () => {
  it('is what the generator gives for the current schemas', () => {
    expect(text).toBe(renderBundledAsyncApi(repo));
  });

  it('has no external reference: every $ref points inside the document', () => {
    const refs = [...text.matchAll(/"\$ref": "([^"]*)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(100);
    expect(refs.filter((r) => !r.startsWith('#/'))).toEqual([]);
  });

  it('inlines every payload schema in components/schemas, declared as JSON Schema 2020-12', () => {
    for (const message of Object.values(doc.components.messages)) {
      const entity = message['x-opencity-entity'];
      if (typeof entity !== 'string') continue;
      expect(message['payload']).toEqual({ $ref: `#/components/schemas/${entity}` });
      expect(doc.components.schemas[entity]?.schemaFormat).toBe(JSON_SCHEMA_2020_12);
    }
    for (const [name, s] of Object.entries(doc.components.schemas))
      if (s.schema) expect(s.schemaFormat, name).toBe(JSON_SCHEMA_2020_12);
  });

  it('parses with the stock @asyncapi/parser, offline and without a custom resolver, with 0 diagnostics and no annotation lost', async () => {
    const expected = annotationsBesideRefs();
    expect(expected.some((a) => a.key === 'x-ngsi')).toBe(true);
    expect(expected.some((a) => a.key === 'x-unitCode')).toBe(true);
    const list = join(mkdtempSync(join(tmpdir(), 'opencity-bundle-')), 'annotations.json');
    writeFileSync(list, JSON.stringify(expected));
    const result = await parseStock(file, list);
    expect(result.diagnostics).toEqual([]);
    expect(result.parsed).toBe(true);
    expect(result.counts?.messages).toBe(Object.keys(doc.components.messages).length);
    expect(result.lost).toEqual([]);
  }, 120_000);

  it("says on each message which entity types its relationships point to (the schemas' x-objectType)", () => {
    let seen = 0;
    for (const message of Object.values(doc.components.messages)) {
      const source = sources.find((s) => s.name === message['x-opencity-entity']);
      if (!source) continue;
      const expected = Object.fromEntries(
        Object.entries((source.schema['properties'] as Record<string, Node> | undefined) ?? {}).flatMap(([k, p]) =>
          Array.isArray(p['x-objectType']) ? [[k, p['x-objectType']]] : [],
        ),
      );
      expect(message['x-opencity-relationships'] ?? {}, source.name).toEqual(expected);
      seen += Object.keys(expected).length;
    }
    expect(seen).toBeGreaterThan(10);
    expect(
      (doc.components.messages['ParkingSpotObservation']?.['x-opencity-relationships'] as Node)['refParkingSite'],
    ).toEqual(['OnStreetParking', 'OffStreetParking']);
  });

  it('validates every schema example exactly as the contract does', () => {
    const ajv = createAjv([], { strict: false, allErrors: false });
    // Only the schemas: the document's own members (`id`, `info`…) are not JSON Schema.
    ajv.addSchema({ $id: 'urn:opencity:bundled-asyncapi', components: { schemas: doc.components.schemas } });
    let checked = 0;
    for (const s of sources) {
      if (!doc.components.schemas[s.name]?.schema) continue;
      const check = ajv.compile({ $ref: `urn:opencity:bundled-asyncapi#/components/schemas/${s.name}/schema` });
      for (const [name, example] of [...s.examples.valid, ...s.examples.invalid]) {
        const ours = validate(s.name, example, { extraChecks: false }).ok;
        expect(check(example), `${s.name} ${name}`).toBe(ours);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
