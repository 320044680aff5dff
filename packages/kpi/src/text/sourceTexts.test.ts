import { frenchElisionSlips } from '@opencity/tooling';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue/catalogue';
import { kpiSourceTexts, localizeKpiSource } from './sourceTexts';

const sources = [...new Set(catalogue.flatMap((d) => d.inputs.map((i) => i.source)))];

describe('the sources of the catalogue’s inputs', () => {
  it('are all written in French and Dutch', () => {
    expect(sources.length).toBeGreaterThan(20);
    const untranslated = sources.filter((s) => localizeKpiSource(s, 'fr') === s || localizeKpiSource(s, 'nl') === s);
    expect(untranslated).toEqual([]);
  });

  it('holds no translation of a source the catalogue does not name (no dead entries)', () => {
    expect(Object.keys(kpiSourceTexts).filter((s) => !sources.includes(s))).toEqual([]);
  });

  it('writes French without a missed elision', () => {
    const fr = Object.values(kpiSourceTexts).map((t) => t.fr);
    expect(fr.flatMap((t) => frenchElisionSlips(t).map((slip) => `${t}: ${slip}`))).toEqual([]);
  });

  it('names another KPI as an indicator, and leaves a source it does not know as it is', () => {
    expect(localizeKpiSource('KPI DIG-01', 'fr')).toBe('indicateur DIG-01');
    expect(localizeKpiSource('KPI DIG-01', 'nl')).toBe('indicator DIG-01');
    expect(localizeKpiSource('Project financial report', 'nl')).toBe('Financieel rapport van het project');
    expect(localizeKpiSource('Project financial report', 'en')).toBe('Project financial report');
    expect(localizeKpiSource('Our own survey', 'fr')).toBe('Our own survey');
    expect(localizeKpiSource('constructor', 'fr')).toBe('constructor');
  });
});
