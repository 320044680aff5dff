import { validate } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { population2020, regionTotal2020 } from '../__fixtures__/brusselsPopulation2020';
import { catalogue, getDefinition } from '../catalogue/catalogue';
import { computeKpi } from './computeKpi';
import { rollUp } from './rollUp';

const expectValidKpiValue = (value: unknown): void => {
  const result = validate('KpiValue', value);
  expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(result.ok).toBe(true);
};

describe('computeKpi', () => {
  it('computes a ratio KPI with unit, coverage, status against the target and provenance', () => {
    const v = computeKpi(
      getDefinition('ECO-01'),
      { unemployed: 17_200, labourForce: { value: 80_000, source: 'view.brussels 2024' } },
      { area: '21004', period: '2024', target: { id: 'T-1', target: 15, acceptable: 18 } },
    );
    expect(v).toMatchObject({
      type: 'KpiValue',
      kpi: 'ECO-01',
      area: '21004',
      period: '2024',
      value: 21.5,
      unitCode: 'P1',
      unitText: '%',
      status: 'red',
      coverage: { present: 2, expected: 2, share: 1, of: 'inputs' },
      target: { target: 15, acceptable: 18, distance: 6.5, band: '66-95', ref: 'T-1' },
      provenance: {
        definition: 'ECO-01',
        definitionVersion: '1.0.0',
        engine: 'typescript',
        rules: ['unemployed / labourForce × 100'],
      },
    });
    expect(v.target?.percentOfTarget).toBeCloseTo((15 / 21.5) * 100, 10);
    expect(v.provenance.inputs).toEqual([
      {
        name: 'unemployed',
        value: 17_200,
        unit: 'persons',
        source: 'Labour Force Survey (national statistics office, regional employment service)',
      },
      { name: 'labourForce', value: 80_000, unit: 'persons', source: 'view.brussels 2024' },
    ]);
    expectValidKpiValue(v);
  });

  it('reproduces the IBSA population growth 2023 → 2024: +8,422 on 1,241,175, i.e. +0.68 %', () => {
    // IBSA Baromètre démographique 2024 (bx1.be): 1 Jan 2024 = 1,249,597, +8,422 (+0.68 %) on a year.
    const v = computeKpi(
      getDefinition('SOC-03'),
      { population: 1_249_597, populationPreviousYear: 1_241_175 },
      { area: '04000', period: '2023' },
    );
    expect(v.value).toBeCloseTo((8_422 / 1_241_175) * 100, 12);
    expect(v.value!.toFixed(2)).toBe('0.68');
    expect(v.status).toBe('none');
  });

  it('gives an explicit "not computable" for a zero or missing denominator, never NaN or Infinity', () => {
    const zero = computeKpi(
      getDefinition('MOB-03'),
      { linesWithRealTime: 0, lines: 0 },
      { area: 'PRJ-12', period: '2025' },
    );
    expect(zero.value).toBeUndefined();
    expect(zero.notComputable).toEqual({ code: 'zero_denominator', message: 'denominator lines is 0', input: 'lines' });
    expect(zero.status).toBe('unknown');
    expectValidKpiValue(zero);
    const missing = computeKpi(getDefinition('ECO-01'), { unemployed: 10 }, { area: '21004', period: '2024' });
    expect(missing.notComputable).toMatchObject({ code: 'missing_input', input: 'labourForce' });
    expect(missing.coverage).toEqual({ present: 1, expected: 2, share: 0.5, of: 'inputs' });
    expectValidKpiValue(missing);
    const bad = computeKpi(
      getDefinition('ECO-01'),
      { unemployed: Number.POSITIVE_INFINITY, labourForce: 5 },
      { area: '21004', period: '2024' },
    );
    expect(bad.notComputable).toMatchObject({ code: 'invalid_input', input: 'unemployed' });
    // JSON.stringify turns NaN and ±Infinity into null: no value field may ever be null.
    expect(JSON.stringify([zero, missing, bad])).not.toMatch(/:null/);
  });

  it('checks and converts input units', () => {
    // 12.5 km² of green area = 1 250 ha, for 250 000 inhabitants: 500 ha per 100 000.
    const v = computeKpi(
      getDefinition('ENV-05'),
      { greenArea: { value: 12.5, unit: 'KMK' }, population: 250_000 },
      { area: 'X', period: '2024' },
    );
    expect(v.value).toBeCloseTo(500, 10);
    expect(v.provenance.rules[0]).toBe('converted greenArea from KMK to HAR: 12.5 → 1250');
    const mismatch = computeKpi(
      getDefinition('ENV-05'),
      { greenArea: { value: 12.5, unit: 'KMT' }, population: 250_000 },
      { area: 'X', period: '2024' },
    );
    expect(mismatch.notComputable).toEqual({
      code: 'unit_mismatch',
      message: 'input greenArea is in KMT; the definition expects ha (HAR)',
      input: 'greenArea',
    });
  });

  it('judges budget execution (direction target) by its distance from 100 %', () => {
    const def = getDefinition('PRJ-05');
    const target = { target: 100, tolerance: 5, acceptable: 15 };
    expect(
      computeKpi(def, { spent: 970_000, approvedBudget: 1_000_000 }, { area: 'P1', period: '2026-Q1', target }).status,
    ).toBe('green');
    expect(
      computeKpi(def, { spent: 880_000, approvedBudget: 1_000_000 }, { area: 'P1', period: '2026-Q1', target }).status,
    ).toBe('amber');
    expect(
      computeKpi(def, { spent: 1_300_000, approvedBudget: 1_000_000 }, { area: 'P1', period: '2026-Q1', target })
        .status,
    ).toBe('red');
  });

  it.each(
    catalogue
      .filter((d) => d.formula.kind === 'ratio' || d.formula.kind === 'expression')
      .map((d) => [d.id, d] as const),
  )('%s computes a finite value that validates as a KpiValue, judged against a target', (_id, def) => {
    const inputs = Object.fromEntries(def.inputs.map((input, i) => [input.name, 1_000 * (def.inputs.length - i) + 7]));
    const v = computeKpi(def, inputs, { area: '21004', period: '2024', target: { target: 50, acceptable: 40 } });
    expect(Number.isFinite(v.value)).toBe(true);
    expect(v.status).toMatch(def.direction === 'context' ? /^none$/ : /^(green|amber|red)$/);
    expectValidKpiValue(v);
  });

  it('refuses a definition of another kind with a pointer to the right function', () => {
    expect(() => computeKpi(getDefinition('ENV-02'), {}, { area: 'X', period: '2024' })).toThrow(
      'ENV-02 is a observations KPI: use computeObservationKpi',
    );
  });
});

describe('rollUp: regional values pool numerators and denominators', () => {
  it('reproduces the published pooling pitfall: 2/10 and 2/1 000 pool to 4/1 010, not a sum or mean of rates', () => {
    // CHAD-Analytics/CHAD issue #34: summing the per-capita values gives 0.202; the pooled rate is 4/1010 = 0.00396.
    const def = getDefinition('SOC-01');
    const v = rollUp(
      def,
      [
        { area: 'A', inputs: { fireDeaths: 2, population: 10 } },
        { area: 'B', inputs: { fireDeaths: 2, population: 1_000 } },
      ],
      { area: 'AB', period: '2024' },
    );
    expect(v.value).toBeCloseTo((4 / 1_010) * 100_000, 9);
    expect(v.value! / 100_000).toBeCloseTo(0.00396, 5);
    expect(v.value).not.toBeCloseTo(0.202 * 100_000, 0);
    expect(v.provenance.inputs).toEqual([
      {
        name: 'fireDeaths',
        value: 4,
        unit: 'persons',
        source: 'Fire and emergency medical service',
        areas: ['A', 'B'],
      },
      {
        name: 'population',
        value: 1_010,
        unit: 'persons',
        source: 'Population register on 1 January (national statistics office)',
        areas: ['A', 'B'],
      },
    ]);
    expectValidKpiValue(v);
  });

  it('pools the 19 Brussels municipalities into the region: the population denominator is the published 1,218,255', () => {
    const def = getDefinition('DIG-04');
    // Numerators are illustrative (1.3 subscriptions per inhabitant in odd NIS codes, 0.9 in even ones); populations are Statbel's.
    const parts = Object.entries(population2020).map(([nis, pop]) => ({
      area: nis,
      inputs: { internetSubscriptions: Math.round(pop * (Number(nis) % 2 ? 1.3 : 0.9)), population: pop },
    }));
    const region = rollUp(def, parts, { area: '04000', period: '2020' });
    const subs = parts.reduce((s, p) => s + p.inputs.internetSubscriptions, 0);
    expect(region.provenance.inputs.find((i) => i.name === 'population')?.value).toBe(regionTotal2020);
    expect(region.value).toBeCloseTo((subs / regionTotal2020) * 100_000, 6);
    const meanOfRatios =
      parts.reduce((s, p) => s + (p.inputs.internetSubscriptions / p.inputs.population) * 100_000, 0) / parts.length;
    expect(Math.abs(region.value! - meanOfRatios)).toBeGreaterThan(100);
    expect(region.coverage).toEqual({ present: 19, expected: 19, share: 1, of: 'areas' });
  });

  it('leaves out areas with incomplete inputs and refuses the result below the area-coverage threshold', () => {
    const def = getDefinition('ECO-01');
    const parts = [
      { area: '21001', inputs: { unemployed: 10_000, labourForce: 50_000 } },
      { area: '21002', inputs: { unemployed: 1_000 } },
    ];
    const strict = rollUp(def, parts, { area: '04000', period: '2024' });
    expect(strict.notComputable).toMatchObject({
      code: 'insufficient_coverage',
      message: '1 of 2 areas have every input; 100 % required',
    });
    const lenient = rollUp(def, parts, { area: '04000', period: '2024', minAreaCoverage: 0.5 });
    expect(lenient.value).toBe(20);
    expect(lenient.provenance.rules).toContain('left out for incomplete inputs: 21002');
  });

  it('sums counts (rule sum) and points observation and composite KPIs to their own roll-up', () => {
    const sum = rollUp(
      getDefinition('PRJ-08'),
      [
        { area: 'P1', inputs: { datasetsPublished: 3 } },
        { area: 'P2', inputs: { datasetsPublished: 4 } },
      ],
      { area: 'programme', period: '2025' },
    );
    expect(sum.value).toBe(7);
    const none = rollUp(getDefinition('PRJ-08'), [], { area: 'programme', period: '2025' });
    expect(none.notComputable).toMatchObject({ code: 'insufficient_coverage' });
    expect(() => rollUp(getDefinition('DIG-09'), [], { area: '04000', period: '2025' })).toThrow(
      'DIG-09 is a composite KPI',
    );
    const notAggregable = { ...getDefinition('SOC-02'), rollUp: { method: 'none' as const } };
    expect(
      rollUp(notAggregable, [{ area: 'A', inputs: { population: 1, landArea: 1 } }], { area: 'R', period: '2024' })
        .notComputable?.code,
    ).toBe('not_aggregable');
    expect(() => rollUp(getDefinition('ENV-03'), [], { area: '04000', period: '2025' })).toThrow(
      'pool the observations of the sub-areas under the region key',
    );
  });
});
