import { RoadmapError, assertFinite } from '../core/RoadmapError';
import { ahp, checkPairwise, type AhpOptions, type AhpResult } from './ahp';

/** Options of {@link groupAhp}. */
export interface GroupAhpOptions extends AhpOptions {
  /** `aij` aggregates judgments (element-wise geometric mean, default); `aip` aggregates each juror's priorities. */
  readonly aggregation?: 'aij' | 'aip';
  /** For AIP: arithmetic (default) or normalised geometric mean of the priority vectors. */
  readonly priorityMean?: 'arithmetic' | 'geometric';
  /** Juror weights (default equal), rescaled to sum to 1. */
  readonly jurorWeights?: readonly number[];
}

/** Group AHP result: group weights, the consistency of the aggregated matrix (AIJ) and each juror's own result. */
export interface GroupAhpResult {
  /** Group priorities, summing to 1. */
  readonly weights: number[];
  /** For AIJ, the AHP result of the aggregated matrix. */
  readonly aggregated?: AhpResult;
  /** For AIJ, the aggregated judgment matrix. */
  readonly aggregatedMatrix?: number[][];
  /** Each juror's own AHP result (CR included), in input order. */
  readonly individual: AhpResult[];
  /** Parameters used, defaults included. */
  readonly parameters: {
    readonly aggregation: 'aij' | 'aip';
    readonly priorityMean?: 'arithmetic' | 'geometric';
    readonly jurorWeights: number[];
    readonly prioritisation: string;
    readonly randomIndex: 'saaty1980' | number;
  };
}

/**
 * Aggregates several jurors' pairwise matrices element by element with the (weighted) geometric mean, which keeps the result reciprocal (Forman & Peniwati 1998).
 * @example
 * aggregateJudgments([[[1, 3], [1 / 3, 1]], [[1, 1 / 3], [3, 1]]]); // [[1, 1], [1, 1]]
 */
export function aggregateJudgments(
  matrices: readonly (readonly (readonly number[])[])[],
  jurorWeights?: readonly number[],
): number[][] {
  const w = checkGroup(matrices, jurorWeights);
  const n = matrices[0]!.length;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) =>
      Math.exp(matrices.reduce((s, a, k) => s + (w[k] as number) * Math.log(a[i]?.[j] as number), 0)),
    ),
  );
}

/**
 * Group AHP by aggregating individual judgments (AIJ) or individual priorities (AIP), after Forman & Peniwati (1998).
 * @example
 * const g = groupAhp([juror1, juror2, juror3], { aggregation: 'aij', prioritisation: 'eigenvector' });
 * g.weights; g.aggregated?.cr; g.individual.map((r) => r.cr);
 */
export function groupAhp(
  matrices: readonly (readonly (readonly number[])[])[],
  options: GroupAhpOptions = {},
): GroupAhpResult {
  const aggregation = options.aggregation ?? 'aij';
  const jurorWeights = checkGroup(matrices, options.jurorWeights);
  const ahpOptions: AhpOptions = {
    prioritisation: options.prioritisation ?? 'eigenvector',
    randomIndex: options.randomIndex ?? 'saaty1980',
    ...(options.reciprocalTolerance === undefined ? {} : { reciprocalTolerance: options.reciprocalTolerance }),
  };
  const individual = matrices.map((a) => ahp(a, ahpOptions));
  const base = {
    jurorWeights,
    prioritisation: ahpOptions.prioritisation as string,
    randomIndex: ahpOptions.randomIndex as 'saaty1980' | number,
  };
  if (aggregation === 'aij') {
    const aggregatedMatrix = aggregateJudgments(matrices, jurorWeights);
    // The geometric mean of reciprocal matrices is reciprocal up to rounding; check with a looser tolerance.
    const aggregated = ahp(aggregatedMatrix, { ...ahpOptions, reciprocalTolerance: 1e-9 });
    return {
      weights: aggregated.weights,
      aggregated,
      aggregatedMatrix,
      individual,
      parameters: { aggregation, ...base },
    };
  }
  if (aggregation !== 'aip')
    throw new RoadmapError('invalid_option', `unknown aggregation ${JSON.stringify(aggregation)}; expected aij or aip`);
  const priorityMean = options.priorityMean ?? 'arithmetic';
  const n = matrices[0]!.length;
  let weights: number[];
  if (priorityMean === 'arithmetic') {
    weights = Array.from({ length: n }, (_, i) =>
      individual.reduce((s, r, k) => s + (jurorWeights[k] as number) * (r.weights[i] as number), 0),
    );
  } else if (priorityMean === 'geometric') {
    const g = Array.from({ length: n }, (_, i) =>
      Math.exp(individual.reduce((s, r, k) => s + (jurorWeights[k] as number) * Math.log(r.weights[i] as number), 0)),
    );
    const sum = g.reduce((a, b) => a + b, 0);
    weights = g.map((x) => x / sum);
  } else
    throw new RoadmapError(
      'invalid_option',
      `unknown priorityMean ${JSON.stringify(priorityMean)}; expected arithmetic or geometric`,
    );
  return { weights, individual, parameters: { aggregation, priorityMean, ...base } };
}

function checkGroup(matrices: readonly (readonly (readonly number[])[])[], jurorWeights?: readonly number[]): number[] {
  if (!Array.isArray(matrices) || matrices.length === 0)
    throw new RoadmapError('invalid_input', 'group AHP needs at least one pairwise matrix');
  const n = matrices[0]?.length;
  matrices.forEach((a, k) => {
    checkPairwise(a);
    if (a.length !== n)
      throw new RoadmapError(
        'invalid_input',
        `juror ${k}'s matrix is ${a.length} × ${a.length}; expected ${n} × ${n} like juror 0`,
      );
  });
  const w = jurorWeights ?? matrices.map(() => 1);
  if (w.length !== matrices.length)
    throw new RoadmapError(
      'invalid_input',
      `jurorWeights needs one weight per juror (${matrices.length}); got ${w.length}`,
    );
  w.forEach((x, k) => {
    assertFinite(x, `juror weight ${k}`);
    if (x < 0) throw new RoadmapError('invalid_weights', `juror weight ${k} is negative (${x})`);
  });
  const s = w.reduce((a, b) => a + b, 0);
  if (s <= 0) throw new RoadmapError('invalid_weights', 'juror weights sum to 0');
  return w.map((x) => x / s);
}
