/**
 * Type tests of the validation API: `validate<K>` narrows to the type K names, the guards narrow `unknown`, the per-type
 * entries agree with `validate`, and `ValidationResult` is discriminated by `ok`. Run by vitest's typecheck mode.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  isAirQualityObserved,
  isDevice,
  isLocation,
  validate,
  validateEntity,
  type AirQualityObserved,
  type Device,
  type Finding,
  type JuryEvaluation,
  type Location,
  type SchemaId,
  type SchemaName,
  type SchemaTypes,
  type ValidationResult,
} from '@opencity/models';
import type * as guards from '@opencity/models';
import {
  isAirQualityObserved as entryGuard,
  validateAirQualityObserved,
  type AirQualityObserved as EntryAirQualityObserved,
} from './generated/validators/AirQualityObserved';
import { isJuryEvaluation, validateJuryEvaluation } from './generated/validators/JuryEvaluation';

declare const payload: unknown;

describe('validate<K>', () => {
  it('narrows the result to the type K names', () => {
    expectTypeOf(validate('AirQualityObserved', payload)).toEqualTypeOf<ValidationResult<AirQualityObserved>>();
    expectTypeOf(validate('Device', payload, { lang: 'fr' })).toEqualTypeOf<ValidationResult<Device>>();
    expectTypeOf(validate('Location', payload)).toEqualTypeOf<ValidationResult<Location>>();
    const r = validate('JuryEvaluation', payload);
    if (r.ok) expectTypeOf(r.data).toEqualTypeOf<JuryEvaluation>();
  });

  it('narrows the result to the type a schema $id names', () => {
    const id = 'https://w3id.org/opencity/schemas/city/AirQualityObserved/v2/schema.json' satisfies SchemaId;
    expectTypeOf(validate(id, payload)).toEqualTypeOf<ValidationResult<AirQualityObserved>>();
  });

  it('rejects a literal that names no schema', () => {
    // @ts-expect-error a misspelt type name is caught at compile time
    validate('AirQualityObservd', payload);
    // @ts-expect-error a $id of another major version is no schema of this contract
    validate('https://w3id.org/opencity/schemas/city/AirQualityObserved/v9/schema.json', payload);
    // @ts-expect-error a type name is not a number
    validate(42, payload);
  });

  it('takes a name known only at run time, with an untyped result', () => {
    const name: string = 'AirQualityObserved';
    expectTypeOf(validate(name, payload)).toEqualTypeOf<ValidationResult>();
    expectTypeOf(validateEntity(payload)).toEqualTypeOf<ValidationResult>();
  });

  it('narrows a union of names to the union of their types', () => {
    const name = 'Device' as 'Device' | 'AirQualityObserved';
    expectTypeOf(validate(name, payload)).toEqualTypeOf<ValidationResult<Device | AirQualityObserved>>();
  });

  it('checks the options', () => {
    // @ts-expect-error no such language
    validate('Device', payload, { lang: 'de' });
    // @ts-expect-error maxFindings is a number
    validate('Device', payload, { maxFindings: '10' });
  });
});

describe('ValidationResult', () => {
  it('is discriminated by ok: data exists only on success', () => {
    const r = validate('AirQualityObserved', payload);
    expectTypeOf(r.ok).toEqualTypeOf<boolean>();
    expectTypeOf(r.findings).toEqualTypeOf<readonly Finding[]>();
    if (r.ok) {
      expectTypeOf(r).toEqualTypeOf<Extract<ValidationResult<AirQualityObserved>, { ok: true }>>();
      expectTypeOf(r.data).toEqualTypeOf<AirQualityObserved>();
      expectTypeOf(r.data.id).toEqualTypeOf<string>();
      expectTypeOf(r.data.pm25).toEqualTypeOf<number | undefined>();
      expectTypeOf(r.type).toEqualTypeOf<string>();
    } else {
      // @ts-expect-error a failed result carries no data
      void r.data;
      expectTypeOf(r.type).toEqualTypeOf<string | undefined>();
      expectTypeOf(r).not.toHaveProperty('data');
    }
  });

  it('defaults to unknown data', () => {
    expectTypeOf<Extract<ValidationResult, { ok: true }>['data']>().toEqualTypeOf<unknown>();
  });

  it('is read-only', () => {
    const r = validate('Device', payload);
    // @ts-expect-error results are data: not to be mutated
    r.ok = true;
  });
});

describe('guards', () => {
  it('narrow unknown to their type', () => {
    if (isAirQualityObserved(payload)) expectTypeOf(payload).toEqualTypeOf<AirQualityObserved>();
    if (isDevice(payload)) expectTypeOf(payload).toEqualTypeOf<Device>();
    if (isLocation(payload)) expectTypeOf(payload).toEqualTypeOf<Location>();
    expectTypeOf(isAirQualityObserved).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(isAirQualityObserved).guards.toEqualTypeOf<AirQualityObserved>();
  });

  it('exist for every schema of the contract, each narrowing to exactly its type', () => {
    type Guarded<F> = F extends (value: unknown) => value is infer T ? T : never;
    type GuardOf = { [K in SchemaName]: Guarded<(typeof guards)[`is${K}`]> };
    expectTypeOf<GuardOf>().toEqualTypeOf<SchemaTypes>();
  });
});

describe('per-type entries (the modules behind @opencity/models/validators/<Type>)', () => {
  it('export the same type, a guard and a full validation that agree with validate', () => {
    expectTypeOf<EntryAirQualityObserved>().toEqualTypeOf<AirQualityObserved>();
    if (entryGuard(payload)) expectTypeOf(payload).toEqualTypeOf<AirQualityObserved>();
    expectTypeOf(validateAirQualityObserved(payload)).toEqualTypeOf<ValidationResult<AirQualityObserved>>();
    expectTypeOf(validateJuryEvaluation).parameters.toEqualTypeOf<Parameters<typeof validateAirQualityObserved>>();
    if (isJuryEvaluation(payload)) expectTypeOf(payload).toEqualTypeOf<JuryEvaluation>();
    const r = validateJuryEvaluation(payload, { lang: 'nl' });
    if (r.ok) expectTypeOf(r.data).toEqualTypeOf<JuryEvaluation>();
    // @ts-expect-error an entry validates its own type only: no type name argument
    validateAirQualityObserved('AirQualityObserved', payload, {});
  });
});

describe('ValidationResult discriminant', () => {
  it('ok is true or false, and no third case', () => {
    const outcome = (r: ValidationResult<Device>): Device | undefined => {
      switch (r.ok) {
        case true:
          return r.data;
        case false:
          return undefined;
        default:
          expectTypeOf(r).toBeNever();
          return r;
      }
    };
    expectTypeOf(outcome).returns.toEqualTypeOf<Device | undefined>();
    expectTypeOf<Extract<ValidationResult, { ok: true }>>().not.toBeNever();
    expectTypeOf<Extract<ValidationResult, { ok: false }>>().not.toBeNever();
  });
});
