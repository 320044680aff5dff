/**
 * `@opencity/models/internal`: helpers the OpenCity packages share among themselves (did-you-mean, JSON Pointers,
 * value descriptions for messages). **Not part of the public API and not covered by semantic versioning**: they may
 * change or disappear in any release. Applications should not import this entry.
 * @packageDocumentation
 */
export { closestName, editDistance } from './suggest';
export { describeValue, jsonTypeOf, valueAtPointer, childPointer } from './describeValue';
