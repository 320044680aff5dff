#!/usr/bin/env node
// Markdown references: every relative link (and its #anchor) and every fixture or example path quoted in the
// repository's Markdown resolves, hand-written and generated. Run by the gate after the docs are generated;
// `node scripts/markdownReferences.mjs` alone after `npm run docs`.
//
// Checked files: README.md, packages/*/README.md, examples/*/README.md, docs/*.md, docs/guides/*.md, docs/adr/*.md, and
// the generated reference, docs/reference/**/*.md, in every language (English at docs/reference/, French and Dutch
// under docs/reference/fr/ and docs/reference/nl/, each page linking its translations).
// - A link `[text](path#anchor)`: the path exists relative to the file; an anchor into a Markdown file names one of
//   its headings as GitHub slugs them (github-slugger), or an explicit `<a id>`/`<a name>`.
// - A quoted path (inline code or a command in a code block) with an `examples`, `fixtures`, `__fixtures__`, `test`
//   or `valid`/`invalid` folder in it: it exists relative to the file, the repository or the file's package; a glob
//   matches at least one file; a schema-relative path (`examples/valid/…`) is shipped by every city schema.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import MarkdownIt from 'markdown-it';

const root = fileURLToPath(new URL('..', import.meta.url));
const md = new MarkdownIt({ html: true });

/** Folders whose content a generator writes (gitignored): a link into them needs `npm run docs` first. */
const generated = ['docs/reference/', 'docs/api/', 'docs/schemas/', 'docs/generated/'];

/** The hand-written Markdown files, relative to the repository root. */
export function markdownFiles() {
  const list = (dir, pick) =>
    existsSync(join(root, dir)) ? readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) => pick(d)) : [];
  return [
    'README.md',
    ...list('packages', (d) => (d.isDirectory() ? [`packages/${d.name}/README.md`] : [])),
    ...list('examples', (d) => (d.isDirectory() ? [`examples/${d.name}/README.md`] : [])),
    ...['docs', 'docs/guides', 'docs/adr'].flatMap((dir) =>
      list(dir, (d) => (d.isFile() && d.name.endsWith('.md') ? [`${dir}/${d.name}`] : [])),
    ),
  ].filter((f) => existsSync(join(root, f)));
}

/** The generated reference's Markdown pages, relative to the repository root (none before `npm run docs`). */
export function generatedMarkdownFiles() {
  const walk = (dir) =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(`${dir}/${d.name}`) : d.name.endsWith('.md') ? [`${dir}/${d.name}`] : [],
    );
  return existsSync(join(root, 'docs/reference')) ? walk('docs/reference').sort() : [];
}

/** Pages of the generated reference missing in a language: every page exists in English, French and Dutch. */
export function missingTranslations(files) {
  const pages = new Set(files.map((f) => f.replace(/^docs\/reference\/(?:fr\/|nl\/)?/, '')));
  const has = new Set(files);
  return [...pages].flatMap((page) =>
    ['', 'fr/', 'nl/']
      .map((prefix) => `docs/reference/${prefix}${page}`)
      .filter((f) => !has.has(f))
      .map((f) => `${f}: missing (the page exists in another language of the reference)`),
  );
}

const anchorCache = new Map();
/** The anchors a Markdown file offers: GitHub's heading slugs and explicit HTML ids. */
function anchorsOf(file) {
  let anchors = anchorCache.get(file);
  if (anchors) return anchors;
  anchors = new Set();
  const slugger = new GithubSlugger();
  const tokens = md.parse(readFileSync(file, 'utf8'), {});
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'heading_open') {
      const inline = tokens[i + 1];
      // GitHub slugs the heading's rendered text (code spans keep their text, link targets drop out).
      const text = (inline?.children ?? [])
        .filter((c) => c.type === 'text' || c.type === 'code_inline')
        .map((c) => c.content)
        .join('');
      anchors.add(slugger.slug(text));
    }
    // Explicit anchors: `<a id="…">` or `<a name="…">` in an HTML block or inline.
    const html = [t, ...(t.children ?? [])].filter((x) => x.type === 'html_block' || x.type === 'html_inline');
    for (const x of html) for (const m of x.content.matchAll(/<a\s[^>]*(?:id|name)="([^"]+)"/g)) anchors.add(m[1]);
  }
  anchorCache.set(file, anchors);
  return anchors;
}

const fixtureSegment = /(^|\/)(examples|fixtures|__fixtures__|test|valid|invalid)\//;
const pathLike = /^(?:\.{1,2}\/)?[\w@.*-]+(?:\/[\w@.*-]+)+\.[a-z]{2,8}$/i;

/** Files matching a path with `*` wildcards (within one folder level each), relative to `base`. */
function globExists(base, pattern) {
  const parts = pattern.split('/');
  const walk = (dir, i) => {
    if (i === parts.length) return true;
    const part = parts[i];
    if (!part.includes('*')) return existsSync(join(dir, part)) && walk(join(dir, part), i + 1);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return false;
    const re = new RegExp(`^${part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return readdirSync(dir).some((name) => re.test(name) && walk(join(dir, name), i + 1));
  };
  return walk(base, 0);
}

/** The schema folders of the contract's city group (the folders a schema-relative path is relative to). */
function citySchemaFolders() {
  const base = join(root, 'schemas/city');
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(base, d.name));
}

/** Problems with one quoted path, or an empty list; `cwd` is the folder a code block's `cd` moved to. */
function checkQuotedPath(file, path, cwd = '.') {
  const bases = [resolve(dirname(join(root, file)), cwd), root];
  const pkg = file.match(/^(packages|examples)\/[^/]+\//)?.[0];
  if (pkg) bases.push(join(root, pkg));
  if (bases.some((b) => globExists(b, path))) return [];
  if (/^examples\/(valid|invalid)\//.test(path)) {
    const missing = citySchemaFolders().filter((dir) => !globExists(dir, path));
    return missing.length === 0
      ? []
      : [`${path} is not shipped by ${missing.map((d) => relative(root, d)).join(', ')}`];
  }
  return [`${path} does not exist (relative to the file, the repository or its package)`];
}

/**
 * Files published somewhere else than where they are written: their relative links are resolved from the published
 * place. TypeDoc renders `docs/api-readme.md` as `docs/api/index.html` and keeps its links as written (typedoc.json
 * turns off TypeDoc's own path check, which would resolve them from `docs/` and copy the targets into `docs/api/media`).
 */
const publishedAt = new Map([['docs/api-readme.md', 'docs/api/index.html']]);

/** Problems with one link target, or an empty list. */
function checkLink(file, href) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return [];
  const hash = href.indexOf('#');
  const path = decodeURIComponent(hash === -1 ? href : href.slice(0, hash));
  const anchor = hash === -1 ? '' : decodeURIComponent(href.slice(hash + 1));
  const from = publishedAt.get(file) ?? file;
  const target = path === '' ? join(root, file) : resolve(dirname(join(root, from)), path.split('?')[0]);
  const rel = relative(root, target);
  if (!existsSync(target)) {
    const gen = generated.find((g) => `${rel}/`.startsWith(g));
    return [
      gen
        ? `${href}: ${rel} does not exist (it is generated under ${gen}: run \`npm run docs\` first, or the generator no longer writes it)`
        : `${href}: ${rel} does not exist`,
    ];
  }
  if (anchor && target.endsWith('.md') && !anchorsOf(target).has(anchor))
    return [`${href}: no heading of ${rel} has the anchor #${anchor}`];
  return [];
}

/** Every problem of one Markdown file, as `file: problem` lines. */
export function checkMarkdownFile(file) {
  const problems = [];
  const tokens = md.parse(readFileSync(join(root, file), 'utf8'), {});
  const visit = (list) => {
    for (const t of list) {
      if (t.type === 'link_open') problems.push(...checkLink(file, t.attrGet('href') ?? ''));
      if (t.type === 'code_inline' && pathLike.test(t.content) && fixtureSegment.test(t.content))
        problems.push(...checkQuotedPath(file, t.content));
      if (t.type === 'fence' || t.type === 'code_block') {
        // A shell session: `cd dir` moves the folder the following paths are relative to.
        let cwd = '.';
        for (const word of t.content.split(/\s+/).map((w) => w.replace(/^['"]|['"]$/g, ''))) {
          if (word === 'cd') cwd = `${cwd}\0`;
          else if (cwd.endsWith('\0')) cwd = join(cwd.slice(0, -1) || '.', word);
          else if (pathLike.test(word) && fixtureSegment.test(word)) problems.push(...checkQuotedPath(file, word, cwd));
        }
      }
      if (t.children) visit(t.children);
    }
  };
  visit(tokens);
  return problems.map((p) => `${file}: ${p}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const generatedFiles = generatedMarkdownFiles();
  if (generatedFiles.length === 0) {
    console.error('✖ docs/reference/ has no page: run `npm run docs` first');
    process.exit(1);
  }
  const files = [...markdownFiles(), ...generatedFiles];
  const problems = [...missingTranslations(generatedFiles), ...files.flatMap(checkMarkdownFile)];
  for (const p of problems) console.error(`✖ ${p}`);
  console.log(
    `Markdown references: ${files.length} files (${generatedFiles.length} generated), ${problems.length} broken reference(s)`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
}
