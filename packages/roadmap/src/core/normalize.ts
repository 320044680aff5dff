import { column, type DecisionMatrix } from './decisionMatrix';
import { RoadmapError } from './RoadmapError';

/** How criterion columns are made comparable before aggregation. */
export type Normalization = 'none' | 'minmax' | 'scale' | 'vector' | 'sum' | 'max';

/** Every normalisation name, for option checking. */
export const normalizations: readonly Normalization[] = ['none', 'minmax', 'scale', 'vector', 'sum', 'max'];

/** A normalised table and, per criterion, whether the cost direction is already folded in (higher = better). */
export interface NormalizedTable {
  /** `values[i][j]`, normalised. */
  readonly values: number[][];
  /** True where the direction is applied (every normalisation except `vector`, which keeps cost columns as is). */
  readonly directionApplied: boolean[];
  /** Ids of criteria whose column is constant (min-max maps them to 1 for every alternative). */
  readonly constantCriteria: string[];
}

/**
 * Normalises every column of a decision matrix:
 * minmax `(x − min)/(max − min)` (cost `(max − x)/(max − min)`; a constant column becomes 1),
 * scale: the same with the criterion's own scale as fixed goalposts (a jury's 0–4, so a project's normalised score
 * does not depend on the other candidates; OECD/JRC handbook "min-max with fixed goalposts"),
 * vector `x/√Σx²` (direction left to the method), sum `x/Σx` (cost `(1/x)/Σ(1/x)`),
 * max `x/max` (cost `min/x`), none (values as given; every criterion must be a benefit).
 * @example
 * normalizeMatrix(matrix, 'minmax').values;
 */
export function normalizeMatrix(matrix: DecisionMatrix, normalization: Normalization): NormalizedTable {
  if (!normalizations.includes(normalization)) {
    throw new RoadmapError(
      'invalid_option',
      `unknown normalization ${JSON.stringify(normalization)}; expected one of ${normalizations.join(', ')}`,
    );
  }
  const m = matrix.alternatives.length;
  const out: number[][] = Array.from({ length: m }, () => new Array<number>(matrix.criteria.length).fill(0));
  const directionApplied: boolean[] = [];
  const constantCriteria: string[] = [];
  matrix.criteria.forEach((c, j) => {
    const col = column(matrix.values, j);
    const cost = c.type === 'cost';
    let mapped: number[];
    switch (normalization) {
      case 'none':
        if (cost)
          throw new RoadmapError(
            'invalid_option',
            `normalization "none" uses values as given, so every criterion must be a benefit; "${c.id}" is a cost`,
          );
        mapped = col;
        break;
      case 'minmax': {
        const min = lowest(col);
        const max = highest(col);
        if (max === min) {
          constantCriteria.push(c.id);
          mapped = col.map(() => 1);
        } else mapped = col.map((x) => (cost ? share(max, x, max, min) : share(x, min, max, min)));
        break;
      }
      case 'scale': {
        const scale = c.scale;
        if (!scale)
          throw new RoadmapError(
            'invalid_option',
            `normalization "scale" needs the scale of every criterion; "${c.id}" has none (give { min, max })`,
          );
        const outside = col.find((x) => x < scale.min || x > scale.max);
        if (outside !== undefined)
          throw new RoadmapError(
            'invalid_input',
            `criterion "${c.id}" has the value ${outside}, outside its scale ${scale.min}–${scale.max}`,
          );
        mapped = col.map((x) =>
          cost ? share(scale.max, x, scale.max, scale.min) : share(x, scale.min, scale.max, scale.min),
        );
        break;
      }
      case 'vector': {
        const norm = euclideanNorm(col);
        if (norm === 0)
          throw new RoadmapError('degenerate', `vector normalization: criterion "${c.id}" is 0 for every alternative`);
        mapped = col.map((x) => x / norm);
        break;
      }
      case 'sum': {
        requirePositive(col, c.id, 'sum', cost);
        if (cost) {
          // 1/x of a tiny positive x overflows: scale by the smallest value first (min/x ≤ 1).
          const min = lowest(col);
          const s = col.reduce((a, x) => a + min / x, 0);
          mapped = col.map((x) => min / x / s);
        } else {
          // Divided by the largest value first, so a column of huge values cannot overflow its sum.
          const top = highest(col);
          const s = col.reduce((a, x) => a + (top > 0 ? x / top : 0), 0);
          if (s === 0)
            throw new RoadmapError('degenerate', `sum normalization: criterion "${c.id}" is 0 for every alternative`);
          mapped = col.map((x) => x / top / s);
        }
        break;
      }
      case 'max': {
        requirePositive(col, c.id, 'max', cost);
        if (cost) {
          const min = lowest(col);
          mapped = col.map((x) => min / x);
        } else {
          const max = highest(col);
          if (max === 0)
            throw new RoadmapError('degenerate', `max normalization: criterion "${c.id}" is 0 for every alternative`);
          mapped = col.map((x) => x / max);
        }
        break;
      }
    }
    directionApplied.push(normalization !== 'vector');
    mapped.forEach((x, i) => ((out[i] as number[])[j] = x));
  });
  return { values: out, directionApplied, constantCriteria };
}

function requirePositive(col: readonly number[], id: string, name: string, strictly: boolean): void {
  const bad = col.find((x) => (strictly ? x <= 0 : x < 0));
  if (bad !== undefined) {
    throw new RoadmapError(
      'invalid_input',
      `${name} normalization needs ${strictly ? 'positive' : 'non-negative'} values; criterion "${id}" has ${bad}`,
    );
  }
}

/** The smallest value of a column (a loop: no argument-count limit on long columns). */
export function lowest(col: readonly number[]): number {
  let m = Infinity;
  for (const x of col) if (x < m) m = x;
  return m;
}

/** The largest value of a column. */
export function highest(col: readonly number[]): number {
  let m = -Infinity;
  for (const x of col) if (x > m) m = x;
  return m;
}

/**
 * (a − b) / (hi − lo) for finite numbers whose differences may overflow (±1e308): both differences are taken on halves
 * when the full ones would not be finite, which leaves the ratio unchanged.
 */
export function share(a: number, b: number, hi: number, lo = b): number {
  const num = a - b;
  const den = hi - lo;
  if (Number.isFinite(num) && Number.isFinite(den)) return num / den;
  return (a / 2 - b / 2) / (hi / 2 - lo / 2);
}

/** √Σx², scaled by the largest magnitude so that huge or tiny values neither overflow nor underflow. */
export function euclideanNorm(col: readonly number[]): number {
  let direct = 0;
  for (const x of col) direct += x * x;
  if (Number.isFinite(direct) && direct > 1e-280) return Math.sqrt(direct);
  let m = 0;
  for (const x of col) m = Math.max(m, Math.abs(x));
  if (m === 0) return 0;
  let s = 0;
  for (const x of col) s += (x / m) * (x / m);
  return m * Math.sqrt(s);
}
