/** Type tests of `Outcome`: a computed value or the reason there is none, discriminated by `ok`. */
import { describe, expectTypeOf, it } from 'vitest';
import {
  resolveInput,
  type NotComputable,
  type NotComputableCode,
  type Outcome,
  type ResolvedInput,
} from '@opencity/kpi';

declare const spec: Parameters<typeof resolveInput>[0];

describe('Outcome', () => {
  it('has a value after ok narrowed it, a reason otherwise', () => {
    const o = resolveInput(spec, 42, []);
    expectTypeOf(o).toEqualTypeOf<Outcome<ResolvedInput>>();
    if (o.ok) {
      expectTypeOf(o.value).toEqualTypeOf<ResolvedInput>();
      expectTypeOf(o.value.value).toEqualTypeOf<number>();
      // @ts-expect-error a computed outcome has no reason
      void o.reason;
    } else {
      expectTypeOf(o.reason).toEqualTypeOf<NotComputable>();
      expectTypeOf(o.reason.code).toEqualTypeOf<NotComputableCode>();
      // @ts-expect-error an outcome that is not computable has no value
      void o.value;
    }
  });

  it('defaults to a number', () => {
    expectTypeOf<Extract<Outcome, { ok: true }>['value']>().toEqualTypeOf<number>();
  });

  it('types the reason codes', () => {
    expectTypeOf<'zero_denominator'>().toExtend<NotComputableCode>();
    // @ts-expect-error not a reason code of the catalogue
    expectTypeOf<'division_by_zero'>().toExtend<NotComputableCode>();
  });
});

describe('Outcome discriminant', () => {
  it('ok is true or false, and no third case', () => {
    const describeOutcome = (o: Outcome): string => {
      switch (o.ok) {
        case true:
          return String(o.value);
        case false:
          return o.reason.code;
        default:
          expectTypeOf(o).toBeNever();
          return o;
      }
    };
    expectTypeOf(describeOutcome).returns.toEqualTypeOf<string>();
    expectTypeOf<Outcome['ok']>().toEqualTypeOf<boolean>();
    expectTypeOf<Extract<Outcome, { ok: true }>>().not.toBeNever();
    expectTypeOf<Extract<Outcome, { ok: false }>>().not.toBeNever();
  });
});
