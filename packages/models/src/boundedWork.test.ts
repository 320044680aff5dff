/**
 * Bounded work (issue 15, "Small inputs, long times"): did-you-mean work is capped, reports are bounded, and the
 * workload of the linear-time budget (`scripts/linearBudget.ts`, a gate step that times it) reaches every array.
 */
import { describe, expect, it } from 'vitest';
import { closestName, editDistance, MAX_SUGGESTION_CANDIDATES, MAX_SUGGESTION_LENGTH } from './suggest';
import { DEFAULT_MAX_FINDINGS, validate, validateEntity } from './index';
import { arrayWorkload, payloadWith } from '../scripts/linearWorkload';

describe('the linear-time workload', () => {
  // The timing itself is a benchmark run by the gate (scripts/linearBudget.ts); here, what it measures.
  const cases = arrayWorkload();

  it('finds the arrays of every array-bearing schema (GeoJSON coordinates included)', () => {
    const names = new Set(cases.map((c) => c.name));
    for (const name of ['ACMeasurement', 'WasteContainer', 'OffStreetParking', 'ValidationReport', 'WorkspaceManifest'])
      expect(names).toContain(name);
    const paths = cases.map((c) => `${c.name}:${c.target.path.join('/')}`);
    expect(paths).toContain('ACMeasurement:location/coordinates/0'); // a MultiPoint's positions, through EntityBase
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases.map((c) => [`${c.name}: /${c.target.path.join('/')}`, c] as const))(
    '%s: 4,000 hostile items get a bounded report',
    (_label, { name, example, target }) => {
      const result = validate(name, payloadWith(example, [target], 4_000));
      expect(result.findings.length).toBeLessThanOrEqual(DEFAULT_MAX_FINDINGS + 1);
    },
  );
});

describe('did-you-mean work is capped', () => {
  it('suggests nothing for names longer than the cap, without comparing them', () => {
    const huge = 'A'.repeat(1_000_000);
    expect(closestName(huge, ['AirQualityObserved'])).toBeUndefined();
    expect(closestName('x'.repeat(MAX_SUGGESTION_LENGTH + 1), ['x'.repeat(MAX_SUGGESTION_LENGTH)])).toBeUndefined();
  });

  it('compares at most MAX_SUGGESTION_CANDIDATES candidates', () => {
    let pulled = 0;
    function* many() {
      for (let i = 0; i < 1_000_000; i++) {
        pulled++;
        yield `candidate${i}`;
      }
    }
    closestName('temprature', many());
    expect(pulled).toBeLessThanOrEqual(MAX_SUGGESTION_CANDIDATES + 1);
  });

  it('computes distances within a band: two 1 MB strings with a small limit finish at once', () => {
    const a = 'ab'.repeat(500_000);
    expect(editDistance(a, `${a}c`, 3)).toBe(1);
    expect(editDistance(a, 'ba'.repeat(500_000), 3)).toBe(2); // drop the first "a", append one
    expect(editDistance(a, 'c'.repeat(1_000_000), 3)).toBe(4); // past the limit: limit + 1
  });

  it('16 records whose `type` is 1 MB: each gets an unknown-type error with no suggestion', () => {
    const records = Array.from({ length: 16 }, (_, i) => ({ type: `AirQualityObserve${'d'.repeat(1 << 20)}${i}` }));
    for (const r of records) {
      const result = validateEntity(r);
      expect(result.ok).toBe(false);
      expect(result.findings.map((f) => f.code)).toEqual(['unknown_entity_type']);
      expect(result.findings[0]!.message).not.toContain('did you mean');
    }
  });

  it('a record with 200,000 unknown properties gets a bounded report that counts the rest', () => {
    const payload: Record<string, unknown> = {
      id: 'urn:ngsi-ld:AirQualityObserved:x',
      type: 'AirQualityObserved',
      dateObserved: '2026-03-02T09:00:00Z',
      location: { type: 'Point', coordinates: [4.37, 50.84] },
    };
    for (let i = 0; i < 200_000; i++) payload[`vendorField${i}`] = i;
    const result = validate('AirQualityObserved', payload);
    expect(result.ok).toBe(true);
    expect(result.findings).toHaveLength(DEFAULT_MAX_FINDINGS + 1);
    const last = result.findings.at(-1)!;
    expect(last).toMatchObject({ code: 'findings_truncated', severity: 'info' });
    expect(last.params).toMatchObject({ omitted: 200_000 - DEFAULT_MAX_FINDINGS, limit: DEFAULT_MAX_FINDINGS });
  });
});

describe('maxFindings', () => {
  const invalid = {
    id: 'urn:ngsi-ld:AirQualityObserved:x',
    type: 'AirQualityObserved',
    dateObserved: '2026-03-02T09:00:00Z',
    location: { type: 'MultiPoint', coordinates: Array.from({ length: 60 }, () => ['a', 'b']) },
  };

  it('keeps errors first, so ok stays false whatever the limit', () => {
    const result = validate('AirQualityObserved', invalid, { maxFindings: 3 });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.severity)).toEqual(['error', 'error', 'error', 'info']);
    expect(result.findings[3]!.params).toMatchObject({ omitted: 117, limit: 3 });
  });

  it('Infinity keeps every finding; nonsense values mean the default', () => {
    expect(validate('AirQualityObserved', invalid, { maxFindings: Infinity }).findings).toHaveLength(120);
    expect(validate('AirQualityObserved', invalid, { maxFindings: Number.NaN }).findings).toHaveLength(
      DEFAULT_MAX_FINDINGS + 1,
    );
    expect(validate('AirQualityObserved', invalid, { maxFindings: 0 }).findings).toHaveLength(DEFAULT_MAX_FINDINGS + 1);
  });
});
