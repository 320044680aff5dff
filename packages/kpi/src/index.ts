/**
 * @opencity/kpi
 * @packageDocumentation
 */
export {};
