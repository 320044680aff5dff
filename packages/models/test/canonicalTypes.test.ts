/**
 * The generated types export canonical names only, and each canonical type means exactly what json-schema-to-typescript
 * wrote before its minted parts (`AirQualityObserved1`, `Device2`) were inlined: the TypeScript checker compares both.
 */
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSchemaSources } from '@opencity/tooling';
import { exportedTypeNames, inlineLeftoverTypes, leftoverNames } from '../scripts/canonicalTypes';
import { compiledTypes, typesModule } from '../scripts/generate';

const schemaNames = new Set(['Device', 'Thing']);

describe('inlineLeftoverTypes', () => {
  it('inlines an interface part and a union part into the type that uses them and drops their names', () => {
    const text = [
      '/**',
      ' * A device { with braces } and "quotes" in its comment.',
      ' */',
      'export type Device = (Base & Device1 & Device2)',
      'export type Device1 = ({',
      'status?: "a}b"',
      '} | {',
      'status?: "c"',
      '})',
      'export interface Device2 {',
      '/**',
      ' * Nested { brace',
      ' */',
      'nested?: {',
      'x?: Thing',
      '}',
      'fn?: (a: string) => void',
      '}',
      'export interface Base {',
      'id: string',
      '}',
      '',
    ].join('\n');
    const out = inlineLeftoverTypes(text, schemaNames);
    expect(exportedTypeNames(out)).toEqual(['Device', 'Base']);
    expect(out).toContain('export type Device = (Base & (({\nstatus?: "a}b"\n} | {\nstatus?: "c"\n})) & {\n/**');
    expect(out).toContain('fn?: (a: string) => void\n})\nexport interface Base {');
    expect(out).toContain('A device { with braces } and "quotes" in its comment.');
  });

  it('leaves names that are not a schema name and a number alone', () => {
    const text = 'export type Point3 = [number, number, number]\nexport type Thing = Point3\n';
    expect(inlineLeftoverTypes(text, schemaNames)).toBe(text);
    expect(leftoverNames(['Device1', 'Device', 'Point3', 'Thing22', 'Devices1'], schemaNames)).toEqual([
      'Device1',
      'Thing22',
    ]);
  });

  it('refuses a part that refers to itself', () => {
    const text = 'export type Thing = Thing1\nexport interface Thing1 {\nnext?: Thing1\n}\n';
    expect(() => inlineLeftoverTypes(text, schemaNames)).toThrow(/Thing1: it refers to itself/);
  });
});

/** Type-checks `files` in memory (plus TypeScript's own lib) with the repository's strict options; returns the errors. */
function typeErrors(files: Record<string, string>): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
    noErrorTruncation: true,
  };
  const host = ts.createCompilerHost(options);
  const virtual = (name: string) => files[name.replace(/^\/virtual\//, '')];
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => {
    const text = virtual(name);
    return text === undefined ? getSourceFile(name, version, ...rest) : ts.createSourceFile(name, text, version);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => virtual(name) !== undefined || fileExists(name);
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (dir) => dir === '/virtual' || (directoryExists?.(dir) ?? true);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => virtual(name) ?? readFile(name);
  const program = ts.createProgram(
    Object.keys(files).map((f) => `/virtual/${f}`),
    options,
    host,
  );
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]!);
}

/** A module asserting, for every name, that `Raw.<name>` and `Public.<name>` are the same type (both ways). */
function sameTypes(names: readonly string[]): string {
  return [
    "import type * as Raw from './raw';",
    "import type * as Public from './public';",
    // The checker's own identity relation (as expect-type's toEqualTypeOf), then assignability both ways.
    'type Identical<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;',
    'type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
    ...names.map(
      (n) => `export const ${n}: [Identical<Raw.${n}, Public.${n}>, Mutual<Raw.${n}, Public.${n}>] = [true, true];`,
    ),
  ].join('\n');
}

describe('the generated types of the contract', () => {
  let raw = '';
  let published = '';
  let names: string[] = [];
  beforeAll(async () => {
    const sources = loadSchemaSources();
    raw = await compiledTypes(sources);
    published = await typesModule(sources);
    names = exportedTypeNames(published);
  });

  it('export no name json-schema-to-typescript minted, and every other name it wrote', () => {
    const schemas = new Set(loadSchemaSources().map((s) => s.name));
    const minted = leftoverNames(exportedTypeNames(raw), schemas);
    // The parts of an allOf/anyOf beside EntityBase: one or two per entity schema.
    expect(minted).toContain('AirQualityObserved1');
    expect(minted).toContain('Device2');
    expect(leftoverNames(names, schemas)).toEqual([]);
    expect(names).toEqual(exportedTypeNames(raw).filter((n) => !minted.includes(n)));
    for (const s of schemas) expect(names, s).toContain(s);
  });

  it('mean the same as json-schema-to-typescript wrote them, for every canonical name', () => {
    const errors = typeErrors({ 'raw.ts': raw, 'public.ts': published, 'check.ts': sameTypes(names) });
    expect(errors).toEqual([]);
  }, 120_000);

  it('a changed type is caught by that comparison', () => {
    const changed = published.replace(/(export type AirQualityObserved = [^]*?\npm25\?: )number/, '$1string');
    expect(changed).not.toBe(published);
    const errors = typeErrors({ 'raw.ts': raw, 'public.ts': changed, 'check.ts': sameTypes(['AirQualityObserved']) });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(/Type 'true' is not assignable to type 'false'/);
  }, 120_000);
});
