import { checkMatrix, type DecisionMatrix } from '../core/decisionMatrix';
import { normalizeMatrix, type Normalization } from '../core/normalize';
import { RoadmapError } from '../core/RoadmapError';
import { sameScore } from '../rank/orderByScore';
import { seededRandom, uniformSimplex } from '../core/seededRandom';

/** Options of {@link smaa}. */
export interface SmaaOptions {
  /** Number of Monte Carlo weight draws (default 10,000). */
  readonly draws?: number;
  /** Seed of the generator (default 1): the same seed gives the same result. */
  readonly seed?: number;
  /** WSM normalisation (default minmax). */
  readonly normalization?: Normalization;
}

/** SMAA-2 result for weighted-sum scores with weights uniform on the simplex. */
export interface SmaaResult {
  /** rankAcceptability[i][r]: share of draws in which alternative i has rank r + 1 (tied alternatives share the ranks they span). */
  readonly rankAcceptability: number[][];
  /** centralWeights[i]: mean weight vector of the draws where i ranks first (empty when it never does). */
  readonly centralWeights: number[][];
  /** Confidence factor: 1 when i ranks first under its central weights, else 0 (the criterion values are exact here). */
  readonly confidence: number[];
  /** Parameters used, defaults included. */
  readonly parameters: {
    readonly draws: number;
    readonly seed: number;
    readonly normalization: Normalization;
    readonly weightDistribution: 'uniform-simplex';
  };
}

/**
 * Computes the normalised signed table used by weighted sums, shared with the funding probability.
 */
export function signedTable(matrix: DecisionMatrix, normalization: Normalization): number[][] {
  const table = normalizeMatrix(matrix, normalization);
  return table.values.map((row) =>
    row.map((r, j) => (!table.directionApplied[j] && matrix.criteria[j]?.type === 'cost' ? -r : r)),
  );
}

/** Checks a draw count. */
export function checkDraws(draws: number): void {
  if (!Number.isInteger(draws) || draws < 1)
    throw new RoadmapError('invalid_option', `draws must be a positive integer; got ${draws}`);
}

/**
 * SMAA-2 (Lahdelma & Salminen 2001) on weighted-sum scores: rank acceptabilities, central weights and confidence factors from seeded uniform weight draws.
 * @example
 * const s = smaa(matrix, { draws: 10_000, seed: 7 });
 * s.rankAcceptability[0][0]; // probability that the first alternative ranks first
 */
export function smaa(matrix: DecisionMatrix, options: SmaaOptions = {}): SmaaResult {
  checkMatrix(matrix);
  const draws = options.draws ?? 10_000;
  const seed = options.seed ?? 1;
  const normalization = options.normalization ?? 'minmax';
  checkDraws(draws);
  const values = signedTable(matrix, normalization);
  const m = values.length;
  const n = matrix.criteria.length;
  const random = seededRandom(seed);
  const acceptability = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  const central = Array.from({ length: m }, () => new Array<number>(n).fill(0));
  const firstCount = new Array<number>(m).fill(0);
  const w = new Array<number>(n).fill(0);
  const scores = new Array<number>(m).fill(0);
  const idx = Array.from({ length: m }, (_, i) => i);
  for (let d = 0; d < draws; d++) {
    uniformSimplex(random, w);
    for (let i = 0; i < m; i++) {
      const row = values[i] as number[];
      let s = 0;
      for (let j = 0; j < n; j++) s += (w[j] as number) * (row[j] as number);
      scores[i] = s;
    }
    idx.sort((a, b) => (scores[b] as number) - (scores[a] as number));
    let k = 0;
    while (k < m) {
      let e = k;
      while (e + 1 < m && sameScore(scores[idx[e + 1] as number] as number, scores[idx[k] as number] as number)) e++;
      const share = 1 / (e - k + 1);
      for (let t = k; t <= e; t++) {
        const acc = acceptability[idx[t] as number] as number[];
        for (let r = k; r <= e; r++) acc[r] = (acc[r] as number) + share;
        if (k === 0) {
          const i = idx[t] as number;
          firstCount[i] = (firstCount[i] as number) + share;
          const c = central[i] as number[];
          for (let j = 0; j < n; j++) c[j] = (c[j] as number) + share * (w[j] as number);
        }
      }
      k = e + 1;
    }
  }
  const rankAcceptability = acceptability.map((row) => row.map((x) => x / draws));
  const centralWeights = central.map((c, i) =>
    (firstCount[i] as number) > 0 ? c.map((x) => x / (firstCount[i] as number)) : [],
  );
  const confidence = centralWeights.map((cw, i) => {
    if (cw.length === 0) return 0;
    const s = values.map((row) => row.reduce((acc, x, j) => acc + x * (cw[j] as number), 0));
    const best = Math.max(...s);
    return sameScore(s[i] as number, best) ? 1 : 0;
  });
  return {
    rankAcceptability,
    centralWeights,
    confidence,
    parameters: { draws, seed, normalization, weightDistribution: 'uniform-simplex' },
  };
}
