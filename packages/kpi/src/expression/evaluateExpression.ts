/** Evaluation of parsed expressions over named numbers: division by zero and non-finite results are reported, not returned. */
import { KpiError } from '../errors';
import { computed, notComputable, type Outcome } from '../outcome';
import { kpiTextEn } from '../text/kpiTexts';
import { formatExpression, type ExpressionNode } from './parseExpression';

/**
 * Evaluates an expression tree with the given variable values.
 * Missing variables, division by zero and non-finite results give a "not computable" outcome with its reason.
 * @example
 * const out = evaluateExpression(parseExpression('a / b * 100'), { a: 3, b: 4 }); // { ok: true, value: 75 }
 */
export function evaluateExpression(
  node: ExpressionNode,
  variables: Readonly<Record<string, number | undefined>>,
): Outcome {
  const fail = (o: Outcome): never => {
    throw o;
  };
  const finite = (v: number, what: string): number =>
    Number.isFinite(v)
      ? v
      : fail(notComputable('non_finite_result', kpiTextEn('expression_not_finite', { expression: what })));
  const go = (n: ExpressionNode): number => {
    switch (n.kind) {
      case 'number':
        return n.value;
      case 'variable': {
        const v = Object.hasOwn(variables, n.name) ? variables[n.name] : undefined;
        if (v === undefined || v === null)
          return fail(notComputable('missing_input', kpiTextEn('input_missing', { input: n.name }), n.name));
        if (typeof v !== 'number' || !Number.isFinite(v))
          return fail(notComputable('invalid_input', kpiTextEn('input_not_finite', { input: n.name }), n.name));
        return v;
      }
      case 'unary':
        return -go(n.operand);
      case 'binary': {
        const a = go(n.left);
        const b = go(n.right);
        // Every intermediate result is checked: an overflow must not vanish later (1 / (1e308 * 10) is not 0).
        switch (n.op) {
          case '+':
            return finite(a + b, formatExpression(n));
          case '-':
            return finite(a - b, formatExpression(n));
          case '*':
            return finite(a * b, formatExpression(n));
          case '/':
            if (b === 0) {
              const input = n.right.kind === 'variable' ? n.right.name : undefined;
              return fail(
                notComputable(
                  'zero_denominator',
                  kpiTextEn('denominator_zero', { expression: formatExpression(n.right) }),
                  input,
                ),
              );
            }
            return finite(a / b, formatExpression(n));
          case '^':
            return finite(a ** b, formatExpression(n));
          case '<':
            return a < b ? 1 : 0;
          case '<=':
            return a <= b ? 1 : 0;
          case '>':
            return a > b ? 1 : 0;
          case '>=':
            return a >= b ? 1 : 0;
          case '==':
            return a === b ? 1 : 0;
          case '!=':
            return a !== b ? 1 : 0;
        }
        break;
      }
      case 'call': {
        if (n.fn === 'if') return go(n.args[0]!) !== 0 ? go(n.args[1]!) : go(n.args[2]!);
        const args = n.args.map(go);
        switch (n.fn) {
          case 'min':
            return Math.min(...args);
          case 'max':
            return Math.max(...args);
          case 'abs':
            return Math.abs(args[0]!);
          case 'sqrt':
            return args[0]! < 0
              ? fail(
                  notComputable(
                    'non_finite_result',
                    kpiTextEn('sqrt_negative', { expression: formatExpression(n.args[0]!) }),
                  ),
                )
              : Math.sqrt(args[0]!);
          case 'ln':
            return args[0]! <= 0
              ? fail(
                  notComputable(
                    'non_finite_result',
                    kpiTextEn('ln_not_positive', { expression: formatExpression(n.args[0]!) }),
                  ),
                )
              : Math.log(args[0]!);
          case 'exp':
            return finite(Math.exp(args[0]!), formatExpression(n));
          case 'round': {
            const digits = args[1] ?? 0;
            const f = 10 ** digits;
            // Half away from zero, as SQL ROUND does, so both engines agree; beyond the double range it is a no-op.
            const scaled = Math.abs(args[0]!) * f;
            if (!Number.isFinite(f) || f === 0 || !Number.isFinite(scaled))
              return finite(args[0]!, formatExpression(n));
            return finite((Math.sign(args[0]!) * Math.round(scaled)) / f, formatExpression(n));
          }
        }
      }
    }
    throw new KpiError('expression_syntax', `unsupported expression node ${JSON.stringify(n)}`);
  };
  try {
    const value = go(node);
    return Number.isFinite(value)
      ? computed(value === 0 ? 0 : value)
      : notComputable('non_finite_result', kpiTextEn('expression_not_finite', { expression: formatExpression(node) }));
  } catch (thrown) {
    if (thrown && typeof thrown === 'object' && 'ok' in thrown) return thrown as Outcome;
    throw thrown;
  }
}
