/** The TypeScript engine: a KPI definition + input values for one area and period → a KpiValue with status and provenance. */
import type { KpiDefinition, KpiValue, Target } from '@opencity/models';
import { KpiError, isKpiError } from '../errors';
import { evaluateExpression } from '../expression/evaluateExpression';
import type { NotComputable, Outcome } from '../outcome';
import { notComputable } from '../outcome';
import { assessTarget, type TargetValues } from '../targets/status';
import { canConvert, convertUnit, type Substance } from '../units/convertUnit';
import { kpiTextEn } from '../text/kpiTexts';
import { compileFormula } from './formula';

/** One input value: a number in the definition's unit, or a value with its unit (code or symbol) and source. */
export type InputValue =
  number | { readonly value: number; readonly unit?: string; readonly source?: string; readonly substance?: Substance };

/** Input values by input name. */
export type InputValues = Readonly<Record<string, InputValue | undefined>>;

/** Where and when a value is computed, and what to judge it against. */
export interface ComputeContext {
  /** Area code (NIS code, region code, project id…). */
  readonly area: string;
  /** Period label (2024, 2024-Q1, 2024-03…). */
  readonly period: string;
  /** The target to judge the value against (a Target entity or just its values). */
  readonly target?: TargetValues & { readonly id?: string };
  /** When the value is computed (ISO date-time); omitted by default so results are reproducible. */
  readonly dateCalculated?: string;
}

/** An input after unit checking, as recorded in provenance. */
export interface ResolvedInput {
  /** Input name. */
  readonly name: string;
  /** Value in the definition's unit. */
  readonly value: number;
  /** Unit symbol of the definition. */
  readonly unit: string;
  /** Source of the value. */
  readonly source: string;
  /** Sub-areas pooled into the value. */
  readonly areas?: readonly string[];
  /** Observations aggregated into the value. */
  readonly count?: number;
}

type InputSpec = KpiDefinition['inputs'][number];

/**
 * Reads one input value and converts it to the unit the definition declares.
 * Returns a reason (missing, invalid, unit mismatch) instead of a value when it cannot.
 */
export function resolveInput(spec: InputSpec, raw: InputValue | undefined, rules: string[]): Outcome<ResolvedInput> {
  if (raw === undefined || raw === null)
    return notComputable('missing_input', kpiTextEn('input_missing', { input: spec.name }), spec.name);
  const value = typeof raw === 'number' ? raw : raw.value;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return notComputable(
      'invalid_input',
      kpiTextEn('input_not_finite_got', {
        input: spec.name,
        got: typeof value === 'number' ? String(value) : typeof value,
      }),
      spec.name,
    );
  const source = typeof raw === 'object' && raw.source ? raw.source : spec.source;
  const unit = typeof raw === 'object' ? raw.unit : undefined;
  let converted = value;
  if (unit !== undefined && unit !== spec.unit.symbol && unit !== spec.unit.code) {
    const substance = typeof raw === 'object' ? raw.substance : undefined;
    if (!spec.unit.code || !canConvert(unit, spec.unit.code, substance)) {
      return notComputable(
        'unit_mismatch',
        spec.unit.code
          ? kpiTextEn('input_unit_mismatch_code', {
              input: spec.name,
              unit,
              expected: spec.unit.symbol,
              code: spec.unit.code,
            })
          : kpiTextEn('input_unit_mismatch', { input: spec.name, unit, expected: spec.unit.symbol }),
        spec.name,
      );
    }
    converted = convertUnit(value, unit, spec.unit.code, substance);
    const conversion = { input: spec.name, from: unit, to: spec.unit.code, value, converted };
    rules.push(
      substance
        ? kpiTextEn('converted_unit_substance', { ...conversion, substance })
        : kpiTextEn('converted_unit', conversion),
    );
  }
  return { ok: true, value: { name: spec.name, value: converted, unit: spec.unit.symbol, source } };
}

function valueId(kpi: string, area: string, period: string): string {
  return `urn:ngsi-ld:KpiValue:${kpi}:${area}:${period}`.replace(/\s+/g, '_');
}

/** One input as recorded in a KpiValue's provenance. */
export interface ProvenanceInput {
  /** Input (or node) name. */
  readonly name: string;
  /** Value used. */
  readonly value?: number;
  /** Unit of the value. */
  readonly unit?: string;
  /** Source of the value. */
  readonly source?: string;
  /** Sub-areas pooled into the value. */
  readonly areas?: readonly string[];
  /** Observations aggregated into the value. */
  readonly count?: number;
}

/** Assembles a KpiValue from an outcome, its provenance and the context (status from the target). */
export function buildKpiValue(
  definition: KpiDefinition,
  context: ComputeContext,
  outcome: Outcome,
  provenance: { inputs: readonly ProvenanceInput[]; rules: readonly string[]; engine?: 'typescript' | 'sql' },
  coverage?: { present: number; expected: number; of: string },
): KpiValue {
  // The one exit of every computation: nothing non-finite leaves it, whichever path produced the numbers.
  const overflowing = provenance.inputs.find((i) => i.value !== undefined && !Number.isFinite(i.value));
  if (overflowing) {
    outcome = notComputable(
      'non_finite_result',
      kpiTextEn('input_overflow', { input: overflowing.name }),
      overflowing.name,
    );
  } else if (outcome.ok && !Number.isFinite(outcome.value)) {
    outcome = notComputable('non_finite_result', kpiTextEn('value_not_finite', { kpi: definition.id }));
  }
  const inputs = provenance.inputs.map((i) =>
    i.value !== undefined && !Number.isFinite(i.value) ? (({ value: _dropped, ...rest }) => rest)(i) : i,
  );
  const base = {
    id: valueId(definition.id, context.area, context.period),
    type: 'KpiValue' as const,
    kpi: definition.id,
    period: context.period,
    area: context.area,
    ...(definition.unit.code ? { unitCode: definition.unit.code } : {}),
    unitText: definition.unit.symbol,
    ...(coverage
      ? {
          coverage: {
            present: coverage.present,
            expected: coverage.expected,
            ...(coverage.expected > 0 ? { share: Math.min(1, coverage.present / coverage.expected) } : {}),
            of: coverage.of,
          },
        }
      : {}),
    provenance: {
      definition: definition.id,
      definitionVersion: definition.version,
      engine: provenance.engine ?? 'typescript',
      inputs: inputs.map(({ areas, ...i }) => (areas ? { ...i, areas: [...areas] } : { ...i })),
      rules: [...provenance.rules],
    },
    ...(context.dateCalculated ? { dateCalculated: context.dateCalculated } : {}),
  };
  if (!outcome.ok) return { ...base, notComputable: { ...outcome.reason }, status: 'unknown' };
  const value = outcome.value;
  const plain: KpiValue = { ...base, value, status: 'none' };
  return context.target ? applyTarget(definition, plain, context.target) : plain;
}

/**
 * Computes a ratio or expression KPI for one area and period from its inputs.
 * Missing inputs, zero denominators and unit mismatches give a KpiValue with `notComputable` and status `unknown`.
 * @example
 * const v = computeKpi(getDefinition('ECO-01'), { unemployed: 17_200, labourForce: 80_000 }, { area: '21004', period: '2024' });
 * v.value; // 21.5
 */
export function computeKpi(definition: KpiDefinition, inputs: InputValues, context: ComputeContext): KpiValue {
  if (definition.formula.kind !== 'ratio' && definition.formula.kind !== 'expression') {
    throw new KpiError(
      'invalid_option',
      `${definition.id} is a ${definition.formula.kind} KPI: use ${definition.formula.kind === 'composite' ? 'computeIndex' : 'computeObservationKpi'}`,
    );
  }
  const formula = compileFormula(definition);
  const rules: string[] = [];
  const resolved: ResolvedInput[] = [];
  const used: { name: string; value?: number }[] = [];
  let failure: NotComputable | undefined;
  for (const name of formula.variables) {
    const spec = definition.inputs.find((i) => i.name === name)!;
    const r = resolveInput(spec, inputs[name], rules);
    if (r.ok) {
      resolved.push(r.value);
      used.push(r.value);
    } else {
      failure ??= r.reason;
      used.push({ name });
    }
  }
  rules.push(formula.text);
  const outcome: Outcome = failure
    ? { ok: false, reason: failure }
    : evaluateExpression(formula.tree, Object.fromEntries(resolved.map((r) => [r.name, r.value])));
  return buildKpiValue(
    definition,
    context,
    outcome,
    { inputs: failure ? used : resolved, rules },
    { present: resolved.length, expected: formula.variables.length, of: 'inputs' },
  );
}

/** The target values of a Target entity, for {@link ComputeContext.target}. */
export function targetValues(target: Target): TargetValues & { id: string } {
  return {
    id: target.id,
    target: target.target,
    ...(target.acceptable === undefined ? {} : { acceptable: target.acceptable }),
    ...(target.tolerance === undefined ? {} : { tolerance: target.tolerance }),
  };
}

/**
 * A copy of a computed KpiValue judged against a target (status, distance, U4SSC band); values without a number or
 * of context KPIs are returned unchanged.
 * @example
 * const judged = applyTarget(getDefinition('ENV-02'), value, { target: 20, acceptable: 40 });
 */
export function applyTarget(
  definition: KpiDefinition,
  value: KpiValue,
  target: TargetValues & { readonly id?: string },
): KpiValue {
  if (value.value === undefined || definition.direction === 'context') return value;
  let a: ReturnType<typeof assessTarget>;
  try {
    a = assessTarget(definition.direction, value.value, target);
  } catch (e) {
    // A distance beyond the range of a double: the status cannot be stated honestly.
    if (isKpiError(e) && e.code === 'out_of_range') return { ...value, status: 'unknown' };
    throw e;
  }
  return {
    ...value,
    status: a.status,
    target: {
      target: a.target,
      ...(a.acceptable === undefined ? {} : { acceptable: a.acceptable }),
      distance: a.distance,
      ...(a.percentOfTarget === undefined ? {} : { percentOfTarget: a.percentOfTarget, band: a.band! }),
      ...(target.id ? { ref: target.id } : {}),
    },
  };
}
