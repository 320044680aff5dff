import type { DecisionMatrix } from '../core/decisionMatrix';
import type { NormalizedTable } from '../core/normalize';
import { RoadmapError } from '../core/RoadmapError';

/** WSM scores Σ wⱼ rᵢⱼ on a normalised table; under vector normalisation cost criteria are subtracted. */
export function weightedSumScores(
  table: NormalizedTable,
  matrix: DecisionMatrix,
  weights: readonly number[],
): number[] {
  return table.values.map((row) =>
    row.reduce((s, r, j) => {
      const w = weights[j] as number;
      const sign = !table.directionApplied[j] && matrix.criteria[j]?.type === 'cost' ? -1 : 1;
      return s + sign * w * r;
    }, 0),
  );
}

/** WPM scores Π rᵢⱼ^wⱼ; under vector normalisation cost criteria get a negative exponent. */
export function weightedProductScores(
  table: NormalizedTable,
  matrix: DecisionMatrix,
  weights: readonly number[],
): number[] {
  return table.values.map((row, i) =>
    row.reduce((p, r, j) => {
      const w = weights[j] as number;
      if (w === 0) return p;
      const sign = !table.directionApplied[j] && matrix.criteria[j]?.type === 'cost' ? -1 : 1;
      if (r < 0 || (r === 0 && sign < 0)) {
        throw new RoadmapError(
          'invalid_input',
          `WPM needs positive normalised values; "${matrix.alternatives[i]}" has ${r} on "${matrix.criteria[j]?.id}"`,
        );
      }
      return p * Math.pow(r, sign * w);
    }, 1),
  );
}
