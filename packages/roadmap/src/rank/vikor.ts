import type { DecisionMatrix } from '../core/decisionMatrix';
import { highest, lowest, share } from '../core/normalize';
import { RoadmapError } from '../core/RoadmapError';
import { orderByScore, sameScore } from './orderByScore';

/** VIKOR S, R, Q and the compromise set (Opricovic & Tzeng 2004) on raw values with rescaled weights. */
export function vikorScores(matrix: DecisionMatrix, weights: readonly number[], v: number) {
  if (!(v >= 0 && v <= 1)) throw new RoadmapError('invalid_option', `VIKOR v must be in [0, 1]; got ${v}`);
  const m = matrix.alternatives.length;
  const n = matrix.criteria.length;
  const best: number[] = [];
  const worst: number[] = [];
  for (let j = 0; j < n; j++) {
    const col = matrix.values.map((row) => row[j] as number);
    const cost = matrix.criteria[j]?.type === 'cost';
    best.push(cost ? lowest(col) : highest(col));
    worst.push(cost ? highest(col) : lowest(col));
  }
  const S: number[] = [];
  const R: number[] = [];
  for (const row of matrix.values) {
    let s = 0;
    let r = 0;
    for (let j = 0; j < n; j++) {
      const b = best[j] as number;
      const w = worst[j] as number;
      // A constant criterion separates nobody: its regret is 0 for everyone. The share is overflow-safe (±1e308).
      const term = b === w ? 0 : (weights[j] as number) * share(b, row[j] as number, b, w);
      s += term;
      r = Math.max(r, term);
    }
    S.push(s);
    R.push(r);
  }
  const sMin = lowest(S);
  const sMax = highest(S);
  const rMin = lowest(R);
  const rMax = highest(R);
  // S and R lie in [0, 1] (weights sum to 1). A spread no larger than rounding error is no spread: dividing by it would
  // turn the last bits of the weights into Q (weights 0.01 and 0.010000000000000002 gave Q 0.042 or 0.045 depending
  // on a constant factor applied to all of them), so such a measure separates nobody, like a constant criterion.
  const Q = S.map((s, i) => {
    const a = sameScore(sMax, sMin) ? 0 : (s - sMin) / (sMax - sMin);
    const b = sameScore(rMax, rMin) ? 0 : ((R[i] as number) - rMin) / (rMax - rMin);
    return v * a + (1 - v) * b;
  });
  const ids = matrix.alternatives;
  const byQ = orderByScore(ids, Q, 'lower').order;
  const dq = m > 1 ? 1 / (m - 1) : 0;
  const first = byQ[0] as number;
  const second = byQ[1];
  const acceptableAdvantage = second === undefined || (Q[second] as number) - (Q[first] as number) >= dq - 1e-12;
  const bestS = orderByScore(ids, S, 'lower').order[0] as number;
  const bestR = orderByScore(ids, R, 'lower').order[0] as number;
  const acceptableStability =
    sameScore(S[first] as number, S[bestS] as number) || sameScore(R[first] as number, R[bestR] as number);
  let compromise: number[];
  if (!acceptableAdvantage) compromise = byQ.filter((i) => (Q[i] as number) - (Q[first] as number) < dq - 1e-12);
  else if (!acceptableStability && second !== undefined) compromise = [first, second];
  else compromise = [first];
  return {
    S,
    R,
    Q,
    dq,
    compromiseSet: compromise.map((i) => ids[i] as string),
    acceptableAdvantage,
    acceptableStability,
  };
}
