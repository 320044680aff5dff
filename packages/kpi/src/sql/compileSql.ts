/**
 * The same KPI definitions compiled to SQL, for an embedded analytical engine (DuckDB) or a cluster engine. The SQL
 * keeps to standard aggregates and expressions (SUM, COUNT, AVG, CASE, NULLIF, CAST, EXTRACT) plus LEAST/GREATEST,
 * POWER, LN, EXP, SQRT and ROUND where a formula uses them.
 */
import type { KpiDefinition, KpiValue } from '@opencity/models';
import { KpiError } from '../errors';
import type { ExpressionNode } from '../expression/parseExpression';
import { computed, notComputable, type NotComputableCode, type Outcome } from '../outcome';
import { kpiTextEn } from '../text/kpiTexts';
import { buildKpiValue, type ComputeContext } from '../engine/computeKpi';
import { compileFormula } from '../engine/formula';
import { coverageRules, observationFormula } from '../engine/observationKpi';
import { convertUnit } from '../units/convertUnit';

/** Quotes an SQL identifier. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Quotes an SQL string literal. */
export function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function num(n: number): string {
  if (!Number.isFinite(n)) throw new KpiError('invalid_definition', `cannot write ${n} in SQL`);
  const s = String(n);
  // Write numbers as DOUBLE literals so integer-only arithmetic never truncates a division.
  return /[.e]/i.test(s) ? s : `${s}.0`;
}

/**
 * Compiles an expression tree to an SQL expression over columns named like the variables; a division by zero yields NULL
 * (`a / NULLIF(b, 0)`), as does any function outside its domain.
 */
export function expressionToSql(node: ExpressionNode, column: (name: string) => string = quoteIdentifier): string {
  const go = (n: ExpressionNode): string => {
    switch (n.kind) {
      case 'number':
        return num(n.value);
      case 'variable':
        return column(n.name);
      case 'unary':
        return `(-${go(n.operand)})`;
      case 'binary': {
        const a = go(n.left);
        const b = go(n.right);
        switch (n.op) {
          case '/':
            return `(${a} / NULLIF(${b}, 0))`;
          case '^':
            return `POWER(${a}, ${b})`;
          case '==':
            return `(CASE WHEN ${a} = ${b} THEN 1.0 ELSE 0.0 END)`;
          case '!=':
            return `(CASE WHEN ${a} <> ${b} THEN 1.0 ELSE 0.0 END)`;
          case '<':
          case '<=':
          case '>':
          case '>=':
            return `(CASE WHEN ${a} ${n.op} ${b} THEN 1.0 ELSE 0.0 END)`;
          default:
            return `(${a} ${n.op} ${b})`;
        }
      }
      case 'call': {
        const args = n.args.map(go);
        switch (n.fn) {
          case 'min':
            return `LEAST(${args.join(', ')})`;
          case 'max':
            return `GREATEST(${args.join(', ')})`;
          case 'abs':
            return `ABS(${args[0]})`;
          case 'sqrt':
            return `(CASE WHEN ${args[0]} >= 0 THEN SQRT(${args[0]}) END)`;
          case 'ln':
            return `(CASE WHEN ${args[0]} > 0 THEN LN(${args[0]}) END)`;
          case 'exp':
            return `EXP(${args[0]})`;
          case 'round':
            return `ROUND(${args[0]}, ${args[1] ?? '0'})`;
          case 'if':
            return `(CASE WHEN ${args[0]} <> 0 THEN ${args[1]} ELSE ${args[2]} END)`;
        }
      }
    }
  };
  return go(node);
}

function divisors(node: ExpressionNode, out: ExpressionNode[] = []): ExpressionNode[] {
  if (node.kind === 'binary') {
    if (node.op === '/') out.push(node.right);
    divisors(node.left, out);
    divisors(node.right, out);
  } else if (node.kind === 'unary') divisors(node.operand, out);
  else if (node.kind === 'call') node.args.forEach((a) => divisors(a, out));
  return out;
}

/** Options of {@link compileInputKpiSql}. */
export interface InputSqlOptions {
  /** A table name or table function over long-format rows (area, period, variable, value), e.g. `read_parquet('inputs.parquet')`. */
  readonly source: string;
  /** Only this period. */
  readonly period?: string;
  /** Only these areas (and, with `pooledArea`, the sub-areas pooled). */
  readonly areas?: readonly string[];
  /** Pool the selected areas into one row with this area code (the definition's roll-up must be poolInputs). */
  readonly pooledArea?: string;
}

/**
 * SQL computing a ratio or expression KPI per area and period from long-format input rows (columns area, period,
 * variable, value; values in the definition's units). Result columns: area, period, value, reason, present, expected,
 * then one column per input. With `pooledArea`, areas with every input are pooled by summing inputs (ratio of sums).
 * @example
 * const sql = compileInputKpiSql(getDefinition('ECO-01'), { source: "read_csv('inputs.csv')", pooledArea: '04000' });
 */
export function compileInputKpiSql(definition: KpiDefinition, options: InputSqlOptions): string {
  const formula = compileFormula(definition);
  const vars = formula.variables;
  const where = [`variable IN (${vars.map(quoteLiteral).join(', ')})`, 'value IS NOT NULL'];
  if (options.period !== undefined) where.push(`period = ${quoteLiteral(options.period)}`);
  if (options.areas)
    where.push(options.areas.length ? `area IN (${options.areas.map(quoteLiteral).join(', ')})` : '1 = 0');
  const pivot = vars
    .map((v) => `SUM(CASE WHEN variable = ${quoteLiteral(v)} THEN CAST(value AS DOUBLE) END) AS ${quoteIdentifier(v)}`)
    .join(',\n    ');
  const complete = vars.map((v) => `${quoteIdentifier(v)} IS NOT NULL`).join(' AND ');
  let body: string;
  let present: string;
  if (options.pooledArea !== undefined) {
    if (definition.rollUp.method !== 'poolInputs')
      throw new KpiError(
        'invalid_option',
        `${definition.id} rolls up by ${definition.rollUp.method}, not by pooling inputs`,
      );
    const nonAdditive = definition.inputs.filter((i) => i.additive === false && vars.includes(i.name));
    if (nonAdditive.length)
      throw new KpiError(
        'invalid_option',
        `${definition.id}: input(s) ${nonAdditive.map((i) => i.name).join(', ')} cannot be added across areas`,
      );
    body = `per_area AS (
  SELECT area, CAST(period AS VARCHAR) AS period,
    ${pivot}
  FROM ${options.source}
  WHERE ${where.join(' AND ')}
  GROUP BY area, CAST(period AS VARCHAR)
),
pivoted AS (
  SELECT ${quoteLiteral(options.pooledArea)} AS area, period,
    ${vars.map((v) => `SUM(CASE WHEN ${complete} THEN ${quoteIdentifier(v)} END) AS ${quoteIdentifier(v)}`).join(',\n    ')},
    SUM(CASE WHEN ${complete} THEN 1 ELSE 0 END) AS present,
    COUNT(*) AS expected
  FROM per_area
  GROUP BY period
)`;
    present = "present, expected, 'areas' AS coverage_of";
  } else {
    body = `pivoted AS (
  SELECT area, CAST(period AS VARCHAR) AS period,
    ${pivot}
  FROM ${options.source}
  WHERE ${where.join(' AND ')}
  GROUP BY area, CAST(period AS VARCHAR)
)`;
    present = `${vars.map((v) => `(CASE WHEN ${quoteIdentifier(v)} IS NOT NULL THEN 1 ELSE 0 END)`).join(' + ')} AS present, ${vars.length} AS expected, 'inputs' AS coverage_of`;
  }
  const missing = vars.map((v) => `WHEN ${quoteIdentifier(v)} IS NULL THEN 'missing_input:${v}'`).join(' ');
  const zero = divisors(formula.tree)
    .map((d) => `WHEN ${expressionToSql(d)} = 0 THEN 'zero_denominator${d.kind === 'variable' ? `:${d.name}` : ''}'`)
    .join(' ');
  const value = expressionToSql(formula.tree);
  return `-- ${definition.id} ${definition.version}: ${formula.text}
WITH ${body}
SELECT area, period,
  CASE WHEN ${complete} THEN ${value} END AS value,
  CASE ${missing} ${zero} WHEN ${value} IS NULL THEN 'non_finite_result' END AS reason,
  ${present},
  ${vars.map(quoteIdentifier).join(', ')}
FROM pivoted
ORDER BY area, period`;
}

/** Options of {@link compileObservationKpiSql}. */
export interface ObservationSqlOptions {
  /** A table name or table function over long-format observations (area, time, variable, value[, unit]). */
  readonly source: string;
  /** The source has a `unit` column with UN/CEFACT codes to convert from (default false). */
  readonly unitColumn?: boolean;
  /** Group column (default `area`). */
  readonly keyColumn?: string;
  /** Only this year. */
  readonly period?: string;
}

/**
 * SQL computing a yearly observation KPI (annualMeanOfDailyMeans or exceedanceDays) per group and year with the
 * definition's coverage rules, from long-format observations (time a TIMESTAMP or an ISO 8601 string). Result columns:
 * area, period, mean, valid_days, days, exceedance_days, observations.
 * @example
 * const sql = compileObservationKpiSql(getDefinition('ENV-03'), { source: "read_json('no2.ndjson')", unitColumn: true });
 */
export function compileObservationKpiSql(definition: KpiDefinition, options: ObservationSqlOptions): string {
  const f = observationFormula(definition);
  if (f.statistic !== 'annualMeanOfDailyMeans' && f.statistic !== 'exceedanceDays')
    throw new KpiError(
      'invalid_option',
      `${definition.id}: SQL supports annualMeanOfDailyMeans and exceedanceDays, not ${f.statistic}`,
    );
  if (definition.periodicity !== 'yearly')
    throw new KpiError('invalid_option', `${definition.id}: SQL observation KPIs are yearly`);
  const rules = coverageRules(definition);
  const minCount = Math.max(1, Math.ceil(rules.expectedPerDay * (rules.minDailyCoverage ?? 0.75) - 1e-9));
  const key = quoteIdentifier(options.keyColumn ?? 'area');
  const input = definition.inputs.find((i) => i.name === f.variable);
  const to = input?.unit.code;
  let valueSql = 'CAST(value AS DOUBLE)';
  if (options.unitColumn && to) {
    const gas =
      f.substance === 'NO2' || f.substance === 'SO2' || f.substance === 'O3' || f.substance === 'CO'
        ? f.substance
        : undefined;
    const cases: string[] = [];
    for (const from of ['GQ', 'GP', '61', '59']) {
      if (from === to) continue;
      try {
        cases.push(`WHEN unit = ${quoteLiteral(from)} THEN ${num(convertUnit(1, from, to, gas))}`);
      } catch {
        // Not convertible without a substance: such rows get NULL and are left out, as the TypeScript engine rejects them.
        cases.push(`WHEN unit = ${quoteLiteral(from)} THEN NULL`);
      }
    }
    valueSql = `CAST(value AS DOUBLE) * (CASE WHEN unit IS NULL OR unit = '' OR unit = ${quoteLiteral(to)} THEN 1.0 ${cases.join(' ')} ELSE NULL END)`;
  }
  const periodFilter =
    options.period !== undefined
      ? `\n  AND EXTRACT(YEAR FROM CAST(CAST(time AS TIMESTAMP) AS DATE)) = ${Number.parseInt(options.period, 10)}`
      : '';
  const threshold = rules.threshold;
  return `-- ${definition.id} ${definition.version}: ${f.statistic} of ${f.variable}; day valid with >= ${minCount} observations; year needs >= ${rules.minPeriodCoverage} of its days
WITH obs AS (
  SELECT CAST(${key} AS VARCHAR) AS area, CAST(CAST(time AS TIMESTAMP) AS DATE) AS day, ${valueSql} AS v
  FROM ${options.source}
  WHERE variable = ${quoteLiteral(f.variable)} AND value IS NOT NULL${periodFilter}
),
daily AS (
  SELECT area, day, SUM(v) / COUNT(v) AS mean, COUNT(v) AS n
  FROM obs
  WHERE v IS NOT NULL
  GROUP BY area, day
),
yearly AS (
  SELECT area, CAST(EXTRACT(YEAR FROM day) AS INTEGER) AS y,
    SUM(CASE WHEN n >= ${minCount} THEN mean END) AS sum_of_means,
    SUM(CASE WHEN n >= ${minCount} THEN 1 ELSE 0 END) AS valid_days,
    SUM(CASE WHEN n >= ${minCount} AND mean > ${threshold === undefined ? 'NULL' : num(threshold)} THEN 1 ELSE 0 END) AS exceedance_days,
    SUM(n) AS observations
  FROM daily
  GROUP BY area, CAST(EXTRACT(YEAR FROM day) AS INTEGER)
)
SELECT area, CAST(y AS VARCHAR) AS period,
  CASE WHEN valid_days > 0 THEN sum_of_means / valid_days END AS mean,
  valid_days,
  CASE WHEN (MOD(y, 4) = 0 AND MOD(y, 100) <> 0) OR MOD(y, 400) = 0 THEN 366 ELSE 365 END AS days,
  exceedance_days,
  observations
FROM yearly
ORDER BY area, period`;
}

const toNumber = (v: unknown): number | undefined =>
  v === null || v === undefined ? undefined : typeof v === 'bigint' ? Number(v) : Number(v);

/**
 * Turns the rows of {@link compileInputKpiSql} or {@link compileObservationKpiSql} into KpiValues (engine `sql`), with the
 * same outcomes and coverage as the TypeScript engine.
 */
export function kpiValuesFromSqlRows(
  definition: KpiDefinition,
  rows: readonly Record<string, unknown>[],
  context: Omit<ComputeContext, 'area' | 'period'> = {},
): KpiValue[] {
  if (definition.formula.kind === 'observations') {
    const f = definition.formula;
    const rules = coverageRules(definition);
    const input = definition.inputs.find((i) => i.name === f.variable);
    return rows.map((r) => {
      const validDays = toNumber(r['valid_days']) ?? 0;
      const days = toNumber(r['days']) ?? 0;
      const mean = toNumber(r['mean']);
      const minPeriod = rules.minPeriodCoverage ?? 0.75;
      const enough = validDays > 0 && validDays >= minPeriod * days && mean !== undefined;
      const outcome: Outcome = !enough
        ? notComputable(
            'insufficient_coverage',
            kpiTextEn('valid_days_in_period', {
              valid: validDays,
              days,
              period: String(r['period']),
              required: Math.round(minPeriod * 1000) / 10,
            }),
          )
        : f.statistic === 'exceedanceDays'
          ? computed(toNumber(r['exceedance_days']) ?? 0)
          : computed(mean);
      return buildKpiValue(
        definition,
        { ...context, area: String(r['area']), period: String(r['period']) },
        outcome,
        {
          engine: 'sql',
          inputs: [
            {
              name: f.variable,
              unit: input?.unit.symbol ?? definition.unit.symbol,
              source: input?.source ?? 'observations',
              count: toNumber(r['observations']) ?? 0,
              ...(mean === undefined ? {} : { value: mean }),
            },
          ],
          rules: [kpiTextEn('sql_statistic', { statistic: f.statistic })],
        },
        { present: validDays, expected: days, of: 'days' },
      );
    });
  }
  const formula = compileFormula(definition);
  return rows.map((r) => {
    const value = toNumber(r['value']);
    const reason = typeof r['reason'] === 'string' ? r['reason'] : undefined;
    let outcome: Outcome;
    if (value !== undefined && Number.isFinite(value) && !reason) outcome = computed(value === 0 ? 0 : value);
    else {
      const [code, input] = (reason ?? 'non_finite_result').split(':') as [NotComputableCode, string | undefined];
      const message =
        code === 'missing_input'
          ? kpiTextEn('input_missing', { input: input ?? '' })
          : code === 'zero_denominator'
            ? kpiTextEn('denominator_zero', { expression: input ?? '' }).replace('  ', ' ')
            : kpiTextEn('result_not_finite');
      outcome = notComputable(code, message, input);
    }
    const inputs = formula.variables.map((v) => {
      const x = toNumber(r[v]);
      return x === undefined ? { name: v } : { name: v, value: x };
    });
    const of = r['coverage_of'] === 'areas' ? 'areas' : 'inputs';
    return buildKpiValue(
      definition,
      { ...context, area: String(r['area']), period: String(r['period']) },
      outcome,
      { engine: 'sql', inputs, rules: [kpiTextEn('sql_formula', { formula: formula.text })] },
      { present: toNumber(r['present']) ?? 0, expected: toNumber(r['expected']) ?? formula.variables.length, of },
    );
  });
}
