// Coverage of Smart Data Models: every attribute that the current Smart Data Models schema of a city type's model
// defines is a property of ours (or an alias), or is listed with its reason in the schema's `x-sdm.deviations`.
// Reference: schemas/context/reference/sdm-attributes.json (read from the Smart Data Models repositories, with the
// commit of each). Tolerated enum spellings (`x-enumAliases`) are enum members mapped to a canonical member.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSchemaSources } from '@opencity/tooling';
import { getShape, validate } from './index';

interface Reference {
  models: Record<string, { subject: string; commit: string; attributes: string[]; nested: Record<string, string[]> }>;
}
const reference = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../schemas/context/reference/sdm-attributes.json'), 'utf8'),
) as Reference;
const sources = loadSchemaSources(undefined, { examples: false });
type Node = Record<string, unknown>;
const sdmOf = (name: string) =>
  sources.find((s) => s.name === name)?.schema['x-sdm'] as
    { subject: string; model: string; deviations?: { attribute: string; reason: string }[] } | undefined;

describe.each(Object.entries(reference.models))('%s', (model, ref) => {
  const shape = getShape(model)!;
  const sdm = sdmOf(model)!;
  const deviations = new Set((sdm.deviations ?? []).map((d) => d.attribute));
  const known = new Set(Object.entries(shape.properties).flatMap(([name, p]) => [name, ...(p.aliases ?? [])]));

  it('is aligned with the subject the reference was read from', () => {
    expect(sdm.subject).toBe(ref.subject);
  });

  it('declares every attribute of the Smart Data Models schema, or lists it as a deviation with its reason', () => {
    expect(ref.attributes.filter((a) => !known.has(a) && !deviations.has(a))).toEqual([]);
  });

  it('lists as deviations only attributes of the Smart Data Models schema', () => {
    expect([...deviations].filter((a) => !ref.attributes.includes(a))).toEqual([]);
  });

  it('declares the keys Smart Data Models gives its structured values (where the value is not a deviation)', () => {
    const missing: string[] = [];
    for (const [attribute, keys] of Object.entries(ref.nested)) {
      const prop = shape.properties[attribute];
      if (!prop || deviations.has(attribute)) continue;
      const inner = prop.object ?? prop.items;
      if (!inner) continue;
      for (const path of keys) {
        let s = inner;
        for (const part of path.split('.')) {
          const p = s?.properties[part];
          if (!p) {
            missing.push(`${attribute}.${path}`);
            break;
          }
          s = (p.object ?? p.items)!;
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('tolerated enum spellings', () => {
  it('map an enum member to another member of the same enum', () => {
    const problems: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Node;
      const aliases = n['x-enumAliases'] as Record<string, string> | undefined;
      if (aliases) {
        const members = (n['enum'] ?? (n['items'] as Node | undefined)?.['enum']) as string[] | undefined;
        for (const [alias, canonical] of Object.entries(aliases))
          if (!members?.includes(alias) || !members.includes(canonical) || alias === canonical)
            problems.push(`${where}: ${alias} → ${canonical}`);
      }
      for (const [k, v] of Object.entries(n)) walk(v, `${where}/${k}`);
    };
    for (const s of sources) walk(s.schema, `${s.group}/${s.name}`);
    expect(problems).toEqual([]);
  });

  it('validate, with a warning that names the canonical value, in EN, FR and NL', () => {
    const spot = {
      id: 'urn:ngsi-ld:ParkingSpot:1',
      type: 'ParkingSpot',
      location: { type: 'Point', coordinates: [4.35, 50.85] },
      status: 'free',
      category: ['onStreet', 'onstreet'],
      refParkingSite: 'urn:ngsi-ld:OnStreetParking:1',
    };
    const r = validate('ParkingSpot', spot);
    expect(r.ok).toBe(true);
    const warnings = r.findings.filter((f) => f.code === 'enum_value_alias');
    expect(warnings).toMatchObject([
      { severity: 'warning', instancePath: '/category/1', params: { canonical: 'onStreet' } },
    ]);
    expect(warnings[0]!.message).toBe('category/1 is "onstreet", a tolerated spelling of "onStreet"');
    expect(validate('ParkingSpot', spot, { lang: 'fr' }).findings.at(-1)!.message).toContain('« onStreet »');
    expect(validate('ParkingSpot', spot, { lang: 'nl' }).findings.at(-1)!.message).toContain('getolereerde spelling');
    expect(validate('ParkingSpot', { ...spot, category: ['onStreet'] }).findings).toEqual([]);
  });
});
