import { validate } from '@opencity/models';
import { frenchElisionSlips } from '@opencity/tooling';
import { describe, expect, it } from 'vitest';
import { compileFormula } from '../engine/formula';
import { catalogue, getDefinition, listDefinitions } from './catalogue';

describe('the KPI catalogue', () => {
  it('holds at least 35 definitions with unique ids', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(35);
    expect(new Set(catalogue.map((d) => d.id)).size).toBe(catalogue.length);
  });

  it.each(catalogue.map((d) => [d.id, d] as const))(
    '%s validates against the KpiDefinition schema',
    (_id, definition) => {
      const result = validate('KpiDefinition', definition);
      expect(result.findings).toEqual([]);
      expect(result.ok).toBe(true);
    },
  );

  it('covers every domain the issue names', () => {
    for (const domain of ['economy', 'digital', 'environment', 'mobility', 'society', 'project'] as const) {
      expect(listDefinitions({ domain }).length, domain).toBeGreaterThan(0);
    }
    const ids = catalogue.map((d) => d.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'ENV-01',
        'ENV-02',
        'ENV-03',
        'ENV-04',
        'ENV-05',
        'PRJ-01',
        'PRJ-05',
        'PRJ-06',
        'DIG-09',
      ]),
    );
  });

  it('reads only declared inputs in every ratio and expression formula', () => {
    for (const d of catalogue) {
      if (d.formula.kind === 'ratio' || d.formula.kind === 'expression')
        expect(() => compileFormula(d), d.id).not.toThrow();
    }
  });

  it('cites the framework clauses the research anchors (ISO 37120 8.2 for PM10, U4SSC EC:ICT:ICT:1C for household internet)', () => {
    expect(getDefinition('ENV-02').references).toContainEqual({ framework: 'ISO 37120:2018', code: '8.2' });
    expect(getDefinition('DIG-01').references).toContainEqual({ framework: 'U4SSC', code: 'EC:ICT:ICT:1C' });
    expect(getDefinition('ECO-01').formula).toEqual({
      kind: 'ratio',
      numerator: 'unemployed',
      denominator: 'labourForce',
      multiplier: 100,
    });
    // ISO "per 100 000" indicators are numerator ÷ (population ÷ 100 000).
    expect(getDefinition('ENV-05').formula).toEqual({
      kind: 'ratio',
      numerator: 'greenArea',
      denominator: 'population',
      multiplier: 100_000,
    });
  });

  it('points every composite leaf at a KPI of the catalogue', () => {
    const index = getDefinition('DIG-09').formula;
    if (index.kind !== 'composite') throw new Error('DIG-09 must be composite');
    const leaves: string[] = [];
    const walk = (n: typeof index.index): void => {
      if (n.kpi) leaves.push(n.kpi);
      n.children?.forEach(walk);
    };
    walk(index.index);
    expect(leaves.length).toBeGreaterThanOrEqual(8);
    for (const k of leaves) expect(() => getDefinition(k)).not.toThrow();
  });

  it('writes French as French: elisions and contractions (d’arsenic, de l’ozone, du, aux)', () => {
    const slips: string[] = [];
    const visit = (node: unknown, at: string): void => {
      if (Array.isArray(node)) node.forEach((x, i) => visit(x, `${at}/${i}`));
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node))
          if (key === 'fr' && typeof value === 'string')
            slips.push(...frenchElisionSlips(value).map((s) => `${at}/fr: ${s}`));
          else visit(value, `${at}/${key}`);
    };
    for (const d of catalogue) visit(d, d.id);
    expect(slips).toEqual([]);
  });

  it('rejects an unknown id with a specific error', () => {
    expect(() => getDefinition('ENV-99')).toThrow('unknown KPI "ENV-99"');
  });
});
