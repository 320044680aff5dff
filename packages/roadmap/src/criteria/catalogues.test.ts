import { validate } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { criteriaCatalogues, defineCriteriaCatalogue, desi2020, getCatalogue, toMatrixCriteria } from './catalogues';

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
        expect(r.ok).toBe(true);
        expect(c.catalogue).toBe(cat.id);
        expect(c.catalogueVersion).toBe(cat.version);
        expect(ids.has(c.id)).toBe(false);
        ids.add(c.id);
      }
    }
  });

  it("has five DESI dimensions before 2021 and four since, and no region's own priorities", () => {
    expect(new Set(criteriaCatalogues.map((c) => c.id))).toEqual(new Set(['desi', 'impact-feasibility-cost']));
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

  it("finds a catalogue among those passed in (a region's own), latest version first", () => {
    const mine = defineCriteriaCatalogue({
      id: 'my-city',
      version: '1.10.0',
      name: { en: 'Mine', fr: 'Le mien', nl: 'De mijne' },
      source: 'My City strategy',
      criteria: [
        { code: 'inclusion', name: { en: 'I', fr: 'I', nl: 'I' }, description: { en: 'd', fr: 'd', nl: 'd' } },
      ],
    });
    // 1.10.0 is later than 1.9.0 (numeric, not string, comparison).
    const older = { ...mine, version: '1.9.0' };
    expect(getCatalogue('my-city', undefined, [older, mine, ...criteriaCatalogues])).toBe(mine);
    expect(() => getCatalogue('my-city')).toThrow('unknown criteria catalogue "my-city"');
    expect(mine.criteria[0]).toMatchObject({
      id: 'urn:ngsi-ld:Criterion:my-city:1.10.0:inclusion',
      framework: 'My City strategy',
      scale: { min: 0, max: 4, step: 1 },
      direction: 'benefit',
      defaultWeight: 1,
    });
    expect(validate('Criterion', mine.criteria[0]).ok).toBe(true);
  });

  it('rejects a malformed catalogue definition with a specific message', () => {
    const base = {
      id: 'x',
      version: '1.0.0',
      name: { en: 'x', fr: 'x', nl: 'x' },
      source: 's',
      criteria: [] as {
        code: string;
        name: { en: string; fr: string; nl: string };
        description: { en: string; fr: string; nl: string };
      }[],
    };
    const c = { code: 'a', name: base.name, description: base.name };
    expect(() => defineCriteriaCatalogue({ ...base, version: '1.0' })).toThrow('must be major.minor.patch');
    expect(() => defineCriteriaCatalogue({ ...base, id: 'X Y' })).toThrow('must be kebab-case');
    expect(() => defineCriteriaCatalogue({ ...base, criteria: [c, c] })).toThrow('"a" is defined twice');
    expect(() => defineCriteriaCatalogue({ ...base, criteria: [{ ...c, code: 'A_b' }] })).toThrow('kebab-case');
  });
});
