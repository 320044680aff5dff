/** Environment KPIs: air quality from sensor observations, GHG, green area, waste (ISO 37120/37122, U4SSC). */
import type { KpiDefinition } from '@opencity/models';
import { define, input, ratio, units } from './define';

const AIR = 'Regional air-quality monitoring network and calibrated low-cost sensors';
const POPULATION = 'Population register on 1 January (national statistics office)';
const population = input('population', units.persons, POPULATION, {
  en: 'Population',
  fr: 'Population',
  nl: 'Bevolking',
});

const airCoverage = { expectedPerDay: 24, minDailyCoverage: 0.75, minPeriodCoverage: 0.75 } as const;
const airCaveat =
  'A day counts with at least 18 of 24 hourly values (75 %, as the EU Air Quality Directive 2008/50/EC aggregates hourly data); the annual mean needs 75 % valid days (the SDG 11.6.2 completeness rule as Statistics Iceland applies it). Pooling sub-areas pools their observations.';

/** Environment definitions. */
export const environment: readonly KpiDefinition[] = [
  define({
    id: 'ENV-01',
    name: {
      en: 'PM2.5 annual mean concentration',
      fr: 'Concentration moyenne annuelle de PM2,5',
      nl: 'Jaargemiddelde PM2,5-concentratie',
    },
    description: {
      en: 'Mean of the valid daily means of fine particulate matter (PM2.5) over the calendar year, from sensor observations.',
      fr: 'Moyenne des moyennes journalières valides des particules fines (PM2,5) sur l’année civile, à partir des observations des capteurs.',
      nl: 'Gemiddelde van de geldige daggemiddelden van fijnstof (PM2,5) over het kalenderjaar, uit sensorwaarnemingen.',
    },
    domain: 'environment',
    references: [
      { framework: 'ISO 37120:2018', code: '8.1' },
      { framework: 'U4SSC', code: 'Air pollution (air quality)' },
      { framework: 'SDG', code: '11.6.2' },
    ],
    unit: units.microgramPerM3,
    direction: 'decrease',
    indicatorType: 'outcome',
    level: 'core',
    formula: {
      kind: 'observations',
      variable: 'pm25',
      statistic: 'annualMeanOfDailyMeans',
      substance: 'PM2.5',
      ...airCoverage,
    },
    inputs: [
      input('pm25', units.microgramPerM3, AIR, {
        en: 'PM2.5 hourly concentration',
        fr: 'Concentration horaire de PM2,5',
        nl: 'Uurconcentratie PM2,5',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    periodicity: 'yearly',
    areaLevels: ['region', 'municipality', 'station'],
    sdg: ['11.6.2'],
    caveats: airCaveat,
  }),
  define({
    id: 'ENV-02',
    name: {
      en: 'PM10 annual mean concentration',
      fr: 'Concentration moyenne annuelle de PM10',
      nl: 'Jaargemiddelde PM10-concentratie',
    },
    description: {
      en: 'Mean of the valid daily means of particulate matter PM10 (mass of particles collected per standard cubic metre of air) over the calendar year.',
      fr: 'Moyenne des moyennes journalières valides des particules PM10 (masse collectée par mètre cube d’air normalisé) sur l’année civile.',
      nl: 'Gemiddelde van de geldige daggemiddelden van fijnstof PM10 (massa verzameld per normkubieke meter lucht) over het kalenderjaar.',
    },
    domain: 'environment',
    references: [
      { framework: 'ISO 37120:2018', code: '8.2' },
      { framework: 'U4SSC', code: 'Air pollution (air quality)' },
    ],
    unit: units.microgramPerM3,
    direction: 'decrease',
    indicatorType: 'outcome',
    level: 'core',
    formula: {
      kind: 'observations',
      variable: 'pm10',
      statistic: 'annualMeanOfDailyMeans',
      substance: 'PM10',
      ...airCoverage,
    },
    inputs: [
      input('pm10', units.microgramPerM3, AIR, {
        en: 'PM10 hourly concentration',
        fr: 'Concentration horaire de PM10',
        nl: 'Uurconcentratie PM10',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    areaLevels: ['region', 'municipality', 'station'],
    bounds: { min: 0, max: 190, source: 'Kópavogur Nightingale portal, ISO 37120 8.2' },
    caveats: airCaveat,
  }),
  define({
    id: 'ENV-03',
    name: {
      en: 'NO2 annual mean concentration',
      fr: 'Concentration moyenne annuelle de NO2',
      nl: 'Jaargemiddelde NO2-concentratie',
    },
    description: {
      en: 'Mean of the valid daily means of nitrogen dioxide over the calendar year; observations in ppb are converted with 1 ppb = 1.9 µg/m³ (U4SSC).',
      fr: 'Moyenne des moyennes journalières valides du dioxyde d’azote sur l’année civile ; les observations en ppb sont converties avec 1 ppb = 1,9 µg/m³ (U4SSC).',
      nl: 'Gemiddelde van de geldige daggemiddelden van stikstofdioxide over het kalenderjaar; waarnemingen in ppb worden omgerekend met 1 ppb = 1,9 µg/m³ (U4SSC).',
    },
    domain: 'environment',
    references: [
      { framework: 'ISO 37120:2018', code: '8 (environment and climate change)', note: 'NO2 concentration' },
      {
        framework: 'U4SSC',
        code: 'Air pollution (air quality)',
        note: 'ppb → µg/m³ factor 1.9, Verification Manual 2022 p. 95',
      },
    ],
    unit: units.microgramPerM3,
    direction: 'decrease',
    indicatorType: 'outcome',
    formula: {
      kind: 'observations',
      variable: 'no2',
      statistic: 'annualMeanOfDailyMeans',
      substance: 'NO2',
      ...airCoverage,
    },
    inputs: [
      input('no2', units.microgramPerM3, AIR, {
        en: 'NO2 hourly concentration',
        fr: 'Concentration horaire de NO2',
        nl: 'Uurconcentratie NO2',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    areaLevels: ['region', 'municipality', 'station'],
    caveats: airCaveat,
  }),
  define({
    id: 'ENV-09',
    name: {
      en: 'Days with PM10 daily mean above 50 µg/m³',
      fr: 'Jours avec une moyenne journalière de PM10 supérieure à 50 µg/m³',
      nl: 'Dagen met een PM10-daggemiddelde boven 50 µg/m³',
    },
    description: {
      en: 'Valid days of the year whose PM10 daily mean exceeds the EU daily limit value of 50 µg/m³ (not to be exceeded more than 35 times a calendar year).',
      fr: 'Jours valides de l’année dont la moyenne journalière de PM10 dépasse la valeur limite journalière européenne de 50 µg/m³ (à ne pas dépasser plus de 35 fois par année civile).',
      nl: 'Geldige dagen van het jaar waarvan het PM10-daggemiddelde de Europese daggrenswaarde van 50 µg/m³ overschrijdt (niet meer dan 35 keer per kalenderjaar).',
    },
    domain: 'environment',
    references: [
      {
        framework: 'other',
        code: 'Directive 2008/50/EC, Annex XI',
        note: 'PM10 daily limit value 50 µg/m³, 35 exceedances allowed',
      },
    ],
    unit: { symbol: 'days', code: 'DAY' },
    direction: 'decrease',
    indicatorType: 'outcome',
    formula: {
      kind: 'observations',
      variable: 'pm10',
      statistic: 'exceedanceDays',
      substance: 'PM10',
      threshold: 50,
      ...airCoverage,
    },
    inputs: [
      input('pm10', units.microgramPerM3, AIR, {
        en: 'PM10 hourly concentration',
        fr: 'Concentration horaire de PM10',
        nl: 'Uurconcentratie PM10',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    areaLevels: ['region', 'municipality', 'station'],
    caveats: airCaveat,
  }),
  define({
    id: 'ENV-04',
    name: {
      en: 'Greenhouse gas emissions per capita',
      fr: 'Émissions de gaz à effet de serre par habitant',
      nl: 'Broeikasgasemissies per inwoner',
    },
    description: {
      en: 'Total greenhouse gas emissions (t CO2e) generated in the calendar year by all activities in the city, including indirect emissions outside its boundaries, divided by the population.',
      fr: 'Émissions totales de gaz à effet de serre (t CO2e) générées pendant l’année civile par toutes les activités de la ville, émissions indirectes hors limites comprises, divisées par la population.',
      nl: 'Totale broeikasgasemissies (t CO2e) in het kalenderjaar door alle activiteiten in de stad, inclusief indirecte emissies buiten de grenzen, gedeeld door de bevolking.',
    },
    domain: 'environment',
    references: [{ framework: 'ISO 37120:2018', code: '8.3' }],
    unit: { symbol: 't CO2e per capita' },
    direction: 'decrease',
    indicatorType: 'impact',
    level: 'core',
    formula: ratio('ghgEmissions', 'population', 1),
    inputs: [
      input('ghgEmissions', units.tonne, 'Regional energy and greenhouse-gas emissions inventory', {
        en: 'GHG emissions',
        fr: 'Émissions de GES',
        nl: 'Broeikasgasemissies',
      }),
      population,
    ],
    rollUp: { method: 'poolInputs' },
    bounds: { min: 0, max: 61.27, source: 'Kópavogur Nightingale portal, ISO 37120 8.3' },
  }),
  define({
    id: 'ENV-05',
    name: {
      en: 'Green area per 100 000 population',
      fr: 'Espaces verts pour 100 000 habitants',
      nl: 'Groene ruimte per 100 000 inwoners',
    },
    description: {
      en: 'Hectares of vegetated or natural cover (public and private, green roofs included) divided by the population ÷ 100 000.',
      fr: 'Hectares de couverture végétale ou naturelle (publique et privée, toitures vertes comprises) divisés par la population ÷ 100 000.',
      nl: 'Hectare begroeide of natuurlijke bedekking (openbaar en privé, groendaken inbegrepen) gedeeld door de bevolking ÷ 100 000.',
    },
    domain: 'environment',
    references: [{ framework: 'ISO 37120:2018', code: '21.1' }],
    unit: { symbol: 'ha per 100 000 inhabitants' },
    direction: 'increase',
    indicatorType: 'output',
    formula: ratio('greenArea', 'population', 100_000),
    inputs: [
      input('greenArea', units.ha, 'Environment agency green-space map', {
        en: 'Green area',
        fr: 'Surface verte',
        nl: 'Groene oppervlakte',
      }),
      population,
    ],
    rollUp: { method: 'poolInputs' },
    bounds: { min: 0, max: 101_139.5, source: 'Kópavogur Nightingale portal, ISO 37120 21.1' },
  }),
  define({
    id: 'ENV-06',
    name: {
      en: 'Real-time air-quality monitoring stations per km²',
      fr: 'Stations de mesure de la qualité de l’air en temps réel par km²',
      nl: 'Realtime luchtkwaliteitsmeetstations per km²',
    },
    description: {
      en: 'Real-time air-quality monitoring stations divided by the land area in km².',
      fr: 'Stations de mesure de la qualité de l’air en temps réel divisées par la superficie terrestre en km².',
      nl: 'Realtime luchtkwaliteitsmeetstations gedeeld door de landoppervlakte in km².',
    },
    domain: 'environment',
    references: [{ framework: 'ISO 37122:2019', code: '8.2' }],
    unit: { symbol: 'per km²' },
    direction: 'increase',
    indicatorType: 'input',
    formula: ratio('airQualityStations', 'landArea', 1),
    inputs: [
      input('airQualityStations', units.count, AIR, {
        en: 'Real-time stations',
        fr: 'Stations en temps réel',
        nl: 'Realtime meetstations',
      }),
      input('landArea', units.km2, 'Land area (national statistics office, cadastre)', {
        en: 'Land area',
        fr: 'Superficie',
        nl: 'Oppervlakte',
      }),
    ],
    rollUp: { method: 'poolInputs' },
  }),
  define({
    id: 'ENV-07',
    name: {
      en: 'Population with regular solid waste collection',
      fr: 'Population desservie par une collecte régulière des déchets',
      nl: 'Bevolking met regelmatige afvalinzameling',
    },
    description: {
      en: 'People served by residential waste pick-up at least every two weeks, taken to a proper facility, as a share of the population.',
      fr: 'Personnes desservies par une collecte résidentielle au moins toutes les deux semaines vers une installation adéquate, en part de la population.',
      nl: 'Personen met huisvuilophaling minstens om de twee weken naar een geschikte installatie, als aandeel van de bevolking.',
    },
    domain: 'environment',
    references: [{ framework: 'ISO 37120:2018', code: '16.1' }],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'output',
    formula: ratio('populationServed', 'population', 100),
    inputs: [
      input('populationServed', units.persons, 'Municipal waste collection operator', {
        en: 'People served',
        fr: 'Personnes desservies',
        nl: 'Bediende personen',
      }),
      population,
    ],
    rollUp: { method: 'poolInputs' },
    bounds: { min: 0, max: 100, source: 'Kópavogur Nightingale portal, ISO 37120 16.1' },
  }),
  define({
    id: 'ENV-08',
    name: { en: 'Plastic waste recycled', fr: 'Déchets plastiques recyclés', nl: 'Gerecycleerd plastic afval' },
    description: {
      en: 'Plastics leaving sorting plants and recycled, as a share of the plastics placed on the market within the city.',
      fr: 'Plastiques sortis des centres de tri et recyclés, en part des plastiques mis sur le marché dans la ville.',
      nl: 'Kunststoffen die sorteercentra verlaten en gerecycleerd worden, als aandeel van de kunststoffen die in de stad op de markt worden gebracht.',
    },
    domain: 'environment',
    references: [{ framework: 'ISO 37122:2019', code: '16.4' }],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'outcome',
    formula: ratio('plasticRecycled', 'plasticOnMarket', 100),
    inputs: [
      input(
        'plasticRecycled',
        { symbol: 't', code: 'TNE' },
        'Packaging producer-responsibility organisation and waste collection operator',
        {
          en: 'Plastics recycled',
          fr: 'Plastiques recyclés',
          nl: 'Gerecycleerde kunststoffen',
        },
      ),
      input('plasticOnMarket', { symbol: 't', code: 'TNE' }, 'Packaging producer-responsibility organisation', {
        en: 'Plastics placed on the market',
        fr: 'Plastiques mis sur le marché',
        nl: 'Op de markt gebrachte kunststoffen',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    bounds: { min: 0, max: 100 },
  }),
];
