/**
 * Every KPI of a catalogue over one dataset — long-format input rows and sensor observations — for every area and
 * period present, with targets, an optional pooled regional value and the composite indices: what a dashboard or the
 * `opencity kpi compute` command needs in one call.
 */
import type { KpiDefinition, KpiValue, Target } from '@opencity/models';
import { computeCompositeKpi } from '../composite/computeIndex';
import { DailySeries } from '../observations/dailySeries';
import { ingestObservations } from '../observations/readObservations';
import { findTarget } from '../targets/status';
import { applyTarget, computeKpi, targetValues, type InputValue } from './computeKpi';
import { compileFormula } from './formula';
import { observationKpiValues, observationSelection } from './observationKpi';
import { rollUp } from './rollUp';

/** One input value of one area and period (long format). */
export interface InputRow {
  /** Area code. */
  readonly area: string | number;
  /** Period label (2024, 2024-Q1…). */
  readonly period: string | number;
  /** Input variable name, as in the definitions' inputs. */
  readonly variable: string;
  /** The value. */
  readonly value: number;
  /** Unit code or symbol, when not the definition's. */
  readonly unit?: string;
  /** Source of the value. */
  readonly source?: string;
}

/** One sensor observation (long format). */
export interface ObservationRow {
  /** Area (or station) code. */
  readonly area: string | number;
  /** Epoch ms or ISO 8601 date-time with a zone. */
  readonly time: string | number;
  /** Observed variable, as in the observation definitions (pm10, no2…). */
  readonly variable: string;
  /** The value. */
  readonly value: number;
  /** UN/CEFACT unit code (e.g. 61 for ppb). */
  readonly unit?: string;
}

/** The dataset and options of {@link computeDataset}. */
export interface DatasetOptions {
  /** Definitions to compute (ratio, expression, observation and composite KPIs). */
  readonly definitions: readonly KpiDefinition[];
  /** Input rows. */
  readonly inputs?: readonly InputRow[];
  /** Observation rows. */
  readonly observations?: readonly ObservationRow[];
  /** Targets; the area-specific one wins over one for every area. */
  readonly targets?: readonly Target[];
  /** Also pool every area into this region code (numerators and denominators summed; observations pooled). */
  readonly region?: string;
  /** Share of areas with every input that the regional value needs (default 1). */
  readonly minAreaCoverage?: number;
}

/**
 * Computes every KPI of `definitions` for every area and period where one of its inputs is present, plus the pooled
 * region when asked, plus the composite KPIs from the values just computed.
 * @example
 * const values = await computeDataset({ definitions: catalogue, inputs: rows, targets, region: '04000' });
 */
export async function computeDataset(options: DatasetOptions): Promise<KpiValue[]> {
  const targets = options.targets ?? [];
  const withTarget = (d: KpiDefinition, area: string, period: string) => {
    const t = findTarget(targets, d.id, area, period);
    return t ? { target: targetValues(t) } : {};
  };
  const byArea = new Map<string, Map<string, Record<string, InputValue>>>();
  for (const r of options.inputs ?? []) {
    if (typeof r.value !== 'number') continue;
    const area = String(r.area);
    const period = String(r.period);
    const periods = byArea.get(area) ?? byArea.set(area, new Map()).get(area)!;
    const vars = periods.get(period) ?? periods.set(period, {}).get(period)!;
    vars[r.variable] = {
      value: r.value,
      ...(r.unit ? { unit: r.unit } : {}),
      ...(r.source ? { source: r.source } : {}),
    };
  }

  const out: KpiValue[] = [];
  for (const d of options.definitions) {
    if (d.formula.kind === 'ratio' || d.formula.kind === 'expression') {
      const vars = compileFormula(d).variables;
      const periods = new Set<string>();
      for (const [area, byPeriod] of byArea) {
        for (const [period, vals] of byPeriod) {
          if (!vars.some((v) => v in vals)) continue;
          periods.add(period);
          out.push(computeKpi(d, vals, { area, period, ...withTarget(d, area, period) }));
        }
      }
      if (options.region !== undefined && d.rollUp.method !== 'none') {
        for (const period of periods) {
          const parts = [...byArea]
            .filter(([, p]) => p.has(period))
            .map(([area, p]) => ({ area, inputs: p.get(period)! }));
          out.push(
            rollUp(d, parts, {
              area: options.region,
              period,
              ...withTarget(d, options.region, period),
              ...(options.minAreaCoverage === undefined ? {} : { minAreaCoverage: options.minAreaCoverage }),
            }),
          );
        }
      }
    } else if (d.formula.kind === 'observations' && options.observations?.length) {
      const series = new DailySeries();
      const report = await ingestObservations(options.observations, series, observationSelection(d));
      if (report.added === 0) continue;
      const region = options.region;
      if (region !== undefined)
        await ingestObservations(
          options.observations.map((o) => ({ ...o, area: region })),
          series,
          observationSelection(d),
        );
      out.push(
        ...observationKpiValues(d, series).map((v) => {
          const t = findTarget(targets, d.id, v.area, v.period);
          return t ? applyTarget(d, v, targetValues(t)) : v;
        }),
      );
    }
  }
  for (const d of options.definitions.filter((x) => x.formula.kind === 'composite')) {
    for (const period of new Set(out.map((v) => v.period))) {
      const units = new Map<string, Record<string, number | undefined>>();
      for (const v of out)
        if (v.period === period && v.value !== undefined)
          (units.get(v.area) ?? units.set(v.area, {}).get(v.area)!)[v.kpi] = v.value;
      const values = computeCompositeKpi(
        d,
        [...units].map(([unit, vals]) => ({ unit, values: vals })),
        { period },
      );
      out.push(...values.filter((v) => v.provenance.inputs.some((i) => i.value !== undefined && i.name !== d.id)));
    }
  }
  return out;
}
