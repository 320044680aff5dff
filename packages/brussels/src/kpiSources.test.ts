import { catalogue, computeKpi, getDefinition } from '@opencity/kpi';
import { describe, expect, it } from 'vitest';
import { brusselsKpiDefinitions, brusselsKpiSources } from './index';

describe('brusselsKpiSources', () => {
  it('names only inputs the KPI catalogue has', () => {
    for (const [id, sources] of Object.entries(brusselsKpiSources)) {
      const names = getDefinition(id).inputs.map((i) => i.name);
      for (const name of Object.keys(sources)) expect(names, `${id} ${name}`).toContain(name);
    }
  });

  it('gives the catalogue its Brussels sources, and the provenance of a value names them', () => {
    expect(brusselsKpiDefinitions.map((d) => d.id)).toEqual(catalogue.map((d) => d.id));
    const mob03 = getDefinition('MOB-03', brusselsKpiDefinitions);
    expect(mob03.inputs.map((i) => i.source)).toEqual([
      'STIB-MIVB network data (GTFS and GTFS-RT)',
      'STIB-MIVB network data (GTFS and GTFS-RT)',
    ]);
    expect(getDefinition('MOB-03').inputs[0]?.source).toBe('Public transport operator network data (GTFS and GTFS-RT)');
    const v = computeKpi(mob03, { linesWithRealTime: 30, lines: 60 }, { area: '21004', period: '2024' });
    expect(v.provenance.inputs?.map((i) => i.source)).toEqual([
      'STIB-MIVB network data (GTFS and GTFS-RT)',
      'STIB-MIVB network data (GTFS and GTFS-RT)',
    ]);
    expect(getDefinition('DIG-07', brusselsKpiDefinitions).inputs[0]?.source).toMatch(/^Sibelga/);
  });

  it('leaves the city-neutral catalogue without Brussels institutions', () => {
    const text = JSON.stringify(catalogue);
    for (const name of [
      'STIB',
      'Sibelga',
      'Statbel',
      'Bruxelles',
      'Brussel',
      'IBSA',
      'Urbis',
      'BIPT',
      'SIAMU',
      'irisbox',
    ])
      expect(text, name).not.toContain(name);
  });
});
