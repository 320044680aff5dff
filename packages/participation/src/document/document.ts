/**
 * A small document model — headings, paragraphs, lists, tables, notes — rendered to Markdown, to a self-contained
 * HTML page and to plain text for terminals, so that every report of this package is written once.
 */
import type { Lang } from '@opencity/models';

/** A table column. */
export interface Column {
  /** Header. */
  readonly label: string;
  /** Alignment (numbers right). */
  readonly align?: 'left' | 'right';
}

/** A block of a document. Text is plain: renderers escape it. */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly columns: readonly Column[]; readonly rows: readonly (readonly string[])[] };

/** A document in one language. */
export interface Document {
  /** Its language. */
  readonly lang: Lang;
  /** Its title (also the first heading). */
  readonly title: string;
  /** Its blocks, in order. */
  readonly blocks: readonly Block[];
}

// Control characters (C0 except tab/newline, DEL, C1) would let data drive a terminal; they never reach output.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const clean = (s: string) => s.replace(CONTROL, '\ufffd');
const oneLine = (s: string) => clean(s).replace(/[\t\n\r]+/g, ' ');

// Backslash-escape the ASCII punctuation Markdown gives meaning to, and what would start a list or a heading underline.
const mdEscape = (s: string) =>
  oneLine(s)
    .replace(/[\\`*_[\]<>#|~]|&(?=#?\w+;)/g, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');

/** The document as CommonMark/GFM Markdown (tables as pipe tables). */
export function renderMarkdown(doc: Document): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${mdEscape(b.text)}`);
        break;
      case 'paragraph':
        out.push(mdEscape(b.text));
        break;
      case 'note':
        out.push(`> ${mdEscape(b.text)}`);
        break;
      case 'list':
        out.push(b.items.map((i) => `- ${mdEscape(i)}`).join('\n'));
        break;
      case 'table':
        out.push(
          [
            `| ${b.columns.map((c) => mdEscape(c.label)).join(' | ')} |`,
            `| ${b.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`,
            ...b.rows.map((r) => `| ${b.columns.map((_, k) => mdEscape(r[k] ?? '')).join(' | ')} |`),
          ].join('\n'),
        );
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}

const htmlEscape = (s: string) =>
  clean(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
h1{font-size:1.8rem;margin-bottom:.5rem}h2{margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}h3{margin-top:1.5rem}
table{border-collapse:collapse;margin:1rem 0;font-size:.95rem}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;vertical-align:top}
th{background:#f3f5f7;text-align:left}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
blockquote{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #b7791f;background:#fdf8ef}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table{break-inside:avoid}}`;

/** The document as one self-contained HTML page: inline style, no script, no external resource. */
export function renderHtml(doc: Document): string {
  const body: string[] = [];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading':
        body.push(`<h${b.level}>${htmlEscape(b.text)}</h${b.level}>`);
        break;
      case 'paragraph':
        body.push(`<p>${htmlEscape(b.text)}</p>`);
        break;
      case 'note':
        body.push(`<blockquote>${htmlEscape(b.text)}</blockquote>`);
        break;
      case 'list':
        body.push(`<ul>${b.items.map((i) => `<li>${htmlEscape(i)}</li>`).join('')}</ul>`);
        break;
      case 'table': {
        const cls = (c: Column) => (c.align === 'right' ? ' class="num"' : '');
        body.push(
          `<table><thead><tr>${b.columns.map((c) => `<th scope="col"${cls(c)}>${htmlEscape(c.label)}</th>`).join('')}</tr></thead><tbody>${b.rows
            .map((r) => `<tr>${b.columns.map((c, k) => `<td${cls(c)}>${htmlEscape(r[k] ?? '')}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`,
        );
        break;
      }
    }
  }
  return `<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${htmlEscape(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

/** The document as plain text for a terminal: underlined headings, aligned tables, control characters neutralised. */
export function renderText(doc: Document): string {
  const out: string[] = [];
  const width = (s: string) => [...s].length;
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading': {
        const t = oneLine(b.text);
        out.push(b.level === 3 ? t : `${t}\n${(b.level === 1 ? '=' : '-').repeat(width(t))}`);
        break;
      }
      case 'paragraph':
        out.push(oneLine(b.text));
        break;
      case 'note':
        out.push(`! ${oneLine(b.text)}`);
        break;
      case 'list':
        out.push(b.items.map((i) => `  • ${oneLine(i)}`).join('\n'));
        break;
      case 'table': {
        const cells = [
          b.columns.map((c) => oneLine(c.label)),
          ...b.rows.map((r) => b.columns.map((_, k) => oneLine(r[k] ?? ''))),
        ];
        const widths = b.columns.map((_, k) => Math.max(...cells.map((r) => width(r[k]!))));
        const line = (r: readonly string[]) =>
          r
            .map((cell, k) => {
              const pad = ' '.repeat(widths[k]! - width(cell));
              return b.columns[k]!.align === 'right' ? pad + cell : cell + pad;
            })
            .join('  ')
            .trimEnd();
        out.push(
          [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n'),
        );
        break;
      }
    }
  }
  return `${out.join('\n\n')}\n`;
}
