/**
 * Builds the JSON-LD @context for NGSI-LD use of the contract, from the entity schemas and the reference contexts
 * kept in schemas/context/reference/ (the ETSI NGSI-LD core context and Smart Data Models' per-subject contexts).
 *
 * - An attribute of a type aligned with a Smart Data Models subject gets the IRI that subject's own context gives it;
 *   an attribute Smart Data Models does not define there takes its shared IRI (`https://smartdatamodels.org/<term>`)
 *   when Smart Data Models has one, else an OpenCity IRI. Office types use shared Smart Data Models IRIs and OpenCity
 *   IRIs the same way.
 * - Keys inside structured values (address parts, ACMeasurement's `L1`/`L2`/`L3`…) are mapped by the same rule.
 * - A term that two types map to different IRIs is not settled by picking one: each type's term carries a
 *   type-scoped context (JSON-LD 1.1) with its own IRI, and a nested key in the same case gets a property-scoped
 *   context on its attribute.
 * - Relationship attributes (`"x-ngsi": "Relationship"`) are `@type: @id`, so their keyValues form expands to IRIs.
 * - No term of the core context is defined anywhere (its terms are `@protected`), so the context can be placed
 *   before or after the core context.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildShapes, loadSchemaSources, resolveRef, SchemaIndex, type SchemaSource } from '@opencity/tooling';

/** Base of the OpenCity vocabulary, for terms Smart Data Models does not define. */
export const OPENCITY_TERMS = 'https://w3id.org/opencity/terms#';
/** The namespace of Smart Data Models attributes shared across subjects. */
export const SDM_SHARED = 'https://smartdatamodels.org/';
/** Where the reference contexts live, relative to schemas/. */
export const REFERENCE_DIR = join('context', 'reference');
/** The address our context is published at (the docs site serves it there, see docs/reference/identifiers.md). */
export const CONTEXT_URL = 'https://w3id.org/opencity/schemas/context/opencity-context.jsonld';
/** The address of the NGSI-LD core context v1.8. */
export const CORE_CONTEXT_URL = 'https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v1.8.jsonld';
/** The address Smart Data Models publish a subject's context at. */
export const sdmContextUrl = (subject: string): string =>
  `https://raw.githubusercontent.com/smart-data-models/${subject}/master/context.jsonld`;
/** The file of the NGSI-LD core context among the reference contexts. */
export const CORE_CONTEXT_FILE = 'ngsi-ld-core-context-v1.8.jsonld';

type Node = Record<string, unknown>;
/** A term definition as written in the generated context. */
export type TermDefinition = string | { '@id': string; '@type'?: '@id'; '@context'?: Record<string, TermDefinition> };

/** The reference contexts: the NGSI-LD core context and Smart Data Models' context per subject. */
export interface ReferenceContexts {
  readonly core: Node;
  /** `dataModel.<Subject>` → that subject's `@context` object. */
  readonly sdm: ReadonlyMap<string, Node>;
}

/** Reads the reference contexts from `<schemasRoot>/context/reference/`. */
export function loadReferenceContexts(schemasRoot: string): ReferenceContexts {
  const dir = join(schemasRoot, REFERENCE_DIR);
  const read = (file: string): Node => (JSON.parse(readFileSync(file, 'utf8')) as { '@context': Node })['@context'];
  const sdm = new Map<string, Node>();
  for (const file of readdirSync(join(dir, 'sdm')).sort()) {
    const subject = /^(dataModel\.[A-Za-z]+)\.context\.jsonld$/.exec(file)?.[1];
    if (subject) sdm.set(subject, read(join(dir, 'sdm', file)));
  }
  return { core: read(join(dir, CORE_CONTEXT_FILE)), sdm };
}

/**
 * The terms a context protects: every term when the context says `"@protected": true` (the NGSI-LD core context
 * does), unless a term opts out, and any term whose own definition is protected.
 */
export function protectedTerms(context: Node): Set<string> {
  const all = context['@protected'] === true;
  const out = new Set<string>();
  for (const [term, definition] of Object.entries(context)) {
    if (term.startsWith('@')) continue;
    const own = definition && typeof definition === 'object' ? (definition as Node)['@protected'] : undefined;
    if (own === true || (all && own !== false)) out.add(term);
  }
  return out;
}

function iriIn(context: Node | undefined, term: string): string | undefined {
  const definition = context?.[term];
  if (typeof definition === 'string') return definition;
  if (definition && typeof definition === 'object' && typeof (definition as Node)['@id'] === 'string')
    return (definition as Node)['@id'] as string;
  return undefined;
}

interface Use {
  readonly iri: string;
  readonly relationship: boolean;
}
const sameUse = (a: Use, b: Use): boolean => a.iri === b.iri && a.relationship === b.relationship;
const definitionOf = (use: Use): TermDefinition => (use.relationship ? { '@id': use.iri, '@type': '@id' } : use.iri);

const SKIPPED_VALUES = ['/common/Location/', '/common/LocalizedText/'];

/** A declared key inside a structured value: whether it is a reference, and its other spellings. */
interface NestedKey {
  readonly relationship: boolean;
  readonly aliases: readonly string[];
}

/**
 * Every key declared inside a structured value (address parts, phase values, items of arrays, branches of unions),
 * following `$ref`; GeoJSON geometries, language maps and JSON values are not walked.
 */
function nestedKeys(node: Node, source: SchemaSource, index: SchemaIndex): Map<string, NestedKey> {
  const out = new Map<string, NestedKey>();
  const seen = new Set<Node>();
  const walk = (n: Node, from: SchemaSource): void => {
    if (seen.has(n) || n['x-ngsi'] === 'JsonProperty' || n['x-ngsi'] === 'LanguageProperty') return;
    seen.add(n);
    if (typeof n['$ref'] === 'string') {
      const ref = n['$ref'];
      if (SKIPPED_VALUES.some((path) => ref.includes(path))) return;
      const target = resolveRef(ref, from, index);
      walk(target.node, target.source);
    }
    for (const k of ['allOf', 'anyOf', 'oneOf', 'prefixItems'])
      if (Array.isArray(n[k])) for (const branch of n[k] as Node[]) walk(branch, from);
    for (const k of ['items', 'additionalProperties', 'then', 'else'])
      if (n[k] && typeof n[k] === 'object') walk(n[k] as Node, from);
    for (const [key, child] of Object.entries((n['properties'] as Record<string, Node> | undefined) ?? {})) {
      if (!out.has(key))
        out.set(key, {
          relationship: child['x-ngsi'] === 'Relationship',
          aliases: Array.isArray(child['x-aliases']) ? (child['x-aliases'] as string[]) : [],
        });
      walk(child, from);
    }
  };
  walk(node, source);
  return out;
}

/** The schema node of each attribute of an entity schema, its own and those it includes with `allOf`. */
function attributeNodes(source: SchemaSource, index: SchemaIndex): Map<string, [Node, SchemaSource]> {
  const out = new Map<string, [Node, SchemaSource]>();
  const collect = (n: Node, from: SchemaSource): void => {
    for (const branch of (n['allOf'] as Node[] | undefined) ?? []) {
      if (typeof branch['$ref'] === 'string') {
        const target = resolveRef(branch['$ref'], from, index);
        collect(target.node, target.source);
      } else collect(branch, from);
    }
    for (const [key, child] of Object.entries((n['properties'] as Record<string, Node> | undefined) ?? {}))
      out.set(key, [child, from]);
  };
  collect(source.schema, source);
  return out;
}

interface EntityTerms {
  readonly type: string;
  readonly typeIri: string;
  readonly attributes: Map<string, Use>;
  /** attribute → its nested keys. */
  readonly nested: Map<string, Map<string, Use>>;
}

/** The @context document: `{"@context": {"@version": 1.1, term: definition, …}}`, terms sorted. */
export function buildJsonLdContext(schemasRoot: string): { '@context': Record<string, unknown> } {
  const references = loadReferenceContexts(schemasRoot);
  const reserved = protectedTerms(references.core);
  const sharedIri = (term: string): string | undefined =>
    [...references.sdm.values()].some((c) => iriIn(c, term) === `${SDM_SHARED}${term}`)
      ? `${SDM_SHARED}${term}`
      : undefined;

  const sources = loadSchemaSources(schemasRoot, { examples: false });
  const shapes = buildShapes(sources);
  const index = new SchemaIndex(sources);
  const entities: EntityTerms[] = [];
  for (const source of sources) {
    const props = (source.schema['properties'] as Record<string, Node> | undefined) ?? {};
    if (source.group === 'common' || props['type']?.['const'] !== source.name) continue;
    const subject = (source.schema['x-sdm'] as { subject?: string } | undefined)?.subject;
    const sdm = subject ? references.sdm.get(subject) : undefined;
    if (subject && !sdm) throw new Error(`${source.name}: no reference context for Smart Data Models ${subject}`);
    const iriOf = (term: string): string => iriIn(sdm, term) ?? sharedIri(term) ?? `${OPENCITY_TERMS}${term}`;
    const attributes = new Map<string, Use>();
    const nested = new Map<string, Map<string, Use>>();
    const nodes = attributeNodes(source, index);
    for (const [name, shape] of Object.entries(shapes[source.name]?.properties ?? {})) {
      if (reserved.has(name)) continue;
      const use = { iri: iriOf(name), relationship: shape.ngsi === 'Relationship' };
      attributes.set(name, use);
      // Another spelling expands as Smart Data Models expands it, or as the property it stands for.
      for (const alias of shape.aliases ?? [])
        if (!reserved.has(alias)) attributes.set(alias, { ...use, iri: iriIn(sdm, alias) ?? use.iri });
      const node = nodes.get(name);
      const keys = new Map<string, Use>();
      for (const [key, k] of node ? nestedKeys(node[0], node[1], index) : []) {
        if (reserved.has(key)) continue;
        const nestedUse = { iri: iriOf(key), relationship: k.relationship };
        keys.set(key, nestedUse);
        for (const alias of k.aliases)
          if (!reserved.has(alias)) keys.set(alias, { ...nestedUse, iri: iriIn(sdm, alias) ?? nestedUse.iri });
      }
      if (keys.size) nested.set(name, keys);
    }
    entities.push({
      type: source.name,
      typeIri: iriIn(sdm, source.name) ?? `${OPENCITY_TERMS}${source.name}`,
      attributes,
      nested,
    });
  }

  // A term is global when every use agrees; otherwise it is scoped where it is used.
  const uses = new Map<string, Use[]>();
  const note = (term: string, use: Use): void => {
    const list = uses.get(term) ?? [];
    if (!list.some((u) => sameUse(u, use))) list.push(use);
    uses.set(term, list);
  };
  for (const e of entities) {
    for (const [term, use] of e.attributes) note(term, use);
    for (const keys of e.nested.values()) for (const [term, use] of keys) note(term, use);
  }
  const global = (term: string): boolean =>
    (uses.get(term)?.length ?? 0) === 1 && !entities.some((e) => e.type === term);

  const context: Record<string, TermDefinition> = {};
  for (const [term, list] of uses) if (global(term)) context[term] = definitionOf(list[0]!);
  for (const e of entities) {
    const scoped: Record<string, TermDefinition> = {};
    for (const [term, use] of e.attributes) {
      const keys = [...(e.nested.get(term) ?? [])].filter(([key]) => !global(key));
      if (global(term) && keys.length === 0) continue;
      const base = definitionOf(use);
      scoped[term] = keys.length
        ? {
            ...(typeof base === 'string' ? { '@id': base } : base),
            '@context': Object.fromEntries(keys.map(([key, u]) => [key, definitionOf(u)])),
          }
        : base;
    }
    context[e.type] = Object.keys(scoped).length ? { '@id': e.typeIri, '@context': sortTerms(scoped) } : e.typeIri;
  }
  return { '@context': { '@version': 1.1, ...sortTerms(context) } };
}

function sortTerms<T>(terms: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(terms).sort(([a], [b]) => a.localeCompare(b)));
}
