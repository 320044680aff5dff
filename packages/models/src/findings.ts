/** Findings: what a validation says about a payload, with a stable code, a severity and a location. */

/** How serious a finding is: `error` makes a record invalid; `warning` and `info` do not. */
export type Severity = 'error' | 'warning' | 'info';

/** A language the human-facing messages are available in. */
export type Lang = 'en' | 'fr' | 'nl';

/** One thing a validation found in a payload. */
export interface Finding {
  /** Stable snake_case code from the finding catalogue (e.g. `invalid_type`). */
  readonly code: string;
  readonly severity: Severity;
  /** JSON Pointer (RFC 6901) to the offending value in the payload; `""` is the whole payload. */
  readonly instancePath: string;
  /** Location in the schema of the rule that failed (ajv's `schemaPath`), or `""` for rules outside the schema. */
  readonly schemaPath: string;
  /** The JSON Schema keyword, or the OpenCity rule, that produced the finding. */
  readonly keyword: string;
  /** Values the message is built from (`property`, `expected`, `got`, `limit`, `suggestion`…). */
  readonly params: Readonly<Record<string, string | number | boolean>>;
  /** The message in the requested language. */
  readonly message: string;
}

/** A language-keyed text. */
export type Texts = Readonly<Record<Lang, string>>;

/** One entry of the finding catalogue: a code's severity, title and message template in EN, FR and NL. */
export interface FindingDefinition {
  readonly code: string;
  readonly severity: Severity;
  readonly title: Texts;
  /** Template with `{param}` placeholders filled from {@link Finding.params}. */
  readonly message: Texts;
  /** What a producer should do about it. */
  readonly fix: Texts;
}

/** Fills a message template's `{param}` placeholders; unknown placeholders stay visible rather than vanish. */
export function renderTemplate(template: string, params: Readonly<Record<string, string | number | boolean>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(params, key) ? String(params[key]) : whole,
  );
}
