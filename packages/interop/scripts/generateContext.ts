/**
 * Writes schemas/context/opencity-context.jsonld from the entity schemas (`--check`: exit 1 on drift).
 *   tsx packages/interop/scripts/generateContext.ts [--check]
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildJsonLdContext } from './jsonLdContext';
import { writeGenerated } from './writeGenerated';

const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
/** Where the generated @context lives. */
export const CONTEXT_FILE = join(repoRoot, 'schemas', 'context', 'opencity-context.jsonld');

/** The @context as the schemas currently give it, serialised exactly as the committed file. */
export function renderContext(root = repoRoot): string {
  return `${JSON.stringify(buildJsonLdContext(join(root, 'schemas')), null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeGenerated(CONTEXT_FILE, renderContext(), 'packages/interop/scripts/generateContext.ts');
}
