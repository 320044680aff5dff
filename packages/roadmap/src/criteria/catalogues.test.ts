import { validate } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { criteriaCatalogues, desi2020, getCatalogue, toMatrixCriteria } from './catalogues';

describe('criteria catalogues', () => {
  it('every criterion is a valid Criterion entity with unique ids', () => {
    const ids = new Set<string>();
    for (const cat of criteriaCatalogues) {
      for (const c of cat.criteria) {
        const r = validate('Criterion', c);
        expect(
          r.findings.filter((f) => f.severity === 'error'),
          c.id,
        ).toEqual([]);
        expect(r.valid).toBe(true);
        expect(c.catalogue).toBe(cat.id);
        expect(c.catalogueVersion).toBe(cat.version);
        expect(ids.has(c.id)).toBe(false);
        ids.add(c.id);
      }
    }
  });

  it('has the five Brussels priorities, five DESI dimensions before 2021 and four since', () => {
    expect(getCatalogue('brussels-strategy').criteria.map((c) => c.code)).toEqual([
      'transversality',
      'mutualisation-reuse',
      'digital-inclusion',
      'european-dimension',
      'governance-performance',
    ]);
    expect(getCatalogue('desi', '1.0.0').criteria).toHaveLength(5);
    expect(getCatalogue('desi').criteria.map((c) => c.code)).toEqual([
      'human-capital',
      'connectivity',
      'integration-of-digital-technology',
      'digital-public-services',
    ]);
  });

  it('maps every DESI 2020 dimension to an existing DESI 2021 criterion, or to none for use of internet', () => {
    const latest = new Set(getCatalogue('desi', '2.0.0').criteria.map((c) => c.id));
    for (const c of desi2020.criteria) {
      expect(c.mapsTo, c.code).toBeDefined();
      for (const target of c.mapsTo ?? []) expect(latest.has(target)).toBe(true);
    }
    expect(desi2020.criteria.find((c) => c.code === 'use-of-internet')?.mapsTo).toEqual([]);
  });

  it('builds decision-matrix criteria with weights and directions', () => {
    expect(toMatrixCriteria(getCatalogue('impact-feasibility-cost'), { impact: 3 })).toEqual([
      { id: 'impact', weight: 3, type: 'benefit' },
      { id: 'feasibility', weight: 1, type: 'benefit' },
      { id: 'cost', weight: 1, type: 'cost' },
    ]);
    expect(() => toMatrixCriteria(getCatalogue('desi'), { 'use-of-internet': 1 })).toThrow(
      'not a criterion of desi 2.0.0',
    );
    expect(() => getCatalogue('desi', '3.0.0')).toThrow('versions: 1.0.0, 2.0.0');
    expect(() => getCatalogue('nope')).toThrow('unknown criteria catalogue "nope"');
  });
});
