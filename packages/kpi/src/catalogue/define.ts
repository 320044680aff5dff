/** Small builders that keep the catalogue readable; what they return is plain data validated by the KpiDefinition schema. */
import type { KpiDefinition } from '@opencity/models';

/** A unit of the catalogue. */
export type CatalogueUnit = KpiDefinition['unit'];

/** Units used across the catalogue (UN/CEFACT code where one exists). */
export const units = {
  percent: { symbol: '%', code: 'P1' },
  persons: { symbol: 'persons', code: 'IE' },
  households: { symbol: 'households' },
  count: { symbol: 'number', code: 'C62' },
  km: { symbol: 'km', code: 'KMT' },
  km2: { symbol: 'km²', code: 'KMK' },
  ha: { symbol: 'ha', code: 'HAR' },
  tonne: { symbol: 't CO2e', code: 'TNE' },
  kwh: { symbol: 'kWh', code: 'KWH' },
  euro: { symbol: '€', code: 'EUR' },
  microgramPerM3: { symbol: 'µg/m³', code: 'GQ' },
  score: { symbol: 'score (0–100)' },
  days: { symbol: 'days', code: 'DAY' },
  ratio: { symbol: 'ratio (0–1)' },
} as const satisfies Record<string, CatalogueUnit>;

type Text = { en: string; fr: string; nl: string };

/** An input variable: name, unit, source and optional trilingual label. */
export function input(
  name: string,
  unit: CatalogueUnit,
  source: string,
  label?: Text,
  additive?: boolean,
): KpiDefinition['inputs'][number] {
  return {
    name,
    unit: { ...unit },
    source,
    ...(label ? { label } : {}),
    ...(additive === undefined ? {} : { additive }),
  };
}

/** A catalogue definition with the defaults every entry shares (type, version 1.0.0, yearly). */
export function define(
  d: Omit<KpiDefinition, 'type' | 'version' | 'periodicity'> & Partial<Pick<KpiDefinition, 'version' | 'periodicity'>>,
): KpiDefinition {
  return { type: 'KpiDefinition', version: '1.0.0', periodicity: 'yearly', ...d } as KpiDefinition;
}

/** The ratio formula numerator / denominator × multiplier. */
export function ratio(numerator: string, denominator: string, multiplier: number): KpiDefinition['formula'] {
  return { kind: 'ratio', numerator, denominator, multiplier };
}
