// Identifiers that resolve: the single-file bundle lets any 2020-12 validator resolve every schema offline, and the docs
// site serves every schema (and the bundle, the context, the AsyncAPI contracts) at the path of its identifier.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadSchemaSources } from '@opencity/tooling';
import { REPOSITORY_BUNDLE_PATH, SCHEMA_BUNDLE_ID, buildSchemaBundle } from '../scripts/schemaBundle';
import { schemaBundleText } from '../scripts/generate';
import { servedFiles, servedPath } from '../scripts/servedSchemas';
import { contractFormats, validate } from './index';

const repo = join(import.meta.dirname, '../../..');
const sources = loadSchemaSources();
const bundle = JSON.parse(readFileSync(join(repo, REPOSITORY_BUNDLE_PATH), 'utf8')) as {
  $id: string;
  $defs: Record<string, { $id: string }>;
};

describe('the single-file schema bundle', () => {
  it('is in the repository as the generator gives it, and in the package', () => {
    expect(readFileSync(join(repo, REPOSITORY_BUNDLE_PATH), 'utf8')).toBe(schemaBundleText(sources));
    expect(readFileSync(join(import.meta.dirname, '../schemas/opencity.bundle.json'), 'utf8')).toBe(
      schemaBundleText(sources),
    );
  });

  it('holds every schema of the contract under its own $id, unchanged', () => {
    expect(bundle.$id).toBe(SCHEMA_BUNDLE_ID);
    expect(Object.keys(bundle.$defs).sort()).toEqual(sources.map((s) => s.schema.$id).sort());
    for (const s of sources) expect(bundle.$defs[s.schema.$id]).toEqual(s.schema);
  });

  it('is all a plain 2020-12 validator needs: ajv with nothing but the bundle validates every example as we do', () => {
    // A vendor's own ajv: no OpenCity keywords registered (strict off ignores the x- annotations), the contract's formats.
    const ajv = new Ajv2020({ strict: false });
    for (const [name, format] of Object.entries(contractFormats)) ajv.addFormat(name, format);
    ajv.addSchema(buildSchemaBundle(sources, '0.0.0'));
    let checked = 0;
    for (const s of sources) {
      const check = ajv.compile({ $ref: s.schema.$id });
      for (const [file, example] of [...s.examples.valid, ...s.examples.invalid]) {
        expect(check(example), `${s.name} ${file}`).toBe(validate(s.name, example, { extraChecks: false }).ok);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('the served tree of the docs site', () => {
  const files = servedFiles(sources, repo);

  it('serves every schema at the path of its $id', () => {
    for (const s of sources) {
      const path = servedPath(s.schema.$id)!;
      expect(path, s.schema.$id).toMatch(/^schemas\/[a-z]+\/[A-Za-z]+\/v\d+\/schema\.json$/);
      expect((JSON.parse(files.get(path)!) as { $id: string }).$id).toBe(s.schema.$id);
    }
  });

  it('serves the bundle, the JSON-LD context and the AsyncAPI contracts at their addresses', () => {
    expect((JSON.parse(files.get(servedPath(SCHEMA_BUNDLE_ID)!)!) as { $id: string }).$id).toBe(SCHEMA_BUNDLE_ID);
    expect(files.has('schemas/context/opencity-context.jsonld')).toBe(true);
    expect(files.has('schemas/asyncapi/opencity.asyncapi.json')).toBe(true);
    expect(files.has('schemas/asyncapi/opencity.bundled.asyncapi.json')).toBe(true);
  });

  it('serves only identifiers of its own base', () => {
    expect(servedPath('https://example.org/schemas/x.json')).toBeUndefined();
    expect(servedPath('https://w3id.org/opencity/schemas/common/EntityBase/v2/schema.json#/$defs/DateTime')).toBe(
      undefined,
    );
  });
});
