/**
 * Duplicate keys in JSON objects. RFC 8259 §4 says names "SHOULD be unique" and leaves the meaning of a repeated one to
 * each parser: JSON.parse keeps the last value, other parsers keep the first or refuse the text. A record whose keys
 * repeat can therefore mean different things to the producer and to us, so the report says where.
 */

/** A place in a JSON text: UTF-16 offset, 1-based line and column. */
export interface TextPosition {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** One key written twice in the same object. */
export interface DuplicateKey {
  readonly key: string;
  /** Keys and array indexes from the root of the text to the object that holds the key. */
  readonly path: readonly (string | number)[];
  /** The opening quote of the first occurrence. */
  readonly first: TextPosition;
  /** The opening quote of the repeated occurrence. */
  readonly second: TextPosition;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const COLON = 0x3a;

/** The work list of {@link keysIn}, kept between calls (emptied after each) so that counting allocates nothing. */
const pending: unknown[] = [];

/** How many keys a parsed JSON value holds, all objects together (own enumerable keys, as JSON.parse makes them). */
function keysIn(value: unknown): number {
  pending.length = 0;
  let count = 0;
  let node = value;
  for (;;) {
    if (node !== null && typeof node === 'object') {
      if (Array.isArray(node)) {
        for (const item of node) if (item !== null && typeof item === 'object') pending.push(item);
      } else
        for (const key in node) {
          count++;
          const item = (node as Record<string, unknown>)[key];
          if (item !== null && typeof item === 'object') pending.push(item);
        }
    }
    if (pending.length === 0) return count;
    node = pending.pop();
  }
}

/**
 * How many keys a valid JSON text writes: its strings followed by a colon (every member name is one, and JSON has no
 * other colon outside strings). One native search per string rather than one step per character.
 */
function keysWritten(text: string): number {
  let count = 0;
  const n = text.length;
  for (let open = text.indexOf('"'); open !== -1;) {
    const end = closingQuote(text, open);
    if (end >= n) break;
    let next = end + 1;
    let c = text.charCodeAt(next);
    while (c === 0x20 || c === NEWLINE || c === 0x0d || c === 0x09) c = text.charCodeAt(++next);
    if (c === COLON) count++;
    open = text.indexOf('"', next);
  }
  return count;
}

/**
 * An upper bound of {@link keysWritten} found without scanning strings: the colons that directly follow a quote. Every
 * key of a valid JSON text ends with a quote followed by its colon, after optional whitespace; when no colon anywhere
 * in the text follows whitespace, each key contributes one distinct `":`, and anything else matching (an escaped quote
 * before a colon inside a string, a string that starts with a colon) only adds to the count. Hence, when this count
 * equals the number of keys JSON.parse kept, no key was written twice. Returns `undefined` when the bound does not
 * apply (a colon after whitespace somewhere, even inside a string). One native search per colon.
 */
function keysWrittenAtMost(text: string): number | undefined {
  let count = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) {
    const before = text.charCodeAt(i - 1);
    if (before === QUOTE) count++;
    else if (before === 0x20 || before === NEWLINE || before === 0x0d || before === 0x09) return undefined;
  }
  return count;
}

/** The offset of the quote that closes the string opening at `open` (the text's length when there is none). */
function closingQuote(text: string, open: number): number {
  let end = open;
  for (;;) {
    end = text.indexOf('"', end + 1);
    if (end === -1) return text.length;
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return end;
  }
}

interface Frame {
  readonly object: boolean;
  /** The key or index this container was entered by (undefined for the root). */
  readonly token: string | number | undefined;
  /** Keys seen so far in an object, with the offset of their first occurrence. */
  keys: Map<string, number> | undefined;
  /** In an object, the last key read; in an array, the index of the current element. */
  lastKey: string;
  index: number;
}

/** What {@link findDuplicateKeys} found: details of the first duplicates of each group, and how many it left out. */
export interface DuplicateKeys {
  readonly duplicates: readonly DuplicateKey[];
  /** Duplicates found beyond the limit, per group. */
  readonly omitted: ReadonlyMap<number, number>;
}

/** Options of {@link findDuplicateKeys}. */
export interface FindDuplicateKeysOptions {
  /** Details kept per group (default: all); the others are counted in `omitted`. */
  readonly limit?: number;
  /** The group of a duplicate from the path of its object, e.g. the array element it is in (default: one group, 0). */
  readonly groupOf?: (path: readonly (string | number)[]) => number;
  /**
   * The value `JSON.parse` gave for the text, when the caller has it: counting its keys against the keys written in
   * the text settles the usual case (no duplicate) at a fraction of the cost of the full scan.
   */
  readonly parsed?: unknown;
}

/**
 * Finds the keys that appear more than once in the same object of a JSON text that `JSON.parse` accepted (the scan
 * assumes valid JSON). Linear in the length of the text: strings are skipped natively, keys are compared per object.
 * Duplicates are sorted into groups by `groupOf` (e.g. the array element they are in); details are kept for the first
 * `limit` of each group and the others are counted, so memory stays bounded whatever the text.
 * @example
 * findDuplicateKeys('{"a": 1, "a": 2}').duplicates[0]; // { key: 'a', path: [], first: { offset: 1, … }, second: { offset: 9, … } }
 */
export function findDuplicateKeys(text: string, options: FindDuplicateKeysOptions = {}): DuplicateKeys {
  return duplicateKeysIn(text, options) ?? { duplicates: [], omitted: new Map() };
}

/**
 * {@link findDuplicateKeys} for the report's hot path: `undefined` when no key is written twice, so that the usual
 * record allocates nothing here.
 */
export function duplicateKeysIn(text: string, options: FindDuplicateKeysOptions = {}): DuplicateKeys | undefined {
  // The usual case first, before anything is allocated for the full scan: as many keys written as JSON.parse kept.
  // Counting the colons that follow a quote settles compact text; counting string by string settles the rest (e.g.
  // `"key" : value`).
  if ('parsed' in options) {
    const kept = keysIn(options.parsed);
    if (keysWrittenAtMost(text) === kept || keysWritten(text) === kept) return undefined;
  }
  const { limit = Number.POSITIVE_INFINITY, groupOf = () => 0 } = options;
  const kept = new Map<number, number>();
  const omitted = new Map<number, number>();
  const duplicates: DuplicateKey[] = [];
  const stack: Frame[] = [];
  /** Offsets of the line feeds seen so far (only between tokens: JSON strings hold none), for line numbers. */
  const newlines: number[] = [];
  let keyNext = false;
  const n = text.length;
  const position = (offset: number): TextPosition => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return { offset, line: lo + 1, column: offset - (lo === 0 ? -1 : newlines[lo - 1]!) };
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // The closing quote is the first one not escaped by an odd number of backslashes.
      const end = closingQuote(text, i);
      if (end === n) break; // not JSON after all: nothing more to say
      const top = stack[stack.length - 1];
      if (keyNext && top?.object) {
        keyNext = false;
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        top.lastKey = key;
        top.keys ??= new Map();
        const first = top.keys.get(key);
        if (first === undefined) top.keys.set(key, i);
        else {
          const path = stack.slice(1).map((f) => f.token!);
          const group = groupOf(path);
          const count = kept.get(group) ?? 0;
          if (count < limit) {
            kept.set(group, count + 1);
            duplicates.push({ key, path, first: position(first), second: position(i) });
          } else omitted.set(group, (omitted.get(group) ?? 0) + 1);
        }
      }
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      const top = stack[stack.length - 1];
      const token = top === undefined ? undefined : top.object ? top.lastKey : top.index;
      stack.push({ object: c === 0x7b, token, keys: undefined, lastKey: '', index: 0 });
      keyNext = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top?.object) keyNext = true;
      else if (top) top.index++;
    } else if (c === NEWLINE) {
      newlines.push(i);
    }
  }
  return { duplicates, omitted };
}
