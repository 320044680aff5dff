import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './suggest';

describe('closestName', () => {
  it('measures optimal string alignment distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('pm25', 'pm52')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('prefers case-insensitive matches and refuses far-fetched ones', () => {
    expect(closestName('NO2', ['no', 'no2', 'nox'])).toBe('no2');
    expect(closestName('temprature', ['temperature', 'pressure'])).toBe('temperature');
    expect(closestName('vendorBatteryLevel', ['temperature', 'pressure'])).toBeUndefined();
  });
});
