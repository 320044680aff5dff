import { describe, expect, it } from 'vitest';
import { canConvert, convertUnit } from './convertUnit';

describe('unit conversion', () => {
  // U4SSC KPI Verification Manual (ITU, 2022), p. 95: ppb → µg/m³ with NO2 × 1.9, SO2 × 2.62, O3 × 1.96; ppm × 1900, 2620, 1960.
  it.each([
    ['NO2', 1.9, 1900],
    ['SO2', 2.62, 2620],
    ['O3', 1.96, 1960],
  ] as const)('converts %s with the U4SSC factors', (gas, perPpb, perPpm) => {
    expect(convertUnit(1, '61', 'GQ', gas)).toBeCloseTo(perPpb, 12);
    expect(convertUnit(1, '59', 'GQ', gas)).toBeCloseTo(perPpm, 9);
    expect(convertUnit(perPpb, 'GQ', '61', gas)).toBeCloseTo(1, 12);
  });

  it('converts 20 ppb NO2 to 38 µg/m³ and 1 ppm NO2 to 1.9 mg/m³', () => {
    expect(convertUnit(20, '61', 'GQ', 'NO2')).toBeCloseTo(38, 12);
    expect(convertUnit(1, '59', 'GP', 'NO2')).toBeCloseTo(1.9, 12);
  });

  it('rescales within a dimension', () => {
    expect(convertUnit(1.5, 'KMK', 'HAR')).toBeCloseTo(150, 12);
    expect(convertUnit(2_500, 'KGM', 'TNE')).toBeCloseTo(2.5, 12);
    expect(convertUnit(45, 'P1', 'C62')).toBeCloseTo(0.45, 12);
    expect(convertUnit(3, 'MWH', 'KWH')).toBeCloseTo(3000, 12);
  });

  it('refuses conversions across dimensions, of unknown units, and of gases without a substance', () => {
    expect(() => convertUnit(1, 'KMT', 'HAR')).toThrow('cannot convert KMT (length) to HAR (area)');
    expect(() => convertUnit(1, 'XYZ', 'HAR')).toThrow('unknown unit code "XYZ"');
    expect(() => convertUnit(1, '61', 'GQ')).toThrow('needs the substance');
    expect(canConvert('61', 'GQ')).toBe(false);
    expect(canConvert('61', 'GQ', 'NO2')).toBe(true);
  });
});
