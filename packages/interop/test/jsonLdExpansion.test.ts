// Our NGSI-LD output, expanded by a standard JSON-LD processor (jsonld.js) with our @context, gives every attribute
// the IRI that Smart Data Models' own context for the type's subject gives it. Nothing is fetched: the document loader
// serves the shipped contexts (ours, and the reference copies of the ETSI core context and Smart Data Models'
// contexts in schemas/context/reference/) and refuses any other URL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { getShape, type PropertyShape, type Shape } from '@opencity/models';
import { toConcise, toNormalized } from '../src/ngsi';
import { loadSchemaSources } from '@opencity/tooling';
import { CONTEXT_URL, CORE_CONTEXT_URL, loadReferenceContexts, sdmContextUrl } from '../scripts/jsonLdContext';

const repo = join(import.meta.dirname, '../../..');
const schemasRoot = join(repo, 'schemas');
const references = loadReferenceContexts(schemasRoot);
const ours = JSON.parse(readFileSync(join(schemasRoot, 'context/opencity-context.jsonld'), 'utf8')) as object;
const documents = new Map<string, object>([
  [CONTEXT_URL, ours],
  [CORE_CONTEXT_URL, { '@context': references.core }],
  ...[...references.sdm].map(([subject, context]) => [sdmContextUrl(subject), { '@context': context }] as const),
]);
const requested: string[] = [];
const documentLoader = async (url: string) => {
  requested.push(url);
  const document = documents.get(url);
  if (!document) throw new Error(`offline test: ${url} is not a shipped context`);
  return { contextUrl: undefined, documentUrl: url, document };
};
const DEFAULT_VOCAB = String(references.core['@vocab']);

/** Every term our context defines, globally or in a scoped context. */
const declared = new Set<string>();
(function collect(context: Record<string, unknown>): void {
  for (const [term, definition] of Object.entries(context)) {
    if (term.startsWith('@')) continue;
    declared.add(term);
    const scoped = (definition as { '@context'?: Record<string, unknown> } | null)?.['@context'];
    if (scoped && typeof definition === 'object') collect(scoped);
  }
})((ours as { '@context': Record<string, unknown> })['@context']);
/** Keys of free-form values (declared by neither our schemas nor Smart Data Models) fall to the default vocabulary. */
const mustBeMapped = (term: string): boolean => declared.has(term);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
/** Members whose value is not an attribute: keyword aliases of the core context and literal forms. */
const NOT_TERMS = new Set(['id', 'type', '@id', '@type', '@value']);

/**
 * Replaces every leaf value of a compacted entity by a unique marker IRI and remembers the chain of terms that leads
 * to it, so that expansions under two contexts can be compared term by term.
 */
function probe(entity: JsonObject): { doc: JsonObject; paths: Map<string, string[]> } {
  const paths = new Map<string, string[]>();
  const walk = (value: Json, path: string[], languageMap: boolean): Json => {
    if (Array.isArray(value)) return value.map((v) => walk(v, path, false));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => {
          if (k === 'id' || k === 'type' || k === '@type') return [k, v];
          // Inside a languageMap the keys are language tags, not terms.
          const next = languageMap || NOT_TERMS.has(k) ? path : [...path, k];
          return [k, walk(v, next, k === 'languageMap')];
        }),
      );
    }
    if (value === null) return value;
    const marker = `urn:probe:${paths.size}`;
    paths.set(marker, path);
    return marker;
  };
  return { doc: walk(entity, [], false) as JsonObject, paths };
}

/** marker → the IRIs of the terms on its path, read from an expanded document. */
function iriPaths(expanded: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (value: unknown, path: string[]): void => {
    if (Array.isArray(value)) return value.forEach((v) => walk(v, path));
    if (value === null || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      if ((k === '@value' || k === '@id') && typeof v === 'string' && v.startsWith('urn:probe:')) out.set(v, path);
      else if (k === '@list' || k === '@set') walk(v, path);
      else if (!k.startsWith('@')) walk(v, [...path, k]);
    }
  };
  walk(expanded, []);
  return out;
}

const expand = async (doc: JsonObject, context: string[]) =>
  jsonld.expand({ '@context': context, ...doc } as never, { documentLoader } as never);

interface EntityType {
  readonly name: string;
  readonly group: string;
  readonly subject: string | undefined;
  readonly examples: JsonObject[];
}
const entityTypes: EntityType[] = loadSchemaSources(schemasRoot)
  .filter((s) => (s.schema['properties'] as JsonObject | undefined)?.['type'] !== undefined && s.group !== 'common')
  .filter((s) => ((s.schema['properties'] as Record<string, JsonObject>)['type']?.['const'] ?? null) === s.name)
  .map((s) => ({
    name: s.name,
    group: s.group,
    subject: (s.schema['x-sdm'] as { subject?: string } | undefined)?.subject,
    examples: s.examples.valid
      .map(([, e]) => e)
      .filter((e): e is JsonObject => !!e && !Array.isArray(e) && typeof e === 'object'),
  }));
const cityTypes = entityTypes.filter((t) => t.group === 'city');
/** Attribute values reached through a LanguageProperty's languageMap, over the city types compared. */
let languageMapValues = 0;

/** A sample value for a declared property, deep enough to reach its nested keys. */
function sampleValue(shape: PropertyShape | undefined): Json {
  if (shape?.object) return sampleObject(shape.object);
  if (shape?.items) return [sampleObject(shape.items)];
  return 'sample';
}
function sampleObject(shape: Shape): JsonObject {
  return Object.fromEntries(Object.entries(shape.properties).map(([k, p]) => [k, sampleValue(p)]));
}

/** A normalized entity with every declared attribute of a type, each in the NGSI-LD form its schema gives it. */
function everyAttribute(type: string): JsonObject {
  const entity: JsonObject = { id: `urn:ngsi-ld:${type}:probe`, type };
  for (const [name, shape] of Object.entries(getShape(type)?.properties ?? {})) {
    if (name === 'id' || name === 'type') continue;
    const localized = shape.ngsi === 'LanguageProperty' || (shape.forms ?? []).includes('LocalizedText');
    entity[name] =
      shape.ngsi === 'Relationship'
        ? { type: 'Relationship', object: 'urn:ngsi-ld:Thing:1' }
        : shape.ngsi === 'GeoProperty'
          ? { type: 'GeoProperty', value: { type: 'Point', coordinates: [4.35, 50.85] } }
          : localized
            ? { type: 'LanguageProperty', languageMap: { fr: 'exemple', nl: 'voorbeeld' } }
            : { type: 'Property', value: sampleValue(shape) };
  }
  return entity;
}

/** Our NGSI-LD output for a type: its examples in normalized and concise form, and an entity with every attribute. */
function outputsOf(t: EntityType): [string, JsonObject][] {
  const out: [string, JsonObject][] = [];
  t.examples.forEach((e, i) => {
    out.push([`example ${i} normalized`, toNormalized(e, { typeName: t.name }).entity as JsonObject]);
    out.push([`example ${i} concise`, toConcise(e, { typeName: t.name }).entity as JsonObject]);
  });
  const all = everyAttribute(t.name);
  out.push(['every attribute, normalized', all]);
  out.push(['every attribute, concise', toConcise(all, { representation: 'normalized' }).entity as JsonObject]);
  return out;
}

describe('JSON-LD expansion of our NGSI-LD output (jsonld.js, offline)', () => {
  it.each(cityTypes.map((t) => [t.name, t] as const))(
    '%s: every term Smart Data Models defines expands to its IRI, in either context order',
    async (_name, t) => {
      const sdm = references.sdm.get(t.subject ?? '');
      expect(sdm, `reference context for ${t.subject}`).toBeDefined();
      const defined = (term: string) => Object.hasOwn(sdm!, term) || Object.hasOwn(references.core, term);
      const mismatches: string[] = [];
      const unmapped: string[] = [];
      let compared = 0;
      for (const [label, entity] of outputsOf(t)) {
        const { doc, paths } = probe(entity);
        const before = await expand(doc, [CONTEXT_URL, CORE_CONTEXT_URL]);
        const after = await expand(doc, [CORE_CONTEXT_URL, CONTEXT_URL]);
        expect(after, `${label}: same expansion in both context orders`).toEqual(before);
        const theirs = iriPaths(await expand(doc, [sdmContextUrl(t.subject!), CORE_CONTEXT_URL]));
        const mine = iriPaths(before);
        for (const [marker, terms] of paths) {
          const a = mine.get(marker);
          const b = theirs.get(marker);
          expect(a, `${label}: ${terms.join('.')} kept by the expansion`).toBeDefined();
          if (terms.includes('languageMap')) languageMapValues++;
          terms.forEach((term, i) => {
            if (mustBeMapped(term) && a![i]!.startsWith(DEFAULT_VOCAB))
              unmapped.push(`${label}: ${terms.slice(0, i + 1).join('.')}`);
            if (!defined(term)) return;
            compared++;
            if (a![i] !== b?.[i])
              mismatches.push(`${label}: ${terms.slice(0, i + 1).join('.')} → ${a![i]}, SDM ${b?.[i]}`);
          });
        }
      }
      expect(mismatches).toEqual([]);
      expect(unmapped, 'every term of our output is defined by our context or the core').toEqual([]);
      expect(compared).toBeGreaterThan(0);
    },
    60_000,
  );

  it('covered LanguageProperty attributes (their languageMap) in the comparison', () => {
    expect(languageMapValues).toBeGreaterThan(0);
  });

  it.each(entityTypes.filter((t) => t.group !== 'city').map((t) => [t.name, t] as const))(
    '%s (Office): every term expands to an IRI of ours or of the core, in either context order',
    async (_name, t) => {
      for (const [label, entity] of outputsOf(t)) {
        const { doc, paths } = probe(entity);
        const before = await expand(doc, [CONTEXT_URL, CORE_CONTEXT_URL]);
        expect(await expand(doc, [CORE_CONTEXT_URL, CONTEXT_URL]), label).toEqual(before);
        const mine = iriPaths(before);
        for (const [marker, terms] of paths) {
          const iris = mine.get(marker);
          expect(iris, `${label}: ${terms.join('.')} kept by the expansion`).toBeDefined();
          terms.forEach((term, i) => {
            if (mustBeMapped(term))
              expect(iris![i], `${label}: ${terms.slice(0, i + 1).join('.')}`).not.toMatch(DEFAULT_VOCAB);
          });
        }
      }
    },
    60_000,
  );

  it('is offline: the document loader refuses any context it does not ship', async () => {
    await expect(expand({ id: 'urn:x', type: 'Thing' }, ['https://example.org/context.jsonld'])).rejects.toThrow();
    expect(new Set(requested)).toContain(CORE_CONTEXT_URL);
  });
});
