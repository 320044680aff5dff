/** Validation against any type of the contract by name or `$id`, or by the type a payload declares. */
import { schemaNameById } from './generated/catalog';
import type { SchemaId, SchemaIds, SchemaName, SchemaTypes } from './generated/typeMap';
import { typeValidators } from './generated/validatorIndex';
import { detectType, listEntityTypes } from './detectType';
import { missingTypeResult, unknownTypeResult, type ValidateOptions, type ValidationResult } from './validateCore';

export { DEFAULT_MAX_FINDINGS } from './validateCore';
export type { ValidateOptions, ValidationResult } from './validateCore';

/**
 * Validates a payload against the schema of `typeName` (a type name or a schema `$id`) and returns every finding;
 * never throws, whatever the input. Imports the validators of every type: to check one type in a browser bundle,
 * use its own entry instead (`validateAirQualityObserved` from `@opencity/models/validators/AirQualityObserved`).
 * @example
 * const result = validate('AirQualityObserved', payload, { lang: 'fr' });
 * if (!result.ok) for (const f of result.findings) console.log(f.instancePath, f.message);
 */
export function validate<K extends SchemaName>(
  typeName: K,
  data: unknown,
  options?: ValidateOptions,
): ValidationResult<SchemaTypes[K]>;
export function validate<I extends SchemaId>(
  schemaId: I,
  data: unknown,
  options?: ValidateOptions,
): ValidationResult<SchemaTypes[SchemaIds[I]]>;
// A name known only at run time (a CLI argument, a payload's `type`) is checked then; a literal that names no schema
// is a type error (the `never` rejects it), as `unknown_type` would be its only possible result.
export function validate<S extends string>(
  typeName: S & (string extends S ? unknown : never),
  data: unknown,
  options?: ValidateOptions,
): ValidationResult;
export function validate(typeName: string, data: unknown, options: ValidateOptions = {}): ValidationResult {
  const name = Object.hasOwn(typeValidators, typeName)
    ? (typeName as SchemaName)
    : Object.hasOwn(schemaNameById, typeName)
      ? schemaNameById[typeName]
      : undefined;
  if (name === undefined) return unknownTypeResult(typeName, options.lang ?? 'en', listEntityTypes());
  return typeValidators[name](data, options);
}

/** Validates a payload against the entity type its `type` property declares. */
export function validateEntity(data: unknown, options: ValidateOptions = {}): ValidationResult {
  const lang = options.lang ?? 'en';
  const type = detectType(data);
  if (type) return validate(type, data, options);
  const declared =
    data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as { type?: unknown }).type : undefined;
  if (typeof declared === 'string') return unknownTypeResult(declared, lang, listEntityTypes());
  return missingTypeResult(lang);
}
