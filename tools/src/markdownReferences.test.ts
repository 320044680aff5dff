import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './schemaSources';

/** The gate's Markdown reference check (scripts/markdownReferences.mjs), which also runs on the generated reference. */
const check = (await import(new URL('../../scripts/markdownReferences.mjs', import.meta.url).href)) as {
  checkMarkdownFile(file: string): string[];
  missingTranslations(files: string[]): string[];
};

const dir = 'test-artifacts/markdown-references';
afterAll(() => rmSync(join(repoRoot, dir), { recursive: true, force: true }));

describe('the Markdown reference check of the gate', () => {
  it('resolves in-page anchors with GitHub’s slugs: accents kept, punctuation dropped, repeated headings -1, -2', () => {
    mkdirSync(join(repoRoot, dir), { recursive: true });
    const file = `${dir}/page.md`;
    writeFileSync(
      join(repoRoot, file),
      [
        '# Référence',
        '## Résumé',
        '## Résumé',
        '## Thema’s & `code_x` (nl)',
        '## ECO-01 — Taux de chômage',
        '[a](#résumé) [b](#résumé-1) [c](#themas--code_x-nl) [d](#eco-01--taux-de-chômage)',
        '[broken](#résumé-2) [case](#Résumé) [english slug](#resume)',
        '',
      ].join('\n\n'),
    );
    expect(check.checkMarkdownFile(file)).toEqual([
      // markdown-it percent-encodes the link as a browser would; the anchor is compared decoded.
      `${file}: ${encodeURI('#résumé-2')}: no heading of ${file} has the anchor #résumé-2`,
      `${file}: ${encodeURI('#Résumé')}: no heading of ${file} has the anchor #Résumé`,
      `${file}: #resume: no heading of ${file} has the anchor #resume`,
    ]);
  });

  it('reports a page of the reference missing in a language', () => {
    expect(
      check.missingTranslations([
        'docs/reference/kpi/index.md',
        'docs/reference/fr/kpi/index.md',
        'docs/reference/nl/kpi/index.md',
        'docs/reference/schemas/index.md',
        'docs/reference/nl/schemas/index.md',
      ]),
    ).toEqual(['docs/reference/fr/schemas/index.md: missing (the page exists in another language of the reference)']);
  });
});
