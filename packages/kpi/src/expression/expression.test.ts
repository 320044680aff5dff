import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateExpression } from './evaluateExpression';
import { expressionVariables, formatExpression, parseExpression } from './parseExpression';

const evalText = (text: string, vars: Record<string, number> = {}) => evaluateExpression(parseExpression(text), vars);

describe('the formula expression language', () => {
  it('follows arithmetic precedence and associativity', () => {
    expect(evalText('1 + 2 * 3')).toEqual({ ok: true, value: 7 });
    expect(evalText('(1 + 2) * 3')).toEqual({ ok: true, value: 9 });
    expect(evalText('2 ^ 3 ^ 2')).toEqual({ ok: true, value: 512 });
    expect(evalText('-2 ^ 2')).toEqual({ ok: true, value: -4 });
    expect(evalText('10 - 4 - 3')).toEqual({ ok: true, value: 3 });
    expect(evalText('12 / 4 / 3')).toEqual({ ok: true, value: 1 });
    expect(evalText('6 × 7 ÷ 2')).toEqual({ ok: true, value: 21 });
  });

  it('computes the CITYkeys baseline-vs-after reduction', () => {
    // 120 000 kWh/yr without the project, 90 000 kWh/yr after: a 25 % reduction.
    expect(
      evalText('(baselineEnergy - afterEnergy) / baselineEnergy * 100', {
        baselineEnergy: 120_000,
        afterEnergy: 90_000,
      }),
    ).toEqual({ ok: true, value: 25 });
  });

  it('has min, max, abs, sqrt, ln, exp, round and if', () => {
    expect(evalText('min(3, 1, 2) + max(4, 5)')).toEqual({ ok: true, value: 6 });
    expect(evalText('abs(-2) + sqrt(9)')).toEqual({ ok: true, value: 5 });
    expect(evalText('round(ln(exp(2)), 6)')).toEqual({ ok: true, value: 2 });
    expect(evalText('round(2.5) + round(-2.5) + round(1.234, 2)')).toEqual({ ok: true, value: 1.23 });
    expect(evalText('if(a > b, a, b)', { a: 1, b: 7 })).toEqual({ ok: true, value: 7 });
    expect(evalText('if(b == 0, 0, a / b)', { a: 1, b: 0 })).toEqual({ ok: true, value: 0 });
  });

  it('reports a zero denominator, a missing input and non-finite results instead of returning NaN or Infinity', () => {
    expect(evalText('a / b * 100', { a: 3, b: 0 })).toEqual({
      ok: false,
      reason: { code: 'zero_denominator', message: 'denominator b is 0', input: 'b' },
    });
    expect(evalText('a / (b - c)', { a: 3, b: 2, c: 2 })).toMatchObject({
      ok: false,
      reason: { code: 'zero_denominator', message: 'denominator b - c is 0' },
    });
    expect(evalText('a + b', { a: 3 })).toEqual({
      ok: false,
      reason: { code: 'missing_input', message: 'input b is missing', input: 'b' },
    });
    expect(evalText('a', { a: Number.NaN })).toMatchObject({
      ok: false,
      reason: { code: 'invalid_input', input: 'a' },
    });
    expect(evalText('10 ^ 400')).toMatchObject({ ok: false, reason: { code: 'non_finite_result' } });
    expect(evalText('ln(0)')).toMatchObject({ ok: false, reason: { code: 'non_finite_result' } });
    expect(evalText('sqrt(-1)')).toMatchObject({ ok: false, reason: { code: 'non_finite_result' } });
  });

  it('rejects malformed text with the position and never evaluates code', () => {
    expect(() => parseExpression('a +')).toThrow('unexpected end of expression at position 4');
    expect(() => parseExpression('a b')).toThrow('unexpected "b" at position 3');
    expect(() => parseExpression('alert(1)')).toThrow('unknown function "alert"');
    expect(() => parseExpression('constructor.constructor("x")')).toThrow(/unexpected character "\."/);
    expect(() => parseExpression('a; b')).toThrow('unexpected character ";"');
    expect(() => parseExpression('min(1)')).toThrow('min() takes 2 to any number of argument(s), got 1');
    expect(() => parseExpression('')).toThrow('non-empty string');
    expect(() => parseExpression('('.repeat(100) + '1' + ')'.repeat(100))).toThrow('nested too deeply');
  });

  it('lists the variables in order of first use', () => {
    expect(expressionVariables(parseExpression('(b - a) / b + max(c, a)'))).toEqual(['b', 'a', 'c']);
  });

  it('prints trees that parse back to the same value (property)', () => {
    const leaf = fc.oneof(fc.integer({ min: 0, max: 50 }).map(String), fc.constantFrom('x', 'y'));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(tie('node'), fc.constantFrom('+', '-', '*'), tie('node')).map(([a, op, b]) => `(${a} ${op} ${b})`),
        tie('node').map((a) => `-(${a})`),
      ),
    })).node;
    fc.assert(
      fc.property(tree, fc.integer({ min: -9, max: 9 }), fc.integer({ min: -9, max: 9 }), (text, x, y) => {
        const parsed = parseExpression(text as string);
        const again = parseExpression(formatExpression(parsed));
        expect(evaluateExpression(again, { x, y })).toEqual(evaluateExpression(parsed, { x, y }));
      }),
      { numRuns: 300 },
    );
  });
});
