import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './suggest';

/** Optimal string alignment distance by the full table (Damerau 1964 / Lowrance–Wagner), the oracle for the band. */
function fullTable(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

describe('closestName', () => {
  it('measures optimal string alignment distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('pm25', 'pm52')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('ca', 'abc')).toBe(3); // OSA, not unrestricted Damerau (which gives 2)
  });

  it('computes the same distance as the full table, and limit + 1 past a limit', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 14 }), (a, b, limit) => {
        const exact = fullTable(a, b);
        expect(editDistance(a, b)).toBe(exact);
        expect(editDistance(a, b, limit)).toBe(exact <= limit ? exact : limit + 1);
      }),
      { numRuns: 5000 },
    );
  });

  it('prefers case-insensitive matches and refuses far-fetched ones', () => {
    expect(closestName('NO2', ['no', 'no2', 'nox'])).toBe('no2');
    expect(closestName('temprature', ['temperature', 'pressure'])).toBe('temperature');
    expect(closestName('vendorBatteryLevel', ['temperature', 'pressure'])).toBeUndefined();
  });

  it('keeps the first of equally close candidates', () => {
    expect(closestName('pm3', ['pm1', 'pm4'])).toBe('pm1');
  });
});
