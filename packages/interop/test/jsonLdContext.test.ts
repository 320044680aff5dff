import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getShape } from '@opencity/models';
import { renderContext } from '../scripts/generateContext';
import { loadReferenceContexts, protectedTerms } from '../scripts/jsonLdContext';

const repo = join(import.meta.dirname, '../../..');
const file = join(repo, 'schemas/context/opencity-context.jsonld');
type Definition = string | { '@id': string; '@type'?: string; '@context'?: Record<string, Definition> };
const context = (JSON.parse(readFileSync(file, 'utf8')) as { '@context': Record<string, Definition> })['@context'];
const references = loadReferenceContexts(join(repo, 'schemas'));
const core = protectedTerms(references.core);

const iri = (d: Definition | undefined): string | undefined => (typeof d === 'string' ? d : d?.['@id']);
/** The definition a term has inside an entity of `type`: the type-scoped one, else the global one. */
const termIn = (type: string, term: string): Definition | undefined => {
  const scoped = context[type];
  return (typeof scoped === 'object' ? scoped['@context']?.[term] : undefined) ?? context[term];
};
/** The definition of a key nested in `attribute` of `type`: property-scoped first, then as at the top. */
const nestedIn = (type: string, attribute: string, key: string): Definition | undefined => {
  const a = termIn(type, attribute);
  return (typeof a === 'object' ? a['@context']?.[key] : undefined) ?? termIn(type, key);
};

describe('schemas/context/opencity-context.jsonld', () => {
  it('is what the generator gives for the current schemas and reference contexts', () => {
    expect(readFileSync(file, 'utf8')).toBe(renderContext(repo));
  });

  it('reads the protected terms from the NGSI-LD core context itself', () => {
    for (const term of ['id', 'type', 'value', 'object', 'languageMap', 'location', 'observedAt', 'unitCode'])
      expect(core.has(term), term).toBe(true);
    for (const term of ['description', 'status', 'title']) expect(core.has(term), term).toBe(true);
    expect([...core].some((t) => t.startsWith('@'))).toBe(false);
    expect(protectedTerms({ '@protected': true, a: 'x:a', b: { '@id': 'x:b', '@protected': false } })).toEqual(
      new Set(['a']),
    );
  });

  it('never defines a protected core term, globally or in a scoped context', () => {
    const defined: string[] = [];
    const walk = (terms: Record<string, Definition>): void => {
      for (const [term, d] of Object.entries(terms)) {
        if (core.has(term)) defined.push(term);
        if (typeof d === 'object' && d['@context']) walk(d['@context']);
      }
    };
    walk(context);
    expect(defined).toEqual([]);
  });

  it('defines every attribute of every entity type, as an absolute IRI, in the scope of its type', () => {
    for (const type of Object.keys(context).filter((t) => /^[A-Z]/.test(t) && getShape(t))) {
      for (const attribute of Object.keys(getShape(type)?.properties ?? {})) {
        if (!core.has(attribute)) expect(iri(termIn(type, attribute)), `${type}.${attribute}`).toMatch(/^https:\/\//);
      }
    }
  });

  it('gives shared attributes the shared Smart Data Models IRI, and subject attributes their subject IRI per type', () => {
    expect(context['dateObserved']).toBe('https://smartdatamodels.org/dateObserved');
    expect(context['address']).toBe('https://smartdatamodels.org/address');
    expect(iri(termIn('WeatherObserved', 'temperature'))).toBe(
      'https://smartdatamodels.org/dataModel.Weather/temperature',
    );
    expect(iri(termIn('WasteContainer', 'temperature'))).toBe(
      'https://smartdatamodels.org/dataModel.WasteManagement/temperature',
    );
    expect(iri(termIn('Alert', 'category'))).toBe('https://smartdatamodels.org/dataModel.Alert/category');
    expect(iri(termIn('ParkingSpot', 'category'))).toBe('https://smartdatamodels.org/dataModel.Parking/category');
    // Disagreeing types are scoped, never settled globally by one of them.
    expect(context['temperature']).toBeUndefined();
    expect(context['category']).toBeUndefined();
    expect(iri(termIn('KpiValue', 'area'))).toBe('https://w3id.org/opencity/terms#area');
  });

  it('maps the keys inside structured values and makes relationships IRIs', () => {
    expect(iri(nestedIn('ACMeasurement', 'activePower', 'L1'))).toBe('https://smartdatamodels.org/dataModel.Energy/L1');
    expect(iri(nestedIn('ParkingSpot', 'address', 'streetAddress'))).toBe('https://smartdatamodels.org/streetAddress');
    expect(iri(nestedIn('TrafficFlowObserved', 'address', 'municipality'))).toBe(
      'https://smartdatamodels.org/dataModel.Transportation/municipality',
    );
    expect(termIn('ParkingSpot', 'refDevice')).toEqual({
      '@id': 'https://smartdatamodels.org/dataModel.Parking/refDevice',
      '@type': '@id',
    });
  });
});
