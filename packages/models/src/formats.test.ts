import { describe, expect, it } from 'vitest';
import { contractFormats, isRfc3339Date, isRfc3339DateTime, isRfc3339Time, isRfc3986Uri } from './formats';
import { validate } from './index';

describe('RFC 3339 date-time, date and time', () => {
  it('accepts the examples of RFC 3339 §5.8 (but its leap seconds, which the contract excludes)', () => {
    for (const s of ['1985-04-12T23:20:50.52Z', '1996-12-19T16:39:57-08:00', '1937-01-01T12:00:27.87+00:20'])
      expect(isRfc3339DateTime(s), s).toBe(true);
    for (const s of ['1990-12-31T23:59:60Z', '1990-12-31T15:59:60-08:00']) expect(isRfc3339DateTime(s), s).toBe(false);
  });

  it('rejects what ajv-formats alone lets through: space separator, offsets without colon, leap seconds anywhere', () => {
    for (const s of [
      '2024-01-01 10:00:00Z',
      '2024-01-01T10:00:00+0100',
      '2024-01-01T10:00:00+01',
      '2024-01-01T23:59:60Z',
    ])
      expect(isRfc3339DateTime(s), s).toBe(false);
  });

  it('checks the calendar, the clock and the offset', () => {
    expect(isRfc3339DateTime('2024-02-29T00:00:00Z')).toBe(true);
    expect(isRfc3339DateTime('2000-02-29t00:00:00z')).toBe(true);
    for (const s of [
      '2023-02-29T00:00:00Z',
      '1900-02-29T00:00:00Z',
      '0000-01-01T00:00:00Z',
      '2024-04-31T00:00:00Z',
      '2024-01-01T24:00:00Z',
      '2024-01-01T10:00:00+24:00',
      '2024-01-01T10:00:00+01:60',
      '2024-01-01T10:00:00',
      '2024-01-01T10:00:00Z\n',
      '2024-01-0১T10:00:00Z',
    ])
      expect(isRfc3339DateTime(s), JSON.stringify(s)).toBe(false);
    expect(isRfc3339Date('2024-02-29')).toBe(true);
    expect(isRfc3339Date('2024-2-29')).toBe(false);
    expect(isRfc3339Time('08:30:06.283185+01:00')).toBe(true);
    expect(isRfc3339Time('08:30:06')).toBe(false);
  });
});

describe('RFC 3986 URI', () => {
  it('accepts the examples of RFC 3986 §1.1.2 and NGSI-LD URNs', () => {
    for (const s of [
      'ftp://ftp.is.co.za/rfc/rfc1808.txt',
      'ldap://[2001:db8::7]/c=GB?objectClass?one',
      'mailto:John.Doe@example.com',
      'news:comp.infosystems.www.servers.unix',
      'tel:+1-816-555-1212',
      'telnet://192.0.2.16:80/',
      'urn:oasis:names:specification:docbook:dtd:xml:4.1.2',
      'urn:ngsi-ld:ParkingSpot:1',
      'http:',
    ])
      expect(isRfc3986Uri(s), s).toBe(true);
  });

  it('rejects relative references, spaces, non-ASCII and broken percent-encoding', () => {
    for (const s of ['/a/b', '//host/a', 'example.org', 'http://a b', 'https://example.org/ä', 'https://e.org/%zz', ''])
      expect(isRfc3986Uri(s), s).toBe(false);
  });
});

describe('the precompiled validators', () => {
  it('use the contract formats', () => {
    expect(Object.keys(contractFormats)).toEqual(
      expect.arrayContaining(['date-time', 'date', 'uri', 'email', 'duration']),
    );
    const entity = {
      id: 'urn:ngsi-ld:WeatherObserved:uccle',
      type: 'WeatherObserved',
      location: { type: 'Point', coordinates: [4.35, 50.8] },
      dateObserved: '2026-03-01 08:00:00Z',
    };
    const findings = validate('WeatherObserved', entity).findings.filter((f) => f.code === 'invalid_format');
    expect(findings.map((f) => f.instancePath)).toEqual(['/dateObserved']);
    expect(validate('WeatherObserved', { ...entity, dateObserved: '2026-03-01T08:00:00+01:00' }).ok).toBe(true);
  });
});
