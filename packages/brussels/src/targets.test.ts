import { describe, expect, it } from 'vitest';
import { validate } from '@opencity/models';
import { brusselsTargets } from './index';

describe('brusselsTargets', () => {
  it('are valid Target entities with unique ids', () => {
    for (const t of brusselsTargets)
      expect(validate('Target', t).findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(new Set(brusselsTargets.map((t) => t.id)).size).toBe(brusselsTargets.length);
  });

  it('put the acceptable level on the right side of the target for the KPI direction', () => {
    const eco = brusselsTargets.find((t) => t.kpi === 'ECO-01' && t.period === '2024');
    const dig = brusselsTargets.find((t) => t.kpi === 'DIG-01' && t.period === '2024');
    expect(eco && eco.acceptable !== undefined && eco.acceptable > eco.target).toBe(true);
    expect(dig && dig.acceptable !== undefined && dig.acceptable < dig.target).toBe(true);
  });

  it('reach the 2030 goal on the trajectory and use the WHO guideline for PM2.5', () => {
    expect(brusselsTargets.find((t) => t.kpi === 'DIG-07' && t.period === '2030')?.target).toBe(80);
    expect(brusselsTargets.find((t) => t.kpi === 'ENV-01' && t.period === '2024')).toMatchObject({
      target: 5,
      acceptable: 10,
    });
  });
});
