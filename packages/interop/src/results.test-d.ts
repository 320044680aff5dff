/**
 * Type tests of interop's results: each is a union discriminated by `ok`, and after narrowing on it the fields a caller
 * reads have the right types (the converted entity is an object only on success). Run by vitest's typecheck mode.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { Finding } from '@opencity/models';
import {
  openCityContract,
  toKeyValues,
  toNormalized,
  validateNgsiEntity,
  type ConversionResult,
  type MessageValidation,
  type NgsiFindingCode,
  type NgsiValidation,
  type Representation,
} from '@opencity/interop';

declare const payload: unknown;

describe('ConversionResult', () => {
  it('gives an object entity only after ok narrowed it', () => {
    const r = toNormalized(payload);
    expectTypeOf(r).toEqualTypeOf<ConversionResult>();
    expectTypeOf(toKeyValues(payload, { typeName: 'ParkingSpot' })).toEqualTypeOf<ConversionResult>();
    expectTypeOf(r.findings).toEqualTypeOf<readonly Finding<NgsiFindingCode>[]>();
    expectTypeOf(r.entity).toEqualTypeOf<unknown>();
    if (r.ok) {
      expectTypeOf(r.entity).toEqualTypeOf<Readonly<Record<string, unknown>>>();
      expectTypeOf(r.entity['type']).toEqualTypeOf<unknown>();
    } else {
      expectTypeOf(r.entity).toEqualTypeOf<unknown>();
      // @ts-expect-error a failed conversion's entity may be anything: it is not indexable before a check
      void r.entity['type'];
    }
  });

  it('types its finding codes', () => {
    const code = toNormalized(payload).findings[0]?.code;
    expectTypeOf(code).toEqualTypeOf<NgsiFindingCode | undefined>();
    // @ts-expect-error not an NGSI finding code
    expectTypeOf(code).toEqualTypeOf<'no_such_code' | undefined>();
  });
});

describe('NgsiValidation', () => {
  it('names its schema and gives an object entity only on success', () => {
    const r = validateNgsiEntity(payload, { lang: 'fr' });
    expectTypeOf(r).toEqualTypeOf<NgsiValidation>();
    expectTypeOf(r.representation).toEqualTypeOf<Representation>();
    if (r.ok) {
      expectTypeOf(r.type).toEqualTypeOf<string>();
      expectTypeOf(r.entity).toEqualTypeOf<Readonly<Record<string, unknown>>>();
    } else {
      expectTypeOf(r.type).toEqualTypeOf<string | undefined>();
      expectTypeOf(r.entity).toEqualTypeOf<unknown>();
    }
  });
});

describe('MessageValidation', () => {
  it('resolves a channel and a message only on success', () => {
    const r = openCityContract().validateMessage('city/ixelles/ParkingSpot/v1/urn:ngsi-ld:ParkingSpot:p1', payload);
    expectTypeOf(r).toEqualTypeOf<MessageValidation>();
    expectTypeOf(r.parameters).toEqualTypeOf<Readonly<Record<string, string>>>();
    if (r.ok) {
      expectTypeOf(r.channel).toEqualTypeOf<string>();
      expectTypeOf(r.message).toEqualTypeOf<string>();
    } else {
      expectTypeOf(r.channel).toEqualTypeOf<string | undefined>();
      expectTypeOf(r.message).toEqualTypeOf<string | undefined>();
    }
  });
});

describe('discriminants', () => {
  it('ok is the whole discriminant of each result: true and false, and no third case', () => {
    // A switch over `ok` with no default is exhaustive for all three: `r` is never after both cases.
    const outcome = (r: ConversionResult | NgsiValidation | MessageValidation): 'ok' | 'not ok' => {
      switch (r.ok) {
        case true:
          return 'ok';
        case false:
          return 'not ok';
        default:
          expectTypeOf(r).toBeNever();
          return r;
      }
    };
    expectTypeOf(outcome).returns.toEqualTypeOf<'ok' | 'not ok'>();
    expectTypeOf<ConversionResult['ok']>().toEqualTypeOf<boolean>();
    expectTypeOf<NgsiValidation['ok']>().toEqualTypeOf<boolean>();
    expectTypeOf<MessageValidation['ok']>().toEqualTypeOf<boolean>();
    expectTypeOf<Extract<ConversionResult, { ok: true }>>().not.toBeNever();
    expectTypeOf<Extract<ConversionResult, { ok: false }>>().not.toBeNever();
    expectTypeOf<Extract<NgsiValidation, { ok: true }>>().not.toBeNever();
    expectTypeOf<Extract<NgsiValidation, { ok: false }>>().not.toBeNever();
    expectTypeOf<Extract<MessageValidation, { ok: true }>>().not.toBeNever();
    expectTypeOf<Extract<MessageValidation, { ok: false }>>().not.toBeNever();
  });
});
