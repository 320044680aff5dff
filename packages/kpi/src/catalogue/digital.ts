/** Digital KPIs aligned with the DESI dimensions (connectivity, human capital, integration of technology, public services). */
import type { KpiDefinition } from '@opencity/models';
import { define, input, ratio, units } from './define';

const ICT_SURVEY = 'ICT usage survey of households and individuals (national statistics office)';
const TELECOM_REGULATOR = 'Telecom regulator market statistics';
const DSO = 'Electricity distribution system operator (meter register)';

const pct = (min = 0, max = 100) => ({ min, max });

/** Digital definitions (the DESI-style composite DIG-09 is in ./digitalIndex). */
export const digital: readonly KpiDefinition[] = [
  define({
    id: 'DIG-01',
    name: {
      en: 'Household internet access',
      fr: 'Accès des ménages à Internet',
      nl: 'Internettoegang van huishoudens',
    },
    description: {
      en: 'Households with internet access (fixed or mobile) as a share of all households.',
      fr: 'Ménages disposant d’un accès à Internet (fixe ou mobile) en part de l’ensemble des ménages.',
      nl: 'Huishoudens met internettoegang (vast of mobiel) als aandeel van alle huishoudens.',
    },
    domain: 'digital',
    references: [
      { framework: 'U4SSC', code: 'EC:ICT:ICT:1C' },
      { framework: 'DESI', code: 'Connectivity' },
    ],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'output',
    level: 'core',
    formula: ratio('householdsWithInternet', 'households', 100),
    inputs: [
      input('householdsWithInternet', units.households, ICT_SURVEY, {
        en: 'Households with internet access',
        fr: 'Ménages avec accès à Internet',
        nl: 'Huishoudens met internettoegang',
      }),
      input('households', units.households, 'Population register: private households', {
        en: 'Households',
        fr: 'Ménages',
        nl: 'Huishoudens',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    bounds: pct(),
    sdg: ['17.6.1'],
  }),
  define({
    id: 'DIG-02',
    name: { en: 'Fixed broadband subscriptions', fr: 'Abonnements haut débit fixe', nl: 'Vaste breedbandabonnementen' },
    description: {
      en: 'Fixed (wired) broadband subscriptions of at least 256 kbit/s downstream (cable, DSL, fibre, LAN; no mobile) per 100 households.',
      fr: 'Abonnements haut débit fixes (filaires) d’au moins 256 kbit/s descendants (câble, DSL, fibre, LAN ; sans mobile) pour 100 ménages.',
      nl: 'Vaste (bedrade) breedbandabonnementen van minstens 256 kbit/s downstream (kabel, DSL, glasvezel, LAN; geen mobiel) per 100 huishoudens.',
    },
    domain: 'digital',
    references: [
      { framework: 'U4SSC', code: 'EC:ICT:ICT:2C' },
      { framework: 'DESI', code: 'Connectivity: fixed broadband take-up' },
    ],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'output',
    level: 'core',
    formula: ratio('fixedBroadbandSubscriptions', 'households', 100),
    inputs: [
      input('fixedBroadbandSubscriptions', units.count, TELECOM_REGULATOR, {
        en: 'Fixed broadband subscriptions',
        fr: 'Abonnements haut débit fixe',
        nl: 'Vaste breedbandabonnementen',
      }),
      input('households', units.households, 'Population register: private households', {
        en: 'Households',
        fr: 'Ménages',
        nl: 'Huishoudens',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    bounds: pct(),
    caveats:
      'U4SSC verification: normally lower than household internet access (DIG-01); the denominator is households, not inhabitants.',
  }),
  define({
    id: 'DIG-03',
    name: {
      en: 'Population with fast broadband access',
      fr: 'Population avec accès au haut débit rapide',
      nl: 'Bevolking met snelle breedbandtoegang',
    },
    description: {
      en: 'People with access to broadband at or above the speed threshold in both directions, as a share of the population. ISO 37122 uses 256 kbit/s; the city reports the threshold it applies in the input source.',
      fr: 'Personnes ayant accès au haut débit au moins égal au seuil de vitesse dans les deux sens, en part de la population. L’ISO 37122 utilise 256 kbit/s ; le seuil appliqué est indiqué dans la source.',
      nl: 'Personen met toegang tot breedband op of boven de snelheidsdrempel in beide richtingen, als aandeel van de bevolking. ISO 37122 gebruikt 256 kbit/s; de toegepaste drempel staat in de bron.',
    },
    domain: 'digital',
    references: [
      { framework: 'ISO 37122:2019', code: '18.1' },
      { framework: 'DESI', code: 'Connectivity: fast broadband coverage' },
    ],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'output',
    formula: ratio('populationWithFastBroadband', 'population', 100),
    inputs: [
      input('populationWithFastBroadband', units.persons, 'Telecom regulator broadband coverage atlas', {
        en: 'People with fast broadband access',
        fr: 'Personnes avec accès au haut débit rapide',
        nl: 'Personen met snelle breedbandtoegang',
      }),
      input('population', units.persons, 'Population register on 1 January (national statistics office)', {
        en: 'Population',
        fr: 'Population',
        nl: 'Bevolking',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    bounds: pct(),
    caveats:
      'The 256 kbit/s threshold of ISO 37122 is obsolete where broadband is widespread; keep the formula and state the threshold with the source.',
  }),
  define({
    id: 'DIG-04',
    name: {
      en: 'Internet connections per 100 000 population',
      fr: 'Connexions Internet pour 100 000 habitants',
      nl: 'Internetaansluitingen per 100 000 inwoners',
    },
    description: {
      en: 'Internet subscriptions (including mobile data subscriptions; subscriptions, not persons) divided by the population ÷ 100 000.',
      fr: 'Abonnements Internet (y compris données mobiles ; des abonnements, pas des personnes) divisés par la population ÷ 100 000.',
      nl: 'Internetabonnementen (mobiele data inbegrepen; abonnementen, geen personen) gedeeld door de bevolking ÷ 100 000.',
    },
    domain: 'digital',
    references: [
      {
        framework: 'ISO 37120:2018',
        code: '18 (telecommunication)',
        note: 'Internet connections per 100 000 population, as Kópavogur reports it',
      },
    ],
    unit: { symbol: 'per 100 000 inhabitants' },
    direction: 'increase',
    indicatorType: 'output',
    formula: ratio('internetSubscriptions', 'population', 100_000),
    inputs: [
      input('internetSubscriptions', units.count, TELECOM_REGULATOR, {
        en: 'Internet subscriptions',
        fr: 'Abonnements Internet',
        nl: 'Internetabonnementen',
      }),
      input('population', units.persons, 'Population register on 1 January (national statistics office)', {
        en: 'Population',
        fr: 'Population',
        nl: 'Bevolking',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    bounds: { min: 0, max: 200_000, source: 'OpenCity goalposts: two subscriptions per inhabitant' },
  }),
  define({
    id: 'DIG-05',
    name: {
      en: 'City services accessible online',
      fr: 'Services communaux accessibles en ligne',
      nl: 'Online toegankelijke gemeentelijke diensten',
    },
    description: {
      en: 'City services that can be accessed and requested through a centralised internet interface, as a share of all city services.',
      fr: 'Services communaux accessibles et pouvant être demandés via une interface Internet centralisée, en part de l’ensemble des services.',
      nl: 'Gemeentelijke diensten die via een centrale internetinterface toegankelijk zijn en aangevraagd kunnen worden, als aandeel van alle diensten.',
    },
    domain: 'digital',
    references: [
      { framework: 'ISO 37122:2019', code: '10.2' },
      { framework: 'DESI', code: 'Digital public services' },
    ],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'output',
    formula: ratio('servicesOnline', 'services', 100),
    inputs: [
      input('servicesOnline', units.count, 'Public service catalogue (regional and municipal e-counters)', {
        en: 'Services requestable online',
        fr: 'Services pouvant être demandés en ligne',
        nl: 'Online aanvraagbare diensten',
      }),
      input('services', units.count, 'Service catalogue', {
        en: 'City services',
        fr: 'Services communaux',
        nl: 'Gemeentelijke diensten',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    bounds: pct(),
  }),
  define({
    id: 'DIG-06',
    name: {
      en: 'Open data publication rate',
      fr: 'Taux de publication de données ouvertes',
      nl: 'Publicatiegraad van open data',
    },
    description: {
      en: 'Open datasets published as a share of the inventoried datasets; the count of published datasets is reported beside it.',
      fr: 'Jeux de données ouverts publiés en part des jeux de données inventoriés ; le nombre publié est rapporté à côté.',
      nl: 'Gepubliceerde open datasets als aandeel van de geïnventariseerde datasets; het aantal gepubliceerde datasets wordt ernaast gerapporteerd.',
    },
    domain: 'digital',
    references: [{ framework: 'U4SSC', code: 'EC:ICT:PS:1A' }],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'output',
    level: 'advanced',
    formula: ratio('openDatasets', 'inventoriedDatasets', 100),
    inputs: [
      input('openDatasets', units.count, 'Open data portal catalogue', {
        en: 'Published open datasets',
        fr: 'Jeux de données ouverts publiés',
        nl: 'Gepubliceerde open datasets',
      }),
      input('inventoriedDatasets', units.count, 'Regional data inventory', {
        en: 'Inventoried datasets',
        fr: 'Jeux de données inventoriés',
        nl: 'Geïnventariseerde datasets',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    bounds: pct(),
  }),
  define({
    id: 'DIG-07',
    name: {
      en: 'Smart electricity meters',
      fr: 'Compteurs électriques intelligents',
      nl: 'Slimme elektriciteitsmeters',
    },
    description: {
      en: 'Smart electricity meters installed as a share of all electricity meters installed.',
      fr: 'Compteurs électriques intelligents installés en part de l’ensemble des compteurs électriques installés.',
      nl: 'Geïnstalleerde slimme elektriciteitsmeters als aandeel van alle geïnstalleerde elektriciteitsmeters.',
    },
    domain: 'digital',
    references: [{ framework: 'U4SSC', code: 'EC:ICT:ES:1C' }],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'output',
    level: 'core',
    formula: ratio('smartElectricityMeters', 'electricityMeters', 100),
    inputs: [
      input('smartElectricityMeters', units.count, DSO, {
        en: 'Smart electricity meters',
        fr: 'Compteurs électriques intelligents',
        nl: 'Slimme elektriciteitsmeters',
      }),
      input('electricityMeters', units.count, DSO, {
        en: 'Electricity meters',
        fr: 'Compteurs électriques',
        nl: 'Elektriciteitsmeters',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    bounds: pct(),
  }),
  define({
    id: 'DIG-08',
    name: {
      en: 'Buildings with smart energy meters',
      fr: 'Bâtiments équipés de compteurs d’énergie intelligents',
      nl: 'Gebouwen met slimme energiemeters',
    },
    description: {
      en: 'Non-household (public, commercial and industrial) buildings with a smart energy meter as a share of such buildings; smart means a real-time display or app and digital readings sent to the supplier.',
      fr: 'Bâtiments non résidentiels (publics, commerciaux, industriels) équipés d’un compteur d’énergie intelligent en part de ces bâtiments ; intelligent : affichage en temps réel et relevés numériques transmis au fournisseur.',
      nl: 'Niet-residentiële gebouwen (publiek, commercieel, industrieel) met een slimme energiemeter als aandeel van die gebouwen; slim: realtime weergave en digitale meterstanden naar de leverancier.',
    },
    domain: 'digital',
    references: [{ framework: 'ISO 37122:2019', code: '7.9' }],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'output',
    formula: ratio('buildingsWithSmartMeter', 'nonHouseholdBuildings', 100),
    inputs: [
      input('buildingsWithSmartMeter', units.count, DSO, {
        en: 'Non-household buildings with a smart meter',
        fr: 'Bâtiments non résidentiels avec compteur intelligent',
        nl: 'Niet-residentiële gebouwen met slimme meter',
      }),
      input('nonHouseholdBuildings', units.count, 'Cadastre and reference building register', {
        en: 'Non-household buildings',
        fr: 'Bâtiments non résidentiels',
        nl: 'Niet-residentiële gebouwen',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    bounds: pct(),
  }),
  define({
    id: 'DIG-10',
    name: {
      en: 'People with at least basic digital skills',
      fr: 'Personnes ayant au moins des compétences numériques de base',
      nl: 'Personen met minstens digitale basisvaardigheden',
    },
    description: {
      en: 'Individuals aged 16–74 with at least basic overall digital skills as a share of individuals aged 16–74.',
      fr: 'Personnes de 16 à 74 ans ayant au moins des compétences numériques générales de base, en part des personnes de 16 à 74 ans.',
      nl: 'Personen van 16 tot 74 jaar met minstens algemene digitale basisvaardigheden als aandeel van de personen van 16 tot 74 jaar.',
    },
    domain: 'digital',
    references: [
      { framework: 'DESI', code: 'Human capital: at least basic digital skills' },
      { framework: 'SDG', code: '4.4.1' },
    ],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'outcome',
    formula: ratio('peopleWithBasicSkills', 'people16to74', 100),
    inputs: [
      input('peopleWithBasicSkills', units.persons, ICT_SURVEY, {
        en: 'People 16–74 with basic digital skills',
        fr: 'Personnes de 16–74 ans avec compétences de base',
        nl: 'Personen 16–74 met basisvaardigheden',
      }),
      input('people16to74', units.persons, ICT_SURVEY, {
        en: 'People aged 16–74',
        fr: 'Personnes de 16 à 74 ans',
        nl: 'Personen van 16 tot 74 jaar',
      }),
    ],
    rollUp: { method: 'poolInputs' },
    bounds: pct(),
    sdg: ['4.4.1'],
  }),
];
