/**
 * The tree the docs site serves so that every identifier resolves: each schema at the path of its `$id`
 * (`https://w3id.org/opencity/schemas/city/ParkingSpot/v1/schema.json` → `schemas/city/ParkingSpot/v1/schema.json` on
 * the site), the single-file bundle at its `$id`, the JSON-LD context and the AsyncAPI contracts at theirs. The w3id
 * redirect that maps `https://w3id.org/opencity/` to the site is described in docs/identifiers.md.
 *   tsx --conditions=@opencity/source packages/models/scripts/servedSchemas.ts   (writes docs/schemas/)
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSchemaSources, repoRoot, type SchemaSource } from '@opencity/tooling';
import { SCHEMA_ID_BASE } from '../src/vocabulary';
import { SCHEMA_BUNDLE_ID, buildSchemaBundle } from './schemaBundle';

/** The persistent base every OpenCity identifier starts with; the site serves what follows it. */
export const W3ID_BASE = 'https://w3id.org/opencity/';

/** The site path (relative to the docs root) an identifier is served at, or undefined for a foreign identifier. */
export function servedPath(id: string): string | undefined {
  return id.startsWith(W3ID_BASE) && !id.includes('#') ? id.slice(W3ID_BASE.length) : undefined;
}

/** Every file of the served tree: site path → content. */
export function servedFiles(sources: readonly SchemaSource[], root = repoRoot, version = '0.0.0'): Map<string, string> {
  const files = new Map<string, string>();
  const put = (id: string, text: string): void => {
    const path = servedPath(id);
    if (!path) throw new Error(`${id} is not under ${W3ID_BASE}`);
    files.set(path, text);
  };
  for (const s of sources) put(s.schema.$id, `${JSON.stringify(s.schema, null, 2)}\n`);
  put(SCHEMA_BUNDLE_ID, `${JSON.stringify(buildSchemaBundle(sources, version), null, 2)}\n`);
  // The JSON-LD context and the AsyncAPI documents, at the paths their own addresses give (same layout as schemas/).
  for (const folder of ['context', 'asyncapi']) {
    const dir = join(root, 'schemas', folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => /\.(jsonld|json)$/.test(f)))
      put(`${SCHEMA_ID_BASE}/${folder}/${file}`, readFileSync(join(dir, file), 'utf8'));
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(repoRoot, 'docs');
  const version = String(
    (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string }).version,
  );
  const files = servedFiles(loadSchemaSources(), repoRoot, version);
  rmSync(join(out, 'schemas'), { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
  console.log(`wrote ${files.size} files under docs/schemas/ (each at the path of its identifier)`);
}
