/** Mobility KPIs (ISO 37120/37122, U4SSC, EU SUMI). */
import type { KpiDefinition } from '@opencity/models';
import { define, input, ratio, units } from './define';

const TRANSIT = 'Public transport operator network data (GTFS and GTFS-RT)';
const ROADS = 'Road authority and reference road network';

/** Mobility definitions. */
export const mobility: readonly KpiDefinition[] = [
  define({
    id: 'MOB-01',
    name: {
      en: 'Bicycle paths and lanes per 100 000 population',
      fr: 'Pistes et bandes cyclables pour 100 000 habitants',
      nl: 'Fietspaden en -stroken per 100 000 inwoners',
    },
    description: {
      en: 'Kilometres of bicycle paths and lanes (each side of a road counted separately) divided by the population ÷ 100 000.',
      fr: 'Kilomètres de pistes et bandes cyclables (chaque côté de la voirie compté séparément) divisés par la population ÷ 100 000.',
      nl: 'Kilometer fietspaden en -stroken (elke kant van de weg apart geteld) gedeeld door de bevolking ÷ 100 000.',
    },
    domain: 'mobility',
    references: [{ framework: 'ISO 37120:2018', code: '19.4' }],
    unit: { symbol: 'km per 100 000 inhabitants' },
    direction: 'increase',
    indicatorType: 'output',
    formula: ratio('cycleLanesKm', 'population', 100_000),
    inputs: [
      input('cycleLanesKm', units.km, ROADS, {
        en: 'Cycle paths and lanes',
        fr: 'Pistes et bandes cyclables',
        nl: 'Fietspaden en -stroken',
      }),
      input('population', units.persons, 'Population register on 1 January (national statistics office)', {
        en: 'Population',
        fr: 'Population',
        nl: 'Bevolking',
      }),
    ],
    rollUp: { method: 'poolInputs' },
  }),
  define({
    id: 'MOB-02',
    name: {
      en: 'Public transport network convenience',
      fr: 'Commodité du réseau de transport public',
      nl: 'Toegankelijkheid van het openbaarvervoernet',
    },
    description: {
      en: 'Inhabitants living within 0.5 km of an official public transport stop as a share of all inhabitants.',
      fr: 'Habitants résidant à moins de 0,5 km d’un arrêt officiel de transport public en part de l’ensemble des habitants.',
      nl: 'Inwoners die binnen 0,5 km van een officiële openbaarvervoerhalte wonen als aandeel van alle inwoners.',
    },
    domain: 'mobility',
    references: [
      { framework: 'U4SSC', code: 'EC:I:T:2A' },
      { framework: 'SDG', code: '11.2.1' },
    ],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'outcome',
    level: 'advanced',
    formula: ratio('inhabitantsNearStop', 'inhabitants', 100),
    inputs: [
      input(
        'inhabitantsNearStop',
        units.persons,
        'Population by statistical sector × stops of every public transport operator (GTFS)',
        {
          en: 'Inhabitants within 0.5 km of a stop',
          fr: 'Habitants à moins de 0,5 km d’un arrêt',
          nl: 'Inwoners binnen 0,5 km van een halte',
        },
      ),
      input('inhabitants', units.persons, 'Population register on 1 January (national statistics office)', {
        en: 'Inhabitants',
        fr: 'Habitants',
        nl: 'Inwoners',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    bounds: { min: 0, max: 100 },
    sdg: ['11.2.1'],
  }),
  define({
    id: 'MOB-03',
    name: {
      en: 'Public transport lines with real-time information',
      fr: 'Lignes de transport public avec information en temps réel',
      nl: 'Openbaarvervoerlijnen met realtime-informatie',
    },
    description: {
      en: 'Public transport lines with a publicly accessible real-time information system as a share of all lines.',
      fr: 'Lignes de transport public dotées d’un système d’information en temps réel accessible au public, en part de l’ensemble des lignes.',
      nl: 'Openbaarvervoerlijnen met een publiek toegankelijk realtime-informatiesysteem als aandeel van alle lijnen.',
    },
    domain: 'mobility',
    references: [{ framework: 'ISO 37122:2019', code: '19.5' }],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'output',
    formula: ratio('linesWithRealTime', 'lines', 100),
    inputs: [
      input('linesWithRealTime', units.count, TRANSIT, {
        en: 'Lines with real-time information',
        fr: 'Lignes avec information en temps réel',
        nl: 'Lijnen met realtime-informatie',
      }),
      input('lines', units.count, TRANSIT, { en: 'Lines', fr: 'Lignes', nl: 'Lijnen' }),
    ],
    rollUp: { method: 'poolInputs' },
    bounds: { min: 0, max: 100 },
  }),
  define({
    id: 'MOB-04',
    name: {
      en: 'Public transport routes with internet connectivity',
      fr: 'Itinéraires de transport public avec connexion Internet',
      nl: 'Openbaarvervoerroutes met internetverbinding',
    },
    description: {
      en: 'Kilometres of public transport routes with municipally provided internet connectivity as a share of all route kilometres.',
      fr: 'Kilomètres d’itinéraires de transport public avec une connexion Internet fournie par la collectivité, en part de l’ensemble des kilomètres d’itinéraires.',
      nl: 'Kilometer openbaarvervoerroutes met door de overheid aangeboden internetverbinding als aandeel van alle routekilometers.',
    },
    domain: 'mobility',
    references: [{ framework: 'ISO 37122:2019', code: '19.12' }],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'output',
    formula: ratio('connectedRouteKm', 'routeKm', 100),
    inputs: [
      input('connectedRouteKm', units.km, TRANSIT, {
        en: 'Connected route length',
        fr: 'Longueur d’itinéraire connectée',
        nl: 'Verbonden routelengte',
      }),
      input('routeKm', units.km, TRANSIT, { en: 'Route length', fr: 'Longueur d’itinéraire', nl: 'Routelengte' }),
    ],
    rollUp: { method: 'poolInputs' },
    bounds: { min: 0, max: 100 },
  }),
  define({
    id: 'MOB-05',
    name: {
      en: 'Road length adapted to active mobility',
      fr: 'Longueur de voirie adaptée à la mobilité active',
      nl: 'Weglengte aangepast aan actieve mobiliteit',
    },
    description: {
      en: 'Length of pavements, bicycle lanes, 30 km/h zones and pedestrian zones as a share of the road network length excluding motorways.',
      fr: 'Longueur des trottoirs, bandes cyclables, zones 30 et zones piétonnes en part de la longueur du réseau routier hors autoroutes.',
      nl: 'Lengte van voetpaden, fietsstroken, zones 30 en voetgangerszones als aandeel van de lengte van het wegennet zonder autosnelwegen.',
    },
    domain: 'mobility',
    references: [{ framework: 'EU SUMI', code: 'Opportunity for active mobility' }],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'output',
    formula: {
      kind: 'expression',
      expression: '(pavementKm + bikeLaneKm + zone30Km + pedestrianZoneKm) / roadNetworkKm * 100',
    },
    inputs: [
      input('pavementKm', units.km, ROADS, { en: 'Pavements', fr: 'Trottoirs', nl: 'Voetpaden' }),
      input('bikeLaneKm', units.km, ROADS, { en: 'Bicycle lanes', fr: 'Bandes cyclables', nl: 'Fietsstroken' }),
      input('zone30Km', units.km, ROADS, { en: '30 km/h zones', fr: 'Zones 30', nl: 'Zones 30' }),
      input('pedestrianZoneKm', units.km, ROADS, {
        en: 'Pedestrian zones',
        fr: 'Zones piétonnes',
        nl: 'Voetgangerszones',
      }),
      input('roadNetworkKm', units.km, ROADS, {
        en: 'Road network excluding motorways',
        fr: 'Réseau routier hors autoroutes',
        nl: 'Wegennet zonder autosnelwegen',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    caveats:
      'EU SUMI adds the four lengths; a street with both a pavement and a bicycle lane counts twice, so values above 100 % are possible.',
  }),
];
