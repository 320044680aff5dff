/** Economy KPIs (ISO 37120:2018 clause 5), with definitions as certified cities publish them (Kópavogur, WCCD 2019). */
import type { KpiDefinition } from '@opencity/models';
import { define, input, ratio, units } from './define';

const LABOUR = 'Labour Force Survey (national statistics office, regional employment service)';

/** Economy definitions. */
export const economy: readonly KpiDefinition[] = [
  define({
    id: 'ECO-01',
    name: { en: 'Unemployment rate', fr: 'Taux de chômage', nl: 'Werkloosheidsgraad' },
    description: {
      en: 'Working-age residents without work, available and actively seeking work in the past four weeks, as a share of the labour force (employed + unemployed residents).',
      fr: 'Résidents en âge de travailler sans emploi, disponibles et en recherche active au cours des quatre dernières semaines, en part de la population active (occupés + chômeurs).',
      nl: 'Inwoners op arbeidsleeftijd zonder werk, beschikbaar en actief werkzoekend in de voorbije vier weken, als aandeel van de beroepsbevolking (werkenden + werklozen).',
    },
    domain: 'economy',
    references: [
      { framework: 'ISO 37120:2018', code: '5.1' },
      { framework: 'SDG', code: '8.5.2' },
    ],
    unit: units.percent,
    direction: 'decrease',
    indicatorType: 'outcome',
    level: 'core',
    formula: ratio('unemployed', 'labourForce', 100),
    inputs: [
      input('unemployed', units.persons, LABOUR, {
        en: 'Unemployed residents',
        fr: 'Résidents au chômage',
        nl: 'Werkloze inwoners',
      }),
      input('labourForce', units.persons, LABOUR, {
        en: 'Labour force',
        fr: 'Population active',
        nl: 'Beroepsbevolking',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    areaLevels: ['region', 'municipality'],
    bounds: { min: 0, max: 100 },
    sdg: ['8.5.2'],
  }),
  define({
    id: 'ECO-02',
    name: { en: 'Youth unemployment rate', fr: 'Taux de chômage des jeunes', nl: 'Jeugdwerkloosheidsgraad' },
    description: {
      en: 'Unemployed youth (legal working age to under 24, registered students excluded) as a share of the youth labour force.',
      fr: 'Jeunes au chômage (de l’âge légal de travailler à moins de 24 ans, étudiants inscrits exclus) en part de la population active jeune.',
      nl: 'Werkloze jongeren (van de wettelijke arbeidsleeftijd tot jonger dan 24, ingeschreven studenten uitgesloten) als aandeel van de jonge beroepsbevolking.',
    },
    domain: 'economy',
    references: [{ framework: 'ISO 37120:2018', code: '5.4' }],
    unit: units.percent,
    direction: 'decrease',
    indicatorType: 'outcome',
    formula: ratio('unemployedYouth', 'youthLabourForce', 100),
    inputs: [
      input('unemployedYouth', units.persons, LABOUR, {
        en: 'Unemployed youth',
        fr: 'Jeunes au chômage',
        nl: 'Werkloze jongeren',
      }),
      input('youthLabourForce', units.persons, LABOUR, {
        en: 'Youth labour force',
        fr: 'Population active jeune',
        nl: 'Jonge beroepsbevolking',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    areaLevels: ['region', 'municipality'],
    bounds: { min: 0, max: 100 },
  }),
  define({
    id: 'ECO-03',
    name: {
      en: 'Persons in full-time employment',
      fr: 'Personnes employées à temps plein',
      nl: 'Voltijds werkende personen',
    },
    description: {
      en: 'Residents (including self-employed) of legal working age working at least 35 hours a week in one job, as a share of the labour force.',
      fr: 'Résidents (indépendants compris) en âge légal de travailler qui travaillent au moins 35 heures par semaine dans un emploi, en part de la population active.',
      nl: 'Inwoners (zelfstandigen inbegrepen) op wettelijke arbeidsleeftijd die minstens 35 uur per week in één baan werken, als aandeel van de beroepsbevolking.',
    },
    domain: 'economy',
    references: [{ framework: 'ISO 37120:2018', code: '5.3' }],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'outcome',
    formula: ratio('fullTimeEmployed', 'labourForce', 100),
    inputs: [
      input('fullTimeEmployed', units.persons, LABOUR, {
        en: 'Full-time employed residents',
        fr: 'Résidents employés à temps plein',
        nl: 'Voltijds werkende inwoners',
      }),
      input('labourForce', units.persons, LABOUR, {
        en: 'Labour force',
        fr: 'Population active',
        nl: 'Beroepsbevolking',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    areaLevels: ['region', 'municipality'],
    bounds: { min: 0, max: 100, source: 'Kópavogur Nightingale portal, ISO 37120 5.3' },
  }),
];
