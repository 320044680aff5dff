/**
 * @opencity/interop
 * @packageDocumentation
 */
export {};
