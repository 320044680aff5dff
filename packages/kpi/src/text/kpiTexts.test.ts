import { languages } from '@opencity/models';
import { frenchElisionSlips } from '@opencity/tooling';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kpiTexts, localizeKpiText, readKpiText, renderKpiText, type KpiTextCode } from './kpiTexts';

const codes = Object.keys(kpiTexts) as KpiTextCode[];
const forms = (t: string | Record<string, string>) =>
  typeof t === 'string' ? [t] : Object.entries(t).flatMap(([k, v]) => (k === 'count' ? [] : [v]));
const placeholders = (t: string | Record<string, string>) =>
  [...new Set(forms(t).flatMap((f) => [...f.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();

/** Sample parameters: numbers where the code declares them (1 and 2 for the plural forms), words elsewhere. */
function sample(code: KpiTextCode, n: number): Record<string, string | number> {
  const definition: { numbers?: readonly string[]; nested?: readonly string[]; text: { en: unknown } } = kpiTexts[code];
  const params: Record<string, string | number> = {};
  for (const name of placeholders(definition.text.en as string)) {
    params[name] = definition.numbers?.includes(name)
      ? n + 0.5 * Number(name === 'share')
      : definition.nested?.includes(name)
        ? 'mean of the valid daily means'
        : `${name}X`;
  }
  return params;
}

describe('the KPI text catalogue', () => {
  it.each(codes)('%s has the same placeholders in EN, FR and NL, and a plural form for every count', (code) => {
    const text = kpiTexts[code].text as Record<string, string | Record<string, string>>;
    const en = placeholders(text['en']!);
    for (const lang of languages) {
      expect(placeholders(text[lang]!), lang).toEqual(en);
      const t = text[lang]!;
      if (typeof t !== 'string') expect(en, `${lang}: plural count`).toContain(t['count']);
    }
  });

  it.each(codes)('%s reads back from its English sentence (code and parameters)', (code) => {
    for (const n of [1, 2, 1234]) {
      const params = sample(code, n);
      const en = renderKpiText({ code, params }, 'en');
      // The English the engine writes (numbers as JavaScript writes them) reads back to the same code and parameters.
      const written = en.replace(/1,234/g, '1234');
      expect(readKpiText(written), written).toEqual({ code, params });
    }
  });

  it('writes French and Dutch with their plurals, decimal commas and elisions', () => {
    const days = { valid: 1, days: 366, period: '2024', required: 62.5 };
    expect(renderKpiText({ code: 'valid_days_in_period', params: days }, 'fr')).toBe(
      '1 jour valide sur 366 en 2024 ; 62,5 % requis',
    );
    expect(renderKpiText({ code: 'valid_days_in_period', params: { ...days, valid: 200 } }, 'nl')).toBe(
      '200 geldige dagen van de 366 in 2024; 62,5 % vereist',
    );
    expect(renderKpiText({ code: 'valid_days_in_period', params: days }, 'en')).toBe(
      '1 valid day of 366 in 2024; 62.5 % required',
    );
    expect(localizeKpiText('21004: converted no2 from ppb to GQ (NO2): 10 → 19.13', 'fr')).toBe(
      '21004 : no2 converti de ppb en GQ (NO2) : 10 → 19,13',
    );
    for (const code of codes)
      for (const n of [0, 1, 2]) {
        const fr = renderKpiText({ code, params: sample(code, n) }, 'fr');
        expect(frenchElisionSlips(fr), fr).toEqual([]);
      }
  });

  it('leaves text it does not hold as it is (a formula)', () => {
    expect(readKpiText('unemployed / labourForce × 100')).toBeUndefined();
    expect(localizeKpiText('unemployed / labourForce × 100', 'nl')).toBe('unemployed / labourForce × 100');
  });

  it('holds every sentence the engine writes: no rule or reason is written outside the catalogue', () => {
    // Sentences are written with kpiTextEn(code, …): a template literal or a plain string in a rules.push(…) or a
    // notComputable(…, message) would bypass the catalogue.
    const dir = join(import.meta.dirname, '..');
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('text/'),
    );
    const bypass: string[] = [];
    for (const f of sources) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const m of text.matchAll(/(rules\.push\(|notComputable\(\s*'\w+',)\s*([`'"])/g))
        bypass.push(`${f}: ${m[0]}`);
      for (const m of text.matchAll(/kpiTextEn\(\s*'(\w+)'/g))
        if (!(m[1]! in kpiTexts)) bypass.push(`${f}: unknown code ${m[1]}`);
    }
    expect(bypass).toEqual([]);
  });
});
