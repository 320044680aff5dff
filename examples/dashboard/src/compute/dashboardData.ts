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
import type { DashboardData } from '../viewModel';
import { computeKpis, type KpiInputs } from './kpis';
import { computeRoadmap, sampleRoadmapInputs, type RoadmapInputs } from './roadmap';

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
    roadmap = {
      view: {
        criteria: [],
        ranking: [],
        method: '',
        agreement: [],
        stability: [],
        schedule: [],
        unscheduled: [],
        budgetPerYearKEur: 0,
        years: [],
        unavailable: reason,
      },
      csv: '',
      limitations: [`roadmap: ${reason}`],
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
