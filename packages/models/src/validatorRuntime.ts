/**
 * Run-time helpers of the generated validators (imported by src/generated code, not part of the public API): work
 * that ajv's generated code would do in more than linear time is done here in linear time.
 */

/** A key that is equal for two JSON values exactly when they are deep-equal (object member order ignored). */
function canonicalKey(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    // Strings and numbers stay apart ("1" vs 1) because JSON.stringify quotes strings.
    return value === undefined ? 'undefined' : JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalKey(value[i]);
    return `${out}]`;
  }
  const keys = Object.keys(value).sort();
  let out = '{';
  for (let i = 0; i < keys.length; i++)
    out += `${i ? ',' : ''}${JSON.stringify(keys[i])}:${canonicalKey((value as Record<string, unknown>)[keys[i]!])}`;
  return `${out}}`;
}

/**
 * The pair of equal items `uniqueItems` reports, in linear time (ajv compares every pair): `[i, j]` with `i` the last
 * index that repeats an earlier item and `j` the last earlier index equal to it — the pair ajv's own loop finds first —
 * or `undefined` when all items differ.
 */
export function duplicateItems(items: readonly unknown[]): [number, number] | undefined {
  const lastSeen = new Map<string, number>();
  let found: [number, number] | undefined;
  for (let i = 0; i < items.length; i++) {
    const key = canonicalKey(items[i]);
    const j = lastSeen.get(key);
    if (j !== undefined) found = [i, j];
    lastSeen.set(key, i);
  }
  return found;
}
