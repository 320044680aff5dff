import { RoadmapError, assertFinite } from '../core/RoadmapError';
import { averageRanks } from './averageRanks';

/** Borda count result; ties are reported, never broken silently. */
export interface BordaResult {
  /** Borda points per item: Σ over raters of (n − rank), ties getting average points. */
  readonly points: number[];
  /** Σ of rank positions per item (1 = best). */
  readonly rankSums: number[];
  /** Item indices best first (equal points keep input order). */
  readonly order: number[];
  /** Groups of item indices with equal points. */
  readonly ties: number[][];
}

/**
 * Borda count over a raters × items table of scores (higher is better) or of rank positions (1 = best).
 * @example
 * borda([[1, 2, 3], [2, 1, 3], [3, 2, 1]], { input: 'ranks' }).points; // [3, 4, 2]
 */
export function borda(
  table: readonly (readonly number[])[],
  options: { input?: 'scores' | 'ranks' } = {},
): BordaResult {
  const input = options.input ?? 'scores';
  if (input !== 'scores' && input !== 'ranks')
    throw new RoadmapError('invalid_option', `borda input must be "scores" or "ranks"; got ${JSON.stringify(input)}`);
  if (!Array.isArray(table) || table.length === 0)
    throw new RoadmapError('invalid_input', 'borda needs at least one rater (row)');
  const n = table[0]?.length ?? 0;
  const points = new Array<number>(n).fill(0);
  const rankSums = new Array<number>(n).fill(0);
  table.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== n)
      throw new RoadmapError('invalid_input', `rater ${r} must cover all ${n} items`);
    row.forEach((x, i) => assertFinite(x, `entry of rater ${r} on item ${i}`));
    // Rank positions: 1 = best. Scores are ranked descending; given ranks are re-ranked so ties average.
    const ranks = input === 'ranks' ? averageRanks(row).ranks : averageRanks(row.map((x) => -x)).ranks;
    ranks.forEach((rk, i) => {
      rankSums[i] = (rankSums[i] as number) + rk;
      points[i] = (points[i] as number) + (n - rk);
    });
  });
  const order = points.map((_, i) => i).sort((a, b) => (points[b] as number) - (points[a] as number) || a - b);
  const ties: number[][] = [];
  for (const i of order) {
    const g = ties.find((t) => points[t[0] as number] === points[i]);
    if (g) g.push(i);
    else ties.push([i]);
  }
  return { points, rankSums, order, ties: ties.filter((t) => t.length > 1) };
}
