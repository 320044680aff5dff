import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEntityIdError, ngsiLdId, parseNgsiLdId } from './index';

describe('NGSI-LD entity ids', () => {
  it('builds and parses urn:ngsi-ld:<Type>:<local id> as inverses', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,20}$/),
        fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !/\s/.test(s)),
        (type, localId) => {
          expect(parseNgsiLdId(ngsiLdId(type, localId))).toEqual({ type, localId });
        },
      ),
    );
    expect(parseNgsiLdId('Madrid-AmbientObserved-28079004')).toBeUndefined();
  });

  it('refuses a type that is not a name or an empty local id with an EntityIdError its guard recognises', () => {
    const thrown = (type: string, localId: string): unknown => {
      try {
        ngsiLdId(type, localId);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(thrown('Air Quality', 'x')).toMatchObject({ name: 'EntityIdError', code: 'invalid_entity_type' });
    expect(thrown('AirQualityObserved', 'a b')).toMatchObject({ name: 'EntityIdError', code: 'invalid_local_id' });
    expect(isEntityIdError(thrown('AirQualityObserved', ''))).toBe(true);
    expect(isEntityIdError(new TypeError('x'))).toBe(false);
  });
});
