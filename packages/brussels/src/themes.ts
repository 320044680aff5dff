/** The five themes the Brussels dashboard groups city KPIs by. */
import type { CompleteText, Theme as ThemeEntity } from '@opencity/models';

/** Identifier of a theme. */
export type ThemeId = 'economy' | 'digital' | 'environment' | 'mobility' | 'society';

/** A dashboard theme: a label, a colour and the prefix of the KPI ids it gathers. */
export interface Theme {
  /** Stable identifier. */
  readonly id: ThemeId;
  /** Label in three languages. */
  readonly label: CompleteText;
  /** Prefix of the KPI ids of the theme in the OpenCity catalogue (e.g. `DIG` for `DIG-01`). */
  readonly kpiPrefix: string;
  /** Display colour (CSS hex). */
  readonly colour: string;
  /** The EU data themes (DCAT-AP vocabulary) the theme's datasets fall under. */
  readonly dataTheme: NonNullable<ThemeEntity['dataTheme']>;
}

/**
 * The five themes, in display order. The digital theme carries the DESI dimensions on which the 2017 regional Smart
 * City strategy is built (research/kpi.md §7.1); project KPIs (`PRJ-*`) belong to the roadmap, not to a theme.
 */
export const themes: readonly Theme[] = [
  {
    id: 'digital',
    kpiPrefix: 'DIG',
    colour: '#1f5fa8',
    dataTheme: ['TECH', 'GOVE'],
    label: { en: 'Digital', fr: 'Numérique', nl: 'Digitaal' },
  },
  {
    id: 'environment',
    kpiPrefix: 'ENV',
    colour: '#2e7d32',
    dataTheme: ['ENVI', 'ENER'],
    label: { en: 'Environment', fr: 'Environnement', nl: 'Milieu' },
  },
  {
    id: 'mobility',
    kpiPrefix: 'MOB',
    colour: '#8e44ad',
    dataTheme: ['TRAN'],
    label: { en: 'Mobility', fr: 'Mobilité', nl: 'Mobiliteit' },
  },
  {
    id: 'economy',
    kpiPrefix: 'ECO',
    colour: '#c0392b',
    dataTheme: ['ECON'],
    label: { en: 'Economy', fr: 'Économie', nl: 'Economie' },
  },
  {
    id: 'society',
    kpiPrefix: 'SOC',
    colour: '#b7791f',
    dataTheme: ['SOCI', 'HEAL', 'JUST'],
    label: { en: 'Society', fr: 'Société', nl: 'Samenleving' },
  },
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

/**
 * The themes as Theme entities (schemas/office/Theme), to publish or exchange with other systems.
 * @example
 * ```ts
 * themeEntities()[0]?.id; // 'urn:ngsi-ld:Theme:brussels:digital'
 * ```
 */
export function themeEntities(): ThemeEntity[] {
  return themes.map((t, i) => ({
    id: `urn:ngsi-ld:Theme:brussels:${t.id}`,
    type: 'Theme',
    code: t.id,
    name: { fr: t.label.fr, nl: t.label.nl, en: t.label.en },
    order: i + 1,
    kpiPrefix: t.kpiPrefix,
    dataTheme: [...t.dataTheme],
    color: t.colour,
  }));
}
