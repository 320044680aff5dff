/**
 * Run-time helpers of the generated validators (imported by src/generated code, not part of the public API), in place
 * of ajv's CommonJS runtime modules so that the validators are plain ES modules with nothing to load but this file:
 * string length in code points, JSON equality, and `uniqueItems` in linear time (ajv compares every pair).
 */

/** Any UTF-16 surrogate code unit (half of a code point beyond the Basic Multilingual Plane, or a lone one). */
const SURROGATE = /[\uD800-\uDFFF]/;

/** The length of a string in Unicode code points, as JSON Schema's `minLength`/`maxLength` count it (RFC 8259 §8). */
export function ucs2length(text: string): number {
  // Almost every string has no surrogate: one native scan settles it (several times faster than the loop below, and
  // every validated identifier, name and code goes through here, often twice: minLength and maxLength).
  if (!SURROGATE.test(text)) return text.length;
  let length = 0;
  for (let i = 0; i < text.length; i++, length++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point; a lone surrogate counts as one.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return length;
}

/** Deep equality of JSON values, as `const` and `enum` compare them (object member order ignored). */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a !== a && b !== b; // NaN
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys)
    if (!Object.hasOwn(b, k) || !equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      return false;
  return true;
}

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

/** Appends one error to a validator's error list, creating the list on the first error (ajv's `vErrors`). */
export function addError<E>(errors: E[] | null, error: E): E[] {
  if (errors === null) return [error];
  errors.push(error);
  return errors;
}
