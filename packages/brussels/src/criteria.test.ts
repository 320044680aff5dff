import { describe, expect, it } from 'vitest';
import { brusselsCriteria, brusselsCriteriaCatalogues, brusselsStrategyPriorities } from './index';

describe('brusselsCriteria', () => {
  it('lists the strategy priorities then the four DESI 2021 dimensions, with FR/NL/EN labels', () => {
    const criteria = brusselsCriteria();
    const ids = criteria.map((c) => c.id);
    expect(ids).toContain('digital-inclusion');
    expect(new Set(ids.slice(-4))).toEqual(
      new Set(['human-capital', 'connectivity', 'integration-of-digital-technology', 'digital-public-services']),
    );
    expect(ids.slice(0, 5)).toEqual([
      'transversality',
      'mutualisation-reuse',
      'digital-inclusion',
      'european-dimension',
      'governance-performance',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of criteria) {
      expect(c.label.fr.length).toBeGreaterThan(0);
      expect(c.label.nl.length).toBeGreaterThan(0);
      expect(c.weight).toBeGreaterThan(0);
    }
    expect(criteria.filter((c) => c.catalogue.startsWith('desi '))).toHaveLength(4);
  });
});

describe('brusselsStrategyPriorities', () => {
  it('is a versioned catalogue of five valid Criterion entities, owned by the profile', async () => {
    const { validate } = await import('@opencity/models');
    expect(brusselsStrategyPriorities).toMatchObject({ id: 'brussels-strategy', version: '1.0.0' });
    expect(brusselsStrategyPriorities.criteria).toHaveLength(5);
    for (const c of brusselsStrategyPriorities.criteria) expect(validate('Criterion', c).ok, c.code).toBe(true);
    expect(brusselsCriteriaCatalogues[0]).toBe(brusselsStrategyPriorities);
  });
});
