/**
 * @opencity/brussels
 * @packageDocumentation
 */
export {};
