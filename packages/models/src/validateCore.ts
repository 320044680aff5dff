/**
 * Validation of one payload against one type on its precompiled validator: findings from ajv's errors with messages in
 * EN/FR/NL, then the checks ajv does not make (undeclared, aliased and deprecated properties), within a budget of
 * findings. Used by every per-type entry (`validate<Type>`) and by `validate`; results are data, never exceptions.
 */
import type { CompiledValidator } from './compiledValidator';
import { childPointer } from './describeValue';
import { createFinding, type Finding, type FindingParams } from './findings/finding';
import { schemaFindingCatalogue, type SchemaFindingCode } from './findingCatalogue';
import type { Lang } from './text/lang';
import { findingFromAjvError, propertyLabel } from './messages';
import type { PropertyShape, Shape } from './registryTypes';
import { closestName } from './suggest';

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** Language of the messages (default `en`). */
  readonly lang?: Lang;
  /** Report undeclared, aliased and deprecated properties as warnings (default `true`). */
  readonly extraChecks?: boolean;
  /**
   * At most this many findings per payload (default {@link DEFAULT_MAX_FINDINGS}); the others are counted in one
   * final `findings_truncated` finding, so a payload with a million bad values costs a bounded report. Errors come
   * first, so `ok` is always right. A value below 1 or not a number means the default; `Infinity` keeps them all.
   */
  readonly maxFindings?: number;
}

/** How many findings {@link validate} reports per payload unless {@link ValidateOptions.maxFindings} says otherwise. */
export const DEFAULT_MAX_FINDINGS = 100;

/** The outcome of validating one payload: `ok` is false exactly when some finding is an error. */
export type ValidationResult<T = unknown> =
  | { readonly ok: true; readonly type: string; readonly data: T; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly type: string | undefined; readonly findings: readonly Finding[] };

/** What a per-type entry knows about its type: the precompiled full validator and what messages need. */
export interface TypeModel {
  /** The type name (`AirQualityObserved`). */
  readonly name: string;
  /** The precompiled validator that collects every error. */
  readonly validator: CompiledValidator;
  /** The declared properties, for the checks ajv does not make and for messages. */
  readonly shape?: Shape;
  /** The tag values of a root discriminated union (GeoJSON geometry types). */
  readonly variants?: readonly string[];
  /** The alternatives of a root anyOf/oneOf, named for messages. */
  readonly forms?: readonly string[];
}

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

/** Per shape: declared properties that need no further look, those that do (deprecated or nested), and aliases. */
interface ShapeIndex {
  readonly plain: Set<string>;
  readonly notable: Map<string, PropertyShape>;
  /** Other spelling → canonical property name. */
  readonly aliases: Map<string, string>;
  readonly names: readonly string[];
  /**
   * The keys of the last object walked with this shape, in `for…in` order, each with what it is here: `null` for a
   * plain declared property, its shape for a notable one, `undefined` for an undeclared one. Records of one stream
   * mostly list the same keys in the same order: while an object follows this sequence, each key costs one comparison
   * instead of a lookup. Only a memo: a key is classified by its name alone, so any sequence gives the same findings.
   */
  seqKeys: readonly string[];
  seqKinds: readonly KeyKind[];
}
/** What a key is in a shape: plain declared property (`null`), notable declared property, or undeclared (`undefined`). */
type KeyKind = PropertyShape | null | undefined;
/** Objects with more keys than this are walked without updating the key sequence memo (bounded memory). */
const MAX_REMEMBERED_KEYS = 512;
const shapeIndex = /* @__PURE__ */ new WeakMap<Shape, ShapeIndex>();
function indexOf(shape: Shape): ShapeIndex {
  let index = shapeIndex.get(shape);
  if (!index) {
    index = {
      plain: new Set(),
      notable: new Map(),
      aliases: new Map(),
      names: Object.keys(shape.properties),
      seqKeys: [],
      seqKinds: [],
    };
    for (const [name, prop] of Object.entries(shape.properties)) {
      if (prop.deprecated || prop.object || prop.items || prop.enumAliases) index.notable.set(name, prop);
      else index.plain.add(name);
      for (const alias of prop.aliases ?? []) if (!index.aliases.has(alias)) index.aliases.set(alias, name);
    }
    shapeIndex.set(shape, index);
  }
  return index;
}

/**
 * The findings of one validation, bounded: past its limit it only counts what it leaves out. Also what the walk of
 * {@link extraFindings} shares between its levels (one object per validation).
 */
class FindingBudget {
  readonly findings: Finding[] = [];
  omitted = 0;
  constructor(
    private readonly limit: number,
    readonly typeName: string,
    readonly lang: Lang,
  ) {}
  /** True while findings are still kept (so callers can skip the work of building one). */
  get open(): boolean {
    return this.findings.length < this.limit;
  }
  add(finding: () => Finding): void {
    if (this.open) this.findings.push(finding());
    else this.omitted++;
  }
}

/**
 * Walks a payload along its type's shape and reports undeclared, aliased and deprecated properties. This runs for
 * every property of every record validated, so it is written for the valid case: no closure or array per level
 * (`for…in` with own-key checks only on the rare path), pointers built only when a finding or a nested walk needs one.
 */
function extraFindings(data: unknown, shape: Shape, out: FindingBudget): void {
  walkExtra(data, shape, '', undefined, 0, out);
}

/** The JSON Pointer of `key` under `parent` (of `parent` itself without a key): built only when needed. */
function pointerOf(parent: string, key: string | number | undefined): string {
  return key === undefined ? parent : childPointer(parent, key);
}

/** Walks one object at `key` of the object at `parent` (pointer built only for a finding or a deeper walk). */
function walkExtra(
  value: unknown,
  s: Shape,
  parent: string,
  key: string | number | undefined,
  depth: number,
  out: FindingBudget,
): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const index = indexOf(s);
  const { seqKeys, seqKinds } = index;
  const record = value as Record<string, unknown>;
  // The sequence this object departs into, from the first key that differs from the remembered one.
  let keys: string[] | undefined;
  let kinds: KeyKind[] | undefined;
  let i = 0;
  // `for…in` also lists inherited enumerable keys: only own keys are looked at further (a plain declared one needs no
  // look at all), so the findings are those of Object.keys, without allocating its array.
  for (const name in record) {
    let kind: KeyKind;
    if (keys === undefined && seqKeys[i] === name) kind = seqKinds[i++];
    else {
      kind = index.plain.has(name) ? null : index.notable.get(name);
      if (keys === undefined) {
        keys = seqKeys.slice(0, i);
        kinds = seqKinds.slice(0, i);
      }
      if (keys.length < MAX_REMEMBERED_KEYS) {
        keys.push(name);
        kinds!.push(kind);
      }
    }
    if (kind === null || !Object.hasOwn(record, name)) continue;
    if (kind !== undefined) notableFindings(record[name], kind, pointerOf(parent, key), name, depth, out);
    else if (!s.open) continue;
    // Past the budget an undeclared property is only counted: no pointer, no suggestion.
    else if (out.open) undeclaredFinding(name, s, pointerOf(parent, key), out);
    else out.omitted++;
  }
  if (keys !== undefined && keys.length < MAX_REMEMBERED_KEYS) {
    index.seqKeys = keys;
    index.seqKinds = kinds!;
  }
}

/** A declared property that needs a look: deprecated, with enum aliases, or an object (or items) of its own shape. */
function notableFindings(
  child: unknown,
  prop: PropertyShape,
  pointer: string,
  name: string,
  depth: number,
  out: FindingBudget,
): void {
  const { lang } = out;
  if (prop.deprecated)
    out.add(() => {
      const path = childPointer(pointer, name);
      const hint = prop.replacedBy ? HINTS[lang].replacedBy(prop.replacedBy) : '';
      return ruleFinding('deprecated_property', path, { property: propertyLabel(path, lang), hint }, lang);
    });
  if (prop.enumAliases) {
    const path = childPointer(pointer, name);
    if (Array.isArray(child))
      for (let i = 0; i < child.length; i++) enumAliasFinding(child[i], prop.enumAliases, path, i, out);
    else enumAliasFinding(child, prop.enumAliases, path, undefined, out);
  }
  if (prop.object) walkExtra(child, prop.object, pointer, name, depth + 1, out);
  if (prop.items && Array.isArray(child)) {
    const path = childPointer(pointer, name);
    for (let i = 0; i < child.length; i++) walkExtra(child[i], prop.items, path, i, depth + 1, out);
  }
}

function enumAliasFinding(
  v: unknown,
  aliases: Readonly<Record<string, string>>,
  path: string,
  index: number | undefined,
  out: FindingBudget,
): void {
  const { lang } = out;
  if (typeof v !== 'string' || !Object.hasOwn(aliases, v)) return;
  const at = index === undefined ? path : childPointer(path, index);
  out.add(() =>
    ruleFinding('enum_value_alias', at, { property: propertyLabel(at, lang), value: v, canonical: aliases[v]! }, lang),
  );
}

/** An undeclared property of an open shape: an alias, a language variant, or a likely typo. */
function undeclaredFinding(key: string, s: Shape, pointer: string, out: FindingBudget): void {
  const { typeName, lang } = out;
  const path = childPointer(pointer, key);
  const { aliases, names } = indexOf(s);
  const canonical = aliases.get(key);
  if (canonical !== undefined) {
    out.add(() => ruleFinding('property_alias', path, { property: propertyLabel(path, lang), canonical }, lang));
    return;
  }
  const variant = /^(.+)_([a-z]{2,3})$/.exec(key);
  const hint =
    variant && Object.hasOwn(s.properties, variant[1]!)
      ? HINTS[lang].languageVariant(variant[1]!)
      : ((suggestion) => (suggestion ? HINTS[lang].didYouMean(suggestion) : ''))(closestName(key, names));
  out.add(() =>
    ruleFinding('unknown_property', path, { property: propertyLabel(path, lang), type: typeName, hint }, lang),
  );
}

/**
 * Drops the errors inside a failed anyOf/oneOf: the alternative's own finding says it better than one error per
 * branch. (A discriminated union reports through its own `discriminator` keyword and keeps its branch errors.)
 */
function withoutBranchNoise<E extends { instancePath: string; schemaPath: string; keyword: string; params?: unknown }>(
  all: readonly E[],
): readonly E[] {
  // An if/then/else reports its branch's own errors, then "must match the then/else schema", which adds nothing; and
  // two keywords of one schema that say the same thing of one value (a tuple position's type, also checked by items)
  // say it once.
  const said = new Set<string>();
  const errors = all.filter((e) => {
    if (e.keyword === 'if') return false;
    const key = `${e.instancePath}\u0000${e.keyword}\u0000${JSON.stringify(e.params ?? null)}`;
    if (said.has(key)) return false;
    said.add(key);
    return true;
  });
  const schemaPaths = new Set<string>();
  const instancePaths = new Set<string>();
  for (const e of errors)
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') {
      schemaPaths.add(e.schemaPath);
      // Branches that $ref another schema report paths of that schema: recognise them by location, except at the
      // root, where every error is "below" and only inline branches (matched by schema path) belong to the alternative.
      if (e.instancePath !== '') instancePaths.add(e.instancePath);
    }
  if (schemaPaths.size === 0) return errors;
  // Linear in the number of errors: each error looks up its own path prefixes, not every failed alternative.
  const under = (path: string, set: Set<string>, self: boolean): boolean => {
    if (set.size === 0) return false;
    if (self && set.has(path)) return true;
    for (let i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) if (set.has(path.slice(0, i))) return true;
    return false;
  };
  return errors.filter(
    (e) =>
      e.keyword === 'anyOf' ||
      e.keyword === 'oneOf' ||
      !(under(e.schemaPath, schemaPaths, false) || under(e.instancePath, instancePaths, true)),
  );
}

function findingLimit(requested: number | undefined): number {
  return typeof requested === 'number' && requested >= 1 ? Math.floor(requested) : DEFAULT_MAX_FINDINGS;
}

/** The result for a type name the contract does not have, with a did-you-mean among `candidates`. */
export function unknownTypeResult(
  typeName: string,
  lang: Lang,
  candidates: readonly string[],
): ValidationResult<never> {
  const suggestion = closestName(typeName, candidates);
  const hint = suggestion ? HINTS[lang].didYouMean(suggestion) : '';
  return {
    ok: false,
    type: undefined,
    findings: [ruleFinding('unknown_entity_type', '/type', { got: JSON.stringify(typeName), hint }, lang)],
  };
}

/** The result of a payload no type could be detected for (no `type` property). */
export function missingTypeResult(lang: Lang): ValidationResult<never> {
  return { ok: false, type: undefined, findings: [ruleFinding('missing_entity_type', '', {}, lang)] };
}

/**
 * Validates a payload against one type: every finding, within the {@link ValidateOptions.maxFindings} budget; never
 * throws, whatever the input.
 */
export function validateWith(model: TypeModel, data: unknown, options: ValidateOptions = {}): ValidationResult {
  const lang = options.lang ?? 'en';
  const { name, validator, shape } = model;
  let ok: boolean;
  try {
    ok = validator(data);
  } catch {
    // Only pathological input (e.g. a recursion limit hit by extreme nesting) can make a compiled validator throw.
    return {
      ok: false,
      type: name,
      findings: [ruleFinding('schema_violation', '', { property: propertyLabel('', lang), keyword: 'maxDepth' }, lang)],
    };
  }
  const budget = new FindingBudget(findingLimit(options.maxFindings), name, lang);
  if (!ok) {
    const root = { variants: model.variants, forms: model.forms };
    for (const e of withoutBranchNoise(validator.errors ?? []))
      budget.add(() => findingFromAjvError(e, data, shape, lang, root));
  }
  if (options.extraChecks !== false && shape) extraFindings(data, shape, budget);
  const findings = budget.findings;
  if (budget.omitted > 0)
    findings.push(
      ruleFinding('findings_truncated', '', { omitted: budget.omitted, limit: budget.findings.length }, lang),
    );
  return ok ? { ok: true, type: name, data, findings } : { ok: false, type: name, findings };
}
