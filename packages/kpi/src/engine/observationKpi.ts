/** Observation-based KPIs (annual means of daily means, exceedance days…): aggregator state → KpiValues. */
import type { KpiDefinition, KpiObservationFormula, KpiValue } from '@opencity/models';
import { KpiError } from '../errors';
import { computed, notComputable, type Outcome } from '../outcome';
import { DailySeries, type DailyCoverageRules } from '../observations/dailySeries';
import { GroupedStats } from '../observations/groupedStats';
import type { ObservationSelection } from '../observations/readObservations';
import { kpiTextEn } from '../text/kpiTexts';
import { buildKpiValue, type ComputeContext } from './computeKpi';

/** The observation formula of a definition. @throws {@link KpiError} when the definition is of another kind. */
export function observationFormula(definition: KpiDefinition): KpiObservationFormula {
  if (definition.formula.kind !== 'observations')
    throw new KpiError('invalid_option', `${definition.id} is not an observation KPI`);
  return definition.formula;
}

/** The coverage rules an observation definition states (defaults: 24 per day, 75 % of a day, 75 % of the period). */
export function coverageRules(definition: KpiDefinition): DailyCoverageRules {
  const f = observationFormula(definition);
  return {
    expectedPerDay: f.expectedPerDay ?? 24,
    minDailyCoverage: f.minDailyCoverage ?? 0.75,
    minPeriodCoverage: f.minPeriodCoverage ?? 0.75,
    ...(f.threshold === undefined ? {} : { threshold: f.threshold }),
  };
}

/** What to read from observation records for a definition: its variable, converted to its unit. */
export function observationSelection(definition: KpiDefinition): ObservationSelection {
  const f = observationFormula(definition);
  const input = definition.inputs.find((i) => i.name === f.variable);
  const substance =
    f.substance === 'NO2' || f.substance === 'SO2' || f.substance === 'O3' || f.substance === 'CO'
      ? f.substance
      : undefined;
  return {
    variable: f.variable,
    ...(input?.unit.code ? { toUnit: input.unit.code } : {}),
    ...(substance ? { substance } : {}),
  };
}

/**
 * The KpiValue of every group (area) and period held by an aggregator, for an observation definition:
 * `annualMeanOfDailyMeans` and `exceedanceDays` read a {@link DailySeries}; `mean`, `min`, `max` and `count` a {@link GroupedStats}.
 * @example
 * const series = new DailySeries();
 * await ingestObservations(rows, series, observationSelection(def));
 * const values = observationKpiValues(def, series);
 */
export function observationKpiValues(
  definition: KpiDefinition,
  source: DailySeries | GroupedStats,
  context: Omit<ComputeContext, 'area' | 'period'> = {},
): KpiValue[] {
  const f = observationFormula(definition);
  const input = definition.inputs.find((i) => i.name === f.variable);
  const unit = input?.unit.symbol ?? definition.unit.symbol;
  if (f.statistic === 'annualMeanOfDailyMeans' || f.statistic === 'exceedanceDays') {
    if (!(source instanceof DailySeries))
      throw new KpiError('invalid_option', `${definition.id} (${f.statistic}) needs a DailySeries`);
    if (f.statistic === 'exceedanceDays' && f.threshold === undefined)
      throw new KpiError('invalid_definition', `${definition.id}: exceedanceDays needs a threshold`);
    return source.summarize(coverageRules(definition)).map((s) => {
      const outcome: Outcome = !s.mean.ok
        ? s.mean
        : f.statistic === 'exceedanceDays'
          ? computed(s.exceedanceDays!)
          : s.mean;
      const rules = [
        ...s.rules,
        f.statistic === 'exceedanceDays'
          ? kpiTextEn('counted_exceedance_days', { threshold: f.threshold! })
          : kpiTextEn('mean_of_daily_means'),
      ];
      return buildKpiValue(
        definition,
        { ...context, area: s.key, period: s.period },
        outcome,
        {
          inputs: [
            {
              name: f.variable,
              unit,
              source: input?.source ?? 'observations',
              count: s.observations,
              ...(s.mean.ok ? { value: s.mean.value } : {}),
            },
          ],
          rules,
        },
        { present: s.validDays, expected: s.days, of: 'days' },
      );
    });
  }
  if (!(source instanceof GroupedStats))
    throw new KpiError('invalid_option', `${definition.id} (${f.statistic}) needs a GroupedStats`);
  const rule = kpiTextEn(`observations_${f.statistic}`, { variable: f.variable });
  return source.results().map((g) => {
    const v =
      f.statistic === 'count' ? g.count : f.statistic === 'mean' ? g.mean : f.statistic === 'min' ? g.min : g.max;
    const outcome: Outcome =
      v === undefined
        ? notComputable(
            'missing_input',
            kpiTextEn('no_observation', { variable: f.variable, period: g.period }),
            f.variable,
          )
        : computed(v);
    return buildKpiValue(
      definition,
      { ...context, area: g.key, period: g.period },
      outcome,
      {
        inputs: [{ name: f.variable, unit, source: input?.source ?? 'observations', count: g.count }],
        rules: [rule],
      },
      { present: g.count, expected: g.count, of: 'observations' },
    );
  });
}
