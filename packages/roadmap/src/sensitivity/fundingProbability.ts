import { checkMatrix, type DecisionMatrix } from '../core/decisionMatrix';
import type { Normalization } from '../core/normalize';
import { RoadmapError, assertFinite } from '../core/RoadmapError';
import { seededRandom, uniformSimplex } from '../core/seededRandom';
import { checkDraws, signedTable } from './smaa';

/** Options of {@link fundingProbability}. */
export interface FundingProbabilityOptions {
  /** Total budget available. */
  readonly budget: number;
  /** Cost of each alternative, in matrix order. */
  readonly costs: readonly number[];
  /** Monte Carlo draws (default 10,000). */
  readonly draws?: number;
  /** Seed (default 1). */
  readonly seed?: number;
  /** WSM normalisation (default minmax). */
  readonly normalization?: Normalization;
  /** Walking down the ranking: `skip` funds every project that still fits (default), `stop` stops at the first that does not. */
  readonly rule?: 'skip' | 'stop';
}

/** Probability of being funded, with the parameters used. */
export interface FundingProbabilityResult {
  /** probability[i]: share of weight draws in which alternative i is funded. */
  readonly probability: number[];
  /** Parameters used, defaults included. */
  readonly parameters: {
    readonly budget: number;
    readonly draws: number;
    readonly seed: number;
    readonly normalization: Normalization;
    readonly rule: 'skip' | 'stop';
  };
}

/**
 * Probability that each project is funded under the budget when weights are drawn uniformly on the simplex and projects are funded down the weighted-sum ranking.
 * @example
 * fundingProbability(matrix, { budget: 1_000_000, costs: [400_000, 350_000, 500_000], seed: 3 }).probability;
 */
export function fundingProbability(
  matrix: DecisionMatrix,
  options: FundingProbabilityOptions,
): FundingProbabilityResult {
  checkMatrix(matrix);
  const draws = options.draws ?? 10_000;
  const seed = options.seed ?? 1;
  const normalization = options.normalization ?? 'minmax';
  const rule = options.rule ?? 'skip';
  checkDraws(draws);
  assertFinite(options.budget, 'budget');
  if (rule !== 'skip' && rule !== 'stop')
    throw new RoadmapError('invalid_option', `rule must be "skip" or "stop"; got ${JSON.stringify(rule)}`);
  const m = matrix.alternatives.length;
  if (!Array.isArray(options.costs) || options.costs.length !== m)
    throw new RoadmapError('invalid_input', `costs needs one cost per alternative (${m})`);
  options.costs.forEach((c, i) => {
    assertFinite(c, `cost of "${matrix.alternatives[i]}"`);
    if (c < 0) throw new RoadmapError('invalid_input', `cost of "${matrix.alternatives[i]}" is negative`);
  });
  const values = signedTable(matrix, normalization);
  const n = matrix.criteria.length;
  const random = seededRandom(seed);
  const w = new Array<number>(n).fill(0);
  const scores = new Array<number>(m).fill(0);
  const idx = Array.from({ length: m }, (_, i) => i);
  const funded = new Array<number>(m).fill(0);
  for (let d = 0; d < draws; d++) {
    uniformSimplex(random, w);
    for (let i = 0; i < m; i++) scores[i] = (values[i] as number[]).reduce((s, x, j) => s + x * (w[j] as number), 0);
    // Stable order: equal scores keep input order, as in rank().
    idx.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
    let left = options.budget;
    for (const i of idx) {
      const c = options.costs[i] as number;
      if (c <= left + 1e-9) {
        funded[i] = (funded[i] as number) + 1;
        left -= c;
      } else if (rule === 'stop') break;
    }
  }
  return {
    probability: funded.map((f) => f / draws),
    parameters: { budget: options.budget, draws, seed, normalization, rule },
  };
}
