import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../main';
import { memoryIo } from '../__fixtures__/memoryIo';

const pairs = join(import.meta.dirname, '__fixtures__', 'diff');
const repo = join(import.meta.dirname, '../../../..');

interface Expected {
  description: string;
  verdict: string;
  changes: { path: string; change: string; breaks: string }[];
}

const cases = readdirSync(pairs).sort();

describe('opencity diff on hand-made schema pairs', () => {
  it('has at least 25 pairs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  for (const name of cases) {
    const expected = JSON.parse(readFileSync(join(pairs, name, 'expected.json'), 'utf8')) as Expected;
    it(`${name}: ${expected.description}`, async () => {
      const io = memoryIo(repo);
      const code = await run(
        ['diff', join(pairs, name, 'old.json'), join(pairs, name, 'new.json'), '--format', 'json'],
        io,
      );
      expect(io.err()).toBe('');
      const report = JSON.parse(io.out()) as {
        verdict: string;
        changes: { path: string; change: string; breaks: string }[];
      };
      expect(report.verdict).toBe(expected.verdict);
      const key = (c: { path: string; change: string; breaks: string }) => `${c.path} ${c.change} ${c.breaks}`;
      expect(report.changes.map(key).sort()).toEqual(expected.changes.map(key).sort());
      expect(code).toBe(expected.verdict === 'major' ? 1 : 0);
    });
  }

  it('every rule of the table is covered: producers, consumers, both and none', () => {
    const all = cases.flatMap(
      (name) => (JSON.parse(readFileSync(join(pairs, name, 'expected.json'), 'utf8')) as Expected).changes,
    );
    expect(new Set(all.map((c) => c.breaks))).toEqual(new Set(['none', 'producers', 'consumers', 'both']));
    for (const change of [
      'required_added',
      'required_removed',
      'property_added',
      'property_removed',
      'property_renamed',
      'enum_value_added',
      'enum_value_removed',
      'type_widened',
      'type_narrowed',
      'type_changed',
      'const_changed',
      'constraint_tightened',
      'constraint_relaxed',
      'annotation_changed',
      'object_closed',
      'object_opened',
    ]) {
      expect(
        all.map((c) => c.change),
        change,
      ).toContain(change);
    }
  });
});

describe('opencity diff output and usage', () => {
  const one = join(pairs, '05-add-optional-closed');

  it('prints a readable text report by default', async () => {
    const io = memoryIo(repo);
    expect(await run(['diff', join(one, 'old.json'), join(one, 'new.json')], io)).toBe(1);
    expect(io.out()).toBe(
      'verdict: major\n  major  breaks consumers  /note  property_added: optional property "note" added to a closed object: readers with the old schema reject it\n',
    );
  });

  it('compares two folders of schemas, matched by path', async () => {
    const io = memoryIo(repo);
    const code = await run(['diff', 'schemas', 'schemas', '--format', 'json'], io);
    expect(JSON.parse(io.out())).toEqual({ verdict: 'none', changes: [] });
    expect(code).toBe(0);
  });

  it('follows $refs into the shared schemas of the tree a schema file sits in', async () => {
    const root = mkdtempSync(join(tmpdir(), 'opencity-diff-'));
    try {
      for (const side of ['old', 'new']) cpSync(join(repo, 'schemas/released'), join(root, side), { recursive: true });
      const base = join(root, 'new/common/EntityBase/schema.json');
      const schema = JSON.parse(readFileSync(base, 'utf8')) as { $defs: { EntityId: { maxLength: number } } };
      schema.$defs.EntityId.maxLength = 64;
      writeFileSync(base, JSON.stringify(schema));
      const io = memoryIo(repo);
      const code = await run(
        [
          'diff',
          join(root, 'old/city/AirQualityObserved/schema.json'),
          join(root, 'new/city/AirQualityObserved/schema.json'),
          '--format',
          'json',
        ],
        io,
      );
      const report = JSON.parse(io.out()) as {
        verdict: string;
        changes: { path: string; change: string; breaks: string }[];
      };
      expect(report.verdict).toBe('major');
      expect(report.changes).toContainEqual(
        expect.objectContaining({ path: '/id', change: 'constraint_tightened', breaks: 'producers' }),
      );
      expect(code).toBe(1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('exits 2 with one stderr line on usage errors', async () => {
    for (const args of [
      ['diff'],
      ['diff', join(one, 'old.json')],
      ['diff', join(one, 'old.json'), join(one, 'new.json'), '--format', 'xml'],
      ['diff', join(one, 'old.json'), 'missing.json'],
      ['diff', join(one, 'old.json'), one],
      ['diff', '--bogus'],
    ]) {
      const io = memoryIo(repo);
      expect(await run(args, io), args.join(' ')).toBe(2);
      expect(io.err().trim().split('\n')).toHaveLength(1);
      expect(io.err()).toMatch(/^opencity diff: /);
    }
  });

  it('reports a file that is not JSON', async () => {
    const io = memoryIo(repo);
    expect(await run(['diff', join(one, 'old.json'), join(pairs, '..', '..', 'diff.ts')], io)).toBe(2);
    expect(io.err()).toContain('is not JSON');
  });

  it('names malformed $refs and absurdly deep schemas instead of an "internal error"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opencity-diff-hostile-'));
    try {
      const ok = join(dir, 'ok.json');
      writeFileSync(ok, JSON.stringify({ type: 'object', properties: { a: { type: 'string' } } }));
      let deep = '{}';
      for (let i = 0; i < 10_000; i++) deep = `{"properties":{"a":${deep}}}`;
      const cases: [string, string, string][] = [
        [
          'bad-uri',
          '{"properties":{"a":{"$ref":"http://[bad"}}}',
          '/properties/a/$ref: $ref "http://[bad" is not a valid URI reference',
        ],
        ['bad-escape', '{"$ref":"#/definitions/%ZZ"}', '/$ref: $ref "#/definitions/%ZZ" is not a valid URI reference'],
        ['not-string', '{"$ref":5}', '/$ref: $ref must be a string (a URI reference); got 5'],
        [
          'dangling',
          '{"properties":{"a":{"$ref":"#/$defs/missing"}}}',
          '/properties/a/$ref: $ref "#/$defs/missing" points to nothing in this schema',
        ],
        ['deep', deep, 'is nested more than 256 levels deep'],
      ];
      for (const [name, text, expected] of cases) {
        const file = join(dir, `${name}.json`);
        writeFileSync(file, text);
        for (const args of [
          ['diff', file, ok],
          ['diff', ok, file],
        ]) {
          const io = memoryIo(repo);
          expect(await run(args, io), name).toBe(2);
          expect(io.err(), name).toContain(expected);
          expect(io.err(), name).not.toContain('internal error');
          expect(io.err().trim().split('\n'), name).toHaveLength(1);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
