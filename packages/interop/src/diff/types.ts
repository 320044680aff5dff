/** Types of the schema compatibility diff. */

/** Who a change breaks: existing producers (writers), existing consumers (readers), both, or nobody. */
export type Breaks = 'none' | 'producers' | 'consumers' | 'both';

/** The release a set of changes needs: `major` whenever anything breaks either side. */
export type Verdict = 'none' | 'patch' | 'minor' | 'major';

/** One classified difference between two versions of a schema. */
export interface SchemaChange {
  /** Where in the instance the change applies, as a JSON Pointer; `[]` stands for any array item, `*` for any extra property. */
  readonly path: string;
  /** Stable code of the change (e.g. `required_added`, `enum_value_removed`, `type_widened`; `not_compared` for what lies past the diff's limits). */
  readonly change: string;
  readonly breaks: Breaks;
  /** The smallest release this change alone needs. */
  readonly impact: Exclude<Verdict, 'none'>;
  /** One English sentence saying what changed. */
  readonly message: string;
  /** The schema the change belongs to, when several schemas are compared (group/Name). */
  readonly schema?: string;
}

/** The outcome of comparing schemas: every change and the release they need. */
export interface SchemaDiff {
  readonly verdict: Verdict;
  readonly changes: readonly SchemaChange[];
}

/** A JSON Schema as plain JSON: an object or a boolean schema. */
export type JsonSchema = Readonly<Record<string, unknown>> | boolean;
