/**
 * The generated reference in three languages: where each language's page lives, the header that links a page to its
 * translations, GitHub-compatible heading anchors and the writer every docs generator uses.
 *
 * Layout: English at `docs/reference/<page>` (the addresses finding `docs` links and the guides point to), French at
 * `docs/reference/fr/<page>`, Dutch at `docs/reference/nl/<page>`. Each language tree has the same shape, so relative
 * links between reference pages are the same in every language.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
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
 * Text the contract holds in English only (a data source, a caveat, a decision), as written on a page in `lang`: as is
 * in English, followed by "(en anglais)" / "(in het Engels)" elsewhere; empty text stays empty.
 */
export function inEnglish(lang: Lang, text: string | undefined): string {
  if (!text) return '';
  return lang === 'en' ? text : `${text}${docText('englishOnly', lang)}`;
}

/** What {@link writeReference} did: the files it wrote, or with `--check` the files that differ from the generator's. */
export interface ReferenceWrite {
  /** Files rendered (pages in every language plus any file published once). */
  readonly files: number;
  /** With `--check`: files missing, different or left over, relative to `docs/reference/`; empty when up to date. */
  readonly drift: readonly string[];
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => relative(referenceRoot, join(d.parentPath, d.name)).split('\\').join('/'));
}

/**
 * Writes one section of the reference in every language: clears `docs/reference[/<lang>]/<section>/`, then writes the
 * files `render(lang)` returns (paths relative to `docs/reference/`, starting with the section; a file published once,
 * such as a JSON export, is returned for English only). With `--check` in `argv` it writes nothing and reports, in
 * `drift` and exit code 1, every file missing, different or left over (the generated reference is reproducible: the
 * same sources give the same bytes).
 * @example
 * writeReference('kpi', (lang) => new Map([['kpi/index.md', page(lang)]]));
 */
export function writeReference(
  section: string,
  render: (lang: Lang) => ReadonlyMap<string, string>,
  argv: readonly string[] = process.argv,
): ReferenceWrite {
  const check = argv.includes('--check');
  const wanted = new Map<string, string>();
  for (const lang of referenceLanguages)
    for (const [page, text] of render(lang)) {
      if (!page.startsWith(`${section}/`)) throw new Error(`${page} is not in the ${section} section`);
      wanted.set(referencePath(lang, page), text.endsWith('\n') ? text : `${text}\n`);
    }
  const drift: string[] = [];
  if (check) {
    for (const [file, text] of wanted) {
      const path = join(referenceRoot, file);
      if (!existsSync(path)) drift.push(`${file}: missing`);
      else if (readFileSync(path, 'utf8') !== text) drift.push(`${file}: differs from what the generator writes`);
    }
    for (const lang of referenceLanguages)
      for (const file of filesUnder(join(referenceRoot, referencePath(lang, section))))
        if (!wanted.has(file)) drift.push(`${file}: not written by the generator any more`);
    for (const d of drift) console.error(`docs/reference/${d}`);
    if (drift.length > 0) process.exitCode = 1;
    return { files: wanted.size, drift };
  }
  for (const lang of referenceLanguages)
    rmSync(join(referenceRoot, referencePath(lang, section)), { recursive: true, force: true });
  for (const [file, text] of wanted) {
    const path = join(referenceRoot, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return { files: wanted.size, drift };
}

/**
 * Runs a section's generator as its docs script: writes the section (or checks it with `--check`) and prints one
 * line saying what was done, `what` naming the content (e.g. "49 KPI definitions").
 */
export function publishReference(
  section: string,
  what: string,
  render: (lang: Lang) => ReadonlyMap<string, string>,
): void {
  const { files, drift } = writeReference(section, render);
  if (!process.argv.includes('--check'))
    console.log(`wrote ${what} to ${files} files of docs/reference/ (${referenceLanguages.join(', ')})`);
  else if (drift.length === 0) console.log(`docs/reference/ ${section}: ${files} files up to date (${what})`);
  else
    console.error(`docs/reference/ ${section}: ${drift.length} files out of date: run the generator without --check`);
}
