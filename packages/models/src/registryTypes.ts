/** The NGSI-LD attribute kinds a property can map to. */
export type NgsiKind = 'Property' | 'Relationship' | 'GeoProperty' | 'LanguageProperty' | 'JsonProperty';

/** A JSON Schema document as published (plain JSON). */
export type JsonSchemaDocument = Readonly<Record<string, unknown>>;

/** What the registry knows about one schema of the contract. */
export interface SchemaInfo {
  /** Type name, also the folder name under `schemas/<group>/` (e.g. `AirQualityObserved`). */
  readonly name: string;
  /** Group folder: `common`, `city`, `office`, or another group added later. */
  readonly group: string;
  /** The absolute, versioned `$id`. */
  readonly $id: string;
  /** Full semantic version (`x-version`). */
  readonly version: string;
  readonly title: string;
  readonly description: string;
  /** Short labels in English, French and Dutch. */
  readonly labels: Readonly<{ en: string; fr: string; nl: string }>;
  /** The entity `type` value when this schema describes an entity, otherwise `null` (shared definitions). */
  readonly entityType: string | null;
}

/** The declared properties of an object schema, flattened through `$ref` and `allOf`, for checks that ajv does not make. */
export interface Shape {
  readonly properties: Readonly<Record<string, PropertyShape>>;
  /** True when undeclared properties are allowed (they are then reported as warnings, not errors). */
  readonly open: boolean;
}

/** One declared property of a {@link Shape}. */
export interface PropertyShape extends ValueConstraints {
  /** The shape of the value when it is an object with declared properties. */
  readonly object?: Shape;
  /** The shape of array items when they are objects with declared properties. */
  readonly items?: Shape;
  /** JSON Schema `type` of array items that are not objects (e.g. `string` for a list of identifiers). */
  readonly itemType?: string;
  readonly deprecated?: boolean;
  readonly replacedBy?: string;
  /** Other spellings seen in the wild that mean this property. */
  readonly aliases?: readonly string[];
  /** Default UN/CEFACT unit code of the value. */
  readonly unitCode?: string;
  /** NGSI-LD attribute kind, when the schema fixes it. */
  readonly ngsi?: NgsiKind;
  /**
   * Non-canonical enum spellings the schema tolerates (`x-enumAliases`), each mapped to the canonical value; for an
   * array, those of its items.
   */
  readonly enumAliases?: Readonly<Record<string, string>>;
  /** For a relationship: the entity types its identifiers may point to (the schema's `x-objectType`). */
  readonly objectType?: readonly string[];
  /** The allowed alternatives of an `anyOf`/`oneOf` value, by type or schema name (for messages). */
  readonly forms?: readonly string[];
  /** The tag values of a discriminated union (e.g. GeoJSON geometry types). */
  readonly variants?: readonly string[];
  /** True when the value is an RFC 3339 date-time (typed `DateTime` literal in NGSI-LD). */
  readonly dateTime?: boolean;
}

/** Value constraints of a leaf property, used to say what was expected in messages. */
export interface ValueConstraints {
  /** JSON Schema `type`, joined with `|` when several. */
  readonly valueType?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
}
