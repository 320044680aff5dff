import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { duplicateItems, ucs2length } from './validatorRuntime';
import { validate } from './index';

/** ajv's own `uniqueItems` loop for items of no single scalar type: the first equal pair from the end. */
function pairwise(items: readonly unknown[]): [number, number] | undefined {
  for (let i = items.length; i--;) for (let j = i; j--;) if (isDeepStrictEqual(items[i], items[j])) return [i, j];
  return undefined;
}

describe('duplicateItems', () => {
  it('reports the pair ajv reports, for any JSON items', () => {
    const item = fc.oneof(fc.constantFrom(0, 1, '1', 'a', null, true, [], {}), fc.jsonValue({ maxDepth: 2 }));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        // JSON values only (no -0): deep equality of JSON is what both compare.
        const json = JSON.parse(JSON.stringify(items)) as unknown[];
        expect(duplicateItems(json)).toEqual(pairwise(json));
      }),
      { numRuns: 3000 },
    );
  });

  it('ignores member order and tells strings from numbers', () => {
    expect(
      duplicateItems([
        { a: 1, b: [2] },
        { b: [2], a: 1 },
      ]),
    ).toEqual([1, 0]);
    expect(duplicateItems([1, '1', [1], ['1']])).toBeUndefined();
  });
});

describe('uniqueItems in the generated validators', () => {
  it('counts an item named __proto__ like any other', () => {
    const result = validate('WorkspaceManifest', {
      name: 'x',
      languages: ['__proto__', '__proto__'],
    });
    expect(result.findings.map((f) => f.code)).toContain('duplicate_items');
  });
});

describe('ucs2length', () => {
  it('counts code points as JSON Schema does: a surrogate pair is one, a lone surrogate is one', () => {
    expect(ucs2length('')).toBe(0);
    expect(ucs2length('Ixelles')).toBe(7);
    expect(ucs2length('Bruxelles 🌳')).toBe(11); // U+1F333 is two UTF-16 units
    expect(ucs2length('\uD83C')).toBe(1); // a lone high surrogate
    expect(ucs2length('a\uDF33b')).toBe(3); // a lone low surrogate
    expect(ucs2length('\uDF33\uD83C')).toBe(2); // low then high: not a pair
  });

  it('agrees with the string iterator (code points) on any text, with or without surrogates', () => {
    const unit = fc.oneof(fc.constantFrom('\uD83C', '\uDF33', '🌳', 'é'), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(ucs2length(text)).toBe([...text].length);
      }),
    );
  });
});
