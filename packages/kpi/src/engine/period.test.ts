import { describe, expect, it } from 'vitest';
import { parsePeriod, periodOf, periodUnitOf, toEpochMs } from './period';

describe('periods', () => {
  it('parses years, quarters, months and days into UTC ranges', () => {
    expect(parsePeriod('2024')).toMatchObject({
      unit: 'year',
      days: 366,
      start: Date.UTC(2024, 0, 1),
      end: Date.UTC(2025, 0, 1),
    });
    expect(parsePeriod('2023').days).toBe(365);
    expect(parsePeriod('2100').days).toBe(365); // not a leap year
    expect(parsePeriod('2000').days).toBe(366);
    expect(parsePeriod('2024-Q1')).toMatchObject({ unit: 'quarter', days: 91 });
    expect(parsePeriod('2024-02')).toMatchObject({ unit: 'month', days: 29 });
    expect(parsePeriod('2024-02-29')).toMatchObject({ unit: 'day', days: 1 });
  });

  it('rejects malformed periods and impossible days', () => {
    expect(() => parsePeriod('2024-13')).toThrow('month out of range');
    expect(() => parsePeriod('2023-02-29')).toThrow('no such day');
    expect(() => parsePeriod('24')).toThrow('period must look like 2024');
  });

  it('labels the period containing an instant, with an optional UTC offset', () => {
    const t = Date.UTC(2024, 11, 31, 23, 30);
    expect(periodOf(t, 'year')).toBe('2024');
    expect(periodOf(t, 'year', 60)).toBe('2025');
    expect(periodOf(t, 'quarter')).toBe('2024-Q4');
    expect(periodOf(t, 'month')).toBe('2024-12');
    expect(periodOf(t, 'day', 60)).toBe('2025-01-01');
    expect(periodUnitOf('quarterly')).toBe('quarter');
    expect(() => periodUnitOf('hourly')).toThrow('no calendar period unit');
  });

  it('reads times as epoch ms or ISO 8601 with a zone, and refuses local times', () => {
    expect(toEpochMs('2024-03-02T10:00:00Z')).toBe(Date.UTC(2024, 2, 2, 10));
    expect(toEpochMs('2024-03-02T11:00:00+01:00')).toBe(Date.UTC(2024, 2, 2, 10));
    expect(toEpochMs('2024-03-02')).toBe(Date.UTC(2024, 2, 2));
    expect(toEpochMs(1_700_000_000_000)).toBe(1_700_000_000_000);
    expect(() => toEpochMs('2024-03-02T10:00:00')).toThrow('with a time zone');
    expect(() => toEpochMs(Number.NaN)).toThrow('epoch milliseconds');
  });
});
