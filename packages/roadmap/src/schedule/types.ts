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
  /** Solver time limit in seconds (default 60); hitting it is an error, never a silent sub-optimum. */
  readonly timeLimitSeconds?: number;
  /** Relative MIP gap at which HiGHS may declare optimality (default 1e-4, HiGHS's own default; 0 proves exact optimality but can take much longer). */
  readonly mipRelGap?: number;
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
  /** One plain-language sentence. */
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

/** What {@link schedule} resolves to. */
export interface ScheduleResult {
  /** `optimal` (proved by the MILP solver within `parameters.mipRelGap`) or `infeasible`. */
  readonly status: 'optimal' | 'infeasible';
  /** Σ value × discount[start year] over the selected projects (0 when infeasible). */
  readonly objective: number;
  /** Start year (1 = first) of each selected project. */
  readonly starts: Record<string, number>;
  /** Projects not scheduled, in input order. */
  readonly notSelected: string[];
  /** Per-year use, per-project reasons and, when infeasible, the binding constraints and smallest relaxations. */
  readonly explanation: ScheduleExplanation;
  /** Parameters used, defaults included. */
  readonly parameters: {
    readonly solver: string;
    readonly mipRelGap: number;
    readonly timeLimitSeconds: number;
    readonly valueDiscountByStartYear: number[];
  };
}
