/**
 * The one NGSI entity validation path: detect the representation, convert to keyValues (checking the structure), then
 * validate against the contract. The report builder, the AsyncAPI contract and every caller go through it; it never
 * throws, whatever the payload.
 */
import { createFinding, validate, validateEntity, type Finding, type Lang } from '@opencity/models';
import { toKeyValues } from './convert';
import { featurePointer } from './geoJson';
import { ngsiFindingCatalogue } from './findingCatalogue';
import { detectRepresentation, type Representation } from './representation';

// Options objects shared by every call (this runs once per record validated).
const NO_OPTIONS = Object.freeze({});
const LANG_OPTIONS: Readonly<Record<string, { readonly lang: Lang }>> = Object.freeze({
  en: Object.freeze({ lang: 'en' as const }),
  fr: Object.freeze({ lang: 'fr' as const }),
  nl: Object.freeze({ lang: 'nl' as const }),
});

/** Options of {@link validateNgsiEntity}. */
export interface NgsiValidationOptions {
  /** The representation of the payload, or `auto` (the default) to detect it with {@link detectRepresentation}. */
  readonly representation?: Representation | 'auto';
  /** Validate against this schema (a type name or `$id`) instead of the one the payload's `type` names. */
  readonly model?: string;
  /** Language of the findings' messages (default `en`). */
  readonly lang?: Lang;
}

/**
 * The outcome of {@link validateNgsiEntity}: `ok` is false exactly when some finding (structure or schema) is an error.
 * `entity` is the payload in keyValues, the form the schemas describe.
 */
export type NgsiValidation =
  | {
      readonly ok: true;
      /** The schema the entity was validated against. */
      readonly type: string;
      /** The representation the payload was read in (detected or given). */
      readonly representation: Representation;
      readonly entity: Readonly<Record<string, unknown>>;
      readonly findings: readonly Finding[];
    }
  | {
      readonly ok: false;
      /** The schema the entity was validated against, when one could be chosen. */
      readonly type: string | undefined;
      readonly representation: Representation;
      /** The payload converted as far as it could be (the payload itself when it is not an object). */
      readonly entity: unknown;
      readonly findings: readonly Finding[];
    };

/**
 * Validates one entity in any representation (keyValues, NGSI-LD normalized or concise, NGSI-v2 normalized, GeoJSON
 * Feature): structure findings of the conversion first, then the schema's. Never throws.
 * @example
 * const result = validateNgsiEntity(payload, { lang: 'fr' });
 * if (!result.ok) for (const f of result.findings) console.log(f.instancePath, f.message);
 */
export function validateNgsiEntity(payload: unknown, options: NgsiValidationOptions = {}): NgsiValidation {
  const lang = options.lang ?? 'en';
  const model = options.model;
  const findings: Finding[] = [];
  let representation: Representation = 'keyValues';
  let entity: unknown = payload;
  try {
    representation =
      options.representation === undefined || options.representation === 'auto'
        ? detectRepresentation(payload, model === undefined ? NO_OPTIONS : { typeName: model })
        : options.representation;
    if (representation !== 'keyValues') {
      const converted = toKeyValues(payload, {
        representation,
        lang,
        ...(model === undefined ? {} : { typeName: model }),
      });
      entity = converted.entity;
      findings.push(...converted.findings);
    }
  } catch (error) {
    // A converter defect must neither crash the caller nor lose the record: say so, and validate the payload as given.
    entity = payload;
    const reason = error instanceof Error ? error.message : String(error);
    findings.push(
      createFinding(ngsiFindingCatalogue, 'ngsi_conversion_failed', lang, {
        params: { representation, reason: reason.slice(0, 200) },
      }),
    );
  }
  // Own keys only: a caller's `lang` may be anything (`__proto__` would find Object.prototype).
  const langOptions = Object.hasOwn(LANG_OPTIONS, lang) ? LANG_OPTIONS[lang]! : { lang };
  const result = model === undefined ? validateEntity(entity, langOptions) : validate(model, entity, langOptions);
  // The schema speaks of the entity; in a GeoJSON Feature its attributes sit under `properties`.
  for (const f of result.findings)
    findings.push(representation === 'geojson' ? { ...f, instancePath: featurePointer(f.instancePath) } : f);
  const ok = !findings.some((f) => f.severity === 'error');
  return ok && result.ok
    ? { ok: true, type: result.type, representation, entity: entity as Readonly<Record<string, unknown>>, findings }
    : { ok: false, type: result.type, representation, entity, findings };
}
