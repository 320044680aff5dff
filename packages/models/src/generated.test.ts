// Generated files never drift from schemas/: regenerating in memory gives exactly what is on disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { generateFiles } from '../scripts/generate';

it('src/generated and the published schemas match a fresh generation', async () => {
  const root = join(import.meta.dirname, '..');
  const files = await generateFiles();
  const stale = [...files].filter(([path, content]) => {
    try {
      return readFileSync(join(root, path), 'utf8') !== content;
    } catch {
      return true;
    }
  });
  expect(
    stale.map(([path]) => path),
    'run `npm run generate` after changing schemas/',
  ).toEqual([]);
}, 120_000);
