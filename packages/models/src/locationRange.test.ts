/**
 * Coordinates on the Earth (issue 15, "longitude 400 is accepted"): every position of every GeoJSON geometry of
 * common/Location has a longitude in −180..180 and a latitude in −90..90 (RFC 7946 section 3.1.1); the altitude stays
 * free. An entity's `location` gets the same check through EntityBase.
 */
import { describe, expect, it } from 'vitest';
import { validate } from './index';

type Position = number[];
/** Each geometry type with a valid set of coordinates and the path (inside `coordinates`) of one of its positions. */
const geometries: readonly [type: string, build: (p: Position) => unknown, at: string][] = [
  ['Point', (p) => p, ''],
  ['MultiPoint', (p) => [[4.35, 50.84], p], '/1'],
  ['LineString', (p) => [[4.35, 50.84], p], '/1'],
  [
    'MultiLineString',
    (p) => [
      [
        [4.35, 50.84],
        [4.36, 50.85],
      ],
      [[4.35, 50.84], p],
    ],
    '/1/1',
  ],
  ['Polygon', (p) => [[[4.35, 50.84], [4.36, 50.84], p, [4.35, 50.84]]], '/0/2'],
  ['MultiPolygon', (p) => [[[[4.35, 50.84], [4.36, 50.84], p, [4.35, 50.84]]]], '/0/0/2'],
];

describe('coordinates are range-checked in every geometry type', () => {
  it.each(geometries)('%s', (type, build, at) => {
    const check = (p: Position) => validate('Location', { type, coordinates: build(p) });
    for (const ok of [
      [4.36, 50.85],
      [-180, -90],
      [180, 90],
      [180, 90, 8848],
      [0, 0, -1e6],
    ]) {
      expect(check(ok).findings, JSON.stringify(ok)).toEqual([]);
    }
    const cases: [Position, number, string][] = [
      [[400, 50.85], 0, '≤ 180; got 400'],
      [[-180.0001, 50.85], 0, '≥ -180; got -180.0001'],
      [[4.36, 90.5], 1, '≤ 90; got 90.5'],
      [[4.36, -91, 12], 1, '≥ -90; got -91'],
    ];
    for (const [p, index, says] of cases) {
      const r = check(p);
      expect(r.ok, JSON.stringify(p)).toBe(false);
      expect(r.findings, JSON.stringify(p)).toHaveLength(1); // said once, not once per if/then/else branch
      expect(r.findings[0]).toMatchObject({ code: 'value_out_of_range', instancePath: `/coordinates${at}/${index}` });
      expect(r.findings[0]!.message).toContain(says);
    }
  });

  it('checks an entity location too, at its full JSON Pointer, in every language', () => {
    const entity = {
      id: 'urn:ngsi-ld:AirQualityObserved:1',
      type: 'AirQualityObserved',
      dateObserved: '2026-03-02T10:00:00Z',
      location: { type: 'Point', coordinates: [400, 50.85] },
    };
    for (const lang of ['en', 'fr', 'nl'] as const) {
      const r = validate('AirQualityObserved', entity, { lang });
      expect(r.findings.map((f) => [f.code, f.instancePath])).toEqual([
        ['value_out_of_range', '/location/coordinates/0'],
      ]);
      expect(r.findings[0]!.message).toContain('400');
    }
  });
});
