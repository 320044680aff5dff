/**
 * Measuring and locating things in JSON text that JSON.parse does not tell us: nesting depth before parsing, and the
 * exact place of a syntax error after JSON.parse failed (V8's messages do not always give a position).
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * True when the JSON text nests objects/arrays deeper than `limit`. Linear, allocation-free, and stops early;
 * brackets inside strings are skipped. Meant for text that may not even be valid JSON: check it before `JSON.parse`,
 * whose recursion a hostile text could otherwise exhaust.
 * @example
 * nestsDeeperThan('[[["[[[["]]]', 3); // false: three levels, the brackets inside the string do not count
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  // A text cannot nest deeper than the number of brackets it opens. Counting them with indexOf (native, fast on the
  // few brackets of a typical entity) settles almost every record before the character-by-character scan.
  if (text.length <= limit) return false;
  let opened = 0;
  for (let i = text.indexOf('{'); i !== -1 && opened <= limit; i = text.indexOf('{', i + 1)) opened++;
  for (let i = text.indexOf('['); i !== -1 && opened <= limit; i = text.indexOf('[', i + 1)) opened++;
  if (opened <= limit) return false;
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Skip the string; an unterminated string ends the scan (the parser will report it).
      for (i++; i < n; i++) {
        const s = text.charCodeAt(i);
        if (s === BACKSLASH) i++;
        else if (s === QUOTE) break;
      }
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > limit) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/** True when an already-parsed value nests objects/arrays deeper than `limit` (iterative, so any depth is safe). */
export function valueNestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > limit) return true;
    const children = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/** Where a JSON text first breaks the grammar: the character offset and what was found there (`undefined` = end). */
export interface SyntaxErrorLocation {
  readonly position: number;
  /** The offending character, or `undefined` when the text ended too early. */
  readonly found: string | undefined;
}

const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Locates the first syntax error of a JSON text (RFC 8259), or returns `undefined` when the text is valid.
 * Iterative (an explicit stack), so hostile nesting cannot overflow the call stack; only used after JSON.parse failed.
 */
export function locateSyntaxError(text: string): SyntaxErrorLocation | undefined {
  const n = text.length;
  let i = 0;
  const fail = (at: number): SyntaxErrorLocation => ({
    position: at,
    found: at < n ? String.fromCodePoint(text.codePointAt(at)!) : undefined,
  });
  const skipWs = () => {
    while (i < n && isWs(text.charCodeAt(i))) i++;
  };
  // Stack of containers: '{' or '['. `expectValue` is true when a value must come next.
  const stack: number[] = [];
  const string = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === BACKSLASH) {
        const e = text.charCodeAt(i + 1);
        if (e === 0x75) {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[i + 1] ?? '')) {
          i++;
          return false;
        }
        i += 2;
        continue;
      }
      i++;
    }
    return false;
  };
  const number = (): boolean => {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else return false;
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!isDigit(text.charCodeAt(i))) return false;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45) {
      i++;
      if (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d) i++;
      if (!isDigit(text.charCodeAt(i))) return false;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    return true;
  };
  const literal = (word: string): boolean => {
    for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) return ((i += k), false);
    i += word.length;
    return true;
  };

  // Parse one value at a time; containers push onto the stack and the loop handles separators.
  let expectValue = true;
  for (;;) {
    skipWs();
    if (expectValue) {
      if (i >= n) return fail(i);
      const c = text.charCodeAt(i);
      if (c === OPEN_BRACE) {
        i++;
        skipWs();
        if (text.charCodeAt(i) === CLOSE_BRACE) {
          i++;
          expectValue = false;
        } else {
          stack.push(OPEN_BRACE);
          if (text.charCodeAt(i) !== QUOTE || !string()) return fail(i);
          skipWs();
          if (text.charCodeAt(i) !== 0x3a) return fail(i);
          i++;
          continue;
        }
      } else if (c === OPEN_BRACKET) {
        i++;
        skipWs();
        if (text.charCodeAt(i) === CLOSE_BRACKET) {
          i++;
          expectValue = false;
        } else {
          stack.push(OPEN_BRACKET);
          continue;
        }
      } else if (c === QUOTE) {
        if (!string()) return fail(i);
        expectValue = false;
      } else if (c === 0x2d || isDigit(c)) {
        if (!number()) return fail(i);
        expectValue = false;
      } else if (c === 0x74 || c === 0x66 || c === 0x6e) {
        if (!literal(c === 0x74 ? 'true' : c === 0x66 ? 'false' : 'null')) return fail(i);
        expectValue = false;
      } else {
        return fail(i);
      }
      continue;
    }
    // After a value: a separator, a closing bracket, or the end of the text.
    if (stack.length === 0) return i >= n ? undefined : fail(i);
    const top = stack[stack.length - 1]!;
    const c = text.charCodeAt(i);
    if (c === 0x2c) {
      i++;
      if (top === OPEN_BRACE) {
        skipWs();
        if (text.charCodeAt(i) !== QUOTE || !string()) return fail(i);
        skipWs();
        if (text.charCodeAt(i) !== 0x3a) return fail(i);
        i++;
      }
      expectValue = true;
    } else if ((top === OPEN_BRACE && c === CLOSE_BRACE) || (top === OPEN_BRACKET && c === CLOSE_BRACKET)) {
      i++;
      stack.pop();
    } else {
      return fail(i);
    }
  }
}
