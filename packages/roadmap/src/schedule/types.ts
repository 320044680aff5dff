import type { Lang } from '@opencity/models';
import type { ScheduleTextOptions } from './describeScheduleReason';

/** One year (or phase) of the roadmap horizon: money and people available. */
export interface ScheduleYear {
  /** Budget available that year (e.g. in euros). */
  readonly budget: number;
  /** Delivery capacity available that year (e.g. in FTE). */
  readonly capacity: number;
}

/** A candidate project for the roadmap. */
export interface ScheduleProject {
  /** Project identifier. */
  readonly id: string;
  /** Value of doing the project (e.g. its MCDA score). */
  readonly value: number;
  /** Duration in whole years (≥ 1). */
  readonly duration: number;
  /** Cost in each year the project is active: one number for every year, or one per year of the project. */
  readonly costPerYear: number | readonly number[];
  /** Capacity used in each active year: one number, or one per year of the project. */
  readonly capacityPerYear: number | readonly number[];
  /** Projects that must be finished before this one starts. */
  readonly predecessors: readonly string[];
  /** First allowed start year (1 = the first year; default 1). */
  readonly earliestStart?: number;
  /** When true the project must be scheduled (a commitment); the request may then be infeasible. */
  readonly mandatory?: boolean;
}

/** The scheduling request. */
export interface ScheduleInput {
  /** The horizon: one entry per year, in order. */
  readonly years: readonly ScheduleYear[];
  /** Candidate projects. */
  readonly projects: readonly ScheduleProject[];
  /** Multiplier of a project's value by start year (1 = no discount; default all 1). */
  readonly valueDiscountByStartYear?: readonly number[];
}

/** Solver options of {@link schedule}. */
export interface ScheduleOptions {
  /**
   * Wall-clock seconds the solver may spend (default 30). When it runs out, {@link schedule} returns the best schedule
   * found with its proven gap (`status: 'feasible'`), never an error.
   */
  readonly timeLimitSeconds?: number;
  /**
   * Relative gap at which HiGHS may stop and call the schedule optimal (default 1e-3, i.e. 0.1 %: the schedule's
   * value is proved within 0.1 % of the best possible; HiGHS's own default is 1e-4). 0 asks for a proof of exact
   * optimality, which can take much longer on large requests.
   */
  readonly mipRelGap?: number;
  /** Called synchronously as the solver finds better schedules and tighter bounds (e.g. to show progress). */
  readonly onProgress?: (progress: ScheduleProgress) => void;
  /** Language of `explanation.summary` and of each project's `reason` (default `en`). */
  readonly lang?: Lang;
  /** How those texts write years, amounts and project names (calendar start year, currency, capacity unit, names). */
  readonly text?: ScheduleTextOptions;
}

/** The solver's progress: the best schedule's value so far and how far from the best possible it is proved to be. */
export interface ScheduleProgress {
  /** Wall-clock seconds since the solver started. */
  readonly seconds: number;
  /** Value of the best schedule found so far. */
  readonly objective: number;
  /** Proven upper bound on the best possible value. */
  readonly bound: number;
  /** Proven relative gap, (bound − objective) / max(|bound|, |objective|). */
  readonly gap: number;
}

/** One year of the explained schedule. */
export interface YearUsage {
  /** Year number (1 = first). */
  readonly year: number;
  /** Budget available. */
  readonly budget: number;
  /** Budget used by the active projects. */
  readonly budgetUsed: number;
  /** Capacity available. */
  readonly capacity: number;
  /** Capacity used by the active projects. */
  readonly capacityUsed: number;
  /** Projects active that year. */
  readonly active: string[];
  /** Constraints used to within 0.1 %. */
  readonly binding: ('budget' | 'capacity')[];
}

/** A limited resource of each year. */
export type ScheduleResource = 'budget' | 'capacity';

/** How far a project would take one year past its limit, placed beside the scheduled projects. */
export interface YearOverrun {
  /** Year number (1 = first). */
  readonly year: number;
  /** The limit exceeded. */
  readonly resource: ScheduleResource;
  /** What the project needs that year. */
  readonly need: number;
  /** What the scheduled projects leave that year (≥ 0). */
  readonly left: number;
  /** need − left (> 0). */
  readonly excess: number;
}

/**
 * Why a project is in the schedule or left out, as data: a stable `code` with the figures behind it (years are year
 * numbers, 1 = first). {@link describeScheduleReason} writes it as one sentence in English, French or Dutch.
 */
export type ScheduleReason =
  /** Scheduled from `start` to `end`, after its predecessors (ids) finish. */
  | { readonly code: 'scheduled'; readonly start: number; readonly end: number; readonly after: readonly string[] }
  /** Its duration from its earliest start runs past the horizon. */
  | {
      readonly code: 'beyond_horizon';
      readonly duration: number;
      readonly earliestStart: number;
      readonly horizon: number;
    }
  /** A predecessor (id) is not scheduled, so the dependency is never met. */
  | { readonly code: 'predecessor_not_scheduled'; readonly predecessor: string }
  /** A predecessor (id) finishes in `predecessorEnd`, too late for the project to end within the horizon. */
  | {
      readonly code: 'predecessor_too_late';
      readonly predecessor: string;
      readonly predecessorEnd: number;
      readonly duration: number;
      readonly horizon: number;
    }
  /** In `year` it needs more than the year's whole limit, whatever else is scheduled. */
  | {
      readonly code: 'exceeds_year_limit';
      readonly resource: ScheduleResource;
      readonly year: number;
      readonly need: number;
      readonly limit: number;
    }
  /**
   * It would fit from `start` only in place of `displaced` (ids), scheduled projects active in the years it overruns
   * (with their scheduled successors), worth `displacedValue` against its own `value` (both discounted by start year).
   * `overrun` is the year and limit it exceeds most (relative to the excess); `overruns` lists them all.
   */
  | {
      readonly code: 'displaced';
      readonly start: number;
      readonly overrun: YearOverrun;
      readonly overruns: readonly YearOverrun[];
      readonly value: number;
      readonly displaced: readonly string[];
      readonly displacedValue: number;
    }
  /** Even without any optional project, the mandatory ones leave too little in `overrun.year`. */
  | { readonly code: 'blocked_by_mandatory'; readonly overrun: YearOverrun }
  /** Its value (× discount) is not positive at any start: scheduling it adds nothing. */
  | { readonly code: 'no_value'; readonly value: number }
  /** It fits from `start` as it is, but the solver stopped at a schedule proved within `gap` of the best possible. */
  | { readonly code: 'fits_within_gap'; readonly start: number; readonly gap: number }
  /** The request is infeasible (mandatory projects that cannot all fit): nothing is scheduled. */
  | { readonly code: 'infeasible_request'; readonly mandatory: boolean };

/** Why a project is where it is. */
export interface ProjectExplanation {
  /** Project identifier. */
  readonly id: string;
  /** Whether it is scheduled. */
  readonly selected: boolean;
  /** Start year when selected. */
  readonly start?: number;
  /** Last active year when selected. */
  readonly end?: number;
  /** Why, as data: the binding constraint and the trade-off with their figures. */
  readonly why: ScheduleReason;
  /** The same in one English sentence (years as "year 2", plain numbers): `describeScheduleReason(why, 'en')`. */
  readonly reason: string;
}

/** The smallest relaxation of one kind of constraint that makes an infeasible request feasible. */
export interface Relaxation {
  /** Total amount added across years. */
  readonly total: number;
  /** Amount added per year (index 0 = year 1). */
  readonly byYear: number[];
}

/** Why a request is infeasible and what would fix it. */
export interface Infeasibility {
  /** The constraints that bind. */
  readonly binding: ('horizon' | 'precedence' | 'budget' | 'capacity')[];
  /** Smallest total budget increase that makes the request feasible with capacity unchanged (absent when budget alone cannot fix it). */
  readonly budgetRelaxation?: Relaxation;
  /** Smallest total capacity increase that makes the request feasible with budget unchanged. */
  readonly capacityRelaxation?: Relaxation;
  /** When neither alone suffices: the smallest budget increase once capacity is unlimited. */
  readonly budgetRelaxationWithUnlimitedCapacity?: Relaxation;
  /** The mandatory projects that cannot finish within the horizon whatever the budget (duration and earliest start). */
  readonly beyondHorizon?: string[];
}

/** The explanation attached to every schedule. */
export interface ScheduleExplanation {
  /** One-paragraph summary. */
  readonly summary: string;
  /** Budget and capacity use per year. */
  readonly years: YearUsage[];
  /** One entry per project, in input order. */
  readonly projects: ProjectExplanation[];
  /** Set when the request is infeasible. */
  readonly infeasibility?: Infeasibility;
}

/** Parameters {@link schedule} used, defaults included. */
export interface ScheduleParameters {
  readonly solver: string;
  readonly mipRelGap: number;
  readonly timeLimitSeconds: number;
  readonly valueDiscountByStartYear: number[];
}

/** What every {@link ScheduleResult} carries. */
interface ScheduleResultBase {
  /** Σ value × discount[start year] over the selected projects (0 when infeasible). */
  readonly objective: number;
  /** Start year (1 = first) of each selected project. */
  readonly starts: Record<string, number>;
  /** Projects not scheduled, in input order. */
  readonly notSelected: string[];
  /** Per-year use, per-project reasons and, when infeasible, the binding constraints and smallest relaxations. */
  readonly explanation: ScheduleExplanation;
  /** Parameters used, defaults included. */
  readonly parameters: ScheduleParameters;
}

/** A schedule: proved optimal within the gap asked, or the best one found when the time limit was reached. */
export interface FoundSchedule extends ScheduleResultBase {
  /**
   * `optimal`: proved within `parameters.mipRelGap` of the best possible value; `feasible`: the time limit stopped the
   * solver first, and this is the best schedule it found, within `gap` of the best possible.
   */
  readonly status: 'optimal' | 'feasible';
  /**
   * Proven relative gap, (bound − objective) / max(|bound|, |objective|), in [0, 1] for non-negative values: the
   * schedule's value is at least (1 − gap) × the best possible. 0 when proved exactly optimal.
   */
  readonly gap: number;
  /** Proven upper bound on the value of any schedule of the request. */
  readonly bound: number;
  /** Wall-clock seconds the solver ran. */
  readonly seconds: number;
}

/** A request whose mandatory projects cannot all fit: no schedule, and what would fix it. */
export interface InfeasibleSchedule extends ScheduleResultBase {
  /** The mandatory projects cannot all be scheduled (proved). */
  readonly status: 'infeasible';
}

/** What {@link schedule} resolves to: a schedule with its proven gap, or a proof of infeasibility with its explanation. */
export type ScheduleResult = FoundSchedule | InfeasibleSchedule;
