import { describe, expect, it } from 'vitest';
import { participationFindingCatalogue } from '../findings';
import { formatter } from './format';
import { countedMessages, message, messages } from './messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it.each(Object.entries(messages))('%s exists in FR, NL and EN with the same placeholders', (_key, texts) => {
    for (const lang of ['fr', 'nl', 'en'] as const) expect(texts[lang].trim().length).toBeGreaterThan(0);
    expect(placeholders(texts.fr)).toEqual(placeholders(texts.en));
    expect(placeholders(texts.nl)).toEqual(placeholders(texts.en));
  });

  it.each(Object.entries(countedMessages))(
    '%s is counted in FR, NL and EN by each language’s plural rules',
    (_k, forms) => {
      for (const lang of ['fr', 'nl', 'en'] as const) {
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const [category, form] of Object.entries(forms[lang])) {
          expect(categories).toContain(category);
          expect(form).toContain('{n}');
        }
      }
    },
  );

  it('fills placeholders', () => {
    expect(message('report.asOf', 'nl', { date: '1 juli 2026' })).toBe('Toestand op 1 juli 2026.');
  });
});

describe('the finding catalogue', () => {
  it.each(Object.entries(participationFindingCatalogue))(
    '%s has a title, message and fix in three languages',
    (code, d) => {
      expect(d.code).toBe(code);
      for (const part of [d.title, d.message, d.fix])
        for (const lang of ['fr', 'nl', 'en'] as const) expect(part[lang].length).toBeGreaterThan(0);
      expect(placeholders(d.message.fr)).toEqual(placeholders(d.message.en));
      expect(placeholders(d.message.nl)).toEqual(placeholders(d.message.en));
    },
  );
});

describe('formatter', () => {
  it('formats numbers, shares, euros and dates in the reader’s locale', () => {
    const fr = formatter('fr');
    const nl = formatter('nl');
    const en = formatter('en');
    expect(fr.number(1234.5, 1).replace(/\s/g, ' ')).toBe('1 234,5');
    expect(nl.number(1234.5, 1)).toBe('1.234,5');
    expect(en.percent(0.6)).toBe('60%');
    expect(en.date('2026-07-01')).toBe('1 July 2026');
    expect(fr.date('2026-07-01')).toBe('1 juillet 2026');
    expect(nl.date('2026-07-01')).toBe('1 juli 2026');
    expect(en.euros(500000)).toBe('€500,000');
    expect(en.outcome({ ok: false, reason: { code: 'zero_denominator', message: 'x' } })).toBe('not computable');
  });

  it('counts as each language does: French 0 and 1 singular, Dutch and English only 1', () => {
    const [fr, nl, en] = [formatter('fr'), formatter('nl'), formatter('en')];
    expect([0, 1, 2].map((n) => en.count('errors', n))).toEqual(['0 errors', '1 error', '2 errors']);
    expect([0, 1, 2].map((n) => fr.count('errors', n))).toEqual(['0 erreur', '1 erreur', '2 erreurs']);
    expect([0, 1, 2].map((n) => nl.count('errors', n))).toEqual(['0 fouten', '1 fout', '2 fouten']);
    expect(fr.count('days', 1.5, 1)).toBe('1,5 jour');
    expect(en.count('days', 1.5, 1)).toBe('1.5 days');
    expect(fr.count('contributionsReceived', 1)).toBe('1 contribution a été reçue');
    expect(nl.count('municipalities', 1200).replace(/\s/g, ' ')).toBe('1.200 gemeenten');
  });
});
