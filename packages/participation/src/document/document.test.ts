import { describe, expect, it } from 'vitest';
import { renderHtml, renderMarkdown, renderText, type Document } from './document';

const doc: Document = {
  lang: 'fr',
  title: 'Titre <script>alert(1)</script>',
  blocks: [
    { kind: 'heading', level: 1, text: 'Titre <script>alert(1)</script>' },
    { kind: 'paragraph', text: '# not a heading, *not emphasis*, [not](a link) & R&D &amp;' },
    { kind: 'paragraph', text: '1. not a list\u001b[31m red' },
    { kind: 'list', items: ['- a', 'b|c'] },
    {
      kind: 'table',
      columns: [{ label: 'Nom' }, { label: 'Nombre', align: 'right' }],
      rows: [
        ['a|b', '1 234'],
        ['"quoted"\nnext', '5'],
      ],
    },
    { kind: 'note', text: 'Données synthétiques' },
  ],
};

describe('renderMarkdown', () => {
  it('escapes what Markdown would interpret and keeps one line per cell', () => {
    const md = renderMarkdown(doc);
    expect(md).toContain('# Titre \\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('\\# not a heading, \\*not emphasis\\*, \\[not\\](a link) & R&D \\&amp;');
    expect(md).toContain('1\\. not a list\ufffd\\[31m red');
    expect(md).toContain('- \\- a\n- b\\|c');
    expect(md).toContain('| Nom | Nombre |\n| --- | ---: |\n| a\\|b | 1 234 |\n| "quoted" next | 5 |');
    expect(md).toContain('> Données synthétiques');
  });
});

describe('renderHtml', () => {
  it('is one self-contained page: escaped text, no script, no external resource', () => {
    const html = renderHtml(doc);
    expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<h1>Titre &lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).toContain('<td>&quot;quoted&quot;\nnext</td><td class="num">5</td>');
    expect(html).not.toMatch(/(?:src|href)=/);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toContain('\u001b');
  });
});

describe('renderText', () => {
  it('aligns tables and neutralises control characters for terminals', () => {
    const text = renderText(doc);
    expect(text).not.toContain('\u001b');
    expect(text).toContain(
      'Nom            Nombre\n-------------  ------\na|b             1 234\n"quoted" next       5',
    );
    expect(text).toContain('Titre <script>alert(1)</script>\n===============================');
  });
});
