/**
 * Ranks values ascending (1 = smallest) with average ranks for ties, and the tie term Σ(t³ − t) over tie groups.
 * @example
 * averageRanks([10, 20, 20]); // { ranks: [1, 2.5, 2.5], tieTerm: 6 }
 */
export function averageRanks(values: readonly number[]): { ranks: number[]; tieTerm: number } {
  const idx = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Array<number>(values.length).fill(0);
  let tieTerm = 0;
  let k = 0;
  while (k < idx.length) {
    let e = k;
    while (e + 1 < idx.length && values[idx[e + 1] as number] === values[idx[k] as number]) e++;
    const t = e - k + 1;
    if (t > 1) tieTerm += t ** 3 - t;
    for (let s = k; s <= e; s++) ranks[idx[s] as number] = (k + e) / 2 + 1;
    k = e + 1;
  }
  return { ranks, tieTerm };
}
