import { describe, expect, it } from 'vitest';
import { opencity } from './main';
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
