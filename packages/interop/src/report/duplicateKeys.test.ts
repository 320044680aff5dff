import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDuplicateKeys } from './duplicateKeys';

/** JSON text of a value, writing the first key of the `target`-th object twice (first with `null`). */
function withDuplicate(value: unknown, target: number): { text: string; key?: string; path?: (string | number)[] } {
  let seen = 0;
  let found: { key: string; path: (string | number)[] } | undefined;
  const write = (v: unknown, path: (string | number)[]): string => {
    if (Array.isArray(v)) return `[${v.map((x, i) => write(x, [...path, i])).join(', ')}]`;
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    const entries = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${write(x, [...path, k])}`);
    const keys = Object.keys(v);
    if (seen++ === target && keys.length > 0) {
      found = { key: keys[0]!, path };
      entries.unshift(`${JSON.stringify(keys[0])}:null`);
    }
    return `{${entries.join(',\n')}}`;
  };
  const text = write(value, []);
  return { text, ...found };
}

describe('findDuplicateKeys', () => {
  it('finds a key written twice, with both places and the path of its object', () => {
    const text = '{"a": 1,\n "b": [{"c": 1, "c": 2}],\n "a": 3}';
    const { duplicates } = findDuplicateKeys(text);
    expect(duplicates).toEqual([
      {
        key: 'c',
        path: ['b', 0],
        first: { offset: 17, line: 2, column: 9 },
        second: { offset: 25, line: 2, column: 17 },
      },
      { key: 'a', path: [], first: { offset: 1, line: 1, column: 2 }, second: { offset: 36, line: 3, column: 2 } },
    ]);
  });

  it('compares keys as JSON.parse does (escapes decoded), and ignores brackets and quotes inside strings', () => {
    expect(findDuplicateKeys('{"a": "}{\\"a\\":", "\\u0061": 2}').duplicates.map((d) => d.key)).toEqual(['a']);
    expect(findDuplicateKeys('{"a\\\\": 1, "a": 2}').duplicates).toEqual([]);
    expect(findDuplicateKeys('[{"a": 1}, {"a": 2}]').duplicates).toEqual([]);
    expect(findDuplicateKeys('{"__proto__": 1, "__proto__": 2}').duplicates.map((d) => d.key)).toEqual(['__proto__']);
  });

  it('settles the usual case by counting keys, without missing a duplicate that spacing or strings could hide', () => {
    // Each text repeats a key; JSON.parse keeps one. Whitespace before a colon, a string ending in an escaped quote
    // before a colon, or a string starting with a colon must not let the key count pass for "no duplicate".
    for (const text of [
      '{"a" :1,"a":2}',
      '{"a":1,"a"\n:2}',
      '{"a":1,"b":"x :","a"\t:2}',
      '{"a":"\\":","a":1}',
      '{"a":":","a":1}',
      '[{"k":1},{"k" : 1, "k" : 2}]',
    ]) {
      const parsed: unknown = JSON.parse(text);
      expect(
        findDuplicateKeys(text, { parsed }).duplicates.map((d) => d.key),
        text,
      ).toEqual(findDuplicateKeys(text).duplicates.map((d) => d.key));
      expect(findDuplicateKeys(text, { parsed }).duplicates.length, text).toBe(1);
    }
    for (const text of ['{"a" : 1, "b":":"}', '{"a":"\\":", "b": {"a": 1}}', '{"t":"2026-03-02T09:00:00Z"}'])
      expect(findDuplicateKeys(text, { parsed: JSON.parse(text) }).duplicates, text).toEqual([]);
  });

  it('keeps the first duplicates of each group and counts the others', () => {
    const text = `[{${Array.from({ length: 50 }, () => '"k": 1').join(',')}}, {"x": 1, "x": 2}]`;
    const { duplicates, omitted } = findDuplicateKeys(text, { limit: 3, groupOf: (path) => path[0] as number });
    expect(duplicates.map((d) => d.path[0])).toEqual([0, 0, 0, 1]);
    expect([...omitted]).toEqual([[0, 46]]);
  });

  it('finds nothing in JSON.stringify output and exactly the injected duplicate otherwise', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.nat({ max: 20 }), (value, target) => {
        expect(findDuplicateKeys(JSON.stringify(value)).duplicates).toEqual([]);
        const { text, key, path } = withDuplicate(value, target);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        const found = findDuplicateKeys(text).duplicates;
        // Counting keys first (the fast path when the parsed value is at hand) changes nothing.
        expect(findDuplicateKeys(text, { parsed: JSON.parse(text) }).duplicates).toEqual(found);
        if (key === undefined) {
          expect(found).toEqual([]);
          return;
        }
        expect(found.map((d) => [d.key, d.path])).toEqual([[key, path]]);
        const [d] = found;
        expect(text.startsWith(JSON.stringify(key), d!.first.offset)).toBe(true);
        expect(text.startsWith(JSON.stringify(key), d!.second.offset)).toBe(true);
        const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
        expect([d!.first.line, d!.second.line]).toEqual([lineOf(d!.first.offset), lineOf(d!.second.offset)]);
      }),
      { numRuns: 1000 },
    );
  });
});
