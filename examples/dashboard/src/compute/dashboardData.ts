/** Builds everything the dashboard shows from @opencity/brussels, @opencity/kpi and @opencity/roadmap. */
import { DEFAULT_SEED, municipalities, region, syntheticNotice, themes } from '@opencity/brussels';
import type { DashboardData } from '../viewModel';
import { computeKpis } from './kpis';
import { computeRoadmap } from './roadmap';

/** The sample years the dashboard shows. */
export const dashboardYears: readonly [number, number] = [2019, 2024];

/** Computes the dashboard data (deterministic for a seed). */
export async function buildDashboardData(seed: number = DEFAULT_SEED): Promise<DashboardData> {
  const k = computeKpis({ seed, years: dashboardYears });
  const r = await computeRoadmap(seed);
  return {
    notice: syntheticNotice,
    regionName: region.name,
    areas: [{ nis: region.nis, name: region.name }, ...municipalities.map((m) => ({ nis: m.nis, name: m.name }))],
    periods: k.periods,
    themes: [...themes],
    kpis: k.kpis,
    index: k.index,
    roadmap: r.view,
    missingKpis: k.missing,
    limitations: [...k.limitations, ...r.limitations],
  };
}
