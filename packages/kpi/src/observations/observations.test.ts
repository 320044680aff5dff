import fc from 'fast-check';
import { validate } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { getDefinition } from '../catalogue/catalogue';
import { observationKpiValues, observationSelection } from '../engine/observationKpi';
import { DailySeries } from './dailySeries';
import { GroupedStats } from './groupedStats';
import { QuantileSketch } from './quantileSketch';
import { ingestObservations, parseNdjson } from './readObservations';

const HOUR = 3_600_000;
const start2024 = Date.UTC(2024, 0, 1);

/** Hourly values for `days` days from 1 January 2024, `hours` hours a day, value = day + hour / 100. */
function* hourly(area: string, days: number, hours = 24): Generator<{ area: string; time: number; value: number }> {
  for (let d = 0; d < days; d++)
    for (let h = 0; h < hours; h++) yield { area, time: start2024 + (d * 24 + h) * HOUR, value: d + h / 100 };
}

describe('DailySeries', () => {
  it('averages valid daily means into the annual mean and counts exceedance days under the coverage rules', () => {
    const s = new DailySeries();
    // 300 complete days (valid) and 10 days with 17 hours (invalid: fewer than 18 of 24) in a 366-day year.
    for (const o of hourly('21004', 300)) s.add(o.area, o.time, o.value);
    for (let d = 300; d < 310; d++) for (let h = 0; h < 17; h++) s.add('21004', start2024 + (d * 24 + h) * HOUR, 1000);
    const [r] = s.summarize({ expectedPerDay: 24, threshold: 250 });
    expect(r).toMatchObject({
      key: '21004',
      period: '2024',
      days: 366,
      validDays: 300,
      observations: 300 * 24 + 170,
      exceedanceDays: 50,
    });
    // Daily mean of day d is d + 0.115; the mean over d = 0…299 is 149.5 + 0.115.
    expect(r!.mean.ok && r!.mean.value).toBeCloseTo(149.615, 10);
  });

  it('says "not computable" when fewer than 75 % of the days are valid', () => {
    const s = new DailySeries();
    for (const o of hourly('21001', 200)) s.add(o.area, o.time, o.value);
    const [r] = s.summarize({ expectedPerDay: 24 });
    expect(r!.mean).toEqual({
      ok: false,
      reason: { code: 'insufficient_coverage', message: '200 valid days of 366 in 2024; 75 % required' },
    });
  });

  it('merges partial aggregates into the single-pass result (up to floating-point summation order), in any split (property)', () => {
    const obs = [...hourly('A', 40, 20), ...hourly('B', 30, 24)];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: obs.length, maxLength: obs.length }),
        (assign) => {
          const whole = new DailySeries();
          const parts = [new DailySeries(), new DailySeries(), new DailySeries(), new DailySeries()];
          obs.forEach((o, i) => {
            whole.add(o.area, o.time, o.value);
            parts[assign[i]!]!.add(o.area, o.time, o.value);
          });
          const merged = DailySeries.fromState(parts[0]!.toState());
          for (const p of parts.slice(1)) merged.merge(structuredClone(p.toState()));
          const rules = { expectedPerDay: 24, minPeriodCoverage: 0, threshold: 20 };
          const a = merged.summarize(rules);
          const b = whole.summarize(rules);
          expect(a.map(({ mean: _m, ...rest }) => rest)).toEqual(b.map(({ mean: _m, ...rest }) => rest));
          a.forEach((r, i) =>
            expect(r.mean.ok && r.mean.value).toBeCloseTo((b[i]!.mean.ok && b[i]!.mean.value) as number, 9),
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('cuts local days with a UTC offset and rejects non-finite values', () => {
    const s = new DailySeries({ offsetMinutes: 60 });
    s.add('x', Date.UTC(2023, 11, 31, 23, 30), 5); // 00:30 on 1 January 2024 in UTC+1
    s.add('x', Date.UTC(2024, 0, 1), Number.NaN);
    s.add('x', Number.NaN, 1);
    s.add('x', Date.UTC(2024, 0, 1), Number.POSITIVE_INFINITY);
    s.add('y', Number.POSITIVE_INFINITY, 1);
    expect(s.summarize({ expectedPerDay: 1, minPeriodCoverage: 0 }).map((r) => r.period)).toEqual(['2024']);
    expect(s.rejected).toBe(4);
    expect(s.summarize({ expectedPerDay: 1, minPeriodCoverage: 0 })[0]!.observations).toBe(1);
    expect(() => s.merge(new DailySeries())).toThrow('cannot merge series');
  });
});

describe('GroupedStats and QuantileSketch', () => {
  it('computes count, sum, mean, min, max and exceedances per group and month', () => {
    const g = new GroupedStats({ periodUnit: 'month', thresholds: [10, 100] });
    for (const o of hourly('A', 40)) g.add(o.area, o.time, o.value);
    const [jan, feb] = g.results();
    expect(jan).toMatchObject({
      key: 'A',
      period: '2024-01',
      count: 31 * 24,
      min: 0,
      max: 30.23,
      exceedances: [20 * 24 + 23, 0],
    });
    expect(feb).toMatchObject({ period: '2024-02', count: 9 * 24, min: 31 });
    expect(jan!.mean).toBeCloseTo(15.115, 10);
  });

  it('keeps quantiles within the relative accuracy and merges sketches', () => {
    const values = Array.from({ length: 20_000 }, (_, i) => 1 + ((i * 7919) % 10_000) / 10);
    const a = new QuantileSketch(0.01);
    const b = new QuantileSketch(0.01);
    values.forEach((v, i) => (i % 2 ? a : b).add(v));
    a.merge(QuantileSketch.fromJSON(JSON.parse(JSON.stringify(b.toJSON()))));
    const sorted = [...values].sort((x, y) => x - y);
    for (const q of [0, 0.1, 0.5, 0.9, 0.98, 1]) {
      const exact = sorted[Math.floor(q * (sorted.length - 1))]!;
      expect(Math.abs(a.quantile(q)! - exact) / exact).toBeLessThanOrEqual(0.01 + 1e-12);
    }
    expect(a.count).toBe(20_000);
    expect(new QuantileSketch().quantile(0.5)).toBeUndefined();
  });
});

describe('observation records', () => {
  it('parses NDJSON split across chunk boundaries, including multi-byte characters', async () => {
    const text = '{"area":"Saint-Gilles","v":1}\n\n{"area":"Ixelles","v":2}\n{"area":"Bruxelles","v":3}';
    const bytes = new TextEncoder().encode(text);
    const chunks = [bytes.slice(0, 5), bytes.slice(5, 17), bytes.slice(17, 40), bytes.slice(40)];
    const rows: unknown[] = [];
    for await (const r of parseNdjson(chunks)) rows.push(r);
    expect(rows).toEqual([
      { area: 'Saint-Gilles', v: 1 },
      { area: 'Ixelles', v: 2 },
      { area: 'Bruxelles', v: 3 },
    ]);
    await expect(async () => {
      for await (const _ of parseNdjson(['{"a":1}\n{oops}\n'])) void _;
    }).rejects.toThrow('NDJSON line 2');
  });

  it('computes the NO2 annual mean from mixed ppb and µg/m³ observations (1 ppb = 1.9 µg/m³) as a valid KpiValue', async () => {
    const def = getDefinition('ENV-03');
    const rows: unknown[] = [];
    for (let d = 0; d < 366; d++) {
      for (let h = 0; h < 24; h++) {
        const time = new Date(start2024 + (d * 24 + h) * HOUR).toISOString();
        // Even hours in ppb (10 ppb = 19 µg/m³), odd hours already in µg/m³ (21): daily mean 20 µg/m³.
        rows.push(
          h % 2
            ? { area: '21015', time, variable: 'no2', value: 21, unit: 'GQ' }
            : { area: '21015', time, variable: 'no2', value: 10, unit: '61' },
        );
        rows.push({ area: '21015', time, variable: 'pm10', value: 99, unit: 'GQ' });
      }
    }
    rows.push({ area: '21015', time: 'yesterday', variable: 'no2', value: 1 });
    const series = new DailySeries();
    const report = await ingestObservations(rows, series, observationSelection(def));
    expect(report).toMatchObject({ read: rows.length, added: 366 * 24, skipped: 366 * 24, rejected: 1 });
    const [v] = observationKpiValues(def, series);
    expect(v!.value).toBeCloseTo(20, 10);
    expect(v).toMatchObject({
      kpi: 'ENV-03',
      area: '21015',
      period: '2024',
      unitCode: 'GQ',
      coverage: { present: 366, expected: 366, of: 'days' },
      status: 'none',
    });
    expect(validate('KpiValue', v).ok).toBe(true);
  });
});
