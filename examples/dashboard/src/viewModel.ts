/** The data the dashboard shows, computed from @opencity/brussels, @opencity/kpi and @opencity/roadmap. */
import type { LocalizedText, Theme } from '@opencity/brussels';
import type { GovernanceView, ParticipationView } from './compute/participation';

/** Traffic-light status of a KPI value against its target. */
export type Status = 'green' | 'amber' | 'red' | 'none';

/** One KPI value for one area and one period. */
export interface KpiCell {
  /** The value, or null when it cannot be computed (with the reason). */
  readonly value: number | null;
  /** Status against the target of the period. */
  readonly status: Status;
  /** Share of the expected inputs that were present, in [0, 1], when the engine reports it. */
  readonly coverage?: number;
  /** Why there is no value, in English as the KPI library writes it (localized when shown). */
  readonly reason?: string;
  /**
   * Provenance: the inputs as `[name, value]` (value null when missing), with the number of areas pooled or of
   * observations read when the engine reports it.
   */
  readonly inputs?: readonly (readonly [name: string, value: number | null, note?: InputNote])[];
  /** Provenance: the rules the engine applied (formula, roll-up, coverage, target), in English (localized when shown). */
  readonly rules?: readonly string[];
}

/** How an input was obtained: pooled from several areas, or read from a number of observations. */
export type InputNote = { readonly areas: number } | { readonly observations: number };

/** A note for the page, in the three languages. */
export type Note = LocalizedText;

/** A KPI with its values per area and period. */
export interface KpiView {
  /** KPI id, e.g. `DIG-01`. */
  readonly id: string;
  /** Name in three languages. */
  readonly name: LocalizedText;
  /** Unit symbol. */
  readonly unit: string;
  /** Whether higher values are better. */
  readonly direction: 'increase' | 'decrease' | 'neutral';
  /** Theme id. */
  readonly theme: string;
  /** Framework references, printed as provenance. */
  readonly references: readonly string[];
  /** Version of the KPI definition that produced the values. */
  readonly version: string;
  /** Source of each input variable, as the definition declares it. */
  readonly sources: Readonly<Record<string, string>>;
  /** Target for the latest period (region-wide), if any. */
  readonly target?: { readonly target: number; readonly acceptable?: number; readonly period: string };
  /** Values: `cells[area][period]`. */
  readonly cells: Readonly<Record<string, Readonly<Record<string, KpiCell>>>>;
  /** Trend over the periods for each area (slope per year; sign already direction-aware in `trend`). */
  readonly trend: Readonly<
    Record<string, { readonly slope: number; readonly trend: 'improving' | 'worsening' | 'stable' }>
  >;
}

/** One node of the composite index. */
export interface IndexDimension {
  /** Dimension id. */
  readonly id: string;
  /** Label. */
  readonly label: LocalizedText;
  /** Weight within the index, summing to 1. */
  readonly weight: number;
  /** Score per area and period, 0–100. */
  readonly scores: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
}

/** The composite digital index. */
export interface IndexView {
  /** Score per area and period, 0–100. */
  readonly scores: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
  /** Dimensions. */
  readonly dimensions: readonly IndexDimension[];
}

/** The parameters of the roadmap's method, written in the page's language by the roadmap page. */
export interface RoadmapMethod {
  /** Criteria catalogues. */
  readonly catalogues: readonly string[];
  /** Jury aggregation (`median`, `mean`, `trimmed-mean`, `geometric-mean`). */
  readonly aggregation: string;
  readonly jurors: number;
  /** Normalisation of the weighted sum (a code: `minmax`, `max`…). */
  readonly normalization: string;
  readonly weights: readonly number[];
  /** Jurors left out of Kendall's W, with the projects they abstained on. */
  readonly excluded: readonly { readonly juror: string; readonly projects: readonly string[] }[];
  /** SMAA draws and seed, when SMAA ran. */
  readonly smaa?: { readonly draws: number; readonly seed: number };
  readonly solver: string;
  readonly years: number;
  readonly budgetPerYearKEur: number;
  readonly ftePerYear: number;
}

/** The scored roadmap. */
export interface RoadmapView {
  /** Criteria with their weights. */
  readonly criteria: readonly { readonly id: string; readonly label: LocalizedText; readonly weight: number }[];
  /** Projects in rank order. */
  readonly ranking: readonly {
    readonly id: string;
    readonly title: LocalizedText;
    readonly score: number;
    readonly rank: number;
    /** True when the project shares its rank with another (equal scores). */
    readonly tied?: boolean;
    readonly topAcceptability?: number;
  }[];
  /** Method and parameters of the ranking (written in the page's language). */
  readonly method: RoadmapMethod;
  /** Kendall's W of the jury per criterion and overall. */
  readonly agreement: readonly { readonly criterion: string; readonly w: number }[];
  /** Weight stability intervals: the range of each weight that keeps the first project first. */
  readonly stability: readonly {
    readonly criterion: string;
    readonly weight: number;
    readonly lower: number;
    readonly upper: number;
  }[];
  /** Schedule: start year and duration per selected project. */
  readonly schedule: readonly {
    readonly id: string;
    readonly title: LocalizedText;
    readonly start: number;
    readonly end: number;
    readonly costKEur: number;
  }[];
  /** Projects not scheduled, with the solver's explanation. */
  readonly unscheduled: readonly { readonly id: string; readonly reason: LocalizedText }[];
  /** Budget per year (k€). */
  readonly budgetPerYearKEur: number;
  /** Planning horizon. */
  readonly years: readonly number[];
  /** Why there is no roadmap (no projects, no scores…), when it could not be computed. */
  readonly unavailable?: LocalizedText;
}

/** One finding of the workspace check, placed and worded in the three languages. */
export interface QualitySample {
  /** File of the workspace, relative to its folder. */
  readonly file: string;
  /** NDJSON or CSV line. */
  readonly line?: number;
  /** Position in a JSON array or Parquet file. */
  readonly index?: number;
  /** JSON Pointer in the record. */
  readonly pointer: string;
  readonly message: LocalizedText;
}

/** All findings of one code. */
export interface QualityGroup {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly title: LocalizedText;
  readonly fix: LocalizedText;
  /** Link to the code's entry in the findings reference. */
  readonly docs: string;
  /** Occurrences, and records concerned. */
  readonly total: number;
  readonly records: number;
  /** The first occurrences (the rest are counted in `total`). */
  readonly samples: readonly QualitySample[];
}

/** The "Data quality" page: what `opencity workspace check` found in the workspace the dashboard was built from. */
export interface DataQualityView {
  /** Records read, and how many were valid, invalid or unreadable. */
  readonly summary: {
    readonly total: number;
    readonly valid: number;
    readonly invalid: number;
    readonly unparseable: number;
    readonly errors: number;
    readonly warnings: number;
  };
  /** Findings grouped by code, errors first. */
  readonly groups: readonly QualityGroup[];
  /** Records left out of the computations because they are invalid. */
  readonly excluded: number;
}

/** Everything the dashboard renders. */
export interface DashboardData {
  /** Label shown on every page: the data are synthetic. */
  readonly notice: LocalizedText;
  /** Region name. */
  readonly regionName: LocalizedText;
  /** Areas: the region first, then the municipalities. */
  readonly areas: readonly { readonly nis: string; readonly name: LocalizedText }[];
  /** Periods, oldest first. */
  readonly periods: readonly string[];
  /** Themes. */
  readonly themes: readonly Theme[];
  /** KPIs. */
  readonly kpis: readonly KpiView[];
  /** Composite index. */
  readonly index: IndexView;
  /** Roadmap. */
  readonly roadmap: RoadmapView;
  /** Catalogue KPIs the data have no inputs for (shown as a note, never hidden). */
  readonly missingKpis: readonly string[];
  /** Other limitations of the computation, in the three languages (shown as a note). */
  readonly limitations: readonly Note[];
  /** Where the data come from: the embedded sample, or a workspace folder (its name from opencity.json). */
  readonly source: { readonly kind: 'sample' } | { readonly kind: 'workspace'; readonly name: LocalizedText };
  /** The workspace check, when the dashboard was built from a workspace. */
  readonly dataQuality?: DataQualityView;
  /** The Participation page (programme, helix balance, contributions funnel), when there are participation data. */
  readonly participation?: ParticipationView;
  /** The Governance page (boards, approval chain, decision register), when there are boards. */
  readonly governance?: GovernanceView;
}
