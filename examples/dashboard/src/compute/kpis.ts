/** KPI values of the dashboard: every catalogue KPI of the five themes for the 19 municipalities and the region. */
import { municipalities, region, themes } from '@opencity/brussels';
import {
  catalogue,
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
import type { KpiValue, Target } from '@opencity/models';
import { count, format, inEveryLanguage } from '../i18n';
import type { IndexView, KpiCell, KpiView, Note } from '../viewModel';

/** One statistic input: a variable's value for an area and a period (the workspace's `statistics/` rows). */
export interface StatisticInput {
  readonly area: string;
  readonly period: string;
  readonly variable: string;
  readonly value: number;
}

/** What {@link computeKpis} computes from: the embedded sample or a workspace's files, in the same shapes. */
export interface KpiInputs {
  /** The years shown, inclusive. */
  readonly years: readonly [first: number, last: number];
  readonly statistics: Iterable<StatisticInput>;
  /** Observation entities (AirQualityObserved…): `dateObserved`, `address.nisCode` and the observed variables. */
  readonly observations: Iterable<object> | AsyncIterable<object>;
  readonly targets: readonly Target[];
}

const REGION = region.nis;
/** Participation KPIs (`PAR-*`): computed from the office's entities on the Participation page, not from statistics. */
const PARTICIPATION_KPI = /^PAR-/;

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
      const note = i.areas ? { areas: i.areas.length } : i.count !== undefined ? { observations: i.count } : undefined;
      return note === undefined ? ([i.name, i.value ?? null] as const) : ([i.name, i.value ?? null, note] as const);
    }),
    rules: v.provenance.rules,
  };
}

/** Statistics as `inputs[area][period][variable]`. */
function indexStatistics(stats: Iterable<StatisticInput>): Map<string, Map<string, Record<string, number>>> {
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

const areaOf = (o: Readonly<Record<string, unknown>>): string | undefined => {
  const address = o['address'];
  const nis = address && typeof address === 'object' ? (address as Record<string, unknown>)['nisCode'] : undefined;
  return typeof nis === 'string' ? nis : undefined;
};

/** Computes every KPI of the five themes, the values' statuses against the targets, trends and the index. */
export async function computeKpis(inputs: KpiInputs): Promise<{
  kpis: KpiView[];
  index: IndexView;
  periods: string[];
  missing: string[];
  limitations: Note[];
}> {
  const [first, last] = inputs.years;
  const periods = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  const stats = indexStatistics(inputs.statistics);
  const areas = [REGION, ...municipalities.map((m) => m.nis)];
  const themeIds = new Set(themes.map((t) => t.id));
  const limitations: Note[] = [];
  const target = (kpi: string, area: string, period: string) => {
    const t = findTarget(inputs.targets, kpi, area, period);
    return t ? { target: targetValues(t) } : {};
  };

  // Observations: one pass over the stream, per municipality and pooled for the region, for every variable an
  // observation KPI of the themes reads.
  const byArea = new Map<string, DailySeries>();
  const variables = [
    ...new Set(
      catalogue.flatMap((d) =>
        themeIds.has(d.domain as never) && d.formula.kind === 'observations' ? [d.formula.variable] : [],
      ),
    ),
  ];
  for (const v of variables) byArea.set(v, new DailySeries());
  let unplaced = 0;
  for await (const record of inputs.observations) {
    const o = record as Readonly<Record<string, unknown>>;
    const time = typeof o['dateObserved'] === 'string' ? Date.parse(o['dateObserved']) : Number.NaN;
    const area = areaOf(o);
    if (!Number.isFinite(time) || area === undefined) {
      unplaced++;
      continue;
    }
    for (const v of variables) {
      const value = o[v];
      if (typeof value !== 'number' || !Number.isFinite(value)) continue;
      const series = byArea.get(v)!;
      series.add(area, time, value);
      series.add(REGION, time, value);
    }
  }
  if (unplaced > 0) limitations.push(inEveryLanguage((lang) => count('unplacedObservations', unplaced, lang)));

  const values = new Map<string, KpiValue[]>();
  const missing: string[] = [];
  for (const d of catalogue) {
    if (!themeIds.has(d.domain as never) || d.formula.kind === 'composite' || PARTICIPATION_KPI.test(d.id)) continue;
    const out: KpiValue[] = [];
    if (d.formula.kind === 'observations') {
      const series = byArea.get(d.formula.variable);
      if (!series) {
        const variable = d.formula.variable;
        limitations.push(inEveryLanguage((lang) => format('noSampleObservations', lang, { kpi: d.id, variable })));
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
    const lastTarget = findTarget(inputs.targets, id, REGION, periods.at(-1) ?? '');
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
    scores,
    dimensions: (digitalIndexTree.children ?? []).map((c) => ({
      id: c.id,
      label: { en: c.label?.en ?? c.id, fr: c.label?.fr ?? c.id, nl: c.label?.nl ?? c.id },
      weight: c.weight ?? 0,
      scores: dims[c.id] ?? {},
    })),
  };
}
