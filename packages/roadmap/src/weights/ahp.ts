import { RoadmapError, assertFinite, finiteResult } from '../core/RoadmapError';
import { saaty1980RandomIndex } from './randomIndex';

/** How AHP priorities are derived from a pairwise matrix. */
export type Prioritisation = 'eigenvector' | 'geometric-mean' | 'column-mean';

/** Options of {@link ahp}. */
export interface AhpOptions {
  /** Priority derivation (default `eigenvector`, Saaty's principal right eigenvector). */
  readonly prioritisation?: Prioritisation;
  /** Random index: `saaty1980` (default, n ≤ 10) or the RI value itself for another table. */
  readonly randomIndex?: 'saaty1980' | number;
  /** Largest accepted |aᵢⱼ·aⱼᵢ − 1| (default 1e-6): judgments must be reciprocal. */
  readonly reciprocalTolerance?: number;
}

/** AHP result: priorities, λmax = mean of (A·w)ᵢ/wᵢ, consistency index and ratio, and the parameters used. */
export interface AhpResult {
  /** Priority weights, summing to 1. */
  readonly weights: number[];
  /** Mean over i of (A·w)ᵢ / wᵢ for the returned weights. */
  readonly lambdaMax: number;
  /** Consistency index (λmax − n)/(n − 1), 0 for n ≤ 2 (never negative). */
  readonly ci: number;
  /** Consistency ratio CI/RI (0 when RI is 0, i.e. n ≤ 2). */
  readonly cr: number;
  /** Random index used. */
  readonly ri: number;
  /** Parameters used, defaults included. */
  readonly parameters: { readonly prioritisation: Prioritisation; readonly randomIndex: 'saaty1980' | number };
}

/** Checks that a pairwise matrix is square, positive, with a unit diagonal and reciprocal; throws a specific error otherwise. */
export function checkPairwise(a: readonly (readonly number[])[], tolerance = 1e-6): void {
  if (!Array.isArray(a) || a.length === 0)
    throw new RoadmapError('invalid_input', 'a pairwise comparison matrix must be a non-empty square array');
  const n = a.length;
  a.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== n)
      throw new RoadmapError('invalid_input', `pairwise matrix row ${i} must have ${n} entries`);
    row.forEach((x, j) => {
      assertFinite(x, `pairwise judgment [${i}][${j}]`);
      if (x <= 0) throw new RoadmapError('invalid_input', `pairwise judgment [${i}][${j}] must be positive; got ${x}`);
    });
  });
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const prod = (a[i]?.[j] as number) * (a[j]?.[i] as number);
      if (Math.abs(prod - 1) > tolerance) {
        throw new RoadmapError(
          'not_reciprocal',
          `pairwise matrix is not reciprocal at [${i}][${j}]: ${a[i]?.[j]} × ${a[j]?.[i]} = ${prod}, expected 1`,
        );
      }
    }
  }
}

/** Priority vector of a positive reciprocal matrix by the chosen derivation. */
export function priorities(a: readonly (readonly number[])[], prioritisation: Prioritisation): number[] {
  const n = a.length;
  if (prioritisation === 'geometric-mean') {
    const g = a.map((row) => Math.exp(row.reduce((s, x) => s + Math.log(x), 0) / n));
    return normalise(g);
  }
  if (prioritisation === 'column-mean') {
    const colSums = a[0]!.map((_, j) => a.reduce((s, row) => s + (row[j] as number), 0));
    return a.map((row) => row.reduce((s, x, j) => s + x / (colSums[j] as number), 0) / n);
  }
  if (prioritisation === 'eigenvector') {
    // Power iteration: a positive matrix has a simple dominant (Perron) eigenvalue, so this converges.
    let w = normalise(priorities(a, 'geometric-mean'));
    for (let it = 0; it < 10_000; it++) {
      const next = normalise(multiply(a, w));
      const delta = Math.max(...next.map((x, i) => Math.abs(x - (w[i] as number))));
      w = next;
      if (delta < 1e-15) break;
    }
    return w;
  }
  throw new RoadmapError(
    'invalid_option',
    `unknown prioritisation ${JSON.stringify(prioritisation)}; expected eigenvector, geometric-mean or column-mean`,
  );
}

/**
 * Derives criterion weights from a pairwise comparison matrix (Saaty's AHP) with its consistency ratio.
 * @example
 * const { weights, cr } = ahp([[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]]);
 * // weights ≈ [0.637, 0.258, 0.105], cr ≈ 0.033 (Saaty 1980 RI = 0.58)
 */
export function ahp(pairwise: readonly (readonly number[])[], options: AhpOptions = {}): AhpResult {
  const prioritisation = options.prioritisation ?? 'eigenvector';
  const randomIndex = options.randomIndex ?? 'saaty1980';
  checkPairwise(pairwise, options.reciprocalTolerance ?? 1e-6);
  const n = pairwise.length;
  const weights = priorities(pairwise, prioritisation);
  const aw = multiply(pairwise, weights);
  // A weight that underflows to 0 (judgements near 1e±300) leaves λmax undefined: say so instead of returning NaN.
  const [lambdaMax] = finiteResult([aw.reduce((s, x, i) => s + x / (weights[i] as number), 0) / n], 'λmax');
  // λmax ≥ n for a positive reciprocal matrix; a tiny negative CI is rounding noise.
  const ci = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  const ri = randomIndexFor(n, randomIndex);
  const cr = ri === 0 ? 0 : ci / ri;
  return { weights, lambdaMax, ci, cr, ri, parameters: { prioritisation, randomIndex } };
}

/** The random index for an n × n matrix from the named table or the given value. */
export function randomIndexFor(n: number, randomIndex: 'saaty1980' | number): number {
  if (typeof randomIndex === 'number') {
    assertFinite(randomIndex, 'randomIndex');
    if (randomIndex < 0) throw new RoadmapError('invalid_option', `randomIndex must be ≥ 0; got ${randomIndex}`);
    return n <= 2 ? 0 : randomIndex;
  }
  if (randomIndex !== 'saaty1980')
    throw new RoadmapError(
      'invalid_option',
      `unknown randomIndex ${JSON.stringify(randomIndex)}; expected "saaty1980" or a number`,
    );
  const ri = saaty1980RandomIndex[n];
  if (ri === undefined)
    throw new RoadmapError(
      'invalid_option',
      `Saaty's 1980 random index table stops at n = 10; pass randomIndex as a number for a ${n} × ${n} matrix`,
    );
  return ri;
}

function multiply(a: readonly (readonly number[])[], w: readonly number[]): number[] {
  return a.map((row) => row.reduce((s, x, j) => s + x * (w[j] as number), 0));
}

function normalise(x: readonly number[]): number[] {
  const s = x.reduce((a, b) => a + b, 0);
  return x.map((v) => v / s);
}
