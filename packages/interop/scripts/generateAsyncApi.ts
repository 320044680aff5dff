/**
 * Writes schemas/asyncapi/opencity.asyncapi.json (schemas by reference) and opencity.bundled.asyncapi.json (schemas
 * inlined, self-contained) from the schema folders (`--check`: exit 1 when a committed file differs from what the
 * schemas give, e.g. after adding a city entity type without regenerating).
 *   tsx packages/interop/scripts/generateAsyncApi.ts [--check]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSchemaSources } from '@opencity/tooling';
import { bundleAsyncApiDocument } from './asyncApiBundle';
import { buildAsyncApiDocument, readGroup } from './asyncApiDocument';
import { writeGenerated } from './writeGenerated';

const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
/** Where the generated contract lives. */
export const ASYNCAPI_FILE = join(repoRoot, 'schemas', 'asyncapi', 'opencity.asyncapi.json');
/** Where its bundled, self-contained form lives. */
export const BUNDLED_ASYNCAPI_FILE = join(repoRoot, 'schemas', 'asyncapi', 'opencity.bundled.asyncapi.json');

function contract(root: string): Record<string, unknown> {
  const schemas = join(root, 'schemas');
  const version = String(
    (JSON.parse(readFileSync(join(root, 'packages', 'models', 'package.json'), 'utf8')) as { version: string }).version,
  );
  return buildAsyncApiDocument(readGroup(schemas, 'city'), readGroup(schemas, 'office'), version);
}

/** The contract as the schemas currently give it, serialised exactly as the committed file. */
export function renderAsyncApi(root = repoRoot): string {
  return `${JSON.stringify(contract(root), null, 2)}\n`;
}

/** The bundled contract as the schemas currently give it, serialised exactly as the committed file. */
export function renderBundledAsyncApi(root = repoRoot): string {
  const sources = loadSchemaSources(join(root, 'schemas'), { examples: false });
  return `${JSON.stringify(bundleAsyncApiDocument(contract(root), sources), null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const generator = 'packages/interop/scripts/generateAsyncApi.ts';
  writeGenerated(ASYNCAPI_FILE, renderAsyncApi(), generator);
  writeGenerated(BUNDLED_ASYNCAPI_FILE, renderBundledAsyncApi(), generator);
}
