// The authoring rules of DESIGN.md, enforced: strict Ajv2020 compiles every schema; ids, versions, labels and units are present.
import { describe, expect, it } from 'vitest';
import { createAjv, expectedId, loadSchemaSources } from '@opencity/tooling';
import { unitCodes } from './unitCodes';

const sources = loadSchemaSources();
const ajv = createAjv(sources.map((s) => s.schema));

type Node = Record<string, unknown>;
const LANGS = ['en', 'fr', 'nl'];

function hasLabels(node: Node): boolean {
  const labels = node['x-labels'] as Record<string, string> | undefined;
  return !!labels && LANGS.every((l) => typeof labels[l] === 'string' && labels[l].length > 0);
}
function hasDescriptions(node: Node): boolean {
  const d = node['x-descriptions'] as Record<string, string> | undefined;
  return typeof node['description'] === 'string' && !!d && typeof d['fr'] === 'string' && typeof d['nl'] === 'string';
}

describe.each(sources.map((s) => [`${s.group}/${s.name}`, s] as const))('%s', (_label, source) => {
  const schema = source.schema as Node;

  it('compiles under Ajv2020 strict mode', () => {
    expect(() => ajv.getSchema(source.schema.$id)).not.toThrow();
    expect(ajv.getSchema(source.schema.$id)).toBeTypeOf('function');
  });

  it('declares 2020-12, a versioned $id matching its folder, a title and a description', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(source.schema.$id).toBe(expectedId(source));
    expect(schema['x-version']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(typeof schema['title']).toBe('string');
    expect(hasLabels(schema)).toBe(true);
    expect(hasDescriptions(schema)).toBe(true);
  });

  it('describes and labels every property in EN, FR and NL, with a unit for every decimal quantity', () => {
    const properties = (schema['properties'] as Record<string, Node> | undefined) ?? {};
    const problems: string[] = [];
    for (const [name, prop] of Object.entries(properties)) {
      if (!hasLabels(prop)) problems.push(`${name}: x-labels en/fr/nl`);
      if (!hasDescriptions(prop)) problems.push(`${name}: description + x-descriptions fr/nl`);
      // A number whose object also requires `unitCode` (a Quantity) carries its unit with it.
      const unitBeside =
        Object.hasOwn(properties, 'unitCode') &&
        ((schema['required'] as string[] | undefined) ?? []).includes('unitCode');
      if (prop['type'] === 'number' && typeof prop['x-unitCode'] !== 'string' && !unitBeside)
        problems.push(`${name}: number without x-unitCode`);
    }
    expect(problems).toEqual([]);
  });
});

it('has unique type names across groups', () => {
  const names = sources.map((s) => s.name);
  expect(new Set(names).size).toBe(names.length);
});

it('names only unit codes that the unit table documents', () => {
  const unknown: string[] = [];
  const visit = (node: unknown, where: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${where}/${i}`));
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'x-unitCode' && typeof v === 'string' && !Object.hasOwn(unitCodes, v)) unknown.push(`${where}: ${v}`);
      visit(v, `${where}/${k}`);
    }
  };
  for (const s of sources) visit(s.schema, `${s.group}/${s.name}`);
  expect(unknown, 'add the code to src/unitCodes.ts').toEqual([]);
});

it('states on every relationship which entity types it may point to (x-objectType), and only on references', () => {
  const entityId = 'common/EntityBase/v2/schema.json#/$defs/EntityId';
  const isReference = (node: Node): boolean => {
    const ref = typeof node['$ref'] === 'string' && node['$ref'].endsWith(entityId);
    const items = node['items'] as Node | undefined;
    const alternatives = (node['anyOf'] ?? node['oneOf']) as Node[] | undefined;
    return ref || (!!items && isReference(items)) || (!!alternatives && alternatives.some(isReference));
  };
  const problems: string[] = [];
  const visit = (node: unknown, where: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${where}/${i}`));
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n['x-ngsi'] === 'Relationship' && !Array.isArray(n['x-objectType'])) problems.push(`${where}: no x-objectType`);
    if (n['x-objectType'] !== undefined && !isReference(n) && n['format'] !== 'uri')
      problems.push(`${where}: x-objectType on a value that is not an entity identifier`);
    for (const [k, v] of Object.entries(n)) if (k !== 'examples') visit(v, `${where}/${k}`);
  };
  for (const s of sources) visit(s.schema, `${s.group}/${s.name}`);
  expect(problems).toEqual([]);
});

it('points office relationships only at entity types of the contract (a misspelt type would make every reference wrong)', () => {
  const names = new Set(sources.map((s) => s.name));
  const targets = new Set<string>();
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(collect);
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'x-objectType') for (const t of v as string[]) targets.add(t);
      else collect(v);
    }
  };
  for (const s of sources.filter((x) => x.group === 'office')) collect(s.schema);
  expect(targets.size).toBeGreaterThan(5);
  expect([...targets].filter((t) => !names.has(t))).toEqual([]);
});
