import { RoadmapError, assertFinite } from '../core/RoadmapError';
import { rankPositions } from '../rank/orderByScore';
import type { RankResult } from '../rank/types';

/** Spearman's ρ and Kendall's τ-b between two rankings of the same items. */
export interface RankCorrelation {
  /** Spearman ρ: Pearson correlation of the (average) rank positions. */
  readonly spearman: number;
  /** Kendall τ-b (tie-adjusted). */
  readonly kendallTau: number;
}

/**
 * Spearman ρ and Kendall τ-b between two vectors of rank positions (1 = best, ties as average ranks).
 * @example
 * rankCorrelation([1, 2, 3, 4], [1, 3, 2, 4]); // { spearman: 0.8, kendallTau: 0.667 }
 */
export function rankCorrelation(a: readonly number[], b: readonly number[]): RankCorrelation {
  if (a.length !== b.length || a.length < 2)
    throw new RoadmapError(
      'invalid_input',
      `rank correlation needs two rankings of the same ≥ 2 items; got ${a.length} and ${b.length}`,
    );
  a.forEach((x, i) => assertFinite(x, `rank ${i} of the first ranking`));
  b.forEach((x, i) => assertFinite(x, `rank ${i} of the second ranking`));
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < n; i++) {
    cov += ((a[i] as number) - ma) * ((b[i] as number) - mb);
    va += ((a[i] as number) - ma) ** 2;
    vb += ((b[i] as number) - mb) ** 2;
  }
  if (va === 0 || vb === 0)
    throw new RoadmapError('degenerate', 'rank correlation is undefined when one ranking ties every item');
  let concordant = 0;
  let discordant = 0;
  let tiesA = 0;
  let tiesB = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const da = Math.sign((a[i] as number) - (a[j] as number));
      const db = Math.sign((b[i] as number) - (b[j] as number));
      if (da === 0 && db === 0) continue;
      if (da === 0) tiesA++;
      else if (db === 0) tiesB++;
      else if (da === db) concordant++;
      else discordant++;
    }
  }
  const kendallTau =
    (concordant - discordant) / Math.sqrt((concordant + discordant + tiesA) * (concordant + discordant + tiesB));
  return { spearman: cov / Math.sqrt(va * vb), kendallTau };
}

/** Rank positions (1 = best, average ranks for ties) of a ranking result, in alternative order, whatever the method's score direction. */
export function ranksOf(result: RankResult): number[] {
  return rankPositions(result.scores, result.details.better);
}

/**
 * Pairwise Spearman and Kendall agreement between several ranking results of the same matrix.
 * @example
 * methodAgreement([rank(m, { method: 'wsm' }), rank(m, { method: 'topsis' })]).pairs[0].spearman;
 */
export function methodAgreement(results: readonly RankResult[]): {
  methods: string[];
  pairs: { a: string; b: string; spearman: number; kendallTau: number }[];
} {
  const ranks = results.map(ranksOf);
  const pairs: { a: string; b: string; spearman: number; kendallTau: number }[] = [];
  for (let i = 0; i < results.length; i++) {
    for (let j = i + 1; j < results.length; j++) {
      pairs.push({
        a: results[i]!.method,
        b: results[j]!.method,
        ...rankCorrelation(ranks[i] as number[], ranks[j] as number[]),
      });
    }
  }
  return { methods: results.map((r) => r.method), pairs };
}
