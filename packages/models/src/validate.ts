/** Validation of payloads against the contract, on the precompiled validators: results are data, never exceptions. */
import type { CompiledValidator } from './compiledValidator';
import { childPointer } from './describeValue';
import { createFinding, type Finding, type FindingParams } from './findings/finding';
import { schemaFindingCatalogue, type SchemaFindingCode } from './findingCatalogue';
import type { Lang } from './text/lang';
import * as full from './generated/fullValidators';
import { rootForms, rootVariants } from './generated/registry';
import type { SchemaTypes, SchemaName } from './generated/typeMap';
import { findingFromAjvError, propertyLabel } from './messages';
import { detectType, getSchemaInfo, getShape, listEntityTypes } from './registry';
import type { PropertyShape, Shape } from './registryTypes';
import { closestName } from './suggest';

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** Language of the messages (default `en`). */
  readonly lang?: Lang;
  /** Report undeclared, aliased and deprecated properties as warnings (default `true`). */
  readonly extraChecks?: boolean;
}

/** The outcome of validating one payload: `ok` is false exactly when some finding is an error. */
export type ValidationResult<T = unknown> =
  | { readonly ok: true; readonly type: string; readonly data: T; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly type: string | undefined; readonly findings: readonly Finding[] };

const validators = full as unknown as Record<string, CompiledValidator>;
const MAX_DEPTH = 64;

const HINTS: Record<
  Lang,
  { didYouMean: (s: string) => string; replacedBy: (s: string) => string; languageVariant: (s: string) => string }
> = {
  en: {
    didYouMean: (s) => `; did you mean "${s}"?`,
    replacedBy: (s) => `; use "${s}" instead`,
    languageVariant: (s) => ` (a language variant of "${s}"; prefer a LocalizedText value)`,
  },
  fr: {
    didYouMean: (s) => ` ; vouliez-vous dire « ${s} » ?`,
    replacedBy: (s) => ` ; utilisez « ${s} »`,
    languageVariant: (s) => ` (variante linguistique de « ${s} » ; préférez un texte multilingue)`,
  },
  nl: {
    didYouMean: (s) => `; bedoelde u "${s}"?`,
    replacedBy: (s) => `; gebruik "${s}"`,
    languageVariant: (s) => ` (taalvariant van "${s}"; gebruik liever een meertalige tekst)`,
  },
};

function ruleFinding(code: SchemaFindingCode, instancePath: string, params: FindingParams, lang: Lang): Finding {
  return createFinding(schemaFindingCatalogue, code, lang, { instancePath, params });
}

/** Per shape: declared properties that need no further look, and those that do (deprecated or nested). */
const shapeIndex = new WeakMap<Shape, { plain: Set<string>; notable: Map<string, PropertyShape> }>();
function indexOf(shape: Shape): { plain: Set<string>; notable: Map<string, PropertyShape> } {
  let index = shapeIndex.get(shape);
  if (!index) {
    index = { plain: new Set(), notable: new Map() };
    for (const [name, prop] of Object.entries(shape.properties)) {
      if (prop.deprecated || prop.object || prop.items || prop.enumAliases) index.notable.set(name, prop);
      else index.plain.add(name);
    }
    shapeIndex.set(shape, index);
  }
  return index;
}

/** Walks a payload along its type's shape and reports undeclared, aliased and deprecated properties. */
function extraFindings(data: unknown, shape: Shape, typeName: string, lang: Lang): Finding[] {
  const out: Finding[] = [];
  const walk = (value: unknown, s: Shape, pointer: string, depth: number): void => {
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object' || Array.isArray(value)) return;
    const { plain, notable } = indexOf(s);
    for (const key of Object.keys(value)) {
      // Pointers are built only when a finding or a nested walk needs one: this loop runs for every property of every record.
      if (plain.has(key)) continue;
      const prop = notable.get(key);
      if (prop) {
        const path = childPointer(pointer, key);
        const child = (value as Record<string, unknown>)[key];
        if (prop.deprecated)
          out.push(
            ruleFinding(
              'deprecated_property',
              path,
              {
                property: propertyLabel(path, lang),
                hint: prop.replacedBy ? HINTS[lang].replacedBy(prop.replacedBy) : '',
              },
              lang,
            ),
          );
        if (prop.enumAliases) {
          const aliases = prop.enumAliases;
          const check = (v: unknown, at: string): void => {
            if (typeof v === 'string' && Object.hasOwn(aliases, v))
              out.push(
                ruleFinding(
                  'enum_value_alias',
                  at,
                  { property: propertyLabel(at, lang), value: v, canonical: aliases[v]! },
                  lang,
                ),
              );
          };
          if (Array.isArray(child)) child.forEach((v, i) => check(v, childPointer(path, i)));
          else check(child, path);
        }
        if (prop.object) walk(child, prop.object, path, depth + 1);
        if (prop.items && Array.isArray(child))
          child.forEach((item, i) => walk(item, prop.items!, childPointer(path, i), depth + 1));
        continue;
      }
      if (!s.open) continue;
      const path = childPointer(pointer, key);
      const canonical = Object.keys(s.properties).find((name) => s.properties[name]!.aliases?.includes(key));
      if (canonical) {
        out.push(ruleFinding('property_alias', path, { property: propertyLabel(path, lang), canonical }, lang));
        continue;
      }
      const variant = /^(.+)_([a-z]{2,3})$/.exec(key);
      const hint =
        variant && Object.hasOwn(s.properties, variant[1]!)
          ? HINTS[lang].languageVariant(variant[1]!)
          : ((suggestion) => (suggestion ? HINTS[lang].didYouMean(suggestion) : ''))(
              closestName(key, Object.keys(s.properties)),
            );
      out.push(
        ruleFinding('unknown_property', path, { property: propertyLabel(path, lang), type: typeName, hint }, lang),
      );
    }
  };
  walk(data, shape, '', 0);
  return out;
}

/**
 * Drops the errors inside a failed anyOf/oneOf: the alternative's own finding says it better than one error per
 * branch. (A discriminated union reports through its own `discriminator` keyword and keeps its branch errors.)
 */
function withoutBranchNoise<E extends { instancePath: string; schemaPath: string; keyword: string }>(
  errors: readonly E[],
): E[] {
  const failed = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  if (failed.length === 0) return [...errors];
  const inside = (e: E) =>
    failed.some(
      (a) =>
        e.schemaPath.startsWith(`${a.schemaPath}/`) ||
        // Branches that $ref another schema report paths of that schema: recognise them by location, except at the
        // root, where every error is "below" and only inline branches (matched above) belong to the alternative.
        (a.instancePath !== '' &&
          (e.instancePath === a.instancePath || e.instancePath.startsWith(`${a.instancePath}/`))),
    );
  return errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf' || !inside(e));
}

function unknownTypeResult(typeName: string, lang: Lang): ValidationResult<never> {
  const suggestion = closestName(typeName, listEntityTypes());
  const hint = suggestion ? HINTS[lang].didYouMean(suggestion) : '';
  return {
    ok: false,
    type: undefined,
    findings: [ruleFinding('unknown_entity_type', '/type', { got: JSON.stringify(typeName), hint }, lang)],
  };
}

/**
 * Validates a payload against the schema of `typeName` and returns every finding; never throws, whatever the input.
 * @example
 * const result = validate('AirQualityObserved', payload, { lang: 'fr' });
 * if (!result.ok) for (const f of result.findings) console.log(f.instancePath, f.message);
 */
export function validate<K extends SchemaName>(
  typeName: K,
  data: unknown,
  options?: ValidateOptions,
): ValidationResult<SchemaTypes[K]>;
export function validate(typeName: string, data: unknown, options?: ValidateOptions): ValidationResult;
export function validate(typeName: string, data: unknown, options: ValidateOptions = {}): ValidationResult {
  const lang = options.lang ?? 'en';
  const info = getSchemaInfo(typeName);
  const validator = info && Object.hasOwn(validators, info.name) ? validators[info.name] : undefined;
  if (!info || !validator) return unknownTypeResult(typeName, lang);
  const shape = getShape(info.name);
  let ok: boolean;
  try {
    ok = validator(data);
  } catch {
    // Only pathological input (e.g. a recursion limit hit by extreme nesting) can make a compiled validator throw.
    return {
      ok: false,
      type: info.name,
      findings: [ruleFinding('schema_violation', '', { property: propertyLabel('', lang), keyword: 'maxDepth' }, lang)],
    };
  }
  const findings: Finding[] = ok
    ? []
    : withoutBranchNoise(validator.errors ?? []).map((e) =>
        findingFromAjvError(e, data, shape, lang, { variants: rootVariants[info.name], forms: rootForms[info.name] }),
      );
  if (options.extraChecks !== false && shape) {
    const extra = extraFindings(data, shape, info.name, lang);
    for (const f of extra) findings.push(f);
  }
  return ok ? { ok: true, type: info.name, data, findings } : { ok: false, type: info.name, findings };
}

/** Validates a payload against the entity type its `type` property declares. */
export function validateEntity(data: unknown, options: ValidateOptions = {}): ValidationResult {
  const lang = options.lang ?? 'en';
  const type = detectType(data);
  if (type) return validate(type, data, options);
  const declared =
    data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as { type?: unknown }).type : undefined;
  if (typeof declared === 'string') return unknownTypeResult(declared, lang);
  return { ok: false, type: undefined, findings: [ruleFinding('missing_entity_type', '', {}, lang)] };
}
