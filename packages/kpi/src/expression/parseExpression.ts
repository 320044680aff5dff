/**
 * The safe expression language of KPI formulas: numbers, variable names, `+ - * / ^`, unary minus, comparisons,
 * parentheses and a fixed set of functions. Parsed by a small Pratt parser into a tree; never evaluated with `eval`.
 */
import { KpiError } from '../errors';

/** A node of a parsed expression. */
export type ExpressionNode =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'variable'; readonly name: string }
  | { readonly kind: 'unary'; readonly op: '-'; readonly operand: ExpressionNode }
  | {
      readonly kind: 'binary';
      readonly op: BinaryOperator;
      readonly left: ExpressionNode;
      readonly right: ExpressionNode;
    }
  | { readonly kind: 'call'; readonly fn: FunctionName; readonly args: readonly ExpressionNode[] };

/** Binary operators of the expression language. */
export type BinaryOperator = '+' | '-' | '*' | '/' | '^' | '<' | '<=' | '>' | '>=' | '==' | '!=';

/** Functions of the expression language, with their number of arguments. */
export const expressionFunctions = {
  min: [2, Infinity],
  max: [2, Infinity],
  abs: [1, 1],
  sqrt: [1, 1],
  ln: [1, 1],
  exp: [1, 1],
  round: [1, 2],
  if: [3, 3],
} as const satisfies Record<string, readonly [number, number]>;

/** A function name of the expression language. */
export type FunctionName = keyof typeof expressionFunctions;

type Token =
  | { type: 'num'; value: number; at: number }
  | { type: 'id'; value: string; at: number }
  | { type: 'op'; value: string; at: number }
  | { type: 'end'; at: number };

const MAX_LENGTH = 2000;
const MAX_DEPTH = 64;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const number = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(source.slice(i));
    if (number) {
      const value = Number(number[0]);
      if (!Number.isFinite(value)) {
        throw new KpiError(
          'expression_syntax',
          `number ${number[0]} at position ${i + 1} is beyond the range of a double (about ±1.8e308)`,
        );
      }
      tokens.push({ type: 'num', value, at: i });
      i += number[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i));
    if (id) {
      tokens.push({ type: 'id', value: id[0], at: i });
      i += id[0].length;
      continue;
    }
    const two = source.slice(i, i + 2);
    if (two === '<=' || two === '>=' || two === '==' || two === '!=') {
      tokens.push({ type: 'op', value: two, at: i });
      i += 2;
      continue;
    }
    if ('+-*/^(),<>×÷'.includes(c)) {
      tokens.push({ type: 'op', value: c === '×' ? '*' : c === '÷' ? '/' : c, at: i });
      i++;
      continue;
    }
    throw new KpiError('expression_syntax', `unexpected character "${c}" at position ${i + 1} in "${source}"`);
  }
  tokens.push({ type: 'end', at: source.length });
  return tokens;
}

const BINDING: Record<string, [number, number]> = {
  '<': [1, 2],
  '<=': [1, 2],
  '>': [1, 2],
  '>=': [1, 2],
  '==': [1, 2],
  '!=': [1, 2],
  '+': [3, 4],
  '-': [3, 4],
  '*': [5, 6],
  '/': [5, 6],
  // Right-associative: 2^3^2 = 2^(3^2).
  '^': [9, 8],
};
const UNARY_BINDING = 7;

/**
 * Parses an expression of the KPI formula language into a tree.
 * @throws {@link KpiError} `expression_syntax` or `unknown_function` on malformed input.
 * @example
 * const tree = parseExpression('(baseline - after) / baseline * 100');
 */
export function parseExpression(source: string): ExpressionNode {
  if (typeof source !== 'string' || source.trim() === '')
    throw new KpiError('expression_syntax', 'an expression must be a non-empty string');
  if (source.length > MAX_LENGTH)
    throw new KpiError('expression_syntax', `an expression is limited to ${MAX_LENGTH} characters`);
  const tokens = tokenize(source);
  let pos = 0;
  const peek = (): Token => tokens[pos]!;
  const fail = (message: string, token: Token): never => {
    throw new KpiError('expression_syntax', `${message} at position ${token.at + 1} in "${source}"`);
  };
  const expectOp = (op: string): void => {
    const t = peek();
    if (t.type !== 'op' || t.value !== op) fail(`expected "${op}"`, t);
    pos++;
  };

  const parse = (minBinding: number, depth: number): ExpressionNode => {
    if (depth > MAX_DEPTH) fail('expression nested too deeply', peek());
    const t = tokens[pos++]!;
    let left: ExpressionNode;
    if (t.type === 'num') left = { kind: 'number', value: t.value };
    else if (t.type === 'id') {
      const next = peek();
      if (next.type === 'op' && next.value === '(') {
        if (!Object.hasOwn(expressionFunctions, t.value)) {
          throw new KpiError(
            'unknown_function',
            `unknown function "${t.value}" (functions: ${Object.keys(expressionFunctions).join(', ')})`,
          );
        }
        const fn = t.value as FunctionName;
        pos++;
        const args: ExpressionNode[] = [];
        if (!(peek().type === 'op' && (peek() as { value: string }).value === ')')) {
          for (;;) {
            args.push(parse(0, depth + 1));
            const sep = peek();
            if (sep.type === 'op' && sep.value === ',') {
              pos++;
              continue;
            }
            break;
          }
        }
        expectOp(')');
        const [lo, hi] = expressionFunctions[fn];
        if (args.length < lo || args.length > hi)
          fail(
            `${fn}() takes ${lo === hi ? lo : `${lo} to ${hi === Infinity ? 'any number of' : hi}`} argument(s), got ${args.length}`,
            t,
          );
        left = { kind: 'call', fn, args };
      } else left = { kind: 'variable', name: t.value };
    } else if (t.type === 'op' && t.value === '(') {
      left = parse(0, depth + 1);
      expectOp(')');
    } else if (t.type === 'op' && t.value === '-') {
      left = { kind: 'unary', op: '-', operand: parse(UNARY_BINDING, depth + 1) };
    } else if (t.type === 'op' && t.value === '+') {
      left = parse(UNARY_BINDING, depth + 1);
    } else
      return fail(
        t.type === 'end' ? 'unexpected end of expression' : `unexpected "${(t as { value: string }).value}"`,
        t,
      );

    for (;;) {
      const op = peek();
      if (op.type !== 'op' || !Object.hasOwn(BINDING, op.value)) break;
      const [l, r] = BINDING[op.value]!;
      if (l < minBinding) break;
      pos++;
      left = { kind: 'binary', op: op.value as BinaryOperator, left, right: parse(r, depth + 1) };
    }
    return left;
  };

  const tree = parse(0, 0);
  if (peek().type !== 'end') fail(`unexpected "${(peek() as { value: string }).value}"`, peek());
  return tree;
}

/** The variable names an expression reads, in order of first appearance. */
export function expressionVariables(node: ExpressionNode): string[] {
  const out = new Set<string>();
  const walk = (n: ExpressionNode): void => {
    if (n.kind === 'variable') out.add(n.name);
    else if (n.kind === 'unary') walk(n.operand);
    else if (n.kind === 'binary') {
      walk(n.left);
      walk(n.right);
    } else if (n.kind === 'call') n.args.forEach(walk);
  };
  walk(node);
  return [...out];
}

/** Prints an expression tree back as text with minimal parentheses (used in provenance). */
export function formatExpression(node: ExpressionNode): string {
  const prec = (n: ExpressionNode): number => (n.kind === 'binary' ? BINDING[n.op]![0] : 10);
  const go = (n: ExpressionNode): string => {
    switch (n.kind) {
      case 'number':
        return String(n.value);
      case 'variable':
        return n.name;
      case 'unary':
        return `-${prec(n.operand) < 10 ? `(${go(n.operand)})` : go(n.operand)}`;
      case 'call':
        return `${n.fn}(${n.args.map(go).join(', ')})`;
      case 'binary': {
        const p = prec(n);
        const l = prec(n.left) < p || (n.op === '^' && prec(n.left) === p) ? `(${go(n.left)})` : go(n.left);
        const r =
          prec(n.right) < p || (prec(n.right) === p && n.op !== '^' && n.op !== '+' && n.op !== '*')
            ? `(${go(n.right)})`
            : go(n.right);
        return `${l} ${n.op} ${r}`;
      }
    }
  };
  return go(node);
}
