import { brusselsTargets, observationStream, sampleStatistics } from '@opencity/brussels';
import { describe, expect, it } from 'vitest';
import { computeKpis } from './kpis';

const years = [2023, 2024] as const;
const result = await computeKpis({
  years,
  statistics: sampleStatistics({ seed: 2026, years }),
  observations: observationStream({ seed: 2026, years }),
  targets: brusselsTargets,
});
const kpi = (id: string) => {
  const k = result.kpis.find((x) => x.id === id);
  if (!k) throw new Error(`${id} missing from the dashboard`);
  return k;
};

describe('dashboard KPI data', () => {
  it('pools the region from the municipalities (sum of numerators over sum of denominators), never averages', () => {
    const stats = sampleStatistics({ seed: 2026, years }).filter((s) => s.period === '2024' && s.area !== '04000');
    const sum = (v: string) => stats.filter((s) => s.variable === v).reduce((a, s) => a + s.value, 0);
    expect(kpi('DIG-01').cells['04000']?.['2024']?.value).toBeCloseTo(
      (sum('householdsWithInternet') / sum('households')) * 100,
      9,
    );
    const municipal = Object.entries(kpi('DIG-01').cells)
      .filter(([area]) => area !== '04000')
      .map(([, c]) => c['2024']?.value ?? 0);
    const meanOfRatios = municipal.reduce((a, b) => a + b, 0) / municipal.length;
    expect(kpi('DIG-01').cells['04000']?.['2024']?.value).not.toBeCloseTo(meanOfRatios, 6);
  });

  it('refuses an annual mean where the sensor data coverage is too low (station 21011 is down four months)', () => {
    const cell = kpi('ENV-01').cells['21011']?.['2024'];
    expect(cell?.value).toBeNull();
    expect(cell?.reason).toMatch(/^\d+ valid days? of 366 in 2024; 75 %/);
    expect(kpi('ENV-01').cells['21011']?.['2023']?.value).toBeGreaterThan(0);
  });

  it('colours each value against the target of its year, by the KPI direction', () => {
    const target = brusselsTargets.find((t) => t.kpi === 'ECO-01' && t.period === '2024')!;
    for (const [area, byYear] of Object.entries(kpi('ECO-01').cells)) {
      const { value, status } = byYear['2024']!;
      if (value === null) continue;
      const expected = value <= target.target ? 'green' : value <= (target.acceptable ?? -Infinity) ? 'amber' : 'red';
      expect([area, status]).toEqual([area, expected]);
    }
  });

  it('computes the digital index between 0 and 100 for the region and every municipality', () => {
    const scores = Object.values(result.index.scores).map((byYear) => byYear['2024']);
    expect(scores).toHaveLength(20);
    for (const s of scores) {
      expect(s).not.toBeNull();
      expect(s!).toBeGreaterThan(0);
      expect(s!).toBeLessThan(100);
    }
  });
});
