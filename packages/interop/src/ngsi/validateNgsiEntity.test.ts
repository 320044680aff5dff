import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '@opencity/models';
import { ReportBuilder } from '../report/ReportBuilder';
import { detectRepresentation, toConcise, toKeyValues, toNormalized, validateNgsiEntity } from './index';

const schemas = join(import.meta.dirname, '../../../../schemas');
const errors = (findings: readonly Finding[]) =>
  findings
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.code} ${f.instancePath}`)
    .sort();

/** An AirQualityObserved that hides its required properties in an attribute named `__proto__` (issue 15, item 2). */
const protoAttack = {
  normalized: `{"id":"urn:ngsi-ld:AirQualityObserved:p","type":"AirQualityObserved",
    "__proto__":{"type":"Property","value":{"dateObserved":"2026-03-01T08:00:00Z","location":{"type":"Point","coordinates":[4.35,50.85]}}}}`,
  concise: `{"id":"urn:ngsi-ld:AirQualityObserved:p","type":"AirQualityObserved","pm25":{"value":12,"unitCode":"GQ"},
    "__proto__":{"value":{"dateObserved":"2026-03-01T08:00:00Z","location":{"type":"Point","coordinates":[4.35,50.85]}}}}`,
} as const;

describe('validateNgsiEntity: the one detect → convert → validate path', () => {
  it('validates the same entity alike in keyValues, normalized and concise, and says which form it read', () => {
    const kv = {
      id: 'urn:ngsi-ld:AirQualityObserved:arts-loi',
      type: 'AirQualityObserved',
      dateObserved: '2026-03-01T08:00:00Z',
      location: { type: 'Point', coordinates: [4.37, 50.84] },
      pm25: 12,
      refDevice: 'urn:ngsi-ld:Device:41R001',
    };
    for (const [form, payload] of [
      ['keyValues', kv],
      ['normalized', toNormalized(kv).entity],
      ['concise', toConcise(kv).entity],
    ] as const) {
      const result = validateNgsiEntity(payload);
      expect(result, form).toMatchObject({ ok: true, type: 'AirQualityObserved', representation: form });
      expect(result.entity).toEqual(kv);
    }
    const broken = validateNgsiEntity({ ...(toNormalized(kv).entity as object), pm25: { type: 'Property' } });
    expect(broken.ok).toBe(false);
    expect(errors(broken.findings)).toEqual(['ngsi_property_without_value /pm25']);
  });

  it('never throws, on any JSON value, in any representation, and accounts for it in findings', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.constantFrom('auto', 'keyValues', 'normalized', 'concise') as fc.Arbitrary<
          'auto' | 'keyValues' | 'normalized' | 'concise'
        >,
        (payload, representation) => {
          const result = validateNgsiEntity(payload, { representation });
          expect(result.ok).toBe(!result.findings.some((f) => f.severity === 'error'));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('reads our own Roadmap example as keyValues although its scheduled projects carry a `value` key', () => {
    const dir = join(schemas, 'office/Roadmap/examples/valid');
    for (const file of readdirSync(dir)) {
      const roadmap = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
      expect(detectRepresentation(roadmap), file).toBe('keyValues');
      expect(validateNgsiEntity(roadmap), file).toMatchObject({ ok: true, representation: 'keyValues' });
    }
  });
});

describe('objects built from input keys (issue 15, item 2)', () => {
  for (const [form, text] of Object.entries(protoAttack)) {
    it(`${form}: an attribute named __proto__ stays an attribute and cannot stand in for required ones`, () => {
      const payload = JSON.parse(text) as unknown;
      const converted = toKeyValues(payload);
      expect(Object.getPrototypeOf(converted.entity)).toBeNull();
      expect(Object.hasOwn(converted.entity as object, '__proto__')).toBe(true);
      expect((converted.entity as Record<string, unknown>)['dateObserved']).toBeUndefined();
      const result = validateNgsiEntity(payload);
      expect(result.ok).toBe(false);
      expect(errors(result.findings)).toEqual(
        expect.arrayContaining(['missing_required_property /dateObserved', 'missing_required_property /location']),
      );
      // The report says so too: invalid, not "1 valid".
      const builder = new ReportBuilder();
      builder.add({ source: { file: `${form}.json` }, text });
      expect(builder.build().summary).toMatchObject({ total: 1, valid: 0, invalid: 1 });
    });
  }

  it('keeps a sub-attribute named __proto__ as data in every form', () => {
    const payload = JSON.parse(
      '{"id":"urn:ngsi-ld:ParkingSpot:p1","type":"ParkingSpot","status":{"type":"Property","value":"free","__proto__":{"observedAt":"x"}}}',
    ) as unknown;
    const normalized = toNormalized(payload).entity as Record<string, Record<string, unknown>>;
    expect(Object.hasOwn(normalized['status']!, '__proto__')).toBe(true);
    expect(normalized['status']!['observedAt']).toBeUndefined();
    const concise = toConcise(payload).entity as Record<string, Record<string, unknown>>;
    expect(Object.hasOwn(concise['status']!, '__proto__')).toBe(true);
  });
});

describe('multi-instance attributes (issue 15, item 8)', () => {
  it('keeps every instance, however many, in the normalized and concise forms', () => {
    const count = 10_001;
    const instances = Array.from({ length: count }, (_, i) => ({
      type: 'Property',
      value: i,
      datasetId: `urn:ngsi-ld:Dataset:${i}`,
    }));
    const payload = { id: 'urn:ngsi-ld:AirQualityObserved:m', type: 'AirQualityObserved', pm25: instances };
    const normalized = toNormalized(payload, { representation: 'normalized' }).entity as Record<string, unknown[]>;
    expect(normalized['pm25']).toHaveLength(count);
    expect(normalized['pm25']![count - 1]).toEqual(instances[count - 1]);
    const concise = toConcise(payload, { representation: 'normalized' }).entity as Record<string, unknown[]>;
    expect(concise['pm25']).toHaveLength(count);
    const kv = toKeyValues(payload, { representation: 'normalized' });
    expect(kv.findings.find((f) => f.code === 'ngsi_multiple_instances')?.params['count']).toBe(count);
  });
});
