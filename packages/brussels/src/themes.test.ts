import { describe, expect, it } from 'vitest';
import { validate } from '@opencity/models';
import { sampleFactsheets, themeEntities, themeOfKpi, themes } from './index';

describe('themes', () => {
  it('are five, with unique ids and KPI prefixes, and map KPI ids to their theme', () => {
    expect(themes).toHaveLength(5);
    expect(new Set(themes.map((t) => t.kpiPrefix)).size).toBe(5);
    expect(themeOfKpi('MOB-03')?.id).toBe('mobility');
    expect(themeOfKpi('PRJ-01')).toBeUndefined();
  });

  it('publish as valid Theme entities that the sample factsheets refer to', () => {
    const entities = themeEntities();
    for (const e of entities) expect(validate('Theme', e).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const ids = new Set(entities.map((e) => e.id));
    for (const f of sampleFactsheets()) expect(ids.has(f.refTheme)).toBe(true);
  });
});
