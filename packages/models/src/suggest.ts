/** "Did you mean": the closest known name to an unknown one, with bounded work whatever the input. */

/** Names longer than this get no suggestion: no property or type name is that long, and comparing costs time. */
export const MAX_SUGGESTION_LENGTH = 64;
/** At most this many candidates are compared with one name. */
export const MAX_SUGGESTION_CANDIDATES = 1000;

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions) between `a` and `b`, computed only
 * within `limit` of the diagonal: when the distance exceeds `limit` the result is `limit + 1`. Time is
 * O(min(|a|, |b|) × (2 × limit + 1)) and memory O(|b|), so a bounded limit bounds the work on long strings.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  const cap = Math.min(limit, Math.max(m, n));
  if (Math.abs(m - n) > cap) return cap + 1;
  const far = cap + 1;
  // Three rows (i-2, i-1, i) of the dynamic programme, reused; only the band |i - j| <= cap is computed, and the
  // cells just outside it are set to `far` so that no stale value from an earlier row is read.
  let prev2 = new Uint32Array(n + 2).fill(far);
  let prev = new Uint32Array(n + 2).fill(far);
  let row = new Uint32Array(n + 2).fill(far);
  for (let j = 0; j <= Math.min(n, cap); j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const from = Math.max(1, i - cap);
    const to = Math.min(n, i + cap);
    row[0] = i <= cap ? i : far;
    row[from - 1] = from === 1 ? row[0]! : far;
    row[to + 1] = far;
    let best = row[0]!;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = Math.min(d, far);
      if (row[j]! < best) best = row[j]!;
    }
    // A cell of a later row is never below the smallest of this one: past the limit no alignment comes back.
    if (best > cap) return far;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return Math.min(prev[n]!, far);
}

/**
 * The candidate closest to `name`, or `undefined` when none is close enough.
 * Case-only differences always match; otherwise the distance may be at most a third of the name's length (at least 1).
 * Bounded work: names longer than {@link MAX_SUGGESTION_LENGTH} get no suggestion, only the first
 * {@link MAX_SUGGESTION_CANDIDATES} candidates are compared, and distances are computed within the threshold only.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length === 0 || name.length > MAX_SUGGESTION_LENGTH) return undefined;
  const lower = name.toLowerCase();
  const threshold = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = threshold + 1;
  let compared = 0;
  for (const candidate of candidates) {
    if (++compared > MAX_SUGGESTION_CANDIDATES) break;
    if (candidate.length > MAX_SUGGESTION_LENGTH) continue;
    const other = candidate.toLowerCase();
    if (other === lower) return candidate;
    if (Math.abs(other.length - lower.length) >= bestDistance) continue;
    const d = editDistance(lower, other, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
