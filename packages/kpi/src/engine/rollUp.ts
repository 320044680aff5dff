/**
 * Regional values from sub-area inputs. Ratios are pooled — Σ numerators / Σ denominators — never averaged or added:
 * 2 cases / 10 people and 2 / 1 000 pool to 4 / 1 010, not to a mean or sum of the two rates (CHAD-Analytics/CHAD #34).
 */
import type { KpiDefinition, KpiValue } from '@opencity/models';
import { KpiError } from '../errors';
import { evaluateExpression } from '../expression/evaluateExpression';
import { computed, notComputable, type Outcome } from '../outcome';
import {
  buildKpiValue,
  computeKpi,
  resolveInput,
  type ComputeContext,
  type InputValues,
  type ResolvedInput,
} from './computeKpi';
import { kpiTextEn } from '../text/kpiTexts';
import { compileFormula } from './formula';

/** The inputs of one sub-area. */
export interface AreaInputs {
  /** Sub-area code. */
  readonly area: string;
  /** Its input values. */
  readonly inputs: InputValues;
}

/** Options of {@link rollUp}. */
export interface RollUpContext extends ComputeContext {
  /** Share of sub-areas (0–1) that must have every input for a value to be computed; default 1 (all of them). */
  readonly minAreaCoverage?: number;
}

/**
 * Computes a KPI for a larger area from its sub-areas' inputs with the definition's roll-up rule:
 * `poolInputs` adds every input over the sub-areas then applies the formula; `sum` adds sub-area values;
 * `weightedMean` weights sub-area values by the input named in `rollUp.weight`; `none` is not aggregable.
 * @example
 * const region = rollUp(getDefinition('ECO-01'), municipalities, { area: '04000', period: '2024' });
 */
export function rollUp(definition: KpiDefinition, parts: readonly AreaInputs[], context: RollUpContext): KpiValue {
  const method = definition.rollUp.method;
  const minCoverage = context.minAreaCoverage ?? 1;
  const rules: string[] = [];
  const expected = parts.length;
  if (definition.formula.kind === 'observations' || definition.formula.kind === 'composite') {
    throw new KpiError(
      'invalid_option',
      `${definition.id} is a${definition.formula.kind === 'observations' ? 'n observations KPI: pool the observations of the sub-areas under the region key (computeDataset does)' : ' composite KPI: compute the index from the regional component values'}`,
    );
  }
  if (method === 'none') {
    return buildKpiValue(
      definition,
      context,
      notComputable('not_aggregable', kpiTextEn('rollup_none', { kpi: definition.id })),
      { inputs: [], rules },
      { present: 0, expected, of: 'areas' },
    );
  }
  const formula = compileFormula(definition);

  if (method === 'poolInputs') {
    const nonAdditive = definition.inputs.filter((i) => i.additive === false && formula.variables.includes(i.name));
    if (nonAdditive.length) {
      const names = nonAdditive.map((i) => i.name).join(', ');
      return buildKpiValue(
        definition,
        context,
        notComputable('not_aggregable', kpiTextEn('inputs_not_additive', { inputs: names }), nonAdditive[0]!.name),
        { inputs: [], rules },
        { present: 0, expected, of: 'areas' },
      );
    }
    const sums = new Map<string, number>(formula.variables.map((v) => [v, 0]));
    const pooled: string[] = [];
    const skipped: string[] = [];
    for (const part of parts) {
      const partRules: string[] = [];
      const values: ResolvedInput[] = [];
      for (const name of formula.variables) {
        const r = resolveInput(
          definition.inputs.find((i) => i.name === name)!,
          part.inputs[name],
          partRules,
        );
        if (!r.ok) break;
        values.push(r.value);
      }
      if (values.length < formula.variables.length) {
        skipped.push(part.area);
        continue;
      }
      rules.push(...partRules.map((rule) => kpiTextEn('in_area', { area: part.area, rule })));
      for (const v of values) sums.set(v.name, sums.get(v.name)! + v.value);
      pooled.push(part.area);
    }
    rules.push(kpiTextEn('pooled_inputs', { pooled: pooled.length, expected }));
    if (skipped.length) rules.push(kpiTextEn('left_out_incomplete', { areas: skipped.join(', ') }));
    rules.push(formula.text);
    const inputs = formula.variables.map((name) => {
      const spec = definition.inputs.find((i) => i.name === name)!;
      return { name, value: sums.get(name)!, unit: spec.unit.symbol, source: spec.source, areas: pooled };
    });
    const coverage = { present: pooled.length, expected, of: 'areas' };
    if (expected === 0 || pooled.length / expected < minCoverage) {
      const reason = notComputable(
        'insufficient_coverage',
        kpiTextEn('areas_with_inputs', { present: pooled.length, expected, required: Math.round(minCoverage * 100) }),
      );
      return buildKpiValue(definition, context, reason, { inputs, rules }, coverage);
    }
    const outcome = evaluateExpression(formula.tree, Object.fromEntries(sums));
    return buildKpiValue(definition, context, outcome, { inputs, rules }, coverage);
  }

  // sum and weightedMean combine the sub-areas' own values.
  const values: { area: string; value: number; weight: number }[] = [];
  const weightName = definition.rollUp.weight;
  for (const part of parts) {
    const v = computeKpi(definition, part.inputs, { area: part.area, period: context.period });
    if (v.value === undefined) continue;
    let weight = 1;
    if (method === 'weightedMean') {
      const w = weightName ? part.inputs[weightName] : undefined;
      const wv = typeof w === 'number' ? w : w?.value;
      if (typeof wv !== 'number' || !Number.isFinite(wv) || wv < 0) continue;
      weight = wv;
    }
    values.push({ area: part.area, value: v.value, weight });
  }
  const coverage = { present: values.length, expected, of: 'areas' };
  const inputs = values.map((v) => ({ name: `${definition.id}@${v.area}`, value: v.value }));
  let outcome: Outcome;
  if (expected === 0 || values.length / expected < minCoverage) {
    outcome = notComputable(
      'insufficient_coverage',
      kpiTextEn(method === 'weightedMean' ? 'areas_with_value_weight' : 'areas_with_value', {
        present: values.length,
        expected,
        required: Math.round(minCoverage * 100),
      }),
    );
  } else if (method === 'sum') {
    rules.push(kpiTextEn('summed_values', { count: values.length }));
    outcome = computed(values.reduce((s, v) => s + v.value, 0));
  } else {
    const total = values.reduce((s, v) => s + v.weight, 0);
    rules.push(
      weightName
        ? kpiTextEn('weighted_mean', { count: values.length, weight: weightName })
        : kpiTextEn('equal_weights_mean', { count: values.length }),
    );
    outcome =
      total > 0
        ? computed(values.reduce((s, v) => s + v.value * v.weight, 0) / total)
        : notComputable(
            'zero_denominator',
            kpiTextEn('weights_sum_zero', { weight: weightName ?? 'none' }),
            weightName,
          );
  }
  return buildKpiValue(definition, context, outcome, { inputs, rules }, coverage);
}
