import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIFF_MAX_DEPTH, diffContract, diffSchemas, verdictOf } from './index';

const repo = join(import.meta.dirname, '../../../..');
const schema = (path: string) =>
  JSON.parse(readFileSync(join(repo, 'schemas', path, 'schema.json'), 'utf8')) as Record<string, unknown>;
const summary = (changes: readonly { path: string; change: string; breaks: string }[]) =>
  changes.map((c) => `${c.path} ${c.change} ${c.breaks}`).sort();

describe('diffSchemas', () => {
  it('finds nothing between a schema and itself, entity schemas included', () => {
    for (const path of ['common/EntityBase', 'common/Location', 'city/AirQualityObserved'])
      expect(diffSchemas(schema(path), schema(path))).toEqual({ verdict: 'none', changes: [] });
  });

  it('follows $ref by $id into another document and merges allOf members', () => {
    const base = schema('common/EntityBase');
    const entity = schema('city/AirQualityObserved');
    const narrowedBase = structuredClone(base) as { $defs: { EntityId: { maxLength: number } } };
    narrowedBase.$defs.EntityId.maxLength = 64;
    const diff = diffSchemas(entity, entity, {
      oldDocuments: [base, schema('common/Location'), schema('common/Address'), schema('common/LocalizedText')],
      newDocuments: [narrowedBase, schema('common/Location'), schema('common/Address'), schema('common/LocalizedText')],
    });
    expect(diff.verdict).toBe('major');
    // The entity's own id (inherited through allOf) and its relationships (refPointOfInterest…) all use EntityId.
    expect(diff.changes.map((c) => c.path)).toEqual(expect.arrayContaining(['/id', '/refPointOfInterest']));
    expect(new Set(diff.changes.map((c) => `${c.change} ${c.breaks}`))).toEqual(
      new Set(['constraint_tightened producers']),
    );
  });

  it('compares tuple positions (prefixItems) against whatever governed them before', () => {
    const position = { type: 'array', minItems: 2, items: { type: 'number' } };
    const ranged = {
      ...position,
      prefixItems: [
        { type: 'number', minimum: -180, maximum: 180 },
        { type: 'number', minimum: -90, maximum: 90 },
      ],
    };
    // Adding ranges to the first two positions narrows them only (items still governs the rest).
    expect(summary(diffSchemas(position, ranged).changes)).toEqual([
      '/[0] constraint_added producers',
      '/[0] constraint_added producers',
      '/[1] constraint_added producers',
      '/[1] constraint_added producers',
    ]);
    // Removing them widens; an unconstrained position that gets a schema narrows.
    expect(diffSchemas(ranged, position).changes.every((c) => c.breaks === 'consumers')).toBe(true);
    expect(
      summary(diffSchemas({ type: 'array' }, { type: 'array', prefixItems: [{ type: 'string' }] }).changes),
    ).toEqual(['/[0] constraint_added producers']);
    expect(diffSchemas(ranged, ranged)).toEqual({ verdict: 'none', changes: [] });
  });

  it('compares an unresolvable $ref by its text', () => {
    expect(
      diffSchemas({ $ref: 'https://elsewhere.example/a.json' }, { $ref: 'https://elsewhere.example/a.json' }).verdict,
    ).toBe('none');
    expect(
      summary(
        diffSchemas({ $ref: 'https://elsewhere.example/a.json' }, { $ref: 'https://elsewhere.example/b.json' }).changes,
      ),
    ).toEqual([' ref_changed both']);
  });

  it('handles boolean schemas and recursive definitions', () => {
    expect(summary(diffSchemas(true, false).changes)).toEqual([' schema_forbidden producers']);
    expect(summary(diffSchemas(false, {}).changes)).toEqual([' schema_allowed consumers']);
    const tree = (max: number) => ({
      $defs: {
        Node: {
          type: 'object',
          properties: { children: { type: 'array', maxItems: max, items: { $ref: '#/$defs/Node' } } },
        },
      },
      $ref: '#/$defs/Node',
    });
    const diff = diffSchemas(tree(5), tree(3));
    expect(diff.verdict).toBe('major');
    expect(diff.changes.every((c) => c.change === 'constraint_tightened' && c.breaks === 'producers')).toBe(true);
  });

  it('treats keywords it cannot classify as breaking both sides rather than ignoring them', () => {
    expect(
      summary(
        diffSchemas({ type: 'array', contains: { const: 1 } }, { type: 'array', contains: { const: 2 } }).changes,
      ),
    ).toEqual([' keyword_changed both']);
  });

  it('a multipleOf that divides the old one relaxes; one that the old divides tightens', () => {
    expect(summary(diffSchemas({ multipleOf: 0.5 }, { multipleOf: 0.25 }).changes)).toEqual([
      ' constraint_relaxed consumers',
    ]);
    expect(summary(diffSchemas({ multipleOf: 2 }, { multipleOf: 6 }).changes)).toEqual([
      ' constraint_tightened producers',
    ]);
    expect(summary(diffSchemas({ multipleOf: 2 }, { multipleOf: 3 }).changes)).toEqual([' constraint_changed both']);
  });
});

describe('diffSchemas on cyclic, shared and deep schemas (issue 15)', () => {
  // The 88-byte schema of the adversarial pass: a definition that includes itself twice. Before the memo on schema
  // locations, each level doubled the work (2^48 views) and `opencity diff` never finished.
  const selfAllOf = { $defs: { a: { allOf: [{ $ref: '#/$defs/a' }, { $ref: '#/$defs/a' }] } }, $ref: '#/$defs/a' };

  it('ends on a self-referencing allOf, and still sees a change beside the cycle', () => {
    expect(JSON.stringify(selfAllOf).length).toBe(88);
    expect(diffSchemas(selfAllOf, structuredClone(selfAllOf))).toEqual({ verdict: 'none', changes: [] });
    const typed = structuredClone(selfAllOf) as { $defs: { a: Record<string, unknown> } };
    typed.$defs.a['type'] = 'string';
    expect(summary(diffSchemas(selfAllOf, typed).changes)).toEqual([
      ' type_added producers',
      '#/$defs/a type_added producers',
    ]);
  });

  it('merges every member of a cycle of allOf into each of its definitions', () => {
    // A includes B includes A: both mean "a string of at least one character", so a change in A shows at /y too.
    const pair = (type: string) => ({
      $defs: {
        A: { allOf: [{ $ref: '#/$defs/B' }, { type }] },
        B: { allOf: [{ $ref: '#/$defs/A' }, { minLength: 1 }] },
      },
      type: 'object',
      properties: { x: { $ref: '#/$defs/A' }, y: { $ref: '#/$defs/B' } },
    });
    const diff = diffSchemas(pair('string'), pair('integer'));
    expect(diff.verdict).toBe('major');
    expect(summary(diff.changes).filter((c) => !c.startsWith('#'))).toEqual([
      '/x type_changed both',
      '/y type_changed both',
    ]);
  });

  it('compares a schema that recurses through two properties once per pair of locations', () => {
    // Before: every path /a/b/a/… was compared again, 2^48 times over.
    const tree = (max: number) => ({
      $defs: {
        N: {
          type: 'object',
          properties: { a: { $ref: '#/$defs/N' }, b: { $ref: '#/$defs/N' }, v: { type: 'integer', maximum: max } },
        },
      },
      $ref: '#/$defs/N',
    });
    const diff = diffSchemas(tree(5), tree(3));
    expect(diff.verdict).toBe('major');
    const found = summary(diff.changes);
    expect(found).toEqual(expect.arrayContaining(['/v constraint_tightened producers']));
    expect(found.every((c) => c.endsWith('/v constraint_tightened producers'))).toBe(true);
    expect(found.length).toBeLessThanOrEqual(8);
  });

  it('reports a shared definition at every place it is used, up to a bound, on a graph with 2^40 paths', () => {
    // D0 → (a|b) → D1 → (a|b) → … → D40: 2^40 paths lead to the last definition.
    const graph = (max: number) => {
      const $defs: Record<string, unknown> = { D40: { type: 'integer', maximum: max } };
      for (let i = 39; i >= 0; i--)
        $defs[`D${i}`] = {
          type: 'object',
          properties: { a: { $ref: `#/$defs/D${i + 1}` }, b: { $ref: `#/$defs/D${i + 1}` } },
        };
      return { $defs, $ref: '#/$defs/D0' };
    };
    const diff = diffSchemas(graph(5), graph(3));
    expect(diff.verdict).toBe('major');
    expect(new Set(diff.changes.map((c) => c.change))).toEqual(new Set(['constraint_tightened']));
    // At 32 places per pair of locations (the first ones reached), plus the definition itself: not 2^40.
    expect(diff.changes.length).toBeGreaterThan(1);
    expect(diff.changes.length).toBeLessThanOrEqual(100);
  });

  it('sees a breaking change 49 levels deep (was verdict none)', () => {
    const nested = (max: number, levels: number) => {
      let s: Record<string, unknown> = { type: 'integer', maximum: max };
      for (let i = 0; i < levels; i++) s = { type: 'object', properties: { a: s } };
      return s;
    };
    const diff = diffSchemas(nested(5, 49), nested(3, 49));
    expect(diff.verdict).toBe('major');
    expect(summary(diff.changes)).toEqual([`${'/a'.repeat(49)} constraint_tightened producers`]);
    expect(diffSchemas(nested(5, DIFF_MAX_DEPTH), nested(3, DIFF_MAX_DEPTH)).changes[0]).toMatchObject({
      path: '/a'.repeat(DIFF_MAX_DEPTH),
      change: 'constraint_tightened',
    });
  });

  it(`says what lies deeper than ${DIFF_MAX_DEPTH} levels was not compared, and calls it breaking`, () => {
    // A chain of definitions, each the property `next` of the one before: 300 levels of instance.
    const chain = (max: number) => {
      const $defs: Record<string, unknown> = { D300: { type: 'integer', maximum: max } };
      for (let i = 299; i >= 0; i--)
        $defs[`D${i}`] = { type: 'object', properties: { next: { $ref: `#/$defs/D${i + 1}` } } };
      return { $defs, $ref: '#/$defs/D0' };
    };
    expect(diffSchemas(chain(5), chain(5))).toEqual({ verdict: 'none', changes: [] });
    const diff = diffSchemas(chain(5), chain(3));
    expect(diff.verdict).toBe('major');
    const deep = diff.changes.filter((c) => c.path.startsWith('/next'));
    expect(deep).toEqual([
      {
        path: '/next'.repeat(DIFF_MAX_DEPTH + 1),
        change: 'not_compared',
        breaks: 'both',
        impact: 'major',
        message: expect.stringContaining(`more than ${DIFF_MAX_DEPTH} levels deep and was not compared`),
      },
    ]);
  });

  it('does not crash on schemas whose keywords hold the wrong kinds of values', () => {
    const odd = { type: 'object', required: 5, properties: [1], items: 'x', allOf: 'y', $ref: 7, enum: {} };
    const odder = { type: 'object', required: ['a', 1, {}], properties: { a: { required: 'abc' } }, allOf: [null, 2] };
    expect(() => diffSchemas(odd, odder)).not.toThrow();
    expect(diffSchemas(odder, odd).verdict).toBe('major');
  });

  it('never throws on JSON, whatever the keywords hold (random schemas with cycles through $ref and allOf)', () => {
    const { schema } = fc.letrec<{ schema: unknown }>((tie) => ({
      schema: fc.oneof(
        { depthSize: 'small' },
        fc.boolean(),
        fc.jsonValue({ maxDepth: 1 }),
        fc.dictionary(
          fc.constantFrom('type', 'properties', 'required', 'allOf', 'anyOf', 'oneOf', 'items', 'enum', 'const'),
          fc.oneof(tie('schema'), fc.array(tie('schema'), { maxLength: 3 })),
          { maxKeys: 4 },
        ),
        fc.record({
          $ref: fc.constantFrom('#', '#/$defs/a', '#/$defs/b', '#/properties/a', '#/allOf/0', 'x.json', '#/%ZZ'),
        }),
        fc.record({ $defs: fc.dictionary(fc.constantFrom('a', 'b'), tie('schema'), { maxKeys: 2 }) }),
        fc.record(
          { $id: fc.jsonValue({ maxDepth: 1 }), 'x-unitCode': fc.jsonValue({ maxDepth: 1 }), title: fc.string() },
          { requiredKeys: [] },
        ),
      ),
    }));
    fc.assert(
      fc.property(schema, schema, (a, b) => {
        const diff = diffSchemas(a as never, b as never);
        expect(['none', 'patch', 'minor', 'major']).toContain(diff.verdict);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses to walk documents nested past its limit, and says so', () => {
    const nest = (leaf: Record<string, unknown>) => {
      let s = leaf;
      for (let i = 0; i < 5000; i++) s = { not: s };
      return s;
    };
    const [deep, other] = [nest({ type: 'string' }), nest({ type: 'integer' })];
    expect(diffSchemas(deep, other)).toMatchObject({
      verdict: 'major',
      changes: [{ path: '', change: 'not_compared', breaks: 'both' }],
    });
  });
});

describe('verdictOf and diffContract', () => {
  it('is major whenever a change breaks either side', () => {
    expect(verdictOf([])).toBe('none');
    expect(verdictOf([{ breaks: 'none', impact: 'patch' }])).toBe('patch');
    expect(
      verdictOf([
        { breaks: 'none', impact: 'patch' },
        { breaks: 'none', impact: 'minor' },
      ]),
    ).toBe('minor');
    expect(
      verdictOf([
        { breaks: 'consumers', impact: 'major' },
        { breaks: 'none', impact: 'minor' },
      ]),
    ).toBe('major');
  });

  it('counts a new schema as minor and a removed one as breaking both', () => {
    const a = { $id: 'https://example.org/A/v1/schema.json', type: 'object' };
    const b = { $id: 'https://example.org/B/v1/schema.json', type: 'object' };
    expect(diffContract({ 'x/A': a }, { 'x/A': a, 'x/B': b })).toMatchObject({
      verdict: 'minor',
      changes: [{ schema: 'x/B', change: 'schema_added', breaks: 'none' }],
    });
    expect(diffContract({ 'x/A': a, 'x/B': b }, { 'x/A': a })).toMatchObject({
      verdict: 'major',
      changes: [{ schema: 'x/B', change: 'schema_removed', breaks: 'both' }],
    });
  });
});
