import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from './__fixtures__/memoryIo';
import { opencity, run } from './main';
import { workspaceMessages } from './commands/workspace';
import { cliMessages } from './messages';
import type { AnyCommand, OptionSpecs } from './framework/command';
import { globalOptions } from './framework/command';
import { LANGS, placeholders, formatMessage, type Message } from './framework/i18n';
import { frameworkWords } from './framework/words';
import { rootOptions } from './framework/rootOptions';

/** Every text of the command tree, with where it is. */
function texts(command: AnyCommand, path = command.name): [string, Record<string, string>][] {
  const out: [string, Record<string, string>][] = [[`${path} summary`, command.summary]];
  if (command.description) out.push([`${path} description`, command.description]);
  if (command.exitCodes) out.push([`${path} exit codes`, command.exitCodes]);
  for (const a of command.arguments ?? []) out.push([`${path} <${a.name}>`, a.description]);
  for (const [name, o] of Object.entries((command.options ?? {}) as OptionSpecs))
    out.push([`${path} --${name}`, o.description]);
  for (const e of command.examples ?? []) out.push([`${path} example ${e.command}`, e.description]);
  for (const c of command.subcommands ?? []) out.push(...texts(c, `${path} ${c.name}`));
  return out;
}

function catalogueCheck(name: string, catalogue: Readonly<Record<string, Readonly<Record<string, Message>>>>) {
  const keys = Object.keys(catalogue['en']!).sort();
  for (const lang of LANGS) {
    it(`${name}: ${lang} has exactly the English keys, with the same placeholders`, () => {
      expect(Object.keys(catalogue[lang]!).sort()).toEqual(keys);
      for (const key of keys) {
        const message = catalogue[lang]![key]!;
        expect(placeholders(message), `${lang}.${key}`).toEqual(placeholders(catalogue['en']![key]!));
        const forms = typeof message === 'string' ? [message] : Object.values(message);
        for (const f of forms) expect(f.trim(), `${lang}.${key}`).not.toBe('');
      }
    });
  }
}

describe('every user-visible string exists in EN, FR and NL', () => {
  catalogueCheck('framework words', frameworkWords);
  catalogueCheck('command messages', cliMessages);

  it('every help text of the command tree, global and root options included', () => {
    const all = [
      ...texts(opencity),
      ...Object.entries({ ...globalOptions, ...rootOptions }).map(
        ([name, o]) => [`--${name}`, o.description] as [string, Record<string, string>],
      ),
    ];
    expect(all.length).toBeGreaterThanOrEqual(60);
    for (const [where, text] of all) {
      for (const lang of LANGS) expect(text[lang]?.trim(), `${where} (${lang})`).toBeTruthy();
      // A translation that is the English text is a missing translation (short technical strings aside).
      if (text['en']!.split(' ').length > 2) {
        expect(text['fr'], `${where} (fr)`).not.toBe(text['en']);
        expect(text['nl'], `${where} (nl)`).not.toBe(text['en']);
      }
    }
  });

  it('chooses plural forms with Intl.PluralRules and writes numbers with Intl.NumberFormat', () => {
    expect(formatMessage(cliMessages.en.records, 'en', { count: 1 })).toBe('1 record');
    expect(formatMessage(cliMessages.en.records, 'en', { count: 1234567 })).toBe('1,234,567 records');
    // French: 0 and 1 are singular, and thousands are grouped with a narrow no-break space.
    expect(formatMessage(cliMessages.fr.records, 'fr', { count: 0 })).toBe('0 enregistrement');
    expect(formatMessage(cliMessages.fr.records, 'fr', { count: 1234 })).toBe('1\u202f234 enregistrements');
    expect(formatMessage(cliMessages.nl.records, 'nl', { count: 1234 })).toBe('1.234 records');
    expect(formatMessage(cliMessages.nl.kpiDefinitions, 'nl', { count: 1 })).toBe('1 KPI-definitie');
  });
});

describe('reports in French and Dutch carry no English', () => {
  const repo = join(import.meta.dirname, '../../..');
  const invalid = join(repo, 'schemas/city/AirQualityObserved/examples/invalid');
  // Words of English report prose that no French or Dutch sentence uses (codes, paths and payload values aside);
  // not "record(s)", "in", "is" or "of" (Dutch words too) nor "info" (French and Dutch).
  const english =
    /\b(?:error|errors|warning|warnings|valid|invalid|unparseable|must|got|found|more|missing|required|property|value|values|findings|generated|every|the|and|with|not|by|on|how|fix|where|first)\b/i;
  /** The prose of a report: without markup, code spans, quoted values, paths and finding codes. */
  const prose = (text: string) =>
    text
      .replace(/<style>[\s\S]*?<\/style>/g, ' ')
      .replace(/<code>[\s\S]*?<\/code>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&quot;[^&]*&quot;|"[^"\n]*"|«[^»]*»/g, ' ')
      .split(/\s+/)
      .filter((word) => !/[/_@.]|^[A-Z][a-z]+[A-Z]/.test(word))
      .join(' ');

  for (const [lang, severity] of [
    ['fr', 'erreur'],
    ['nl', 'fout'],
  ] as const) {
    it(`validate --lang ${lang}: the text and HTML reports are in ${lang}, the severity of each line included`, async () => {
      const files = readdirSync(invalid).map((f) => join(invalid, f));
      const text = memoryIo(repo);
      expect(await run(['--lang', lang, 'validate', ...files], text)).toBe(1);
      const lines = text.out().trimEnd().split('\n');
      const findingLines = lines.filter((l) => l.includes('/examples/invalid/'));
      expect(findingLines).toHaveLength(files.length);
      for (const line of findingLines) expect(line).toMatch(new RegExp(`^\\S+ \\S+: ${severity} [a-z_]+: `));
      for (const line of lines) expect(prose(line), line).not.toMatch(english);
      const html = memoryIo(repo);
      expect(await run(['--lang', lang, 'validate', '--format', 'html', ...files], html)).toBe(1);
      const words = prose(html.out());
      expect(words).toContain(severity);
      expect(words.match(english)?.[0], words).toBeUndefined();
    });
  }

  it('counts the files of a new workspace with the right plural', () => {
    expect(formatMessage(workspaceMessages.fr.created, 'fr', { dir: 'w', count: 1 })).toMatch(
      /^espace de travail w créé \(1 fichier\)/,
    );
    expect(formatMessage(workspaceMessages.nl.created, 'nl', { dir: 'w', count: 3 })).toMatch(/\(3 bestanden\)/);
    expect(formatMessage(cliMessages.fr.kpiValues, 'fr', { count: 2, computed: 1, missing: 1 })).toBe(
      '2 valeurs — calculées\u202f: 1, non calculables\u202f: 1',
    );
  });
});
