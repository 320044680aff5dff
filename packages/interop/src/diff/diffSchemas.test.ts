import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffContract, diffSchemas, verdictOf } from './index';

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
