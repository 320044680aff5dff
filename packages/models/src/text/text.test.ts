import { describe, expect, it } from 'vitest';
import { isLang, languages } from './lang';
import { textIn } from './localizedText';

describe('languages', () => {
  it('lists French, Dutch and English, official languages first', () => {
    expect(languages).toEqual(['fr', 'nl', 'en']);
    expect(isLang('nl')).toBe(true);
    expect(isLang('de')).toBe(false);
    expect(isLang('__proto__')).toBe(false);
  });
});

describe('textIn', () => {
  it('picks the language, else another supported one, else any, else undefined', () => {
    expect(textIn({ fr: 'Qualité', nl: 'Kwaliteit', en: 'Quality' }, 'nl')).toBe('Kwaliteit');
    expect(textIn({ fr: 'Qualité', nl: 'Kwaliteit' }, 'en')).toBe('Qualité');
    expect(textIn({ de: 'Qualität' }, 'fr')).toBe('Qualität');
    expect(textIn('plain', 'fr')).toBe('plain');
    expect(textIn(undefined, 'fr')).toBeUndefined();
    expect(textIn({}, 'fr')).toBeUndefined();
  });
});
