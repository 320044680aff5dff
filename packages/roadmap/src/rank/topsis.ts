import type { DecisionMatrix } from '../core/decisionMatrix';
import { highest, lowest, type NormalizedTable } from '../core/normalize';

/** TOPSIS distances and closeness on a normalised table with rescaled weights. */
export function topsisScores(
  table: NormalizedTable,
  matrix: DecisionMatrix,
  weights: readonly number[],
): { closeness: number[]; dPlus: number[]; dMinus: number[] } {
  const n = matrix.criteria.length;
  const v = table.values.map((row) => row.map((r, j) => r * (weights[j] as number)));
  const ideal: number[] = [];
  const anti: number[] = [];
  for (let j = 0; j < n; j++) {
    const col = v.map((row) => row[j] as number);
    const max = highest(col);
    const min = lowest(col);
    // Normalisations other than vector already turned costs into benefits.
    const lowerIsBetter = !table.directionApplied[j] && matrix.criteria[j]?.type === 'cost';
    ideal.push(lowerIsBetter ? min : max);
    anti.push(lowerIsBetter ? max : min);
  }
  const dist = (row: number[], p: number[]) => Math.sqrt(row.reduce((s, x, j) => s + (x - (p[j] as number)) ** 2, 0));
  const dPlus = v.map((row) => dist(row, ideal));
  const dMinus = v.map((row) => dist(row, anti));
  const closeness = dPlus.map((dp, i) => {
    const dm = dMinus[i] as number;
    return dp + dm === 0 ? 0.5 : dm / (dp + dm);
  });
  return { closeness, dPlus, dMinus };
}
