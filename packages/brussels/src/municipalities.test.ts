import { describe, expect, it } from 'vitest';
import { isOpenCityError } from '@opencity/models';
import { getMunicipality, isProfileLookupError, municipalities, populationAt, regionAreaKm2 } from './index';

describe('municipalities', () => {
  it('lists the 19 municipalities with NIS codes 21001–21019 in order', () => {
    expect(municipalities.map((m) => m.nis)).toEqual(Array.from({ length: 19 }, (_, i) => String(21001 + i)));
  });

  it('sums the Statbel 1 January 2020 populations to the regional total 1,218,255 (research/kpi.md §7.4)', () => {
    expect(populationAt('04000', '2020-01-01').value).toBe(1_218_255);
  });

  it('keeps official FR and NL names', () => {
    expect(getMunicipality('21014').name).toMatchObject({ fr: 'Saint-Josse-ten-Noode', nl: 'Sint-Joost-ten-Node' });
    expect(getMunicipality('21004').postcodes).toContain('1000');
  });

  it('gives Saint-Josse the highest density and Watermael-Boitsfort the lowest (Statbel 2022 ranking)', () => {
    const density = municipalities.map((m) => ({ nis: m.nis, d: populationAt(m.nis, '2020-01-01').value / m.areaKm2 }));
    density.sort((a, b) => b.d - a.d);
    expect(density[0]?.nis).toBe('21014');
    expect(density.at(-1)?.nis).toBe('21017');
  });

  it('has a regional area close to the published 161.4 km²', () => {
    expect(regionAreaKm2).toBeGreaterThan(160.5);
    expect(regionAreaKm2).toBeLessThan(162.5);
  });

  it('picks the latest count on or before a date and refuses earlier dates', () => {
    expect(populationAt('21001', '2019-12-31').value).toBe(118_382);
    expect(() => populationAt('21001', '2017-01-01')).toThrow(/no population count for 21001/);
    expect(() => getMunicipality('99999')).toThrow(/unknown NIS code "99999"/);
    // The shared error shape: a named class with a code, recognised without instanceof.
    const error = (() => {
      try {
        getMunicipality('99999');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(isProfileLookupError(error) && isOpenCityError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'ProfileLookupError', code: 'unknown_municipality' });
  });
});
