import type { Target } from '@opencity/models';
import { validate } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue/catalogue';
import { computeDataset, type InputRow, type ObservationRow } from './computeDataset';

describe('computeDataset', () => {
  it('computes inputs, observations, the pooled region, targets and the composite index in one call', async () => {
    const inputs: InputRow[] = [];
    const digital: Record<string, [string, string, number]> = {
      'DIG-01': ['householdsWithInternet', 'households', 0.9],
      'DIG-02': ['fixedBroadbandSubscriptions', 'households', 0.4],
      'DIG-10': ['peopleWithBasicSkills', 'people16to74', 0.6],
      'DIG-05': ['servicesOnline', 'services', 0.5],
      'DIG-07': ['smartElectricityMeters', 'electricityMeters', 0.2],
    };
    for (const [area, size] of [
      ['21004', 100_000],
      ['21015', 60_000],
    ] as const) {
      for (const [num, den, share] of Object.values(digital)) {
        inputs.push(
          { area, period: 2024, variable: den, value: size },
          { area, period: 2024, variable: num, value: size * share },
        );
      }
    }
    const observations: ObservationRow[] = [];
    for (let h = 0; h < 366 * 24; h++)
      observations.push({ area: '21004', time: Date.UTC(2024, 0, 1) + h * 3_600_000, variable: 'pm10', value: 24 });
    const targets: Target[] = [
      { id: 't-pm10', type: 'Target', kpi: 'ENV-02', period: '2024', target: 20, acceptable: 40 },
    ];
    const values = await computeDataset({ definitions: catalogue, inputs, observations, targets, region: '04000' });
    for (const v of values) expect(validate('KpiValue', v).ok, `${v.kpi} ${v.area}`).toBe(true);
    const get = (kpi: string, area: string) => values.find((v) => v.kpi === kpi && v.area === area);
    expect(get('DIG-01', '04000')?.value).toBeCloseTo(90, 10);
    expect(get('ENV-02', '21004')).toMatchObject({ value: 24, status: 'amber', target: { ref: 't-pm10' } });
    expect(get('ENV-09', '21004')?.value).toBe(0);
    // DIG-09: human capital 60, connectivity (90 + 40) / 2 on 2 of its 4 indicators (50 % of its weight: enough),
    // integration 20 (1 of 2), public services 50 (1 of 2); 25 % each.
    expect(get('DIG-09', '04000')?.value).toBeCloseTo((60 + 65 + 20 + 50) / 4, 10);
    expect(get('DIG-09', '04000')?.provenance.rules).toContain(
      'connectivity: 2 children without data left out; the other weights re-normalised to sum 1',
    );
    expect(get('ECO-01', '21004')).toBeUndefined();
  });
});
