import type { Highs, Model } from 'highs';
import { RoadmapError } from '../core/RoadmapError';
import type { ScheduleProgress } from './types';

/** What one MILP solve ended with; `values` holds the best solution found, when there is one. */
export type MilpOutcome =
  | {
      /** `optimal`: proved within the relative gap asked; `feasible`: a limit stopped the solver with a solution. */
      readonly status: 'optimal' | 'feasible';
      readonly objective: number;
      /** The proven bound on the objective (≥ objective when maximising). */
      readonly bound: number;
      /** |bound − objective| / max(|bound|, |objective|): 0 when proved exactly optimal. */
      readonly gap: number;
      /** Column values by column name. */
      readonly values: ReadonlyMap<string, number>;
      /** Wall-clock seconds HiGHS ran. */
      readonly seconds: number;
    }
  /** Infeasibility proved. */
  | { readonly status: 'infeasible'; readonly seconds: number }
  /** A limit stopped the solver before it found any solution (and before it proved there is none). */
  | { readonly status: 'no_solution'; readonly seconds: number };

/** Limits and hooks of {@link solveMilp}. */
export interface MilpLimits {
  readonly timeLimitSeconds: number;
  readonly mipRelGap: number;
  /** The bound reported while HiGHS has none yet (e.g. stopped before its first relaxation). */
  readonly fallbackBound: number;
  /** Differences between objective and bound at most this large are rounding noise: the gap is 0 (default 0). */
  readonly gapTolerance?: number;
  /** A starting solution (column name → value) HiGHS checks and may adopt as its first incumbent. */
  readonly start?: ReadonlyMap<string, number>;
  readonly onProgress?: (progress: ScheduleProgress) => void;
}

// HiGHS model status codes (highs.constants.modelStatus), named here so that the mapping below reads.
const OPTIMAL = 7;
const INFEASIBLE = 8;
/** Limits and interruptions: the solve stopped early; a solution may exist (primal_solution_status 2). */
const STOPPED_EARLY = new Set([11, 12, 13, 14, 16, 17]);
const PRIMAL_FEASIBLE = 2;

/**
 * The proven relative gap |bound − objective| / max(|bound|, |objective|): finite whenever both numbers are; 0 when
 * the two differ by no more than `tolerance` (rounding noise at the problem's scale, e.g. 5e-324 against 0).
 */
export function relativeGap(objective: number, bound: number, tolerance = 0): number {
  const difference = Math.abs(bound - objective);
  if (difference <= tolerance) return 0;
  return difference / Math.max(Math.abs(objective), Math.abs(bound));
}

/**
 * Solves a maximisation MILP (CPLEX LP text) with HiGHS' persistent API: a time limit, an optional starting solution,
 * progress callbacks, and — when a limit stops it — the best solution found with its proven bound, never discarded.
 * The native model is always disposed.
 * @throws {@link RoadmapError} `solver_failed` when HiGHS fails or ends in a state that is none of the above.
 */
export function solveMilp(highs: Highs, lp: string, limits: MilpLimits): MilpOutcome {
  let model: Model | undefined;
  try {
    model = highs.createModel({ format: 'lp', data: lp });
    model.options.set({
      output_flag: false,
      presolve: 'on',
      mip_rel_gap: limits.mipRelGap,
      time_limit: limits.timeLimitSeconds,
    });
    if (limits.start) {
      const { numCols } = model.getDimensions();
      const colValue = new Float64Array(numCols);
      for (let j = 0; j < numCols; j++) colValue[j] = limits.start.get(model.getColName(j)) ?? 0;
      model.setSolution({ colValue });
    }
    let last = { objective: NaN, bound: NaN };
    const report = (objective: number | undefined, bound: number | undefined, seconds: number | undefined) => {
      if (!limits.onProgress || objective === undefined || !Number.isFinite(objective)) return;
      const b = bound !== undefined && Number.isFinite(bound) ? bound : limits.fallbackBound;
      if (objective === last.objective && b === last.bound) return;
      last = { objective, bound: b };
      limits.onProgress({
        seconds: seconds ?? 0,
        objective,
        bound: b,
        gap: relativeGap(objective, b, limits.gapTolerance),
      });
    };
    const { callbackType } = highs.constants;
    model.run(
      limits.onProgress
        ? {
            [callbackType.mipImprovingSolution](event) {
              report(event.data.objective_function_value, event.data.mip_dual_bound, event.data.running_time);
            },
            [callbackType.mipInterrupt](event) {
              report(event.data.mip_primal_bound, event.data.mip_dual_bound, event.data.running_time);
            },
          }
        : undefined,
    );
    const seconds = model.getRunTime();
    const status = model.getModelStatus() as number;
    if (status === INFEASIBLE) return { status: 'infeasible', seconds };
    if (status !== OPTIMAL && !STOPPED_EARLY.has(status))
      throw new RoadmapError('solver_failed', `HiGHS ended with model status ${status} (${statusName(highs, status)})`);
    if (Number(model.info.get('primal_solution_status')) !== PRIMAL_FEASIBLE) return { status: 'no_solution', seconds };
    const objective = Number(model.info.get('objective_function_value'));
    const dual = Number(model.info.get('mip_dual_bound'));
    const bound = Number.isFinite(dual) ? dual : status === OPTIMAL ? objective : limits.fallbackBound;
    const gap = relativeGap(objective, bound, limits.gapTolerance);
    const { colValue } = model.getSolution();
    const values = new Map<string, number>();
    colValue.forEach((x, j) => values.set(model!.getColName(j), x));
    report(objective, bound, seconds);
    return {
      status: status === OPTIMAL || gap <= limits.mipRelGap ? 'optimal' : 'feasible',
      objective,
      bound,
      gap,
      values,
      seconds,
    };
  } catch (error) {
    if (error instanceof RoadmapError) throw error;
    throw new RoadmapError('solver_failed', `HiGHS failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  } finally {
    model?.dispose();
  }
}

function statusName(highs: Highs, status: number): string {
  return Object.entries(highs.constants.modelStatus).find(([, v]) => v === status)?.[0] ?? 'unknown';
}
