/**
 * The OpenCity annotation vocabulary: `x-*` keywords that schemas carry beside standard JSON Schema.
 * They are registered with ajv so that strict mode accepts them, and read by the generators (docs, registry).
 */

/** A keyword definition in the shape ajv's `addKeyword` accepts (kept structural so this module needs no ajv import). */
export interface AnnotationKeyword {
  /** The keyword, always `x-` prefixed so other JSON Schema tools ignore it. */
  readonly keyword: string;
  /** A JSON Schema that the keyword's value must satisfy. */
  readonly metaSchema: Record<string, unknown>;
}

const languageMap = {
  type: 'object',
  required: ['en', 'fr', 'nl'],
  properties: {
    en: { type: 'string', minLength: 1 },
    fr: { type: 'string', minLength: 1 },
    nl: { type: 'string', minLength: 1 },
  },
  additionalProperties: { type: 'string' },
};

/** Every annotation keyword a schema may use, with the shape of its value. */
export const annotationKeywords: readonly AnnotationKeyword[] = [
  // Short human labels in English, French and Dutch (required on every schema and property).
  { keyword: 'x-labels', metaSchema: languageMap },
  // French and Dutch descriptions (the English one is the standard `description`).
  {
    keyword: 'x-descriptions',
    metaSchema: {
      type: 'object',
      required: ['fr', 'nl'],
      properties: { fr: { type: 'string' }, nl: { type: 'string' } },
      additionalProperties: { type: 'string' },
    },
  },
  // Full semantic version of the schema; its major is the version segment of `$id`.
  { keyword: 'x-version', metaSchema: { type: 'string', pattern: '^[0-9]+\\.[0-9]+\\.[0-9]+$' } },
  // Default unit of a quantity as a UN/CEFACT common code (the NGSI-LD `unitCode`).
  { keyword: 'x-unitCode', metaSchema: { type: 'string', minLength: 1 } },
  // Other spellings of a property found in the wild (e.g. Smart Data Models examples), reported as warnings.
  { keyword: 'x-aliases', metaSchema: { type: 'array', items: { type: 'string' } } },
  // The property that replaces a `deprecated` one.
  { keyword: 'x-replacedBy', metaSchema: { type: 'string' } },
  // The NGSI-LD attribute kind when it cannot be inferred (Property is the default).
  {
    keyword: 'x-ngsi',
    metaSchema: { enum: ['Property', 'Relationship', 'GeoProperty', 'LanguageProperty', 'JsonProperty'] },
  },
  // The entity types a relationship may point to (the NGSI-LD Relationship's `objectType`), required beside
  // `"x-ngsi": "Relationship"`; names outside the contract are Smart Data Models types kept elsewhere.
  {
    keyword: 'x-objectType',
    metaSchema: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'string', pattern: '^[A-Z][A-Za-z0-9]*$' },
    },
  },
  // The Smart Data Models model this schema is aligned with.
  {
    keyword: 'x-sdm',
    metaSchema: {
      type: 'object',
      required: ['subject', 'model'],
      properties: {
        subject: { type: 'string' },
        model: { type: 'string' },
        version: { type: 'string' },
        // Attributes of the current Smart Data Models schema that this schema does not follow, each with the reason.
        deviations: {
          type: 'array',
          items: {
            type: 'object',
            required: ['attribute', 'reason'],
            properties: { attribute: { type: 'string' }, reason: { type: 'string', minLength: 1 } },
            additionalProperties: false,
          },
        },
      },
    },
  },
  // Other spellings of enum values found in the wild (e.g. older Smart Data Models documents), each mapped to the
  // canonical value: the schema's `enum` accepts them, and validation reports them as warnings naming the canonical one.
  {
    keyword: 'x-enumAliases',
    metaSchema: { type: 'object', minProperties: 1, additionalProperties: { type: 'string', minLength: 1 } },
  },
  // A code list a string value belongs to (documentation; open lists are not enforced by `enum`).
  { keyword: 'x-codeList', metaSchema: { type: 'string' } },
];

/**
 * JSON Schema 2020-12's meta-data vocabulary and `$comment`: keywords that describe a value and never change which
 * values are valid. With the `x-` extensions ({@link isAnnotationKeyword}) they are the one list of annotation keywords
 * every OpenCity tool uses (generators strip them, `opencity diff` classifies their changes as patches).
 */
export const metaDataKeywords: readonly string[] = [
  'title',
  'description',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'examples',
  '$comment',
];
const metaData = /* @__PURE__ */ new Set(metaDataKeywords);

/** True when a schema keyword only annotates: a {@link metaDataKeywords | meta-data keyword} or an `x-` extension. */
export function isAnnotationKeyword(keyword: string): boolean {
  return metaData.has(keyword) || keyword.startsWith('x-');
}

/** The base of every OpenCity schema `$id`: `<base>/<group>/<Name>/v<major>/schema.json`. */
export const SCHEMA_ID_BASE = 'https://w3id.org/opencity/schemas';
