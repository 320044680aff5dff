/**
 * Extreme finite inputs never turn into NaN or Infinity (issue 15, items 6 and 7): every public numeric function of the
 * package returns a finite number, an explicit "not computable" outcome, or throws a KpiError with a specific code.
 * Each `it` named after a reproduction failed before its fix.
 */
import fc from 'fast-check';
import type { KpiIndexNode } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { getDefinition, listDefinitions } from './catalogue/catalogue';
import { computeIndex, MAX_INDEX_DEPTH } from './composite/computeIndex';
import { normalize } from './composite/normalize';
import { computeKpi } from './engine/computeKpi';
import { toEpochMs } from './engine/period';
import { rollUp } from './engine/rollUp';
import { isKpiError } from './errors';
import { evaluateExpression } from './expression/evaluateExpression';
import { parseExpression } from './expression/parseExpression';
import { DailySeries } from './observations/dailySeries';
import { GroupedStats } from './observations/groupedStats';
import { QuantileSketch } from './observations/quantileSketch';
import { ingestObservations } from './observations/readObservations';
import { assessTarget, percentOfTarget, u4sscBand } from './targets/status';
import { cagr, judgeChange, slope, trend } from './targets/trends';
import { computeDataset } from './engine/computeDataset';
import { observationKpiValues } from './engine/observationKpi';
import { computeCompositeKpi } from './composite/computeIndex';
import { kpiValuesFromSqlRows } from './sql/compileSql';
import { convertUnit } from './units/convertUnit';

const MAX = Number.MAX_VALUE;
/** Finite doubles with the extremes well represented. */
const extreme = fc.oneof(
  fc.constantFrom(MAX, -MAX, 1e308, -1e308, Number.MIN_VALUE, -Number.MIN_VALUE, 0, -0, 1e-308, 2 ** 1023),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const runs = { numRuns: 300 };

/** A result is acceptable when it is finite, undefined ("not applicable") or a KpiError with a code. */
function finiteOrExplicit(f: () => number | undefined): boolean {
  try {
    const x = f();
    return x === undefined || Number.isFinite(x);
  } catch (e) {
    if (isKpiError(e)) return true;
    throw e;
  }
}

describe('expressions: overflow is reported, never hidden', () => {
  it('1 / (1e308 * 10) is not computable rather than 0', () => {
    const out = evaluateExpression(parseExpression('1 / (a * 10)'), { a: 1e308 });
    expect(out).toMatchObject({ ok: false, reason: { code: 'non_finite_result' } });
  });

  it('a literal beyond the range of a double is a syntax error (1e400 > 5 is not 1)', () => {
    expect(() => parseExpression('1e400 > 5')).toThrow(/beyond the range of a double/);
  });

  it('property: any expression over extreme inputs gives a finite value or a reason', () => {
    const exprs = [
      'a + b',
      'a - b',
      'a * b',
      'a / b',
      'a ^ b',
      'round(a, b)',
      'min(a, b) * 2',
      'exp(a) - b',
      'sqrt(a) / b',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...exprs), extreme, extreme, (e, a, b) => {
        const out = evaluateExpression(parseExpression(e), { a, b: Math.trunc(b) === b && Math.abs(b) < 400 ? b : b });
        return out.ok ? Number.isFinite(out.value) : typeof out.reason.code === 'string';
      }),
      runs,
    );
  });
});

describe('composite indices', () => {
  it('a zero-weight child with data and a missing sibling is not computable, not NaN', () => {
    const root: KpiIndexNode = {
      id: 'root',
      minDataShare: 0,
      children: [
        { id: 'a', kpi: 'A', weight: 0 },
        { id: 'b', kpi: 'B', weight: 1 },
      ],
    };
    const [r] = computeIndex(root, [{ unit: 'x', values: { A: 50 } }]);
    expect(r!.score).toMatchObject({ ok: false, reason: { code: 'missing_component' } });
  });

  it(`a 10,000-deep tree is refused with a message naming the ${MAX_INDEX_DEPTH}-level limit, not a RangeError`, () => {
    let node: KpiIndexNode = { id: 'leaf', kpi: 'A' };
    for (let i = 0; i < 10_000; i++) node = { id: `n${i}`, children: [node] };
    expect(() => computeIndex(node, [{ unit: 'x', values: { A: 1 } }])).toThrow(/deeper than 64 levels/);
  });

  it('weights as large as a double allows still aggregate', () => {
    const root: KpiIndexNode = {
      id: 'root',
      children: [
        { id: 'a', kpi: 'A', weight: MAX },
        { id: 'b', kpi: 'B', weight: MAX },
      ],
    };
    const [r] = computeIndex(root, [{ unit: 'x', values: { A: 40, B: 60 } }]);
    expect(r!.score).toEqual({ ok: true, value: 50 });
  });

  it('property: extreme leaf values and weights give a finite score or a reason', () => {
    fc.assert(
      fc.property(extreme, extreme, fc.double({ min: 0, max: MAX, noNaN: true }), (a, b, w) => {
        const root: KpiIndexNode = {
          id: 'root',
          aggregation: 'geometric',
          children: [
            { id: 'a', kpi: 'A', weight: w },
            {
              id: 'mid',
              weight: 1,
              children: [
                { id: 'b', kpi: 'B', normalisation: { method: 'zscore', sd: 'population' } },
                { id: 'c', kpi: 'B', normalisation: { method: 'minmax', min: -MAX, max: MAX } },
              ],
            },
          ],
        };
        const results = computeIndex(root, [
          { unit: 'x', values: { A: a, B: b } },
          { unit: 'y', values: { A: b, B: a } },
        ]);
        return results.every((r) =>
          Object.values(r.nodes).every((n) => (n.score.ok ? Number.isFinite(n.score.value) : true)),
        );
      }),
      runs,
    );
  });
});

describe('normalisation', () => {
  it('min-max goalposts at the ends of the double range give the exact midpoint', () => {
    expect(normalize(0, { method: 'minmax', min: -MAX, max: MAX })).toBe(50);
  });

  it('property: every method gives a finite score or a KpiError', () => {
    fc.assert(
      fc.property(extreme, extreme, extreme, (v, lo, hi) =>
        [
          () => normalize(v, { method: 'minmax', min: lo, max: hi, clamp: false }),
          () => normalize(v, { method: 'distance-to-target', target: hi, min: lo, cap: false }),
          () => normalize(v, { method: 'distance-to-target', target: lo, max: hi, direction: 'decrease' }),
          () => normalize(v, { method: 'zscore', sample: [lo, hi, v], sd: 'sample' }),
          () => normalize(v, { method: 'rank', sample: [lo, hi] }),
        ].every(finiteOrExplicit),
      ),
      runs,
    );
  });
});

describe('observations', () => {
  it('two pm2.5 values of 1e308 have a mean of 1e308 (the live mean was null)', () => {
    const stats = new GroupedStats();
    stats.add('21004', Date.UTC(2024, 0, 1), 1e308);
    stats.add('21004', Date.UTC(2024, 0, 1, 1), 1e308);
    const [g] = stats.results();
    expect(g!.mean).toBe(1e308);
    expect(g!.sum).toBeUndefined();
    expect(g!.count).toBe(2);
  });

  it('the scaled sums give bit-for-bit the plain mean on ordinary data and survive a state round trip', () => {
    const values = [12.3, 45.6, 7.89, 0.1, 33.3];
    const stats = new GroupedStats();
    values.forEach((v, i) => stats.add('a', Date.UTC(2024, 0, 1, i), v));
    const again = GroupedStats.fromState(JSON.parse(JSON.stringify(stats.toState())));
    const plain = values.reduce((s, v) => s + v, 0);
    expect(again.results()[0]).toMatchObject({ sum: plain, mean: plain / values.length });
  });

  it('a far-off timestamp is rejected and counted instead of throwing (DailySeries and GroupedStats)', () => {
    const series = new DailySeries();
    const stats = new GroupedStats();
    for (const time of [8.64e15, -8.64e15, Date.UTC(275760, 8, 13), 1e300]) {
      expect(() => series.add('a', time, 1)).not.toThrow();
      expect(() => stats.add('a', time, 1)).not.toThrow();
    }
    expect(series.rejected).toBe(4);
    expect(stats.rejected).toBe(4);
  });

  it('an observation dated in year 275760 is rejected with its record named; the others are kept', async () => {
    const series = new DailySeries();
    const report = await ingestObservations(
      [
        { area: 'a', time: '2024-01-01T00:00:00Z', value: 1 },
        { area: 'a', time: '+275760-09-13T00:00:00Z', value: 2 },
        { area: 'a', time: 8.64e15, value: 3 },
        { area: 'a', time: '2024-01-01T01:00:00Z', value: 4 },
      ],
      series,
    );
    expect(report).toMatchObject({ read: 4, added: 2, rejected: 2 });
    expect(report.samples.join('\n')).toMatch(/record 2: .*\n.*record 3: .*0001–9999/);
    expect(() => toEpochMs(8.64e15)).toThrow(/outside the years 0001–9999/);
  });

  it('a day whose values overflow makes the period mean explicitly not computable', () => {
    const series = new DailySeries({ periodUnit: 'month' });
    for (let h = 0; h < 24; h++) series.add('a', Date.UTC(2024, 1, 3, h), MAX);
    const [s] = series.summarize({ expectedPerDay: 24, minPeriodCoverage: 0, threshold: 50 });
    expect(s!.mean).toMatchObject({ ok: false, reason: { code: 'non_finite_result' } });
    expect(s!.mean.ok ? '' : s!.mean.reason.message).toMatch(/2024-02-03/);
    expect(s!.exceedanceDays).toBe(1);
  });

  it('property: aggregators over extreme values report finite statistics', () => {
    fc.assert(
      fc.property(fc.array(extreme, { minLength: 1, maxLength: 30 }), (values) => {
        const stats = new GroupedStats({ thresholds: [0], quantileAccuracy: 0.01 });
        const series = new DailySeries();
        values.forEach((v, i) => {
          stats.add('k', Date.UTC(2024, 0, 1, i % 24), v);
          series.add('k', Date.UTC(2024, 0, 1 + i), v);
        });
        const g = stats.results()[0]!;
        const fine = (x: number | undefined) => x === undefined || Number.isFinite(x);
        const day = series.summarize({ expectedPerDay: 1, minPeriodCoverage: 0 })[0]!;
        return (
          fine(g.sum) &&
          Number.isFinite(g.mean!) &&
          fine(g.quantile?.(0.5)) &&
          (day.mean.ok ? Number.isFinite(day.mean.value) : true) &&
          series.dailyMeans('k', '2024', { expectedPerDay: 1 }).every(fine)
        );
      }),
      runs,
    );
  });

  it('property: a quantile sketch returns finite quantiles', () => {
    fc.assert(
      fc.property(
        fc.array(extreme, { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, q) => {
          const sketch = new QuantileSketch(0.01);
          values.forEach((v) => sketch.add(v));
          const x = sketch.quantile(q);
          return x === undefined || Number.isFinite(x);
        },
      ),
      runs,
    );
  });
});

describe('KPI values, targets, trends and units', () => {
  it('property: every ratio and expression KPI of the catalogue gives a finite value or a reason', () => {
    const defs = listDefinitions().filter((d) => d.formula.kind === 'ratio' || d.formula.kind === 'expression');
    fc.assert(
      fc.property(fc.constantFrom(...defs), fc.array(extreme, { minLength: 8, maxLength: 8 }), (d, xs) => {
        const inputs = Object.fromEntries(d.inputs.map((input, i) => [input.name, xs[i % xs.length]!]));
        const v = computeKpi(d, inputs, { area: 'x', period: '2024', target: { target: xs[0]! } });
        return v.value === undefined ? v.notComputable !== undefined : Number.isFinite(v.value);
      }),
      runs,
    );
  });

  it('pooled sums that overflow make the regional value explicitly not computable', () => {
    const d = getDefinition('ECO-01');
    const parts = ['a', 'b'].map((area) => ({ area, inputs: { unemployed: MAX, labourForce: MAX } }));
    const v = rollUp(d, parts, { area: 'region', period: '2024' });
    expect(v.value).toBeUndefined();
    expect(v.notComputable?.code).toBe('non_finite_result');
    expect(JSON.stringify(v)).not.toContain('null');
  });

  it('property: targets, trends and unit conversions stay finite or explicit', () => {
    fc.assert(
      fc.property(
        extreme,
        extreme,
        extreme,
        fc.constantFrom('increase', 'decrease', 'target', 'context'),
        (a, b, c, dir) =>
          [
            () => percentOfTarget(dir, a, b),
            () => assessTarget(dir, a, { target: b, acceptable: c }).distance,
            () => assessTarget(dir, a, { target: b }).percentOfTarget,
            () => cagr(Math.abs(a), Math.abs(b), 3),
            () =>
              slope([
                { year: 2020, value: a },
                { year: 2021, value: b },
                { year: 2022, value: c },
              ]),
            () =>
              trend(
                [
                  { year: 2020, value: a },
                  { year: 2021, value: b },
                ],
                'increase',
              ).yearOnYear?.absolute,
            () =>
              trend(
                [
                  { year: 2020, value: a },
                  { year: 2021, value: b },
                ],
                'increase',
              ).yearOnYear?.relative,
            () => convertUnit(a, 'KGM', 'TNE'),
            () => convertUnit(a, '61', 'GQ', 'NO2'),
          ].every(finiteOrExplicit),
      ),
      runs,
    );
  });
});

describe('every other public numeric function', () => {
  /** A KpiValue is acceptable when its value is finite, or absent with the reason it is not computable. */
  const sound = (v: { value?: number; notComputable?: unknown }) =>
    v.value === undefined ? v.notComputable !== undefined : Number.isFinite(v.value);
  const defs = listDefinitions();
  const additive = defs.filter((d) => d.formula.kind === 'ratio' || d.formula.kind === 'expression');

  it('property: regional roll-ups and whole datasets over extreme inputs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...additive),
        fc.array(extreme, { minLength: 6, maxLength: 6 }),
        async (d, xs) => {
          const parts = ['a', 'b', 'c'].map((area, k) => ({
            area,
            inputs: Object.fromEntries(d.inputs.map((input, i) => [input.name, xs[(i + k) % xs.length]!])),
          }));
          const region = finiteOrExplicit(() => {
            const v = rollUp(d, parts, { area: 'region', period: '2024' });
            return sound(v) ? 0 : Number.NaN;
          });
          const rows = parts.flatMap((p) =>
            Object.entries(p.inputs).map(([variable, value]) => ({ area: p.area, period: '2024', variable, value })),
          );
          const values = await computeDataset({ definitions: [d], inputs: rows, region: 'region' });
          return region && values.every(sound);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('property: observation KPIs, composite KPIs and SQL rows over extreme values', () => {
    const observationDefs = defs.filter((d) => d.formula.kind === 'observations');
    const composite = defs.filter((d) => d.formula.kind === 'composite');
    fc.assert(
      fc.property(fc.array(extreme, { minLength: 1, maxLength: 30 }), (xs) => {
        const series = new DailySeries();
        const stats = new GroupedStats();
        xs.forEach((v, i) => {
          series.add('21004', Date.UTC(2024, 0, 1 + (i % 3), i % 24), v);
          stats.add('21004', Date.UTC(2024, 0, 1 + (i % 3), i % 24), v);
        });
        const fromObservations = observationDefs.flatMap((d) => {
          const f = d.formula.kind === 'observations' ? d.formula.statistic : '';
          return observationKpiValues(d, f === 'annualMeanOfDailyMeans' || f === 'exceedanceDays' ? series : stats);
        });
        const units = [{ unit: 'x', values: Object.fromEntries(defs.map((d, i) => [d.id, xs[i % xs.length]!])) }];
        const fromIndex = composite.flatMap((d) => computeCompositeKpi(d, units, { period: '2024' }));
        const fromSql = additive.slice(0, 5).flatMap((d) =>
          kpiValuesFromSqlRows(d, [
            {
              area: 'a',
              period: '2024',
              ...Object.fromEntries(d.inputs.map((input, i) => [input.name, xs[i % xs.length]])),
            },
          ]),
        );
        return [...fromObservations, ...fromIndex, ...fromSql].every(sound);
      }),
      { numRuns: 100 },
    );
  });

  it('property: bands and judgements of any finite number', () => {
    fc.assert(
      fc.property(extreme, extreme, fc.constantFrom('increase', 'decrease', 'target', 'context'), (p, t, dir) => {
        const band = u4sscBand(p);
        const judged = judgeChange(dir, p, Math.abs(t));
        return ['95-100', '66-95', '33-66', '0-33'].includes(band) && typeof judged === 'string';
      }),
      runs,
    );
  });

  it('huge arrays: a million extreme values give finite statistics, quantiles, trends and normalised scores', () => {
    const n = 1_000_000;
    const xs = Array.from({ length: n }, (_, i) => (i % 2 ? MAX : -MAX) / (1 + (i % 7)));
    const stats = new GroupedStats({ quantileAccuracy: 0.01 });
    const sketch = new QuantileSketch(0.01);
    for (let i = 0; i < n; i++) {
      stats.add('k', Date.UTC(2024, 0, 1) + (i % 86_400_000), xs[i]!);
      sketch.add(xs[i]!);
    }
    const g = stats.results()[0]!;
    expect(g.count).toBe(n);
    expect([g.mean, g.min, g.max, g.quantile?.(0.5), sketch.quantile(0.99)].every((x) => Number.isFinite(x))).toBe(
      true,
    );
    const points = xs.slice(0, 100_000).map((value, i) => ({ year: 1 + (i % 9000), value }));
    expect(finiteOrExplicit(() => slope(points))).toBe(true);
    expect(finiteOrExplicit(() => normalize(0, { method: 'zscore', sample: xs, sd: 'population' }))).toBe(true);
    expect(finiteOrExplicit(() => normalize(1, { method: 'rank', sample: xs }))).toBe(true);
  });
});
