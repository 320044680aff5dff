import { RoadmapError, assertFinite } from './RoadmapError';

/** Whether more (benefit) or less (cost) of a criterion is better. */
export type CriterionType = 'benefit' | 'cost';

/** One criterion column of a {@link DecisionMatrix}: its id, non-negative weight and direction. */
export interface MatrixCriterion {
  /** Criterion identifier, unique within the matrix. */
  readonly id: string;
  /** Non-negative weight; weights are rescaled to sum to 1 before use. */
  readonly weight: number;
  /** `benefit` (higher is better) or `cost` (lower is better). */
  readonly type: CriterionType;
  /** The scale values are measured on (e.g. a jury's 0–4), for the `scale` normalisation: its fixed goalposts. */
  readonly scale?: { readonly min: number; readonly max: number };
}

/**
 * The decision matrix every ranking and sensitivity function takes: `values[alternative][criterion]`.
 * @example
 * const matrix: DecisionMatrix = {
 *   alternatives: ['P1', 'P2'],
 *   criteria: [{ id: 'impact', weight: 2, type: 'benefit' }, { id: 'cost', weight: 1, type: 'cost' }],
 *   values: [[3, 120], [4, 200]],
 * };
 */
export interface DecisionMatrix {
  /** Alternative (project) identifiers, one per row. */
  readonly alternatives: readonly string[];
  /** Criteria, one per column. */
  readonly criteria: readonly MatrixCriterion[];
  /** Performance table: `values[i][j]` is alternative i on criterion j. */
  readonly values: readonly (readonly number[])[];
}

/** Checks the shape of a decision matrix (ids unique, rectangular, finite values, non-negative weights) and throws a specific error otherwise. */
export function checkMatrix(matrix: DecisionMatrix): void {
  if (matrix === null || typeof matrix !== 'object')
    throw new RoadmapError(
      'invalid_matrix',
      'the decision matrix must be an object { alternatives, criteria, values }',
    );
  const { alternatives, criteria, values } = matrix;
  if (!Array.isArray(alternatives) || alternatives.length === 0)
    throw new RoadmapError('invalid_matrix', 'matrix.alternatives must be a non-empty array of ids');
  if (!Array.isArray(criteria) || criteria.length === 0)
    throw new RoadmapError('invalid_matrix', 'matrix.criteria must be a non-empty array');
  if (!Array.isArray(values) || values.length !== alternatives.length) {
    throw new RoadmapError(
      'invalid_matrix',
      `matrix.values must have one row per alternative (${alternatives.length}); got ${Array.isArray(values) ? values.length : typeof values}`,
    );
  }
  unique(alternatives, 'alternative');
  unique(
    criteria.map((c) => c.id),
    'criterion',
  );
  for (const c of criteria) {
    if (c.type !== 'benefit' && c.type !== 'cost')
      throw new RoadmapError(
        'invalid_matrix',
        `criterion "${c.id}" has type ${JSON.stringify(c.type)}; expected "benefit" or "cost"`,
      );
    assertFinite(c.weight, `the weight of criterion "${c.id}"`);
    if (c.scale !== undefined) {
      assertFinite(c.scale?.min, `the scale minimum of criterion "${c.id}"`);
      assertFinite(c.scale.max, `the scale maximum of criterion "${c.id}"`);
      if (!(c.scale.max > c.scale.min))
        throw new RoadmapError(
          'invalid_matrix',
          `criterion "${c.id}" has the scale ${c.scale.min}–${c.scale.max}; its maximum must exceed its minimum`,
        );
    }
    if (c.weight < 0)
      throw new RoadmapError(
        'invalid_weights',
        `the weight of criterion "${c.id}" is negative (${c.weight}); weights must be non-negative`,
      );
  }
  values.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== criteria.length) {
      throw new RoadmapError(
        'invalid_matrix',
        `row ${i} ("${alternatives[i]}") must have ${criteria.length} values; got ${Array.isArray(row) ? row.length : typeof row}`,
      );
    }
    row.forEach((x, j) => assertFinite(x, `value of "${alternatives[i]}" on "${criteria[j]?.id}"`));
  });
}

function unique(ids: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (typeof id !== 'string' || id.length === 0)
      throw new RoadmapError(
        'invalid_matrix',
        `every ${what} id must be a non-empty string; got ${JSON.stringify(id)}`,
      );
    if (seen.has(id)) throw new RoadmapError('invalid_matrix', `duplicate ${what} id "${id}"`);
    seen.add(id);
  }
}

/**
 * Rescales non-negative weights to sum to 1; throws when they are negative, not finite or all zero.
 * @example
 * rescaleWeights([2, 1, 1]); // [0.5, 0.25, 0.25]
 */
export function rescaleWeights(weights: readonly number[]): number[] {
  if (weights.length === 0) throw new RoadmapError('invalid_weights', 'at least one weight is needed');
  let sum = 0;
  weights.forEach((w, j) => {
    assertFinite(w, `weight ${j}`);
    if (w < 0)
      throw new RoadmapError('invalid_weights', `weight ${j} is negative (${w}); weights must be non-negative`);
    sum += w;
  });
  if (sum <= 0) throw new RoadmapError('invalid_weights', 'the weights sum to 0; at least one weight must be positive');
  if (Number.isFinite(sum)) return weights.map((w) => w / sum);
  // Weights near the double range overflow their sum ([1e308, 1e308] gave [0, 0]): scale by a power of two (exact) first.
  const scaled = weights.map((w) => w * 2 ** -64);
  const scaledSum = scaled.reduce((a, b) => a + b, 0);
  return scaled.map((w) => w / scaledSum);
}

/** Column j of a rectangular table. */
export function column(values: readonly (readonly number[])[], j: number): number[] {
  return values.map((row) => row[j] as number);
}
