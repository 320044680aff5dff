/**
 * Only canonical type names in the public API. json-schema-to-typescript names the unnamed parts of a schema after
 * it (`AirQualityObserved1` for the object beside `allOf: [EntityBase]`, `Device1`/`Device2` for the branches of an
 * `anyOf`) and exports them; those names mean nothing to a reader and change whenever a schema is restructured. This
 * inlines each such part into the one canonical type that uses it, so `AirQualityObserved` reads
 * `EntityBase & { type: "AirQualityObserved"; … }` and means exactly what it meant before (test/canonicalTypes.test.ts
 * proves it with the TypeScript checker against json-schema-to-typescript's own output).
 */

/** An exported top-level declaration of json-schema-to-typescript's output. */
interface Declaration {
  readonly kind: 'interface' | 'type';
  readonly name: string;
  /** Where the declaration starts (its doc comment included) and ends (after its line break). */
  readonly start: number;
  readonly end: number;
  /** The type it declares, as a type expression: `{ … }` for an interface, the right-hand side for an alias. */
  readonly body: string;
}

const OPEN = new Set(['{', '(', '[', '<']);
const CLOSE = new Set(['}', ')', ']', '>']);

/**
 * Walks TypeScript source text and calls `visit` for each character outside comments and string literals, with the
 * bracket depth before it. Stops when `visit` returns true; returns the index it stopped at, or the text's length.
 */
function scanCode(text: string, from: number, visit: (i: number, depth: number) => boolean): number {
  let depth = 0;
  let i = from;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) throw new Error('unterminated comment in generated types');
      i = close + 2;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? text.length : eol;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) throw new Error('unterminated string in generated types');
      i = j + 1;
      continue;
    }
    // `=>` is not a closing bracket.
    if (c === '>' && text[i - 1] === '=') {
      if (visit(i, depth)) return i;
      i++;
      continue;
    }
    if (CLOSE.has(c)) depth--;
    if (visit(i, depth)) return i;
    if (OPEN.has(c)) depth++;
    i++;
  }
  return i;
}

/** The start of the doc comment right above `index` (which starts a line), or `index` itself. */
function withDocComment(text: string, index: number): number {
  if (!text.slice(0, index).endsWith('*/\n')) return index;
  const open = text.lastIndexOf('/**', index);
  return open < 0 ? index : open;
}

/** Every exported interface and type alias at the top level, with its extent and the type it declares. */
function declarations(text: string): Declaration[] {
  const out: Declaration[] = [];
  const head = /^export (interface|type) ([A-Za-z_$][\w$]*)(?: =|\s*\{| extends)/gm;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    const [, kind, name = ''] = m;
    const from = m.index + m[0].length;
    let bodyStart: number;
    let bodyEnd: number;
    if (kind === 'interface') {
      if (m[0].endsWith('extends')) throw new Error(`cannot inline interface ${name}: it extends another type`);
      bodyStart = text.indexOf('{', m.index);
      // The interface ends at the brace that brings the depth back to zero.
      bodyEnd = scanCode(text, bodyStart, (i, depth) => depth === 0 && text[i] === '}' && i > bodyStart) + 1;
    } else {
      bodyStart = from;
      // A type alias ends at the first line break outside any bracket.
      bodyEnd = scanCode(
        text,
        from,
        (i, depth) => depth === 0 && text[i] === '\n' && text.slice(from, i).trim() !== '',
      );
    }
    const end = text[bodyEnd] === '\n' ? bodyEnd + 1 : bodyEnd;
    out.push({
      kind: kind === 'interface' ? 'interface' : 'type',
      name,
      start: withDocComment(text, m.index),
      end,
      body: text.slice(bodyStart, bodyEnd).trim(),
    });
    head.lastIndex = end;
  }
  return out;
}

/** Replaces every identifier `name` in code (not in comments or strings) for which `replace` returns a text. */
function replaceIdentifiers(text: string, replace: (name: string) => string | undefined): string {
  let out = '';
  let copied = 0;
  scanCode(text, 0, (i) => {
    const c = text[i]!;
    if (!/[A-Za-z_$]/.test(c) || /[\w$]/.test(text[i - 1] ?? '')) return false;
    const name = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 200))![0];
    const replacement = replace(name);
    if (replacement !== undefined) {
      out += text.slice(copied, i) + replacement;
      copied = i + name.length;
    }
    return false;
  });
  return out + text.slice(copied);
}

/** The leftover names among the exported ones: a schema's name followed by a number (`Device1`, `Device2`). */
export function leftoverNames(exported: Iterable<string>, schemaNames: ReadonlySet<string>): string[] {
  return [...exported].filter((name) => {
    const m = /^(.*?)(\d+)$/.exec(name);
    return m !== null && schemaNames.has(m[1]!);
  });
}

/** The names a TypeScript module of json-schema-to-typescript's output exports. */
export function exportedTypeNames(text: string): string[] {
  return declarations(text).map((d) => d.name);
}

/**
 * Inlines the declarations json-schema-to-typescript minted for unnamed parts of the schemas (a schema's name and a
 * number) into the types that use them, and drops them; every other declaration is kept as it is. Throws if a part is
 * recursive (it could not be inlined) or if a minted name would remain.
 */
export function inlineLeftoverTypes(text: string, schemaNames: ReadonlySet<string>): string {
  const all = declarations(text);
  const leftover = new Map(
    all.filter((d) => leftoverNames([d.name], schemaNames).length > 0).map((d) => [d.name, d] as const),
  );
  if (leftover.size === 0) return text;
  const expanding: string[] = [];
  const expansion = (name: string): string | undefined => {
    const d = leftover.get(name);
    if (!d) return undefined;
    if (expanding.includes(name)) throw new Error(`cannot inline ${name}: it refers to itself`);
    expanding.push(name);
    const body = replaceIdentifiers(d.body, expansion);
    expanding.pop();
    // An interface body is an object type already; an alias may be a union, which needs parentheses in an intersection.
    return d.kind === 'interface' ? body : `(${body})`;
  };
  let kept = '';
  let copied = 0;
  for (const d of all) {
    if (!leftover.has(d.name)) continue;
    kept += text.slice(copied, d.start);
    copied = d.end;
  }
  kept += text.slice(copied);
  const out = replaceIdentifiers(kept, expansion);
  const remaining = leftoverNames(exportedTypeNames(out), schemaNames);
  if (remaining.length > 0) throw new Error(`generated types still export ${remaining.join(', ')}`);
  const dangling = new Set<string>();
  replaceIdentifiers(out, (n) => (leftover.has(n) ? void dangling.add(n) : undefined));
  if (dangling.size > 0) throw new Error(`generated types still refer to ${[...dangling].join(', ')}`);
  return out;
}
