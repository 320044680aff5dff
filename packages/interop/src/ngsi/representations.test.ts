import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '@opencity/models';
import { ReportBuilder } from '../report/ReportBuilder';
import {
  detectRepresentation,
  toConcise,
  toGeoJson,
  toKeyValues,
  toNgsiV2,
  toNormalized,
  validateNgsiEntity,
  type Representation,
} from './index';

const fixtures = join(import.meta.dirname, '__fixtures__', 'sdm-representations');
const read = (file: string): unknown => JSON.parse(readFileSync(join(fixtures, file), 'utf8'));
const manifest = read('manifest.json') as {
  examples: {
    type: string;
    representation: Representation;
    file: string;
    errors: { finding: string; reason: string }[];
  }[];
};
const errors = (findings: readonly Finding[]) =>
  findings
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.code} ${f.instancePath}`)
    .sort();

describe('Smart Data Models NGSI-v2 normalized and GeoJSON examples of our 15 city types', () => {
  it('has the NGSI-v2 example of every city type and a GeoJSON example of every type Smart Data Models published one for', () => {
    const v2 = manifest.examples.filter((e) => e.representation === 'ngsiv2');
    expect(v2).toHaveLength(15);
    expect(manifest.examples.filter((e) => e.representation === 'geojson')).toHaveLength(13);
  });

  for (const example of manifest.examples) {
    it(`${example.file}: detected as ${example.representation}, fails only for the example's own documented defects`, () => {
      const payload = read(example.file);
      expect(detectRepresentation(payload)).toBe(example.representation);
      const expected = example.errors.map((e) => e.finding).sort();
      for (const representation of ['auto', example.representation] as const) {
        const result = validateNgsiEntity(payload, { representation });
        expect(result.type).toBe(example.type);
        expect(errors(result.findings), representation).toEqual(expected);
        expect(result.ok).toBe(expected.length === 0);
      }
    });
  }

  it('says what an NGSI-v2 payload is when it is read as NGSI-LD normalized, rather than "misspelled" types', () => {
    const result = validateNgsiEntity(read('WeatherObserved.ngsiv2.json'), { representation: 'normalized' });
    const unknown = result.findings.filter((f) => f.code === 'ngsi_unknown_attribute_type');
    expect(unknown.length).toBeGreaterThan(0);
    for (const f of unknown) expect(f.message).toContain('an NGSI-v2 type: read the payload as ngsiv2');
  });

  it('maps NGSI-v2 metadata and types to NGSI-LD: unitCode kept, geo:json a GeoProperty, DateTime typed', () => {
    const normalized = toNormalized(read('AirQualityObserved.ngsiv2.json')).entity as Record<string, unknown>;
    expect(normalized['no2']).toEqual({ type: 'Property', value: 69, unitCode: 'GQ' });
    expect(normalized['location']).toMatchObject({ type: 'GeoProperty', value: { type: 'Point' } });
    expect(normalized['dateObserved']).toEqual({
      type: 'Property',
      value: { '@type': 'DateTime', '@value': '2016-03-15T11:00:00' },
    });
    const parking = toNormalized(read('ParkingSpot.ngsiv2.json')).entity as Record<string, Record<string, unknown>>;
    expect(parking['status']).toMatchObject({
      type: 'Property',
      observedAt: '2018-09-21T12:00:00',
      parkingPermit: { type: 'Property', value: 'yes' },
    });
    const kv = toKeyValues(read('AirQualityObserved.ngsiv2.json')).entity as Record<string, unknown>;
    expect(kv).toMatchObject({ no2: 69, address: { addressLocality: 'Madrid' }, precipitation: false });
  });

  it('reads geo:point, geo:line and geo:box as GeoJSON (latitude first in NGSI-v2, longitude first in GeoJSON)', () => {
    const kv = toKeyValues(
      {
        id: 'p1',
        type: 'ParkingSpot',
        location: { type: 'geo:point', value: '50.85, 4.35' },
        route: { type: 'geo:line', value: ['50.85, 4.35', '50.86, 4.36'] },
        area: { type: 'geo:box', value: ['50.8, 4.3', '50.9, 4.4'] },
      },
      { representation: 'ngsiv2' },
    ).entity as Record<string, unknown>;
    expect(kv['location']).toEqual({ type: 'Point', coordinates: [4.35, 50.85] });
    expect(kv['route']).toEqual({
      type: 'LineString',
      coordinates: [
        [4.35, 50.85],
        [4.36, 50.86],
      ],
    });
    expect(kv['area']).toMatchObject({
      type: 'Polygon',
      coordinates: [
        [
          [4.3, 50.8],
          [4.4, 50.8],
          [4.4, 50.9],
          [4.3, 50.9],
          [4.3, 50.8],
        ],
      ],
    });
  });

  it('warns when a Feature wraps its geometry in a GeoProperty, and reads keyValues and normalized properties alike', () => {
    const wrapped = validateNgsiEntity(read('BikeHireDockingStation.geojson.json'));
    expect(wrapped.findings.find((f) => f.code === 'ngsi_feature_geometry_wrapped')).toMatchObject({
      severity: 'warning',
      instancePath: '/geometry',
    });
    const kvProperties = toKeyValues(read('WeatherObserved.geojson.json')).entity as Record<string, unknown>;
    expect(kvProperties).toMatchObject({ type: 'WeatherObserved', temperature: 3.3, location: { type: 'Point' } });
  });

  it('validates a FeatureCollection feature by feature, each with its index', () => {
    const features = ['ParkingSpot.geojson.json', 'Building.geojson.json', 'WeatherObserved.geojson.json'].map(read);
    const builder = new ReportBuilder();
    builder.add({ source: { file: 'city.geojson' }, text: JSON.stringify({ type: 'FeatureCollection', features }) });
    const report = builder.build();
    expect(report.summary).toMatchObject({ total: 3, valid: 2, invalid: 1 });
    expect(report.records.find((r) => !r.valid)?.source).toEqual({ file: 'city.geojson', index: 1 });
    expect(validateNgsiEntity({ type: 'FeatureCollection', features }).findings[0]?.code).toBe(
      'ngsi_feature_collection',
    );
  });
});

describe('LocalizedText as an NGSI-LD LanguageProperty', () => {
  const kv = {
    id: 'urn:ngsi-ld:AirQualityObserved:arts-loi',
    type: 'AirQualityObserved',
    dateObserved: '2026-03-01T08:00:00Z',
    location: { type: 'Point', coordinates: [4.37, 50.84] },
    name: { fr: 'Arts-Loi', nl: 'Kunst-Wet' },
    description: 'plain text stays a Property',
  };

  it('is a LanguageProperty with a languageMap in the normalized and concise forms, and reads back', () => {
    const normalized = toNormalized(kv).entity as Record<string, unknown>;
    expect(normalized['name']).toEqual({ type: 'LanguageProperty', languageMap: { fr: 'Arts-Loi', nl: 'Kunst-Wet' } });
    expect(normalized['description']).toEqual({ type: 'Property', value: 'plain text stays a Property' });
    const concise = toConcise(kv).entity as Record<string, unknown>;
    expect(concise['name']).toEqual({ languageMap: { fr: 'Arts-Loi', nl: 'Kunst-Wet' } });
    expect(toKeyValues(normalized).entity).toEqual(kv);
    expect(toKeyValues(concise).entity).toEqual(kv);
    expect(validateNgsiEntity(normalized).ok).toBe(true);
  });
});

describe('objects built from input keys, NGSI-v2 and GeoJSON (issue 15, item 2)', () => {
  const hidden = '{"dateObserved":"2026-03-01T08:00:00Z","location":{"type":"Point","coordinates":[4.35,50.85]}}';
  const cases = {
    ngsiv2: `{"id":"a1","type":"AirQualityObserved","__proto__":{"type":"StructuredValue","value":${hidden}}}`,
    geojson: `{"id":"urn:ngsi-ld:AirQualityObserved:a1","type":"Feature","geometry":null,"properties":{"type":"AirQualityObserved","__proto__":${hidden}}}`,
    'ngsiv2 metadata': `{"id":"a1","type":"AirQualityObserved","pm25":{"type":"Number","value":3,"metadata":{"__proto__":{"value":${hidden}}}}}`,
  };
  for (const [name, text] of Object.entries(cases)) {
    it(`${name}: __proto__ stays data and cannot stand in for required properties`, () => {
      const payload = JSON.parse(text) as unknown;
      const kv = toKeyValues(payload).entity as Record<string, unknown>;
      expect(Object.getPrototypeOf(kv)).toBeNull();
      expect(kv['dateObserved']).toBeUndefined();
      const result = validateNgsiEntity(payload);
      expect(result.ok).toBe(false);
      expect(errors(result.findings).some((e) => e.startsWith('missing_required_property'))).toBe(true);
      for (const convert of [toNormalized, toNgsiV2, toGeoJson]) {
        const out = JSON.stringify(convert(payload).entity);
        expect(out, convert.name).toContain('__proto__');
      }
    });
  }
});
