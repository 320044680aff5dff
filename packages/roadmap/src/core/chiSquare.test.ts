import { describe, expect, it } from 'vitest';
import { chiSquareSurvival } from './chiSquare';

describe('chiSquareSurvival', () => {
  it('matches the χ² table: 5 % critical values for df 1, 2, 9, 10, 30 (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.4)', () => {
    expect(chiSquareSurvival(3.841, 1)).toBeCloseTo(0.05, 4);
    expect(chiSquareSurvival(5.991, 2)).toBeCloseTo(0.05, 4);
    expect(chiSquareSurvival(16.919, 9)).toBeCloseTo(0.05, 4);
    expect(chiSquareSurvival(18.307, 10)).toBeCloseTo(0.05, 4);
    expect(chiSquareSurvival(43.773, 30)).toBeCloseTo(0.05, 4);
    expect(chiSquareSurvival(6.635, 1)).toBeCloseTo(0.01, 4);
  });
  it('closed forms: df 2 gives e^(−x/2); x = 0 gives 1', () => {
    for (const x of [0.1, 1, 5, 20, 80]) expect(chiSquareSurvival(x, 2)).toBeCloseTo(Math.exp(-x / 2), 12);
    expect(chiSquareSurvival(0, 4)).toBe(1);
  });
});
