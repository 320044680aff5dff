import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateEntity, type Finding } from '@opencity/models';
import {
  detectRepresentation,
  ngsiFindingCatalogue,
  toConcise,
  toGeoJson,
  toKeyValues,
  toNgsiV2,
  toNormalized,
} from './index';

const fixtures = join(import.meta.dirname, '__fixtures__', 'sdm');
const readFixture = (file: string): unknown => JSON.parse(readFileSync(join(fixtures, file), 'utf8'));
const manifest = readFixture('manifest.json') as {
  pairs: { type: string; normalized: { file: string }; keyValues: { file: string } }[];
};
const codes = (findings: readonly Finding[]) => findings.map((f) => f.code).sort();
const errors = (findings: readonly Finding[]) =>
  findings
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.code} ${f.instancePath}`)
    .sort();

describe('detectRepresentation', () => {
  it('tells the three forms apart on the Smart Data Models fixtures', () => {
    for (const pair of manifest.pairs) {
      expect(detectRepresentation(readFixture(pair.normalized.file)), pair.normalized.file).toBe('normalized');
      expect(detectRepresentation(readFixture(pair.keyValues.file)), pair.keyValues.file).toBe('keyValues');
      const concise = toConcise(readFixture(pair.normalized.file), { representation: 'normalized' }).entity;
      // Without metadata, relationships or object values that need wrapping, the concise form IS keyValues.
      expect(detectRepresentation(concise), pair.type).toBe(
        pair.type === 'NoiseLevelObserved' ? 'keyValues' : 'concise',
      );
    }
  });

  it('treats GeoJSON and plain objects as bare values, and attribute objects without type as concise', () => {
    expect(
      detectRepresentation({
        id: 'x',
        type: 'T',
        location: { type: 'Point', coordinates: [4.35, 50.85] },
        address: { streetAddress: 'Rue Royale' },
      }),
    ).toBe('keyValues');
    expect(detectRepresentation({ id: 'x', type: 'T', refDevice: { object: 'urn:ngsi-ld:Device:1' } })).toBe('concise');
    expect(
      detectRepresentation({ id: 'x', type: 'T', temperature: 12, status: { type: 'Property', value: 'ok' } }),
    ).toBe('concise');
    expect(detectRepresentation({ id: 'x', type: 'T' })).toBe('keyValues');
    expect(detectRepresentation('not an entity')).toBe('keyValues');
  });
});

describe('Smart Data Models normalized examples converted to keyValues', () => {
  for (const pair of manifest.pairs) {
    it(`${pair.type}: validates exactly when its keyValues twin does, with the same errors`, () => {
      const normalized = readFixture(pair.normalized.file);
      const twin = readFixture(pair.keyValues.file);
      const converted = toKeyValues(normalized, { representation: 'normalized' });
      expect(converted.findings.filter((f) => f.severity === 'error')).toEqual([]);
      const fromNormalized = validateEntity(converted.entity);
      const fromTwin = validateEntity(twin);
      expect(fromNormalized.type).toBe(pair.type);
      expect(fromNormalized.ok).toBe(fromTwin.ok);
      expect(errors(fromNormalized.findings)).toEqual(errors(fromTwin.findings));
    });
  }

  it('turns typed DateTime literals, relationships and geo-properties into bare values', () => {
    const { entity } = toKeyValues(readFixture('TrafficFlowObserved.normalized.json'), {
      representation: 'normalized',
    });
    expect(entity).toMatchObject({
      dateObservedFrom: '2016-12-07T11:10:00Z',
      location: { type: 'LineString' },
      laneId: 1,
      reversedLane: false,
    });
    const parking = toKeyValues(readFixture('ParkingSpot.normalized.json')).entity;
    expect(parking).toMatchObject({
      refParkingSite: 'urn:ngsi-ld:ParkingSite:santander:daoiz_velarde_1_5',
      status: 'free',
      category: ['onstreet'],
    });
  });
});

describe('structure findings', () => {
  const base = {
    id: 'urn:ngsi-ld:AirQualityObserved:a1',
    type: 'AirQualityObserved',
    dateObserved: { type: 'Property', value: '2026-03-01T08:00:00Z' },
  };

  it('reports a misspelled GeoProperty with a did-you-mean and still converts the value', () => {
    const payload = {
      ...base,
      location: { type: 'Geoproperty', value: { type: 'Point', coordinates: [4.35, 50.85] } },
    };
    const { entity, findings } = toKeyValues(payload, { representation: 'normalized' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'ngsi_unknown_attribute_type',
      severity: 'error',
      instancePath: '/location/type',
    });
    expect(findings[0]!.message).toContain('did you mean "GeoProperty"?');
    expect(entity).toMatchObject({ location: { type: 'Point' } });
    expect(toKeyValues(payload, { representation: 'normalized', lang: 'fr' }).findings[0]!.message).toContain(
      'vouliez-vous dire « GeoProperty »',
    );
  });

  it('reports a Relationship without object, a Property without value, null values and non-object attributes', () => {
    const payload = {
      ...base,
      refDevice: { type: 'Relationship', value: 'urn:ngsi-ld:Device:d1' },
      no2: { type: 'Property', unitCode: 'GQ' },
      pm10: { type: 'Property', value: null },
      pm25: 12,
      o3: { value: 3 },
    };
    const { entity, findings } = toKeyValues(payload, { representation: 'normalized' });
    expect(codes(findings)).toEqual([
      'ngsi_attribute_not_object',
      'ngsi_missing_attribute_type',
      'ngsi_null_value',
      'ngsi_property_without_value',
      'ngsi_relationship_without_object',
    ]);
    expect(findings.find((f) => f.code === 'ngsi_relationship_without_object')!.message).toContain(
      'did you mean "object"',
    );
    expect(entity).toMatchObject({ refDevice: 'urn:ngsi-ld:Device:d1', pm10: null, pm25: 12, o3: 3 });
    expect(entity).not.toHaveProperty('no2');
  });

  it('warns on ids outside urn:ngsi-ld:<Type>:<id>, unknown units, unit mismatches and unknown literal types', () => {
    const payload = {
      ...base,
      id: 'AirQualityObserved-a1',
      no2: { type: 'Property', value: 40, unitCode: '59' },
      pm10: { type: 'Property', value: 40, unitCode: 'GQQ' },
      dateObserved: { type: 'Property', value: { '@type': 'date-time', '@value': '2026-03-01T08:00:00Z' } },
      temperature: { type: 'Property', value: 12, observedAt: 'yesterday' },
    };
    const { findings } = toKeyValues(payload, { representation: 'normalized' });
    expect(codes(findings)).toEqual([
      'ngsi_invalid_id_urn',
      'ngsi_invalid_observed_at',
      'ngsi_unit_mismatch',
      'ngsi_unknown_literal_type',
      'ngsi_unknown_unit_code',
    ]);
    expect(findings.find((f) => f.code === 'ngsi_unit_mismatch')).toMatchObject({
      instancePath: '/no2/unitCode',
      params: { got: '59', expected: 'GQ' },
      severity: 'warning',
    });
    expect(findings.find((f) => f.code === 'ngsi_unknown_unit_code')!.message).toContain('did you mean "GQ"');
    expect(findings.find((f) => f.code === 'ngsi_invalid_id_urn')!.severity).toBe('warning');
  });

  it('warns when the kind differs from the schema and keeps the default instance of a multi-instance attribute', () => {
    const payload = {
      ...base,
      refPointOfInterest: { type: 'Property', value: 'urn:ngsi-ld:PointOfInterest:p1' },
      no2: [
        { type: 'Property', value: 41, datasetId: 'urn:ngsi-ld:Dataset:sensor-b' },
        { type: 'Property', value: 40 },
      ],
    };
    const { entity, findings } = toKeyValues(payload, { representation: 'normalized' });
    expect(codes(findings)).toEqual(['ngsi_kind_mismatch', 'ngsi_multiple_instances']);
    expect(entity).toMatchObject({ no2: 40, refPointOfInterest: 'urn:ngsi-ld:PointOfInterest:p1' });
  });

  it('never throws on arbitrary JSON and reports non-objects', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const representation of ['keyValues', 'normalized', 'concise'] as const) {
          const result = toKeyValues(value, { representation });
          for (const f of result.findings) expect(Object.hasOwn(ngsiFindingCatalogue, f.code)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    expect(toKeyValues([1, 2]).findings[0]!.code).toBe('ngsi_not_an_entity');
  });

  it('has EN, FR and NL texts for every code, all prefixed ngsi_', () => {
    for (const [code, d] of Object.entries(ngsiFindingCatalogue)) {
      expect(code).toMatch(/^ngsi_[a-z_]+$/);
      for (const lang of ['en', 'fr', 'nl'] as const)
        expect(d.message[lang] && d.title[lang] && d.fix[lang], `${code} ${lang}`).toBeTruthy();
    }
  });
});

describe('conversions between forms', () => {
  const kv = {
    id: 'urn:ngsi-ld:AirQualityObserved:brussels-41R001-2026-03-01T08',
    type: 'AirQualityObserved',
    dateObserved: '2026-03-01T08:00:00Z',
    name: { fr: 'Arts-Loi', nl: 'Kunst-Wet' },
    no2: 38.5,
    refDevice: 'urn:ngsi-ld:Device:41R001',
    location: { type: 'Point', coordinates: [4.3695, 50.8449] },
  };

  it('writes the normalized form with the kinds and DateTime typing the schema declares', () => {
    const { entity, findings } = toNormalized(kv, { representation: 'keyValues' });
    expect(findings).toEqual([]);
    expect(entity).toEqual({
      id: kv.id,
      type: 'AirQualityObserved',
      dateObserved: { type: 'Property', value: '2026-03-01T08:00:00Z' },
      name: { type: 'LanguageProperty', languageMap: { fr: 'Arts-Loi', nl: 'Kunst-Wet' } },
      no2: { type: 'Property', value: 38.5 },
      refDevice: { type: 'Relationship', object: 'urn:ngsi-ld:Device:41R001' },
      location: { type: 'GeoProperty', value: { type: 'Point', coordinates: [4.3695, 50.8449] } },
    });
    expect(validateEntity(toKeyValues(entity).entity).ok).toBe(true);
  });

  it('reads LanguageProperty languageMaps as FR/NL LocalizedText', () => {
    const normalized = {
      id: 'urn:ngsi-ld:ParkingSpot:p1',
      type: 'ParkingSpot',
      name: { type: 'LanguageProperty', languageMap: { fr: 'Place 1', nl: 'Plaats 1' } },
    };
    expect(toKeyValues(normalized).entity).toEqual({
      id: 'urn:ngsi-ld:ParkingSpot:p1',
      type: 'ParkingSpot',
      name: { fr: 'Place 1', nl: 'Plaats 1' },
    });
    expect(toConcise(normalized).entity).toEqual({
      id: 'urn:ngsi-ld:ParkingSpot:p1',
      type: 'ParkingSpot',
      name: { languageMap: { fr: 'Place 1', nl: 'Plaats 1' } },
    });
  });

  it('keeps observedAt, unitCode and datasetId in the concise form', () => {
    const normalized = {
      id: 'urn:ngsi-ld:AirQualityObserved:a1',
      type: 'AirQualityObserved',
      no2: {
        type: 'Property',
        value: 38.5,
        unitCode: 'GQ',
        observedAt: '2026-03-01T08:00:00Z',
        datasetId: 'urn:ngsi-ld:Dataset:a',
      },
      refDevice: { type: 'Relationship', object: 'urn:ngsi-ld:Device:1', observedAt: '2026-03-01T08:00:00Z' },
      location: {
        type: 'GeoProperty',
        value: { type: 'Point', coordinates: [4.36, 50.84] },
        observedAt: '2026-03-01T08:00:00Z',
      },
    };
    const concise = toConcise(normalized).entity;
    expect(concise).toEqual({
      id: normalized.id,
      type: 'AirQualityObserved',
      no2: { value: 38.5, unitCode: 'GQ', observedAt: '2026-03-01T08:00:00Z', datasetId: 'urn:ngsi-ld:Dataset:a' },
      refDevice: { object: 'urn:ngsi-ld:Device:1', observedAt: '2026-03-01T08:00:00Z' },
      location: {
        type: 'GeoProperty',
        value: { type: 'Point', coordinates: [4.36, 50.84] },
        observedAt: '2026-03-01T08:00:00Z',
      },
    });
    expect(toNormalized(concise).entity).toEqual(normalized);
  });
});

// ---- property tests: lossless round trips where the form allows -------------------------------------------------

const attributeName = fc
  .stringMatching(/^[a-z][A-Za-z0-9]{0,11}$/)
  .filter((n) => !['id', 'type', 'scope', 'createdAt', 'modifiedAt', 'deletedAt'].includes(n));
const scalar = fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean());
const jsonObject = fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
const keyValue = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 4 }),
  jsonObject,
  fc.record({
    type: fc.constant('Point'),
    coordinates: fc.tuple(
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: -90, max: 90, noNaN: true }),
    ),
  }),
  fc.record({
    '@type': fc.constant('DateTime'),
    '@value': fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  }),
);
const typeName = fc.constantFrom('AirQualityObserved', 'ParkingSpot', 'SomeUnknownType');
const keyValuesEntity = fc
  .tuple(
    typeName,
    fc.string({ minLength: 1, maxLength: 10 }).filter((s) => !/\s/.test(s)),
    fc.dictionary(attributeName, keyValue, { maxKeys: 8 }),
  )
  .map(([type, local, attrs]) => ({ ...attrs, id: `urn:ngsi-ld:${type}:${local}`, type }));

const instanceMeta = fc.record(
  {
    observedAt: fc
      .date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2100-01-01') })
      .map((d) => d.toISOString()),
    unitCode: fc.constantFrom('GQ', 'CEL', 'P1'),
    datasetId: fc.constantFrom('urn:ngsi-ld:Dataset:a', 'urn:ngsi-ld:Dataset:b'),
  },
  { requiredKeys: [] },
);
const normalizedAttribute = fc.oneof(
  fc.tuple(keyValue, instanceMeta).map(([value, meta]) => ({ type: 'Property', value, ...meta })),
  fc.tuple(fc.webUrl(), instanceMeta).map(([object, meta]) => ({ type: 'Relationship', object, ...meta })),
  fc
    .tuple(fc.record({ fr: fc.string(), nl: fc.string() }), instanceMeta)
    .map(([languageMap, meta]) => ({ type: 'LanguageProperty', languageMap, ...meta })),
  fc
    .tuple(fc.record({ type: fc.constant('Point'), coordinates: fc.tuple(fc.integer(), fc.integer()) }), instanceMeta)
    .map(([value, meta]) => ({ type: 'GeoProperty', value, ...meta })),
  fc.tuple(jsonObject, instanceMeta).map(([json, meta]) => ({ type: 'JsonProperty', json, ...meta })),
);
const normalizedEntity = fc
  .tuple(typeName, fc.dictionary(attributeName, normalizedAttribute, { maxKeys: 8 }))
  .map(([type, attrs]) => ({ ...attrs, id: `urn:ngsi-ld:${type}:x`, type }));

describe('round trips (fast-check)', () => {
  it('keyValues → normalized → keyValues is the identity', () => {
    fc.assert(
      fc.property(keyValuesEntity, (kv) => {
        const normalized = toNormalized(kv, { representation: 'keyValues' }).entity;
        expect(toKeyValues(normalized, { representation: 'normalized' }).entity).toEqual(unwrapLiterals(kv));
      }),
      { numRuns: 400 },
    );
  });

  it('keyValues → concise → keyValues is the identity', () => {
    fc.assert(
      fc.property(keyValuesEntity, (kv) => {
        const concise = toConcise(kv, { representation: 'keyValues' }).entity;
        expect(toKeyValues(concise, { representation: 'concise' }).entity).toEqual(unwrapLiterals(kv));
      }),
      { numRuns: 400 },
    );
  });

  it('normalized → concise → normalized is the identity (nothing is lost, metadata included)', () => {
    fc.assert(
      fc.property(normalizedEntity, (normalized) => {
        const concise = toConcise(normalized, { representation: 'normalized' });
        expect(toNormalized(concise.entity, { representation: 'concise' }).entity).toEqual(normalized);
      }),
      { numRuns: 400 },
    );
  });

  it('normalized → keyValues keeps every value (only metadata is dropped)', () => {
    fc.assert(
      fc.property(normalizedEntity, (normalized) => {
        const kv = toKeyValues(normalized, { representation: 'normalized' }).entity as Record<string, unknown>;
        for (const [name, attr] of Object.entries(normalized)) {
          if (name === 'id' || name === 'type') continue;
          const a = attr as unknown as Record<string, unknown>;
          const content = a['value'] ?? a['object'] ?? a['languageMap'] ?? a['json'];
          const expected =
            content !== null &&
            typeof content === 'object' &&
            '@value' in content &&
            '@type' in content &&
            Object.keys(content).length === 2
              ? (content as { '@value': unknown })['@value']
              : content;
          expect(kv[name]).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** Normalized attributes NGSI-v2 can carry: Property, Relationship, GeoProperty, with observedAt, unitCode, datasetId. */
const v2Attribute = fc.oneof(
  fc
    .tuple(fc.oneof(scalar, fc.array(fc.string(), { maxLength: 3 })), instanceMeta)
    .map(([value, m]) => ({ type: 'Property', value, ...m })),
  fc
    .tuple(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      instanceMeta,
    )
    .map(([at, m]) => ({ type: 'Property', value: { '@type': 'DateTime', '@value': at }, ...m })),
  fc.tuple(fc.webUrl(), instanceMeta).map(([object, m]) => ({ type: 'Relationship', object, ...m })),
  fc
    .tuple(fc.record({ type: fc.constant('Point'), coordinates: fc.tuple(fc.integer(), fc.integer()) }), instanceMeta)
    .map(([value, m]) => ({ type: 'GeoProperty', value, ...m })),
);
// ref* names holding text follow Smart Data Models' Relationship convention when NGSI-v2 gives no Relationship type.
const v2Entity = fc
  .tuple(
    fc.constantFrom('SomeUnknownType', 'AnotherType'),
    fc.dictionary(
      attributeName.filter((n) => !/^ref[A-Z]/.test(n)),
      v2Attribute,
      { maxKeys: 8 },
    ),
  )
  .map(([type, attrs]) => ({ ...attrs, id: `urn:ngsi-ld:${type}:x`, type }));

describe('round trips through NGSI-v2 and GeoJSON (fast-check)', () => {
  it('keyValues → ngsiv2 → keyValues and keyValues → geojson → keyValues are the identity', () => {
    fc.assert(
      fc.property(keyValuesEntity, (kv) => {
        const v2 = toNgsiV2(kv, { representation: 'keyValues' }).entity;
        expect(detectRepresentation(v2)).toBe(Object.keys(kv).length > 2 ? 'ngsiv2' : 'keyValues');
        expect(toKeyValues(v2, { representation: 'ngsiv2' }).entity).toEqual(unwrapLiterals(kv));
        const feature = toGeoJson(kv, { representation: 'keyValues' }).entity;
        expect(detectRepresentation(feature)).toBe('geojson');
        expect(toKeyValues(feature).entity).toEqual(unwrapLiterals(kv));
      }),
      { numRuns: 400 },
    );
  });

  it('normalized → ngsiv2 → normalized and normalized → geojson → normalized keep values and metadata', () => {
    fc.assert(
      fc.property(v2Entity, (normalized) => {
        const v2 = toNgsiV2(normalized, { representation: 'normalized' }).entity;
        expect(toNormalized(v2, { representation: 'ngsiv2' }).entity).toEqual(normalized);
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(normalizedEntity, (normalized) => {
        const feature = toGeoJson(normalized, { representation: 'normalized' }).entity;
        expect(toNormalized(feature, { representation: 'geojson' }).entity).toEqual(normalized);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on any JSON read as ngsiv2 or geojson', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (payload) => {
        for (const representation of ['ngsiv2', 'geojson'] as const) {
          for (const convert of [toKeyValues, toNormalized, toNgsiV2, toGeoJson]) convert(payload, { representation });
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** keyValues carries date-times as plain strings: a typed literal given in keyValues reads back unwrapped. */
function unwrapLiterals(kv: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(kv).map(([k, v]) => [
      k,
      v !== null &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      '@value' in v &&
      '@type' in v &&
      Object.keys(v).length === 2
        ? (v as { '@value': unknown })['@value']
        : v,
    ]),
  );
}

describe('every schema example, through the other forms and back', () => {
  const schemasRoot = join(import.meta.dirname, '../../../../schemas');
  const examples = ['city', 'office'].flatMap((group) =>
    readdirSync(join(schemasRoot, group)).flatMap((type) =>
      ['valid', 'invalid'].flatMap((kind) => {
        const dir = join(schemasRoot, group, type, 'examples', kind);
        return existsSync(dir)
          ? readdirSync(dir)
              .filter((f) => f.endsWith('.json'))
              .map((f) => ({
                name: `${group}/${type}/${kind}/${f}`,
                payload: JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown,
              }))
          : [];
      }),
    ),
  );

  it('validates exactly as the keyValues original, with the same errors, after normalized and concise round trips', () => {
    expect(examples.length).toBeGreaterThan(50);
    for (const { name, payload } of examples) {
      if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) continue;
      const original = validateEntity(payload);
      for (const form of [toNormalized, toConcise]) {
        const converted = form(payload, { representation: 'keyValues' }).entity;
        const back = toKeyValues(converted);
        const result = validateEntity(back.entity);
        expect(result.ok, `${name} via ${form.name}`).toBe(original.ok);
        expect(errors(result.findings), `${name} via ${form.name}`).toEqual(errors(original.findings));
      }
    }
  });
});
