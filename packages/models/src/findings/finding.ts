/** Findings: what a check says about a payload or a dataset, with a stable code, a severity and a location. */
import type { Lang } from '../text/lang';
import type { CompleteText } from '../text/localizedText';

/** How serious a finding is: `error` makes a record invalid; `warning` and `info` do not. */
export type Severity = 'error' | 'warning' | 'info';

/** The values a finding's message is built from (`property`, `expected`, `got`, `limit`, `suggestion`…). */
export type FindingParams = Readonly<Record<string, string | number | boolean>>;

/** One thing a check found. `C` is the union of codes of the catalogue it comes from. */
export interface Finding<C extends string = string> {
  /** Stable snake_case code from a finding catalogue (e.g. `invalid_type`). */
  readonly code: C;
  readonly severity: Severity;
  /** JSON Pointer (RFC 6901) to the offending value in the payload; `""` is the whole payload. */
  readonly instancePath: string;
  /** Location in the schema of the rule that failed (ajv's `schemaPath`), or `""` for rules outside the schema. */
  readonly schemaPath: string;
  /** The JSON Schema keyword, or the OpenCity rule, that produced the finding. */
  readonly keyword: string;
  /** Values the message is built from. */
  readonly params: FindingParams;
  /** The message in the requested language. */
  readonly message: string;
}

/** One entry of a finding catalogue: a code's severity, title, message template and fix in EN, FR and NL. */
export interface FindingDefinition<C extends string = string> {
  readonly code: C;
  readonly severity: Severity;
  readonly title: CompleteText;
  /** Template with `{param}` placeholders filled from {@link Finding.params}. */
  readonly message: CompleteText;
  /** What a producer should do about it. */
  readonly fix: CompleteText;
}

/** A finding catalogue: definitions keyed by code (a prototype-free, frozen object). */
export type FindingCatalogue<C extends string = string> = Readonly<Record<C, FindingDefinition<C>>>;

/** The code union of a catalogue, e.g. `FindingCode<typeof schemaFindingCatalogue>`. */
export type FindingCode<T> = T extends FindingCatalogue<infer C> ? C : never;

/**
 * Builds a catalogue from its definitions; the codes become a literal union. Throws at module load on a duplicate or
 * malformed code, so a broken catalogue never ships.
 * @example
 * const catalogue = defineFindingCatalogue([{ code: 'duplicate_id', severity: 'error', title, message, fix }]);
 * type Code = FindingCode<typeof catalogue>; // 'duplicate_id'
 */
export function defineFindingCatalogue<const C extends string>(
  definitions: readonly FindingDefinition<C>[],
): FindingCatalogue<C> {
  const catalogue = Object.create(null) as Record<C, FindingDefinition<C>>;
  for (const definition of definitions) {
    if (!/^[a-z][a-z0-9_]*$/.test(definition.code)) {
      throw new TypeError(`finding code "${definition.code}" is not snake_case`);
    }
    if (Object.hasOwn(catalogue, definition.code))
      throw new TypeError(`finding code "${definition.code}" is defined twice`);
    catalogue[definition.code] = Object.freeze(definition);
  }
  return Object.freeze(catalogue);
}

/** Joins catalogues into one (codes must not clash); the result's codes are the union of theirs. */
export function mergeFindingCatalogues<C extends string>(
  ...catalogues: readonly FindingCatalogue<C>[]
): FindingCatalogue<C> {
  return defineFindingCatalogue(
    catalogues
      .flatMap((c) => Object.values(c) as FindingDefinition<C>[])
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
  );
}

/** Fills a message template's `{param}` placeholders; unknown placeholders stay visible rather than vanish. */
export function renderTemplate(template: string, params: FindingParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(params, key) ? String(params[key]) : whole,
  );
}

/** Where a finding points and what its message says, for {@link createFinding}. */
export interface FindingInit {
  /** JSON Pointer to the offending value (default `""`, the whole payload). */
  readonly instancePath?: string;
  /** The values the message template names (default none). */
  readonly params?: FindingParams;
  /** The schema location of the failing rule (default `""`). */
  readonly schemaPath?: string;
  /** The keyword or rule that produced it (default: the code). */
  readonly keyword?: string;
}

/**
 * Creates a finding of `code` from its catalogue, with the message rendered in `lang`.
 * @example
 * createFinding(schemaFindingCatalogue, 'unknown_entity_type', 'fr', { instancePath: '/type', params: { got: '"Foo"', hint: '' } });
 */
export function createFinding<C extends string>(
  catalogue: FindingCatalogue<C>,
  code: C,
  lang: Lang,
  init: FindingInit = {},
): Finding<C> {
  const definition = catalogue[code];
  const params = init.params ?? {};
  return {
    code,
    severity: definition.severity,
    instancePath: init.instancePath ?? '',
    schemaPath: init.schemaPath ?? '',
    keyword: init.keyword ?? code,
    params,
    message: renderTemplate(definition.message[lang], params),
  };
}
