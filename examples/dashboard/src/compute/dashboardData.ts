/** Builds everything the dashboard shows from @opencity/brussels, @opencity/kpi and @opencity/roadmap. */
import {
  brusselsTargets,
  DEFAULT_SEED,
  municipalities,
  observationStream,
  region,
  sampleStatistics,
  syntheticNotice,
  themes,
} from '@opencity/brussels';
import { format, inEveryLanguage } from '../i18n';
import type { DashboardData, RoadmapMethod } from '../viewModel';
import { computeKpis, type KpiInputs } from './kpis';
import { computeRoadmap, isLocalized, sampleRoadmapInputs, type RoadmapInputs } from './roadmap';

const noMethod: RoadmapMethod = {
  catalogues: [],
  aggregation: '',
  jurors: 0,
  normalization: '',
  weights: [],
  excluded: [],
  solver: '',
  years: 0,
  budgetPerYearKEur: 0,
  ftePerYear: 0,
};

/** The sample years the dashboard shows. */
export const dashboardYears: readonly [number, number] = [2019, 2024];

/** The parts of the dashboard every data source shares: areas, themes, KPIs and the roadmap. */
export async function composeDashboardData(
  kpiInputs: KpiInputs,
  roadmapInputs: RoadmapInputs,
  extra: Pick<DashboardData, 'notice' | 'source'> & Partial<Pick<DashboardData, 'dataQuality'>>,
): Promise<DashboardData> {
  const k = await computeKpis(kpiInputs);
  let roadmap: Awaited<ReturnType<typeof computeRoadmap>>;
  try {
    roadmap = await computeRoadmap(roadmapInputs);
  } catch (error) {
    // No projects or no scores: the other pages still show what could be computed.
    const reason = error instanceof Error ? error.message : String(error);
    const unavailable = isLocalized(error) ? error.text : { en: reason, fr: reason, nl: reason };
    roadmap = {
      view: {
        criteria: [],
        ranking: [],
        method: noMethod,
        agreement: [],
        stability: [],
        schedule: [],
        unscheduled: [],
        budgetPerYearKEur: 0,
        years: [],
        unavailable,
      },
      csv: '',
      limitations: [inEveryLanguage((lang) => format('roadmapLeftOut', lang, { reason: unavailable[lang] }))],
    };
  }
  return {
    ...extra,
    regionName: region.name,
    areas: [{ nis: region.nis, name: region.name }, ...municipalities.map((m) => ({ nis: m.nis, name: m.name }))],
    periods: k.periods,
    themes: [...themes],
    kpis: k.kpis,
    index: k.index,
    roadmap: roadmap.view,
    missingKpis: k.missing,
    limitations: [...k.limitations, ...roadmap.limitations],
  };
}

/** Computes the dashboard data from the embedded synthetic sample (deterministic for a seed). */
export async function buildDashboardData(seed: number = DEFAULT_SEED): Promise<DashboardData> {
  return composeDashboardData(
    {
      years: dashboardYears,
      statistics: sampleStatistics({ seed, years: dashboardYears }),
      observations: observationStream({ seed, years: dashboardYears }),
      targets: brusselsTargets,
    },
    sampleRoadmapInputs(seed),
    { notice: syntheticNotice, source: { kind: 'sample' } },
  );
}
