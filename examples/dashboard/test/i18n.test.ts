/**
 * The dashboard's interface strings exist in English, French and Dutch, with the same placeholders and code spans in
 * each language; counted phrases follow `Intl.PluralRules`; numbers are written the language's way.
 */
import { frenchElisionSlips } from '@opencity/tooling';
import { describe, expect, it } from 'vitest';
import {
  colon,
  count,
  format,
  formatDay,
  formatList,
  formatNumber,
  interval,
  numberFormatter,
  rich,
  stringTables,
} from '../src/i18n';
import { pagePlurals, pageStrings } from '../src/views/participationStrings';

const languages = ['en', 'fr', 'nl'] as const;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const codeSpans = (text: string) => text.split('`').filter((_, i) => i % 2 === 1);

describe('interface strings', () => {
  // The shared table and the Participation and Governance pages' own (views/participationStrings.ts).
  const strings = [
    ...Object.entries(stringTables.strings),
    ...Object.entries(pageStrings).map(([key, text]) => [`participation:${key}`, text]),
  ] as [string, Record<string, unknown>][];
  const plurals = [
    ...Object.entries(stringTables.plurals),
    ...Object.entries(pagePlurals).map(([key, forms]) => [`participation:${key}`, forms]),
  ] as [string, Record<string, Record<string, string>>][];

  it('includes the Participation and Governance pages’ strings', () => {
    expect(strings.filter(([key]) => key.startsWith('participation:')).length).toBeGreaterThan(80);
    expect(plurals.filter(([key]) => key.startsWith('participation:')).length).toBeGreaterThan(5);
  });

  it('has every key in the three languages, never empty, with the same placeholders and code', () => {
    const problems: string[] = [];
    for (const [key, text] of strings) {
      for (const lang of languages) {
        const value = text[lang];
        if (typeof value !== 'string' || value.trim() === '') problems.push(`${key}: missing in ${lang}`);
      }
      const en = String(text.en ?? '');
      for (const lang of ['fr', 'nl'] as const) {
        const value = String(text[lang] ?? '');
        if (placeholders(value).join() !== placeholders(en).join()) problems.push(`${key}: placeholders in ${lang}`);
        if (value.split('`').length % 2 === 0) problems.push(`${key}: unbalanced backtick in ${lang}`);
        if (codeSpans(value).length !== codeSpans(en).length) problems.push(`${key}: code spans differ in ${lang}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has every counted phrase in the three languages, with an `other` form and the number in each form', () => {
    const problems: string[] = [];
    for (const [key, byLang] of plurals) {
      for (const lang of languages) {
        const forms = byLang[lang];
        if (!forms || typeof forms.other !== 'string') {
          problems.push(`${key}: no 'other' form in ${lang}`);
          continue;
        }
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const [category, form] of Object.entries(forms)) {
          if (!categories.includes(category as Intl.LDMLPluralRule))
            problems.push(`${key}: ${lang} has no ${category}`);
          if (!form.includes('{n}')) problems.push(`${key}.${category} (${lang}) does not show the number`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes French without a missed elision or contraction (« d’arsenic », « du », « aux »)', () => {
    const texts = [
      ...strings.map(([key, text]) => [key, String(text.fr)] as const),
      ...plurals.flatMap(([key, byLang]) => Object.values(byLang.fr ?? {}).map((form) => [key, form] as const)),
    ];
    expect(texts.flatMap(([key, text]) => frenchElisionSlips(text).map((slip) => `${key}: ${slip}`))).toEqual([]);
  });
});

describe('counted phrases and numbers', () => {
  it('chooses the singular and the plural by the language’s rules', () => {
    expect(count('records', 1, 'en')).toBe('1 record');
    expect(count('records', 2, 'en')).toBe('2 records');
    expect(count('records', 0, 'en')).toBe('0 records');
    // French counts 0 and 1 as singular; Dutch as English.
    expect(count('records', 0, 'fr')).toBe('0 enregistrement');
    expect(count('records', 1, 'fr')).toBe('1 enregistrement');
    expect(count('records', 2, 'fr')).toBe('2 enregistrements');
    expect(count('errors', 1, 'nl')).toBe('1 fout');
    expect(count('errors', 3, 'nl')).toBe('3 fouten');
    expect(count('invalid', 2, 'fr')).toBe('2 invalides');
  });

  it('writes the validator’s summary in each language', () => {
    const summary = (lang: (typeof languages)[number]) =>
      format('summaryRecords', lang, {
        records: count('records', 1, lang),
        valid: count('valid', 0, lang),
        invalid: count('invalid', 1, lang),
        unparseable: count('unparseable', 0, lang),
      });
    expect(summary('en')).toBe('1 record: 0 valid, 1 invalid, 0 unparseable');
    expect(summary('fr')).toBe('1 enregistrement\u00a0: 0 valide, 1 invalide, 0 illisible');
    expect(summary('nl')).toBe('1 record: 0 geldig, 1 ongeldig, 0 onleesbaar');
  });

  it('writes decimals and thousands the Belgian way on axes and in text', () => {
    const fr = numberFormatter('fr', 1);
    const nl = numberFormatter('nl', 1);
    expect(fr(12.5)).toBe('12,5');
    expect(nl(12.5)).toBe('12,5');
    expect(numberFormatter('en', 1)(12.5)).toBe('12.5');
    expect(formatNumber(4500, 'nl', 0)).toBe('4.500');
    expect(formatNumber(4500, 'fr', 0).replace(/\s/u, ' ')).toBe('4 500');
    expect(fr(Number.NaN)).toBe('–');
  });

  it('writes days the language’s way, whatever the time zone', () => {
    expect(formatDay('2026-03-02', 'fr')).toBe('2 mars 2026');
    expect(formatDay('2026-03-02', 'nl')).toBe('2 mrt 2026');
    expect(formatDay('2026-03-02', 'en')).toBe('2 Mar 2026');
    expect(formatDay('not a day', 'fr')).toBe('not a day');
  });

  it('parts the bounds of an interval by a semicolon where the comma is the decimal sign', () => {
    expect(interval(0.07, 0.111, 'fr')).toBe('[0,07 ; 0,111]');
    expect(interval(0.07, 0.111, 'nl')).toBe('[0,07 ; 0,111]');
    expect(interval(0.07, 0.111, 'en')).toBe('[0.07, 0.111]');
  });

  it('writes lists with the language’s conjunction and the French colon with its space', () => {
    expect(formatList(['a', 'b', 'c'], 'fr')).toBe('a, b et c');
    expect(formatList(['a', 'b', 'c'], 'nl')).toBe('a, b en c');
    expect(colon('fr')).toBe('\u00a0:');
    expect(colon('nl')).toBe(':');
  });

  it('shows code between backticks as code and escapes the rest', () => {
    expect(rich('run `opencity validate` <now>')).toBe('run <code>opencity validate</code> &lt;now&gt;');
  });
});
