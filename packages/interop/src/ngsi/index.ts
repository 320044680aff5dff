/** NGSI-LD: keyValues ↔ normalized ↔ concise conversion, structure findings and entity ids. */
export {
  detectRepresentation,
  isFeatureCollection,
  isRepresentation,
  REPRESENTATIONS,
  ATTRIBUTE_MEMBERS,
} from './representation';
export type { Representation, AttributeKind, DetectOptions } from './representation';
export { toKeyValues, toNormalized, toConcise, toNgsiV2, toGeoJson } from './convert';
export type { ConvertOptions, ConversionResult } from './convert';
export { ngsiFindingCatalogue } from './findingCatalogue';
export type { NgsiFindingCode } from './findingCatalogue';
export { ngsiLdId, parseNgsiLdId, EntityIdError, isEntityIdError } from './entityId';
export type { EntityIdErrorCode } from './entityId';
export { validateNgsiEntity } from './validateNgsiEntity';
export type { NgsiValidation, NgsiValidationOptions } from './validateNgsiEntity';
