/**
 * DIG-09, a DESI-style regional digital index: the DESI 2021–2022 structure (four dimensions weighted 25 % each,
 * fixed min-max goalposts, bottom-up weighted arithmetic means) computed from the catalogue's digital KPIs for the
 * region and its municipalities.
 */
import type { KpiDefinition, KpiIndexNode } from '@opencity/models';
import { define, input, units } from './define';

const leaf = (id: string, kpi: string, weight = 1, max = 100): KpiIndexNode => ({
  id,
  kpi,
  weight,
  normalisation: { method: 'minmax', min: 0, max, direction: 'increase' },
});

/** The index tree of DIG-09. */
export const digitalIndexTree: KpiIndexNode = {
  id: 'DIG-09',
  label: { en: 'Regional digital index', fr: 'Indice numérique régional', nl: 'Regionale digitale index' },
  aggregation: 'arithmetic',
  minDataShare: 0.75,
  children: [
    {
      id: 'humanCapital',
      label: { en: 'Human capital', fr: 'Capital humain', nl: 'Menselijk kapitaal' },
      weight: 0.25,
      children: [leaf('basicSkills', 'DIG-10')],
    },
    {
      id: 'connectivity',
      label: { en: 'Connectivity', fr: 'Connectivité', nl: 'Connectiviteit' },
      weight: 0.25,
      minDataShare: 0.5,
      children: [
        leaf('householdInternet', 'DIG-01'),
        leaf('fixedBroadband', 'DIG-02'),
        leaf('fastBroadband', 'DIG-03'),
        leaf('internetConnections', 'DIG-04', 1, 200_000),
      ],
    },
    {
      id: 'integration',
      label: {
        en: 'Integration of digital technology',
        fr: 'Intégration des technologies numériques',
        nl: 'Integratie van digitale technologie',
      },
      weight: 0.25,
      minDataShare: 0.5,
      children: [leaf('smartElectricityMeters', 'DIG-07'), leaf('smartBuildingMeters', 'DIG-08')],
    },
    {
      id: 'publicServices',
      label: { en: 'Digital public services', fr: 'Services publics numériques', nl: 'Digitale overheidsdiensten' },
      weight: 0.25,
      minDataShare: 0.5,
      children: [leaf('onlineServices', 'DIG-05'), leaf('openData', 'DIG-06')],
    },
  ],
};

const components = ['DIG-10', 'DIG-01', 'DIG-02', 'DIG-03', 'DIG-04', 'DIG-07', 'DIG-08', 'DIG-05', 'DIG-06'];

/** DIG-09 as a catalogue definition. */
export const digitalIndex: KpiDefinition = define({
  id: 'DIG-09',
  name: {
    en: 'Regional digital index (DESI-style)',
    fr: 'Indice numérique régional (type DESI)',
    nl: 'Regionale digitale index (DESI-stijl)',
  },
  description: {
    en: 'Composite of the digital KPIs in the four DESI 2021–2022 dimensions (human capital, connectivity, integration of digital technology, digital public services), 25 % each; indicators scaled 0–100 between fixed goalposts, aggregated by weighted arithmetic means. A dimension needs half of its weight with data, the index three quarters.',
    fr: 'Composite des indicateurs numériques dans les quatre dimensions du DESI 2021–2022 (capital humain, connectivité, intégration des technologies numériques, services publics numériques), 25 % chacune ; indicateurs ramenés à 0–100 entre bornes fixes, agrégés par moyennes arithmétiques pondérées.',
    nl: 'Samengestelde index van de digitale indicatoren in de vier DESI 2021–2022-dimensies (menselijk kapitaal, connectiviteit, integratie van digitale technologie, digitale overheidsdiensten), elk 25 %; indicatoren geschaald naar 0–100 tussen vaste grenzen, geaggregeerd met gewogen rekenkundige gemiddelden.',
  },
  domain: 'digital',
  references: [
    {
      framework: 'DESI',
      code: '2021–2022 methodology',
      note: 'structure and weights of the DESI; goalposts are OpenCity choices (the DESI Table 7 values are not reproduced)',
    },
    { framework: 'OECD/JRC', code: 'Handbook on Constructing Composite Indicators (2008)' },
  ],
  unit: units.score,
  direction: 'increase',
  indicatorType: 'outcome',
  formula: { kind: 'composite', index: digitalIndexTree },
  inputs: components.map((k) => input(k.replace('-', '_'), { symbol: `unit of ${k}` }, `KPI ${k}`)),
  rollUp: { method: 'none' },
  caveats:
    'Not comparable with official DESI scores: the indicator set and the goalposts differ. Compare municipalities and years only with the same goalposts.',
});
