/** Scores closer than this (relative) are reported as ties. */
export const tieTolerance = 1e-12;

/** True when two scores are equal up to floating-point noise. */
export function sameScore(a: number, b: number): boolean {
  return Math.abs(a - b) <= tieTolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Indices of `scores` best first (stable: equal scores keep input order), the groups of tied ids, and each
 * alternative's competition rank ("1224": tied alternatives share the best rank of their group), in input order.
 */
export function orderByScore(
  ids: readonly string[],
  scores: readonly number[],
  better: 'higher' | 'lower',
): { order: number[]; ranking: string[]; ties: string[][]; ranks: number[] } {
  const order = scores.map((_, i) => i);
  const sign = better === 'higher' ? -1 : 1;
  order.sort((a, b) => {
    const sa = scores[a] as number;
    const sb = scores[b] as number;
    return sameScore(sa, sb) ? a - b : sign * (sa - sb);
  });
  const ties: string[][] = [];
  const ranks = new Array<number>(scores.length).fill(0);
  let group: number[] = [];
  let groupRank = 1;
  order.forEach((i, position) => {
    const last = group[group.length - 1];
    // Ties are judged against the group's first score, so a chain of near-equal scores cannot drift into one group.
    const first = group[0];
    if (last !== undefined && first !== undefined && sameScore(scores[first] as number, scores[i] as number))
      group.push(i);
    else {
      if (group.length > 1) ties.push(group.map((k) => ids[k] as string));
      group = [i];
      groupRank = position + 1;
    }
    ranks[i] = groupRank;
  });
  if (group.length > 1) ties.push(group.map((k) => ids[k] as string));
  return { order, ranking: order.map((i) => ids[i] as string), ties, ranks };
}

/**
 * Rank positions (1 = best) with average ranks for ties, from scores where `better` says which direction wins.
 * @example
 * rankPositions([0.9, 0.5, 0.9], 'higher'); // [1.5, 3, 1.5]
 */
export function rankPositions(scores: readonly number[], better: 'higher' | 'lower'): number[] {
  const idx = scores.map((_, i) => i);
  const sign = better === 'higher' ? -1 : 1;
  idx.sort((a, b) => sign * ((scores[a] as number) - (scores[b] as number)));
  const ranks = new Array<number>(scores.length).fill(0);
  let k = 0;
  while (k < idx.length) {
    let e = k;
    while (e + 1 < idx.length && sameScore(scores[idx[e + 1] as number] as number, scores[idx[k] as number] as number))
      e++;
    const avg = (k + e) / 2 + 1;
    for (let t = k; t <= e; t++) ranks[idx[t] as number] = avg;
    k = e + 1;
  }
  return ranks;
}
