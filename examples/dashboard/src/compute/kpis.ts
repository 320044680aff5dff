/** KPI values of the dashboard: every catalogue KPI of the five themes for the 19 municipalities and the region. */
import {
  brusselsKpiDefinitions as catalogue,
  brusselsTargets,
  municipalities,
  observationStream,
  region,
  sampleStatistics,
  themes,
  type StatisticRecord,
} from '@opencity/brussels';
import {
  computeIndex,
  computeKpi,
  DailySeries,
  digitalIndexTree,
  findTarget,
  observationKpiValues,
  rollUp,
  targetValues,
  trend,
  type InputValues,
} from '@opencity/kpi';
import type { KpiValue } from '@opencity/models';
import type { IndexView, KpiCell, KpiView } from '../viewModel';

/** Options of {@link computeKpis}. */
export interface KpiComputeOptions {
  readonly seed: number;
  readonly years: readonly [first: number, last: number];
}

const REGION = region.nis;

function cellOf(v: KpiValue): KpiCell {
  const status = v.status === 'unknown' ? 'none' : v.status;
  return {
    value: v.value ?? null,
    status,
    ...(v.coverage?.share !== undefined
      ? { coverage: v.coverage.share }
      : v.coverage && v.coverage.expected > 0
        ? { coverage: v.coverage.present / v.coverage.expected }
        : {}),
    ...(v.notComputable ? { reason: v.notComputable.message } : {}),
    inputs: v.provenance.inputs.map((i) => {
      const note = i.areas
        ? `${i.areas.length} areas pooled`
        : i.count !== undefined
          ? `${i.count} observations`
          : undefined;
      return note === undefined ? ([i.name, i.value ?? null] as const) : ([i.name, i.value ?? null, note] as const);
    }),
    rules: v.provenance.rules,
  };
}

/** Statistics as `inputs[area][period][variable]`. */
function indexStatistics(stats: readonly StatisticRecord[]): Map<string, Map<string, Record<string, number>>> {
  const out = new Map<string, Map<string, Record<string, number>>>();
  for (const s of stats) {
    const byPeriod = out.get(s.area) ?? new Map<string, Record<string, number>>();
    const inputs = byPeriod.get(s.period) ?? {};
    inputs[s.variable] = s.value;
    byPeriod.set(s.period, inputs);
    out.set(s.area, byPeriod);
  }
  return out;
}

/** Computes every KPI of the five themes, the values' statuses against the profile's targets, trends and the index. */
export function computeKpis(options: KpiComputeOptions): {
  kpis: KpiView[];
  index: IndexView;
  periods: string[];
  missing: string[];
  limitations: string[];
} {
  const [first, last] = options.years;
  const periods = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  const stats = indexStatistics(sampleStatistics({ seed: options.seed, years: options.years }));
  const areas = [REGION, ...municipalities.map((m) => m.nis)];
  const themeIds = new Set(themes.map((t) => t.id));
  const limitations: string[] = [];
  const target = (kpi: string, area: string, period: string) => {
    const t = findTarget(brusselsTargets, kpi, area, period);
    return t ? { target: targetValues(t) } : {};
  };

  // Air-quality observations: one pass over the hourly stream, per municipality and pooled for the region.
  const byArea = new Map<string, DailySeries>();
  const variables = ['pm25', 'pm10', 'no2'] as const;
  for (const v of variables) byArea.set(v, new DailySeries());
  for (const o of observationStream({ seed: options.seed, years: options.years })) {
    const time = Date.parse(o.dateObserved);
    for (const v of variables) {
      const series = byArea.get(v)!;
      series.add(o.address.nisCode, time, o[v]);
      series.add(REGION, time, o[v]);
    }
  }

  const values = new Map<string, KpiValue[]>();
  const missing: string[] = [];
  for (const d of catalogue) {
    if (!themeIds.has(d.domain as never) || d.formula.kind === 'composite') continue;
    const out: KpiValue[] = [];
    if (d.formula.kind === 'observations') {
      const series = byArea.get(d.formula.variable as (typeof variables)[number]);
      if (!series) {
        limitations.push(`${d.id}: no sample observations of ${d.formula.variable}`);
        continue;
      }
      // Targets are per period: summarise once per period with that period's target and keep its values.
      for (const period of periods) {
        for (const v of observationKpiValues(d, series, target(d.id, REGION, period)))
          if (v.period === period) out.push(v);
      }
    } else {
      for (const period of periods) {
        const parts = municipalities.map((m) => ({
          area: m.nis,
          inputs: (stats.get(m.nis)?.get(period) ?? {}) as InputValues,
        }));
        for (const p of parts)
          out.push(computeKpi(d, p.inputs, { area: p.area, period, ...target(d.id, p.area, period) }));
        const regional = stats.get(REGION)?.get(period) ?? {};
        const regionalOnly = d.inputs.every((i) => regional[i.name] !== undefined);
        out.push(
          regionalOnly
            ? computeKpi(d, regional, { area: REGION, period, ...target(d.id, REGION, period) })
            : rollUp(d, parts, { area: REGION, period, ...target(d.id, REGION, period) }),
        );
      }
    }
    if (out.every((v) => v.value === undefined)) {
      missing.push(d.id);
      continue;
    }
    values.set(d.id, out);
  }

  const kpis: KpiView[] = [];
  for (const [id, list] of values) {
    const d = catalogue.find((x) => x.id === id)!;
    const cells: Record<string, Record<string, KpiCell>> = {};
    for (const v of list) (cells[v.area] ??= {})[v.period] = cellOf(v);
    const trends: Record<string, KpiView['trend'][string]> = {};
    for (const area of areas) {
      const points = periods.flatMap((p) => {
        const value = cells[area]?.[p]?.value;
        return value === null || value === undefined ? [] : [{ year: Number(p), value }];
      });
      if (points.length < 2) continue;
      const t = trend(points, d.direction);
      // Context KPIs (density, growth) have no better direction: no trend judgement is shown for them.
      if (t.judgement === 'notApplicable') continue;
      trends[area] = {
        slope: t.slope ?? 0,
        trend: t.judgement === 'improving' ? 'improving' : t.judgement === 'deteriorating' ? 'worsening' : 'stable',
      };
    }
    const lastTarget = findTarget(brusselsTargets, id, REGION, periods.at(-1) ?? '');
    kpis.push({
      id,
      name: d.name,
      unit: d.unit.symbol,
      direction: d.direction === 'decrease' ? 'decrease' : d.direction === 'increase' ? 'increase' : 'neutral',
      theme: d.domain,
      references: (d.references ?? []).map((r) => `${r.framework} ${r.code}`.trim()),
      version: d.version,
      sources: Object.fromEntries(d.inputs.map((i) => [i.name, i.source ?? ''])),
      ...(lastTarget
        ? {
            target: {
              target: lastTarget.target,
              ...(lastTarget.acceptable === undefined ? {} : { acceptable: lastTarget.acceptable }),
              period: lastTarget.period,
            },
          }
        : {}),
      cells,
      trend: trends,
    });
  }
  kpis.sort(
    (a, b) =>
      themes.findIndex((t) => t.id === a.theme) - themes.findIndex((t) => t.id === b.theme) || a.id.localeCompare(b.id),
  );

  const index = computeDigitalIndex(values, areas, periods);
  return { kpis, index, periods, missing, limitations };
}

function computeDigitalIndex(
  values: Map<string, KpiValue[]>,
  areas: readonly string[],
  periods: readonly string[],
): IndexView {
  const scores: Record<string, Record<string, number | null>> = {};
  const dims: Record<string, Record<string, Record<string, number | null>>> = {};
  for (const period of periods) {
    const units = areas.map((area) => ({
      unit: area,
      values: Object.fromEntries(
        [...values].map(([id, list]) => [id, list.find((v) => v.area === area && v.period === period)?.value]),
      ),
    }));
    for (const r of computeIndex(digitalIndexTree, units)) {
      (scores[r.unit] ??= {})[period] = r.score.ok ? r.score.value : null;
      for (const [node, s] of Object.entries(r.nodes))
        ((dims[node] ??= {})[r.unit] ??= {})[period] = s.score.ok ? s.score.value : null;
    }
  }
  return {
    method:
      'DESI 2021–2022 structure: four dimensions × 25 %, indicators min-max scaled 0–100 between fixed goalposts, weighted arithmetic means; a dimension needs half of its weight with data, the index three quarters (@opencity/kpi DIG-09)',
    scores,
    dimensions: (digitalIndexTree.children ?? []).map((c) => ({
      id: c.id,
      label: { en: c.label?.en ?? c.id, fr: c.label?.fr ?? c.id, nl: c.label?.nl ?? c.id },
      weight: c.weight ?? 0,
      scores: dims[c.id] ?? {},
    })),
  };
}
