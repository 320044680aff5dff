import type { Target } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { assessTarget, findTarget, percentOfTarget, u4sscBand } from './status';
import { cagr, judgeChange, slope, trend } from './trends';

describe('direction-aware status', () => {
  it('is green at the target, amber at the acceptable value, red beyond, for higher- and lower-is-better KPIs', () => {
    expect(assessTarget('increase', 92, { target: 90, acceptable: 80 }).status).toBe('green');
    expect(assessTarget('increase', 85, { target: 90, acceptable: 80 }).status).toBe('amber');
    expect(assessTarget('increase', 70, { target: 90, acceptable: 80 }).status).toBe('red');
    expect(assessTarget('decrease', 18, { target: 20, acceptable: 25 }).status).toBe('green');
    expect(assessTarget('decrease', 22, { target: 20, acceptable: 25 }).status).toBe('amber');
    expect(assessTarget('decrease', 30, { target: 20, acceptable: 25 }).status).toBe('red');
    expect(assessTarget('context', 30, { target: 20 }).status).toBe('none');
  });

  it('gives the signed distance to target (positive while not reached)', () => {
    expect(assessTarget('increase', 85, { target: 90 }).distance).toBe(5);
    expect(assessTarget('decrease', 22, { target: 20 }).distance).toBe(2);
    expect(assessTarget('decrease', 18, { target: 20 }).distance).toBe(-2);
  });

  it('maps achievement to the U4SSC City Snapshot bands ≥95, 66–95, 33–66, <33 (Aukra 2021, p. 4)', () => {
    expect([100, 95, 94.9, 66, 65.9, 33, 32.9, 0].map(u4sscBand)).toEqual([
      '95-100',
      '95-100',
      '66-95',
      '66-95',
      '33-66',
      '33-66',
      '0-33',
      '0-33',
    ]);
    expect(percentOfTarget('increase', 45, 90)).toBe(50);
    expect(percentOfTarget('decrease', 25, 20)).toBe(80);
    expect(percentOfTarget('increase', 45, 0)).toBeUndefined();
    expect(assessTarget('increase', 45, { target: 90 }).band).toBe('33-66');
  });

  it('prefers an area-specific target over a target for every area', () => {
    const targets: Target[] = [
      { id: 't1', type: 'Target', kpi: 'ECO-01', period: '2030', target: 10 },
      { id: 't2', type: 'Target', kpi: 'ECO-01', period: '2030', area: '21004', target: 12 },
    ];
    expect(findTarget(targets, 'ECO-01', '21004', '2030')?.id).toBe('t2');
    expect(findTarget(targets, 'ECO-01', '21001', '2030')?.id).toBe('t1');
    expect(findTarget(targets, 'ECO-01', '21001', '2029')).toBeUndefined();
  });
});

describe('trends', () => {
  it('computes the CAGR of the Brussels population 2023 → 2024 (IBSA: 1,241,175 → 1,249,597, +0.68 %)', () => {
    expect(cagr(1_241_175, 1_249_597, 1)).toBeCloseTo(8_422 / 1_241_175, 12);
    expect(cagr(100, 121, 2)).toBeCloseTo(0.1, 12);
    expect(cagr(0, 121, 2)).toBeUndefined();
  });

  it('fits a least-squares slope and judges it by direction', () => {
    const points = [2020, 2021, 2022, 2023].map((year, i) => ({ year, value: 40 - 2 * i }));
    expect(slope(points)).toBeCloseTo(-2, 12);
    expect(trend(points, 'decrease')).toMatchObject({ judgement: 'improving', yearOnYear: { absolute: -2 } });
    expect(trend(points, 'increase').judgement).toBe('deteriorating');
    expect(judgeChange('increase', 0.1, 0.5)).toBe('stable');
    expect(trend([{ year: 2024, value: 1 }], 'increase').judgement).toBe('notApplicable');
  });
});
