/**
 * The generated reference in three languages: where each language's page lives, the header that links a page to its
 * translations, GitHub-compatible heading anchors and the writer every docs generator uses.
 *
 * Layout: English at `docs/reference/<page>` (the addresses finding `docs` links and the guides point to), French at
 * `docs/reference/fr/<page>`, Dutch at `docs/reference/nl/<page>`. Each language tree has the same shape, so relative
 * links between reference pages are the same in every language.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { slug } from 'github-slugger';
import type { Lang } from '@opencity/models';
import { docText, type DocsTextKey } from './docsText';
import { repoRoot } from './schemaSources';

/** Languages of the generated reference, English (the canonical addresses) first. */
export const referenceLanguages: readonly Lang[] = ['en', 'fr', 'nl'];

/** The folder the generated reference is written to. */
export const referenceRoot = join(repoRoot, 'docs', 'reference');

/** A page's path relative to `docs/reference/` in a language (`kpi/index.md` → `fr/kpi/index.md`). */
export function referencePath(lang: Lang, page: string): string {
  return lang === 'en' ? page : `${lang}/${page}`;
}

/** The relative link from `page` in `from` to the same page in `to`. */
export function translationLink(page: string, from: Lang, to: Lang): string {
  const source = referencePath(from, page);
  return posix.relative(posix.dirname(source), referencePath(to, page));
}

/** The relative link from a page in `lang` to a file only published once, in the English tree (e.g. a JSON export). */
export function sharedFileLink(page: string, lang: Lang, file: string): string {
  return posix.relative(posix.dirname(referencePath(lang, page)), file);
}

const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', fr: 'Français', nl: 'Nederlands' };

/** The line under a page's title naming its language and linking its translations (each in its own language). */
export function languageBar(lang: Lang, page: string): string {
  return referenceLanguages
    .map((l) => (l === lang ? `**${LANGUAGE_NAMES[l]}**` : `[${LANGUAGE_NAMES[l]}](${translationLink(page, lang, l)})`))
    .join(' · ');
}

/**
 * The first lines of a generated page: its title, the language bar and the "generated from … — do not edit" note.
 * @example
 * pageHeader('fr', 'kpi/index.md', 'Catalogue des KPI', '`@opencity/kpi`')
 */
export function pageHeader(lang: Lang, page: string, title: string, source: string): string[] {
  return [`# ${title}`, '', languageBar(lang, page), '', `> ${docText('generated', lang, { source })}`, ''];
}

/**
 * The anchor GitHub gives a heading (github-slugger: lower case, punctuation dropped, spaces to hyphens). Headings
 * linked this way must be plain text and unique in their page; the gate's reference check proves every link lands.
 */
export function headingAnchor(heading: string): string {
  return slug(heading);
}

/** A table cell: pipes escaped, line breaks joined. */
export function cell(text: unknown): string {
  return String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

/** A shorthand for the string table in one language. */
export function textsIn(lang: Lang): (key: DocsTextKey, params?: Readonly<Record<string, string | number>>) => string {
  return (key, params) => docText(key, lang, params);
}

/**
 * Writes one section of the reference in every language: clears `docs/reference[/<lang>]/<section>/`, then writes the
 * pages `render(lang)` returns (paths relative to `docs/reference/`, starting with the section). Returns the number of
 * files written.
 */
export function writeReference(section: string, render: (lang: Lang) => ReadonlyMap<string, string>): number {
  let written = 0;
  for (const lang of referenceLanguages) {
    rmSync(join(referenceRoot, referencePath(lang, section)), { recursive: true, force: true });
    for (const [page, text] of render(lang)) {
      if (!page.startsWith(`${section}/`)) throw new Error(`${page} is not in the ${section} section`);
      const file = join(referenceRoot, referencePath(lang, page));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
      written++;
    }
  }
  return written;
}
