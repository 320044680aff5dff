/** The formula of a definition as an expression tree, with its variables checked against the declared inputs. */
import type { KpiDefinition } from '@opencity/models';
import { KpiError } from '../errors';
import { expressionVariables, parseExpression, type ExpressionNode } from '../expression/parseExpression';

/** A ratio or expression formula compiled to a tree. */
export interface CompiledFormula {
  /** The tree evaluated by the TypeScript engine and compiled to SQL. */
  readonly tree: ExpressionNode;
  /** Input names the formula reads. */
  readonly variables: readonly string[];
  /** The formula as text, for provenance. */
  readonly text: string;
}

const cache = new WeakMap<object, CompiledFormula>();

/**
 * Compiles the ratio or expression formula of a definition (cached per definition object).
 * @throws {@link KpiError} `invalid_definition` when the formula reads an undeclared input or is not a ratio/expression.
 */
export function compileFormula(definition: KpiDefinition): CompiledFormula {
  const hit = cache.get(definition);
  if (hit) return hit;
  const f = definition.formula;
  let tree: ExpressionNode;
  let text: string;
  if (f.kind === 'ratio') {
    const ratio: ExpressionNode = {
      kind: 'binary',
      op: '/',
      left: { kind: 'variable', name: f.numerator },
      right: { kind: 'variable', name: f.denominator },
    };
    tree =
      f.multiplier === 1
        ? ratio
        : { kind: 'binary', op: '*', left: ratio, right: { kind: 'number', value: f.multiplier } };
    text = `${f.numerator} / ${f.denominator}${f.multiplier === 1 ? '' : ` × ${f.multiplier}`}`;
  } else if (f.kind === 'expression') {
    tree = parseExpression(f.expression);
    text = f.expression;
  } else {
    throw new KpiError(
      'invalid_definition',
      `${definition.id}: formula kind "${f.kind}" is not a ratio or an expression`,
    );
  }
  const variables = expressionVariables(tree);
  const declared = new Set(definition.inputs.map((i) => i.name));
  const undeclared = variables.filter((v) => !declared.has(v));
  if (undeclared.length)
    throw new KpiError(
      'invalid_definition',
      `${definition.id}: formula reads undeclared input(s) ${undeclared.join(', ')}`,
    );
  const compiled = { tree, variables, text };
  cache.set(definition, compiled);
  return compiled;
}
