/**
 * @opencity/interop
 * @packageDocumentation
 */
// NGSI-LD representations (issue 5).
export { detectRepresentation, toKeyValues, toNormalized, toConcise, ngsiFindingCatalogue, ngsiLdId, parseNgsiLdId, ATTRIBUTE_MEMBERS } from './ngsi/index';
export type { Representation, AttributeKind, ConvertOptions, ConversionResult } from './ngsi/index';
