import { describe, expect, it } from 'vitest';
import {
  detectType,
  getSchema,
  getSchemaInfo,
  isAirQualityObserved,
  listEntityTypes,
  validate,
  validateEntity,
} from './index';

const base = {
  id: 'urn:ngsi-ld:AirQualityObserved:1',
  type: 'AirQualityObserved',
  dateObserved: '2026-03-02T10:00:00Z',
  location: { type: 'Point', coordinates: [4.35, 50.85] },
};

describe('validate', () => {
  it('explains a wrong type with the expected bounds and the value received', () => {
    const r = validate('AirQualityObserved', { ...base, pm25: 'high' });
    expect(r.ok).toBe(false);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      code: 'invalid_type',
      severity: 'error',
      instancePath: '/pm25',
      keyword: 'type',
    });
    expect(r.findings[0]!.message).toBe('pm25 must be a number ≥ 0; got "high"');
  });

  it('speaks French and Dutch', () => {
    expect(validate('AirQualityObserved', { ...base, pm25: 'high' }, { lang: 'fr' }).findings[0]!.message).toBe(
      'pm25 doit être un nombre ≥ 0 ; reçu "high"',
    );
    expect(validate('AirQualityObserved', { ...base, pm25: 'high' }, { lang: 'nl' }).findings[0]!.message).toBe(
      'pm25 moet een getal ≥ 0 zijn; ontvangen "high"',
    );
  });

  it('points a missing required property at where it should be', () => {
    const { dateObserved: _omitted, ...withoutDate } = base;
    const r = validate('AirQualityObserved', withoutDate);
    expect(r.findings.map((f) => [f.code, f.instancePath])).toEqual([['missing_required_property', '/dateObserved']]);
  });

  it('accepts extension attributes with a did-you-mean warning, never an error', () => {
    const r = validate('AirQualityObserved', { ...base, pm10x: 3, NO2: 40, vendorBatteryLevel: 0.8 });
    expect(r.ok).toBe(true);
    expect(r.findings.map((f) => [f.code, f.severity, f.instancePath, f.message])).toEqual([
      ['unknown_property', 'warning', '/pm10x', 'pm10x is not defined by AirQualityObserved; did you mean "pm10"?'],
      ['unknown_property', 'warning', '/NO2', 'NO2 is not defined by AirQualityObserved; did you mean "no2"?'],
      ['unknown_property', 'warning', '/vendorBatteryLevel', 'vendorBatteryLevel is not defined by AirQualityObserved'],
    ]);
  });

  it('recognises a documented Smart Data Models alias', () => {
    const r = validate('AirQualityObserved', { ...base, typeOfLocation: 'outdoor' });
    expect(r.ok).toBe(true);
    expect(r.findings).toMatchObject([
      { code: 'property_alias', instancePath: '/typeOfLocation', params: { canonical: 'typeofLocation' } },
    ]);
  });

  it('reports unknown properties inside nested objects', () => {
    const r = validate('AirQualityObserved', { ...base, address: { postalCode: '1000', postcode: '1000' } });
    expect(r.findings).toMatchObject([
      { code: 'unknown_property', instancePath: '/address/postcode', params: { hint: '; did you mean "postalCode"?' } },
    ]);
  });

  it('names the allowed GeoJSON geometry types when the type is unknown', () => {
    const r = validate('AirQualityObserved', { ...base, location: { type: 'Circle', coordinates: [4, 50] } });
    expect(r.findings).toMatchObject([{ code: 'unknown_variant', instancePath: '/location/type' }]);
    expect(r.findings[0]!.message).toContain('"Point", "LineString"');
  });

  it('summarises an anyOf failure once rather than once per branch', () => {
    const r = validate('AirQualityObserved', { ...base, name: 42 });
    expect(r.findings.map((f) => f.code)).toEqual(['no_matching_alternative']);
    expect(r.findings[0]!.message).toBe(
      'name matches none of the allowed forms (a text string or LocalizedText); got 42',
    );
  });

  it('keeps the other errors of a record whose root alternative fails', () => {
    const r = validate('Device', {
      id: 'd',
      type: 'Device',
      controlledProperty: ['temperature'],
      batteryLevel: 'full',
    });
    expect(r.findings.map((f) => [f.code, f.instancePath]).sort()).toEqual([
      ['no_matching_alternative', ''],
      ['no_matching_alternative', '/batteryLevel'],
    ]);
    expect(r.findings.find((f) => f.instancePath === '')!.message).toBe(
      'The record matches none of the allowed forms ("category" or "deviceCategory"); got an object',
    );
  });

  it('returns a result, not an exception, for an unknown type name', () => {
    // A name read at run time (a literal that names no schema is a type error: src/validate.test-d.ts).
    const misspelt: string = 'AirQualityObservd';
    const r = validate(misspelt, base);
    expect(r.ok).toBe(false);
    expect(r.findings[0]).toMatchObject({ code: 'unknown_entity_type' });
    expect(r.findings[0]!.message).toContain('did you mean "AirQualityObserved"');
  });

  it('does not let __proto__ or constructor keys reach the prototype chain', () => {
    const payload = JSON.parse(
      '{"id":"a","type":"AirQualityObserved","dateObserved":"2026-03-02T10:00:00Z","location":{"type":"Point","coordinates":[4,50]},"__proto__":{"polluted":true},"constructor":1}',
    );
    const r = validate('AirQualityObserved', payload);
    expect(r.ok).toBe(true);
    expect(r.findings.map((f) => f.instancePath)).toEqual(['/__proto__', '/constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('validateEntity and the registry', () => {
  it('detects the model from the payload type', () => {
    expect(detectType(base)).toBe('AirQualityObserved');
    expect(detectType({ type: 'Address' })).toBeUndefined();
    expect(validateEntity(base).ok).toBe(true);
    expect(validateEntity({ id: 'x' }).findings[0]!.code).toBe('missing_entity_type');
    expect(validateEntity([base]).findings[0]!.code).toBe('missing_entity_type');
  });

  it('lists entity types and finds schemas by name and by $id', () => {
    expect(listEntityTypes()).toContain('AirQualityObserved');
    expect(listEntityTypes()).not.toContain('Address');
    const info = getSchemaInfo('AirQualityObserved')!;
    expect(getSchemaInfo(info.$id)).toBe(info);
    expect(getSchema(info.$id)?.['$id']).toBe(info.$id);
    expect(info.labels.nl).toBe('Waargenomen luchtkwaliteit');
  });

  it('offers a fail-fast type guard', () => {
    const value: unknown = base;
    expect(isAirQualityObserved(value)).toBe(true);
    if (isAirQualityObserved(value)) expect(value.dateObserved).toBe(base.dateObserved);
    expect(isAirQualityObserved({ ...base, pm25: -1 })).toBe(false);
  });
});
