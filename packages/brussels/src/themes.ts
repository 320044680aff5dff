/** The five themes the Brussels dashboard groups city KPIs by. */
import type { LocalizedText } from './localizedText';

/** Identifier of a theme. */
export type ThemeId = 'economy' | 'digital' | 'environment' | 'mobility' | 'society';

/** A dashboard theme: a label, a colour and the prefix of the KPI ids it gathers. */
export interface Theme {
  /** Stable identifier. */
  readonly id: ThemeId;
  /** Label in three languages. */
  readonly label: LocalizedText;
  /** Prefix of the KPI ids of the theme in the OpenCity catalogue (e.g. `DIG` for `DIG-01`). */
  readonly kpiPrefix: string;
  /** Display colour (CSS hex). */
  readonly colour: string;
}

/**
 * The five themes, in display order. The digital theme carries the DESI dimensions on which the 2017 regional Smart
 * City strategy is built (research/kpi.md §7.1); project KPIs (`PRJ-*`) belong to the roadmap, not to a theme.
 */
export const themes: readonly Theme[] = [
  { id: 'digital', kpiPrefix: 'DIG', colour: '#1f5fa8', label: { en: 'Digital', fr: 'Numérique', nl: 'Digitaal' } },
  { id: 'environment', kpiPrefix: 'ENV', colour: '#2e7d32', label: { en: 'Environment', fr: 'Environnement', nl: 'Milieu' } },
  { id: 'mobility', kpiPrefix: 'MOB', colour: '#8e44ad', label: { en: 'Mobility', fr: 'Mobilité', nl: 'Mobiliteit' } },
  { id: 'economy', kpiPrefix: 'ECO', colour: '#c0392b', label: { en: 'Economy', fr: 'Économie', nl: 'Economie' } },
  { id: 'society', kpiPrefix: 'SOC', colour: '#b7791f', label: { en: 'Society', fr: 'Société', nl: 'Samenleving' } },
];

/**
 * The theme a KPI id belongs to, or `undefined` for KPIs outside the five themes (e.g. project KPIs).
 * @example
 * ```ts
 * themeOfKpi('ENV-01')?.id; // 'environment'
 * ```
 */
export function themeOfKpi(kpiId: string): Theme | undefined {
  const prefix = kpiId.split('-')[0];
  return themes.find((t) => t.kpiPrefix === prefix);
}
