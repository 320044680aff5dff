/** Society KPIs: safety and population (ISO 37120 profile and clause 15). */
import type { KpiDefinition } from '@opencity/models';
import { define, input, ratio, units } from './define';

const POPULATION = 'Population register on 1 January (national statistics office)';

/** Society definitions. */
export const society: readonly KpiDefinition[] = [
  define({
    id: 'SOC-01',
    name: {
      en: 'Fire-related deaths per 100 000 population',
      fr: 'Décès liés aux incendies pour 100 000 habitants',
      nl: 'Brandgerelateerde sterfgevallen per 100 000 inwoners',
    },
    description: {
      en: 'Deaths directly attributable to a fire incident (death within 30 days) in the last 12 months, divided by the population ÷ 100 000.',
      fr: 'Décès directement imputables à un incendie (décès dans les 30 jours) au cours des 12 derniers mois, divisés par la population ÷ 100 000.',
      nl: 'Sterfgevallen rechtstreeks toe te schrijven aan een brand (overlijden binnen 30 dagen) in de voorbije 12 maanden, gedeeld door de bevolking ÷ 100 000.',
    },
    domain: 'society',
    references: [{ framework: 'ISO 37120:2018', code: '15.2' }],
    unit: { symbol: 'per 100 000 inhabitants' },
    direction: 'decrease',
    indicatorType: 'impact',
    formula: ratio('fireDeaths', 'population', 100_000),
    inputs: [
      input('fireDeaths', units.persons, 'Fire and emergency medical service', {
        en: 'Fire-related deaths',
        fr: 'Décès liés aux incendies',
        nl: 'Brandgerelateerde sterfgevallen',
      }),
      input('population', units.persons, POPULATION, { en: 'Population', fr: 'Population', nl: 'Bevolking' }),
    ],
    rollUp: { method: 'poolInputs' },
  }),
  define({
    id: 'SOC-02',
    name: { en: 'Population density', fr: 'Densité de population', nl: 'Bevolkingsdichtheid' },
    description: {
      en: 'Population divided by the land area in km² (a profile indicator: context, no value judgement).',
      fr: 'Population divisée par la superficie en km² (indicateur de profil : contexte, sans jugement de valeur).',
      nl: 'Bevolking gedeeld door de oppervlakte in km² (profielindicator: context, geen waardeoordeel).',
    },
    domain: 'society',
    references: [{ framework: 'ISO 37120:2018', code: 'profile indicator: population density' }],
    unit: { symbol: 'inhabitants per km²' },
    direction: 'context',
    indicatorType: 'input',
    formula: ratio('population', 'landArea', 1),
    inputs: [
      input('population', units.persons, POPULATION, { en: 'Population', fr: 'Population', nl: 'Bevolking' }),
      input('landArea', units.km2, 'Land area (national statistics office, cadastre)', {
        en: 'Land area',
        fr: 'Superficie',
        nl: 'Oppervlakte',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    areaLevels: ['region', 'municipality', 'neighbourhood'],
  }),
  define({
    id: 'SOC-03',
    name: { en: 'Population growth rate', fr: 'Taux de croissance de la population', nl: 'Bevolkingsgroei' },
    description: {
      en: 'Change of the population over the year as a share of the population at the start of the year.',
      fr: 'Variation de la population sur l’année en part de la population au début de l’année.',
      nl: 'Verandering van de bevolking over het jaar als aandeel van de bevolking bij het begin van het jaar.',
    },
    domain: 'society',
    references: [{ framework: 'ISO 37120:2018', code: 'profile indicator: population change' }],
    unit: units.percent,
    direction: 'context',
    indicatorType: 'input',
    formula: { kind: 'expression', expression: '(population - populationPreviousYear) / populationPreviousYear * 100' },
    inputs: [
      input('population', units.persons, 'Regional statistics institute, population on 1 January', {
        en: 'Population at the end of the year',
        fr: 'Population en fin d’année',
        nl: 'Bevolking op het einde van het jaar',
      }),
      input(
        'populationPreviousYear',
        units.persons,
        'Regional statistics institute, population on 1 January of the previous year',
        {
          en: 'Population at the start of the year',
          fr: 'Population en début d’année',
          nl: 'Bevolking bij het begin van het jaar',
        },
      ),
    ],
    rollUp: { method: 'poolInputs' },
    caveats:
      'Both populations must follow the same definition (legal population vs National Register including the waiting register); mixing sources gives spurious growth.',
  }),
];
