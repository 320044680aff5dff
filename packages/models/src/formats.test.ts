import fc from 'fast-check';
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

  it('agrees with the RFC 3339 grammar written as a regular expression, on near-miss strings', () => {
    // The oracle: RFC 3339 §5.6 as a regular expression plus the range checks of the section, independent of the
    // character-by-character reading under test.
    const fullDate = /^(\d{4})-(\d{2})-(\d{2})$/;
    const fullTime = /^(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
    const days = (y: number, m: number) =>
      [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
    const date = (s: string) => {
      const m = fullDate.exec(s);
      if (!m) return false;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= days(y, mo);
    };
    const time = (s: string) => {
      const m = fullTime.exec(s);
      return (
        m !== null &&
        Number(m[1]) <= 23 &&
        Number(m[2]) <= 59 &&
        Number(m[3]) <= 59 &&
        Number(m[4] ?? 0) <= 23 &&
        Number(m[5] ?? 0) <= 59
      );
    };
    const dateTime = (s: string) => /^.{10}[Tt]/su.test(s) && date(s.slice(0, 10)) && time(s.slice(11));
    // Valid timestamps, then one character changed, removed or inserted anywhere: the strings a check gets wrong.
    const valid = fc
      .tuple(
        // Mostly in range, sometimes just out of it.
        fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.constant(0)),
        fc.oneof({ arbitrary: fc.integer({ min: 1, max: 12 }), weight: 4 }, fc.constantFrom(0, 13)),
        fc.oneof({ arbitrary: fc.integer({ min: 1, max: 28 }), weight: 3 }, fc.integer({ min: 0, max: 32 })),
        fc.oneof({ arbitrary: fc.integer({ min: 0, max: 23 }), weight: 4 }, fc.constantFrom(24, 25)),
        fc.oneof({ arbitrary: fc.integer({ min: 0, max: 59 }), weight: 4 }, fc.constantFrom(60, 61)),
        fc.oneof({ arbitrary: fc.integer({ min: 0, max: 59 }), weight: 4 }, fc.constantFrom(60, 61)),
        fc.option(fc.stringMatching(/^[0-9]{0,4}$/)),
        fc.constantFrom('Z', 'z', '+01:00', '-08:00', '+23:59', '+24:00', '+01:60', '+0100', '+01', ''),
        fc.oneof({ arbitrary: fc.constantFrom('T', 't'), weight: 4 }, fc.constant(' ')),
      )
      .map(([y, mo, d, h, mi, s, frac, offset, sep]) => {
        const p = (n: number, w = 2) => String(n).padStart(w, '0');
        return `${p(y, 4)}-${p(mo)}-${p(d)}${sep}${p(h)}:${p(mi)}:${p(s)}${frac === null ? '' : `.${frac}`}${offset}`;
      });
    const edited = fc
      .tuple(valid, fc.nat(), fc.constantFrom('0', '9', ':', '-', '.', 'T', 'Z', '+', ' ', '\n', '١', ''), fc.boolean())
      .map(([s, at, c, insert]) => {
        const i = at % (s.length + 1);
        return insert ? s.slice(0, i) + c + s.slice(i) : s.slice(0, i) + c + s.slice(i + 1);
      });
    fc.assert(
      fc.property(fc.oneof(valid, edited), (s) => {
        expect(isRfc3339DateTime(s), JSON.stringify(s)).toBe(dateTime(s));
        expect(isRfc3339Date(s.slice(0, 10)), JSON.stringify(s)).toBe(date(s.slice(0, 10)));
        expect(isRfc3339Time(s.slice(11)), JSON.stringify(s)).toBe(time(s.slice(11)));
      }),
      { numRuns: 5000 },
    );
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
