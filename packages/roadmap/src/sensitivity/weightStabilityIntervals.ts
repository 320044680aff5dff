import { checkMatrix, rescaleWeights, type DecisionMatrix } from '../core/decisionMatrix';
import { normalizeMatrix, type Normalization } from '../core/normalize';
import { RoadmapError } from '../core/RoadmapError';
import { orderByScore } from '../rank/orderByScore';
import { weightedSumScores } from '../rank/weightedSum';

/** Options of {@link weightStabilityIntervals}. */
export interface StabilityOptions {
  /** Normalisation used by the weighted sum (default minmax, as in rank's WSM). */
  readonly normalization?: Normalization;
  /** When set, keep only the set of the first `topK` alternatives (e.g. the funded set) unchanged instead of the full ranking. */
  readonly topK?: number;
}

/**
 * One-at-a-time weight stability intervals of the weighted sum: for each criterion, the range of its weight
 * (the others rescaled proportionally so the weights still sum to 1) within which the full WSM ranking is unchanged.
 * Exact: each score is linear in the moving weight, so the ends are crossings of two consecutive alternatives' score lines.
 * When the other weights are all 0 they cannot be rescaled proportionally and are spread equally instead.
 * With `topK`, the intervals keep the set of the first k alternatives (order inside and outside it may change).
 * @example
 * weightStabilityIntervals(matrix); // [[0.31, 0.62], [0.12, 1], …] in criterion order
 * weightStabilityIntervals(matrix, { topK: 5 }); // wider: only the top-5 set must hold
 */
export function weightStabilityIntervals(matrix: DecisionMatrix, options: StabilityOptions = {}): [number, number][] {
  checkMatrix(matrix);
  const normalization = options.normalization ?? 'minmax';
  const table = normalizeMatrix(matrix, normalization);
  const weights = rescaleWeights(matrix.criteria.map((c) => c.weight));
  const n = weights.length;
  const scores = weightedSumScores(table, matrix, weights);
  const { order } = orderByScore(matrix.alternatives, scores, 'higher');
  const topK = options.topK;
  if (topK !== undefined && (!Number.isInteger(topK) || topK < 1 || topK > order.length)) {
    throw new RoadmapError('invalid_option', `topK must be a whole number between 1 and ${order.length}; got ${topK}`);
  }
  // Pairs (above, below) whose order must hold: consecutive pairs for the full ranking, top set × the rest for topK.
  const pairs: [number, number][] =
    topK === undefined
      ? order.slice(0, -1).map((up, t) => [up, order[t + 1] as number])
      : order.slice(0, topK).flatMap((up) => order.slice(topK).map((down): [number, number] => [up, down]));
  // Signed normalised contribution of alternative i on criterion j (cost criteria subtracted under vector).
  const contribution = (i: number, j: number) => {
    const r = table.values[i]?.[j] as number;
    return !table.directionApplied[j] && matrix.criteria[j]?.type === 'cost' ? -r : r;
  };
  return weights.map((wj, j): [number, number] => {
    if (n === 1) return [1, 1];
    const rest = 1 - wj;
    // Base weights of the other criteria when weight j is 0.
    const others = weights.map((w, k) => (k === j ? 0 : rest > 1e-15 ? w / rest : 1 / (n - 1)));
    const line = (i: number) => {
      const slope0 = others.reduce((s, w, k) => s + w * contribution(i, k), 0);
      return { a: contribution(i, j), b: slope0 }; // score(x) = x·a + (1 − x)·b
    };
    let lo = 0;
    let hi = 1;
    for (const [up, down] of pairs) {
      const p = line(up);
      const q = line(down);
      // d(x) = x(pa − qa) + (1 − x)(pb − qb) must stay ≥ 0 (ties keep input order, so a tie is allowed only when up < down).
      const d0 = p.b - q.b;
      const d1 = p.a - q.a;
      const slope = d1 - d0;
      if (Math.abs(slope) < 1e-15) continue;
      const cross = -d0 / slope;
      if (slope > 0) lo = Math.max(lo, cross);
      else hi = Math.min(hi, cross);
    }
    if (lo > wj + 1e-12 || hi < wj - 1e-12) {
      throw new RoadmapError(
        'degenerate',
        `stability interval of "${matrix.criteria[j]?.id}" does not contain its weight (rounding on tied scores)`,
      );
    }
    return [Math.max(0, Math.min(lo, wj)), Math.min(1, Math.max(hi, wj))];
  });
}
