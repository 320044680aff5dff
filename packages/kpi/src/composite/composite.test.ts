import { validate, type KpiIndexNode } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { getDefinition } from '../catalogue/catalogue';
import { computeCompositeKpi, computeIndex } from './computeIndex';
import { normalize } from './normalize';

describe('normalize', () => {
  it('scales min-max with fixed goalposts, direction-aware: lower-is-better scores 100 at the minimum', () => {
    // Goalposts of ISO 37120 8.2 PM10 published by the Kópavogur Nightingale portal: min 0, max 190, better = Min.
    expect(normalize(0, { method: 'minmax', min: 0, max: 190, direction: 'decrease' })).toBe(100);
    expect(normalize(190, { method: 'minmax', min: 0, max: 190, direction: 'decrease' })).toBe(0);
    expect(normalize(19, { method: 'minmax', min: 0, max: 190, direction: 'decrease' })).toBeCloseTo(90, 12);
    expect(normalize(19, { method: 'minmax', min: 0, max: 190 })).toBeCloseTo(10, 12);
    expect(normalize(250, { method: 'minmax', min: 0, max: 190, direction: 'decrease' })).toBe(0);
    expect(normalize(250, { method: 'minmax', min: 0, max: 190, direction: 'decrease', clamp: false })).toBeCloseTo(
      -31.578947,
      5,
    );
  });

  it('applies the HDI log transform for income goalposts ln(100)–ln(75 000) (UNDP technical notes)', () => {
    // At the geometric midpoint √(100 × 75 000) the log-scaled index is exactly 50.
    expect(normalize(Math.sqrt(100 * 75_000), { method: 'minmax', min: 100, max: 75_000, log: true })).toBeCloseTo(
      50,
      10,
    );
    expect(() => normalize(0, { method: 'minmax', min: 100, max: 75_000, log: true })).toThrow(
      'log normalisation needs the value > 0',
    );
  });

  it('states the standard deviation of z-scores: 10, 20, 30 give 90, 100, 110 with the sample sd (n − 1)', () => {
    const sample = [10, 20, 30];
    expect(sample.map((v) => normalize(v, { method: 'zscore', sample, sd: 'sample' }))).toEqual([90, 100, 110]);
    const population = sample.map((v) => normalize(v, { method: 'zscore', sample, sd: 'population' }));
    expect(population[0]).toBeCloseTo(100 - 10 / Math.sqrt(2 / 3) / 1, 9);
    expect(population[2]).toBeCloseTo(112.247449, 5);
    expect(normalize(10, { method: 'zscore', sample, sd: 'sample', direction: 'decrease' })).toBe(110);
    expect(() => normalize(10, { method: 'zscore', sample, sd: 'unbiased' as never })).toThrow(
      "zscore needs sd: 'sample' or 'population'",
    );
  });

  it('scores distance to target as COINr n_dist2targ, capped at 100', () => {
    expect(normalize(45, { method: 'distance-to-target', target: 90, min: 0 })).toBe(50);
    expect(normalize(95, { method: 'distance-to-target', target: 90, min: 0 })).toBe(100);
    expect(normalize(95, { method: 'distance-to-target', target: 90, min: 0, cap: false })).toBeCloseTo(105.5556, 4);
    expect(normalize(30, { method: 'distance-to-target', target: 20, max: 40, direction: 'decrease' })).toBe(50);
  });

  it('ranks with ties taking the lower rank; best = 100', () => {
    const sample = [3, 1, 3, 2];
    expect(sample.map((v) => normalize(v, { method: 'rank', sample }))).toEqual([
      (2 / 3) * 100,
      0,
      (2 / 3) * 100,
      (1 / 3) * 100,
    ]);
    expect(normalize(1, { method: 'rank', sample, direction: 'decrease' })).toBe(100);
  });

  it('rejects equal goalposts and non-finite values', () => {
    expect(() => normalize(1, { method: 'minmax', min: 5, max: 5 })).toThrow('minmax needs max > min');
    expect(() => normalize(Number.NaN, { method: 'minmax', min: 0, max: 5 })).toThrow(
      'the value must be a finite number',
    );
  });
});

describe('computeIndex', () => {
  const tree: KpiIndexNode = {
    id: 'root',
    minDataShare: 0.5,
    children: [
      { id: 'a', weight: 1, kpi: 'A' },
      { id: 'b', weight: 1, kpi: 'B' },
      {
        id: 'g',
        weight: 2,
        aggregation: 'geometric',
        children: [
          { id: 'c', kpi: 'C' },
          { id: 'd', kpi: 'D' },
        ],
      },
    ],
  };

  it('aggregates weighted arithmetic and geometric means bottom-up', () => {
    const [r] = computeIndex(tree, [{ unit: 'u', values: { A: 40, B: 60, C: 25, D: 100 } }]);
    // g = √(25 × 100) = 50; root = (40 + 60 + 2 × 50) / 4 = 50.
    expect(r!.nodes['g']!.score.ok && r!.nodes['g']!.score.value).toBeCloseTo(50, 12);
    expect(r!.score.ok && r!.score.value).toBeCloseTo(50, 12);
  });

  it('re-weights the children with data above the data-availability threshold and refuses below it', () => {
    const [partial, scarce] = computeIndex(tree, [
      { unit: 'partial', values: { A: 40, C: 25, D: 100 } },
      { unit: 'scarce', values: { A: 40 } },
    ]);
    // B missing: (40 + 2 × 50) / 3.
    expect(partial!.score.ok && partial!.score.value).toBeCloseTo(140 / 3, 12);
    expect(partial!.nodes['root']).toMatchObject({ dataShare: 0.75, reweighted: true });
    expect(partial!.rules).toContain('root: 1 child without data left out; the other weights re-normalised to sum 1');
    // Only A: 1 of 4 weight units < 50 %.
    expect(scarce!.score).toMatchObject({ ok: false, reason: { code: 'missing_component' } });
  });

  it('computes the DESI-style regional digital index as 25 % per dimension', () => {
    const values = {
      'DIG-10': 60,
      'DIG-01': 90,
      'DIG-02': 40,
      'DIG-03': 80,
      'DIG-04': 150_000,
      'DIG-07': 30,
      'DIG-08': 10,
      'DIG-05': 50,
      'DIG-06': 70,
    };
    const [v] = computeCompositeKpi(getDefinition('DIG-09'), [{ unit: '04000', values }], { period: '2024' });
    const connectivity = (90 + 40 + 80 + 75) / 4;
    expect(v!.value).toBeCloseTo(0.25 * 60 + 0.25 * connectivity + 0.25 * 20 + 0.25 * 60, 10);
    expect(v!.unitText).toBe('score (0–100)');
    expect(validate('KpiValue', v).ok).toBe(true);
  });

  it('reproduces the HDI method: goalposts, log income, arithmetic education, geometric mean of three dimensions', () => {
    // UNDP method as tabulated at juan-de-lucio.github.io/World_Economy (HDI tab): health (LE − 20)/(85 − 20), education
    // (MYS/15 + EYS/18)/2, income (ln GNIpc − ln 100)/(ln 75 000 − ln 100), HDI = (health × education × income)^(1/3).
    const hdi: KpiIndexNode = {
      id: 'hdi',
      aggregation: 'geometric',
      children: [
        { id: 'health', kpi: 'LE', normalisation: { method: 'minmax', min: 20, max: 85 } },
        {
          id: 'education',
          children: [
            { id: 'mys', kpi: 'MYS', normalisation: { method: 'minmax', min: 0, max: 15 } },
            { id: 'eys', kpi: 'EYS', normalisation: { method: 'minmax', min: 0, max: 18 } },
          ],
        },
        { id: 'income', kpi: 'GNI', normalisation: { method: 'minmax', min: 100, max: 75_000, log: true } },
      ],
    };
    const values = { LE: 81.6, MYS: 12.2, EYS: 19.5, GNI: 48_000 };
    const [r] = computeIndex(hdi, [{ unit: 'BE', values }]);
    const health = (81.6 - 20) / 65;
    const education = (12.2 / 15 + 1) / 2; // expected years of schooling are capped at 18 (clamped min-max)
    const income = (Math.log(48_000) - Math.log(100)) / (Math.log(75_000) - Math.log(100));
    expect(r!.score.ok && r!.score.value / 100).toBeCloseTo(Math.cbrt(health * education * income), 12);
  });

  it('rejects malformed trees', () => {
    expect(() => computeIndex({ id: 'x', children: [{ id: 'x', kpi: 'A' }] }, [])).toThrow(
      'index node id x is used twice',
    );
    expect(() => computeIndex({ id: 'x' }, [])).toThrow('neither kpi nor children');
  });
});
