import { chiSquareSurvival } from '../core/chiSquare';
import { RoadmapError, assertFinite } from '../core/RoadmapError';
import { averageRanks } from './averageRanks';

/** Kendall's coefficient of concordance with its chi-square test. */
export interface KendallWResult {
  /** W ∈ [0, 1]: 1 when every rater orders the items identically. */
  readonly w: number;
  /** m(n − 1)·W. */
  readonly chiSquare: number;
  /** Degrees of freedom n − 1. */
  readonly df: number;
  /** Upper-tail p-value of chiSquare (large-sample approximation; n > 7 is the usual rule of thumb). */
  readonly p: number;
  /** Number of raters m. */
  readonly raters: number;
  /** Number of items n. */
  readonly items: number;
  /** Whether the tie correction was applied. */
  readonly tieCorrection: boolean;
}

/**
 * Kendall's W for a complete raters × items table of scores (each rater's scores are turned into average ranks), as in R irr::kendall.
 * W = 12S / (m²(n³ − n) − m·ΣT) with the tie correction, 12S / (m²(n³ − n)) without.
 * @example
 * kendallW([[1, 2, 3, 4], [1, 3, 2, 4], [2, 2, 1, 4]]).w; // 0.724138 (tie-corrected)
 */
export function kendallW(
  scores: readonly (readonly number[])[],
  options: { tieCorrection?: boolean } = {},
): KendallWResult {
  const tieCorrection = options.tieCorrection ?? true;
  if (!Array.isArray(scores) || scores.length < 2)
    throw new RoadmapError('invalid_input', 'Kendall W needs at least two raters (rows)');
  const n = scores[0]?.length ?? 0;
  if (n < 2) throw new RoadmapError('invalid_input', 'Kendall W needs at least two items (columns)');
  const m = scores.length;
  const rankSums = new Array<number>(n).fill(0);
  let ties = 0;
  scores.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== n)
      throw new RoadmapError(
        'invalid_input',
        `rater ${r} must score all ${n} items (Kendall W needs a complete table)`,
      );
    row.forEach((x, i) => assertFinite(x, `score of rater ${r} on item ${i}`));
    const { ranks, tieTerm } = averageRanks(row);
    ranks.forEach((rk, i) => (rankSums[i] = (rankSums[i] as number) + rk));
    ties += tieTerm;
  });
  const mean = (m * (n + 1)) / 2;
  const s = rankSums.reduce((acc, r) => acc + (r - mean) ** 2, 0);
  const denominator = m * m * (n ** 3 - n) - (tieCorrection ? m * ties : 0);
  // Every rater tied every item: no ordering information at all.
  if (denominator <= 0)
    throw new RoadmapError('degenerate', 'Kendall W is undefined: every rater gave every item the same score');
  const w = (12 * s) / denominator;
  const chiSquare = m * (n - 1) * w;
  const df = n - 1;
  return { w, chiSquare, df, p: chiSquareSurvival(chiSquare, df), raters: m, items: n, tieCorrection };
}
