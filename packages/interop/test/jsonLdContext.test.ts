import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getShape, listEntityTypes } from '@opencity/models';
import { renderContext } from '../scripts/generateContext';
import { CORE_TERMS } from '../scripts/jsonLdContext';

const repo = join(import.meta.dirname, '../../..');
const file = join(repo, 'schemas/context/opencity-context.jsonld');
const context = (JSON.parse(readFileSync(file, 'utf8')) as { '@context': Record<string, string> })['@context'];

describe('schemas/context/opencity-context.jsonld', () => {
  it('is what the generator gives for the current schemas', () => {
    expect(readFileSync(file, 'utf8')).toBe(renderContext(repo));
  });

  it('defines every entity type and every attribute of every entity, each as an absolute IRI', () => {
    const entityDirs = ['city', 'office'].flatMap((g) => readdirSync(join(repo, 'schemas', g)));
    for (const type of listEntityTypes().filter((t) => entityDirs.includes(t))) {
      expect(context[type], type).toMatch(/^https:\/\//);
      for (const attribute of Object.keys(getShape(type)?.properties ?? {})) {
        if (!CORE_TERMS.has(attribute)) expect(context[attribute], `${type}.${attribute}`).toMatch(/^https:\/\//);
      }
    }
  });

  it('keeps Smart Data Models IRIs for their models and never redefines an NGSI-LD core term', () => {
    expect(context['AirQualityObserved']).toBe('https://smartdatamodels.org/dataModel.Environment/AirQualityObserved');
    expect(context['no2']).toBe('https://smartdatamodels.org/dataModel.Environment/no2');
    expect(context['KpiValue']).toBe('https://w3id.org/opencity/terms#KpiValue');
    for (const term of CORE_TERMS) expect(Object.hasOwn(context, term), term).toBe(false);
  });
});
