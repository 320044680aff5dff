/**
 * Writes schemas/asyncapi/opencity.asyncapi.json from the schema folders (`--check`: exit 1 when the committed file
 * differs from what the schemas give, e.g. after adding a city entity type without regenerating).
 *   tsx packages/interop/scripts/generateAsyncApi.ts [--check]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAsyncApiDocument, readGroup } from './asyncApiDocument';

const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
/** Where the generated contract lives. */
export const ASYNCAPI_FILE = join(repoRoot, 'schemas', 'asyncapi', 'opencity.asyncapi.json');

/** The contract as the schemas currently give it, serialised exactly as the committed file. */
export function renderAsyncApi(root = repoRoot): string {
  const schemas = join(root, 'schemas');
  const version = String(
    (JSON.parse(readFileSync(join(root, 'packages', 'models', 'package.json'), 'utf8')) as { version: string }).version,
  );
  return `${JSON.stringify(buildAsyncApiDocument(readGroup(schemas, 'city'), readGroup(schemas, 'office'), version), null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = renderAsyncApi();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(ASYNCAPI_FILE, 'utf8');
    } catch {
      // missing file: reported as drift below
    }
    if (current !== text) {
      console.error(
        'schemas/asyncapi/opencity.asyncapi.json is out of date: run npx tsx packages/interop/scripts/generateAsyncApi.ts',
      );
      process.exitCode = 1;
    }
  } else {
    writeFileSync(ASYNCAPI_FILE, text);
    console.log(`wrote ${ASYNCAPI_FILE}`);
  }
}
