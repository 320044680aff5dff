import { checkMatrix, column, type DecisionMatrix } from '../core/decisionMatrix';
import { RoadmapError } from '../core/RoadmapError';
import { highest, lowest } from '../core/normalize';

/** Objective weighting methods, offered as diagnostics beside the jury's weights. */
export type ObjectiveWeighting = 'entropy' | 'critic';

/**
 * Objective criterion weights from the data alone: Shannon entropy (pᵢⱼ = xᵢⱼ/Σᵢxᵢⱼ, k = 1/ln m, 0·ln 0 = 0, criterion types ignored)
 * or CRITIC (Diakoulaki et al. 1995: min-max scaling with cost criteria inverted, sample standard deviation, Pearson correlation).
 * The matrix's own weights are ignored.
 * @example
 * objectiveWeights(matrix, 'critic'); // one weight per criterion, summing to 1
 */
export function objectiveWeights(matrix: DecisionMatrix, method: ObjectiveWeighting): number[] {
  checkMatrix(matrix);
  const m = matrix.alternatives.length;
  if (m < 2) throw new RoadmapError('degenerate', `${method} weights need at least two alternatives`);
  const cols = matrix.criteria.map((_, j) => column(matrix.values, j));
  let raw: number[];
  if (method === 'entropy') {
    const k = 1 / Math.log(m);
    raw = cols.map((col, j) => {
      const id = matrix.criteria[j]?.id;
      if (col.some((x) => x < 0))
        throw new RoadmapError(
          'invalid_input',
          `entropy weights need non-negative values; criterion "${id}" has a negative value`,
        );
      const sum = col.reduce((a, b) => a + b, 0);
      if (sum === 0)
        throw new RoadmapError('degenerate', `entropy weights: criterion "${id}" is 0 for every alternative`);
      const e = -k * col.reduce((s, x) => (x === 0 ? s : s + (x / sum) * Math.log(x / sum)), 0);
      return 1 - e;
    });
  } else if (method === 'critic') {
    const scaled = cols.map((col, j) => {
      const min = lowest(col);
      const max = highest(col);
      if (max === min)
        throw new RoadmapError(
          'degenerate',
          `CRITIC weights: criterion "${matrix.criteria[j]?.id}" is constant, so its correlation is undefined`,
        );
      return col.map((x) => (matrix.criteria[j]?.type === 'cost' ? (max - x) / (max - min) : (x - min) / (max - min)));
    });
    const means = scaled.map((c) => c.reduce((a, b) => a + b, 0) / m);
    const sds = scaled.map((c, j) => Math.sqrt(c.reduce((s, x) => s + (x - (means[j] as number)) ** 2, 0) / (m - 1)));
    const corr = (a: number, b: number) => {
      const ca = scaled[a] as number[];
      const cb = scaled[b] as number[];
      const cov =
        ca.reduce((s, x, i) => s + (x - (means[a] as number)) * ((cb[i] as number) - (means[b] as number)), 0) /
        (m - 1);
      return cov / ((sds[a] as number) * (sds[b] as number));
    };
    raw = scaled.map((_, j) => (sds[j] as number) * scaled.reduce((s, _c, k) => s + (1 - corr(j, k)), 0));
  } else {
    throw new RoadmapError(
      'invalid_option',
      `unknown objective weighting ${JSON.stringify(method)}; expected entropy or critic`,
    );
  }
  const total = raw.reduce((a, b) => a + b, 0);
  if (!(total > 0))
    throw new RoadmapError(
      'degenerate',
      `${method} weights are undefined: no criterion discriminates between the alternatives`,
    );
  return raw.map((x) => x / total);
}
