import { isRoadmapError, RoadmapError } from '../core/RoadmapError';
import type { AggregatedScores } from './aggregateScores';
import { kendallW, type KendallWResult } from './kendallW';

/** Kendall's W of a jury, overall and per criterion, over the jurors who scored every project. */
export interface JuryAgreement {
  /** W of each juror's weighted total per project (undefined when fewer than two jurors scored everything, or nobody orders anything). */
  readonly overall?: KendallWResult;
  /** W per criterion (undefined for a criterion where it cannot be computed). */
  readonly byCriterion: Record<string, KendallWResult | undefined>;
  /** Jurors included. */
  readonly jurors: string[];
  /** Jurors left out because they abstained on or skipped some project (Kendall's W needs a complete table). */
  readonly excluded: { readonly juror: string; readonly projects: string[] }[];
}

/**
 * Agreement of the jury: Kendall's W (tie-corrected) over the jurors with a complete set of scores, overall (on each juror's weighted total) and per criterion.
 * @example
 * juryAgreement(aggregateScores({ scores }), { weights: { impact: 2, cost: 1 } }).overall?.w;
 */
export function juryAgreement(
  aggregated: AggregatedScores,
  options: { weights?: Readonly<Record<string, number>> } = {},
): JuryAgreement {
  const { projects, criteria, cells } = aggregated;
  const weights = criteria.map((c) => options.weights?.[c] ?? 1);
  weights.forEach((w, j) => {
    if (!Number.isFinite(w) || w < 0)
      throw new RoadmapError('invalid_weights', `weight of "${criteria[j]}" must be a finite number ≥ 0`);
  });
  const excluded: { juror: string; projects: string[] }[] = [];
  const jurors: string[] = [];
  for (const juror of aggregated.jurors) {
    const gaps = projects.filter((_, i) => criteria.some((_, j) => !Object.hasOwn(cells[i]![j]!.scores, juror)));
    if (gaps.length > 0) excluded.push({ juror, projects: gaps });
    else jurors.push(juror);
  }
  const safe = (table: number[][]): KendallWResult | undefined => {
    try {
      return kendallW(table);
    } catch (error) {
      if (isRoadmapError(error)) return undefined;
      throw error;
    }
  };
  const byCriterion: Record<string, KendallWResult | undefined> = {};
  criteria.forEach((c, j) => {
    byCriterion[c] = safe(jurors.map((juror) => projects.map((_, i) => cells[i]![j]!.scores[juror] as number)));
  });
  const totals = jurors.map((juror) =>
    projects.map((_, i) =>
      criteria.reduce((s, _c, j) => s + (weights[j] as number) * (cells[i]![j]!.scores[juror] as number), 0),
    ),
  );
  const overall = safe(totals);
  return { ...(overall ? { overall } : {}), byCriterion, jurors, excluded };
}
