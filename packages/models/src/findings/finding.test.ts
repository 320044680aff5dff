import { describe, expect, it } from 'vitest';
import { createFinding, defineFindingCatalogue, mergeFindingCatalogues, renderTemplate } from './finding';

const text = (en: string) => ({ en, fr: `${en} (fr)`, nl: `${en} (nl)` });
const catalogue = defineFindingCatalogue([
  {
    code: 'duplicate_id',
    severity: 'error',
    title: text('Duplicate id'),
    message: text('{id} twice'),
    fix: text('Rename'),
  },
  {
    code: 'late_value',
    severity: 'warning',
    title: text('Late'),
    message: text('late by {days} d'),
    fix: text('Send'),
  },
]);

describe('defineFindingCatalogue', () => {
  it('keys definitions by code in a prototype-free, frozen object', () => {
    expect(Object.keys(catalogue)).toEqual(['duplicate_id', 'late_value']);
    expect(Object.getPrototypeOf(catalogue)).toBeNull();
    expect(Object.isFrozen(catalogue)).toBe(true);
    expect('toString' in catalogue).toBe(false);
  });

  it('refuses a code defined twice and a code that is not snake_case', () => {
    const d = { severity: 'error', title: text('t'), message: text('m'), fix: text('f') } as const;
    expect(() =>
      defineFindingCatalogue([
        { code: 'a', ...d },
        { code: 'a', ...d },
      ]),
    ).toThrow(/defined twice/);
    expect(() => defineFindingCatalogue([{ code: 'Bad-Code', ...d }])).toThrow(/snake_case/);
  });

  it('merges catalogues and refuses clashing codes', () => {
    const other = defineFindingCatalogue([
      { code: 'a_rule', severity: 'info', title: text('A'), message: text('a'), fix: text('a') },
    ]);
    expect(Object.keys(mergeFindingCatalogues<string>(catalogue, other))).toEqual([
      'a_rule',
      'duplicate_id',
      'late_value',
    ]);
    expect(() => mergeFindingCatalogues<string>(catalogue, catalogue)).toThrow(/defined twice/);
  });
});

describe('createFinding', () => {
  it('renders the message in the requested language and fills defaults', () => {
    const f = createFinding(catalogue, 'late_value', 'nl', { instancePath: '/x', params: { days: 3 } });
    expect(f).toEqual({
      code: 'late_value',
      severity: 'warning',
      instancePath: '/x',
      schemaPath: '',
      keyword: 'late_value',
      params: { days: 3 },
      message: 'late by 3 d (nl)',
    });
  });
});

describe('renderTemplate', () => {
  it('keeps unknown placeholders visible and ignores inherited keys', () => {
    expect(renderTemplate('{a} and {b} and {toString}', { a: 1 })).toBe('1 and {b} and {toString}');
  });
});
