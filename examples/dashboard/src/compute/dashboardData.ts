/** Builds everything the dashboard shows from @opencity/brussels, @opencity/kpi and @opencity/roadmap. */
import {
  brusselsCompositionRules,
  brusselsProgrammePlan,
  brusselsTargets,
  DEFAULT_SEED,
  municipalities,
  observationStream,
  region,
  sampleEntities,
  sampleStatistics,
  syntheticNotice,
  themes,
} from '@opencity/brussels';
import { collectEntities, type ParticipationEntities } from '@opencity/participation';
import { format, inEveryLanguage } from '../i18n';
import type { DashboardData, RoadmapMethod } from '../viewModel';
import { personalData, withheld } from './personalData';
import { officePages } from './participation';
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

/** The office's own entities for the Participation and Governance pages, and the day they describe. */
export interface OfficeInputs {
  readonly entities: ParticipationEntities;
  /** The day described (`YYYY-MM-DD`). */
  readonly asOf: string;
}

/** The day a build describes: `OPENCITY_AS_OF` when set (reproducible builds and tests), else today (UTC). */
export function buildDay(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const set = env['OPENCITY_AS_OF'];
  return set && /^\d{4}-\d{2}-\d{2}$/.test(set) ? set : new Date().toISOString().slice(0, 10);
}

/** The parts of the dashboard every data source shares: areas, themes, KPIs, the roadmap, participation, governance. */
export async function composeDashboardData(
  kpiInputs: KpiInputs,
  roadmapInputs: RoadmapInputs,
  extra: Pick<DashboardData, 'notice' | 'source'> & Partial<Pick<DashboardData, 'dataQuality'>>,
  office?: OfficeInputs,
): Promise<DashboardData> {
  // Statistics may be a one-pass iterable: read them once for the KPIs and the participation page's population.
  const statistics = [...kpiInputs.statistics];
  const pages = office
    ? await officePages(office.entities, {
        asOf: office.asOf,
        area: region.nis,
        plan: brusselsProgrammePlan,
        rules: brusselsCompositionRules,
        population: statistics.map((r) => ({ ...r, area: String(r.area), period: String(r.period) })),
      })
    : {};
  const k = await computeKpis({ ...kpiInputs, statistics });
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
    ...pages,
  };
}

/** Computes the dashboard data from the embedded synthetic sample (deterministic for a seed). */
export async function buildDashboardData(
  seed: number = DEFAULT_SEED,
  asOf: string = buildDay(),
): Promise<DashboardData> {
  const office = collectEntities(sampleEntities({ seed }));
  const data = await composeDashboardData(
    {
      years: dashboardYears,
      statistics: sampleStatistics({ seed, years: dashboardYears }),
      observations: observationStream({ seed, years: dashboardYears }),
      targets: brusselsTargets,
    },
    sampleRoadmapInputs(seed),
    { notice: syntheticNotice, source: { kind: 'sample' } },
    { entities: office, asOf },
  );
  // As from a workspace: no individual's name without consent, no contact detail, whatever a page computed.
  return withheld(data, personalData(office.stakeholders ?? []));
}
