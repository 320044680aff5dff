import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateSyntaxError, nestsDeeperThan, valueNestsDeeperThan } from './jsonSyntax';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('locateSyntaxError', () => {
  it('agrees with JSON.parse on valid JSON and on random mutations of it', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 3 }), (json, at, insert) => {
        expect(locateSyntaxError(json)).toBeUndefined();
        const i = at % (json.length + 1);
        const mutated = json.slice(0, i) + insert + json.slice(i + (at % 2));
        expect(locateSyntaxError(mutated) === undefined).toBe(parses(mutated));
      }),
      { numRuns: 2000 },
    );
  });

  it('points at the offending character', () => {
    expect(locateSyntaxError('{"a": high}')).toEqual({ position: 6, found: 'h' });
    expect(locateSyntaxError('{"a": 1,}')).toEqual({ position: 8, found: '}' });
    expect(locateSyntaxError('[1, 2')).toEqual({ position: 5, found: undefined });
    expect(locateSyntaxError('{"a": 01}')).toEqual({ position: 7, found: '1' });
    expect(locateSyntaxError('"\\x"')).toEqual({ position: 2, found: 'x' });
    expect(locateSyntaxError('{} {}')).toEqual({ position: 3, found: '{' });
  });

  it('survives extreme nesting without recursion', () => {
    expect(locateSyntaxError('['.repeat(1_000_000))).toEqual({ position: 1_000_000, found: undefined });
  });
});

describe('nesting depth', () => {
  it('measures text and values alike, ignoring brackets inside strings', () => {
    expect(nestsDeeperThan('[[["[[[[[[[["]]]', 3)).toBe(false);
    expect(nestsDeeperThan('[[[[]]]]', 3)).toBe(true);
    expect(nestsDeeperThan('{"a":{"b":{"c":{}}}}', 4)).toBe(false);
    expect(nestsDeeperThan('{"a":{"b":{"c":{}}}}', 3)).toBe(true);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 1, max: 8 }), (value, limit) => {
        expect(nestsDeeperThan(JSON.stringify(value), limit)).toBe(valueNestsDeeperThan(value, limit));
      }),
      { numRuns: 1000 },
    );
  });
});
