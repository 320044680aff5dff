/**
 * @opencity/roadmap
 * @packageDocumentation
 */
export {};
