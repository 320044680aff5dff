/**
 * Smart City project KPIs: CITYkeys-style "with the project vs without" (baseline vs after) impacts, SCIS energy KPIs
 * and project-monitoring KPIs. Programme values pool the projects' numerators and denominators (as Akvo RSR aggregates
 * percentage indicators), never the projects' percentages.
 */
import type { KpiDefinition } from '@opencity/models';
import { define, input, ratio, units } from './define';

const PROJECT = 'Project factsheet and monitoring report';
const project = (en: string, fr: string, nl: string) => ({ en, fr, nl });

/** Project definitions. */
export const projects: readonly KpiDefinition[] = [
  define({
    id: 'PRJ-01',
    name: project(
      'Reduction in annual final energy consumption',
      'Réduction de la consommation annuelle d’énergie finale',
      'Vermindering van het jaarlijkse finale energieverbruik',
    ),
    description: project(
      'Final energy consumption avoided by the project, (baseline − after) ÷ baseline × 100, where the baseline is the consumption without the project (kWh per year).',
      'Consommation d’énergie finale évitée par le projet, (référence − après) ÷ référence × 100, la référence étant la consommation sans le projet (kWh par an).',
      'Door het project vermeden finaal energieverbruik, (referentie − na) ÷ referentie × 100, met als referentie het verbruik zonder project (kWh per jaar).',
    ),
    domain: 'project',
    references: [
      {
        framework: 'CITYkeys',
        code: 'Planet: energy and mitigation',
        note: 'project indicator, with vs without the project',
      },
      { framework: 'SCIS', code: 'Energy savings' },
    ],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'impact',
    formula: { kind: 'expression', expression: '(baselineEnergy - afterEnergy) / baselineEnergy * 100' },
    inputs: [
      input(
        'baselineEnergy',
        units.kwh,
        PROJECT,
        project(
          'Baseline consumption (kWh/year)',
          'Consommation de référence (kWh/an)',
          'Referentieverbruik (kWh/jaar)',
        ),
      ),
      input(
        'afterEnergy',
        units.kwh,
        PROJECT,
        project(
          'Consumption after implementation (kWh/year)',
          'Consommation après mise en œuvre (kWh/an)',
          'Verbruik na uitvoering (kWh/jaar)',
        ),
      ),
    ],
    rollUp: { method: 'poolInputs' },
    areaLevels: ['project', 'programme'],
  }),
  define({
    id: 'PRJ-02',
    name: project(
      'Reduction in greenhouse gas emissions',
      'Réduction des émissions de gaz à effet de serre',
      'Vermindering van de broeikasgasemissies',
    ),
    description: project(
      'Greenhouse gas emissions avoided by the project, (baseline − after) ÷ baseline × 100, in t CO2e per year.',
      'Émissions de gaz à effet de serre évitées par le projet, (référence − après) ÷ référence × 100, en t CO2e par an.',
      'Door het project vermeden broeikasgasemissies, (referentie − na) ÷ referentie × 100, in t CO2e per jaar.',
    ),
    domain: 'project',
    references: [
      { framework: 'CITYkeys', code: 'Planet: energy and mitigation' },
      { framework: 'SCIS', code: 'Greenhouse gas emissions' },
    ],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'impact',
    formula: { kind: 'expression', expression: '(baselineGhg - afterGhg) / baselineGhg * 100' },
    inputs: [
      input(
        'baselineGhg',
        units.tonne,
        PROJECT,
        project(
          'Baseline emissions (t CO2e/year)',
          'Émissions de référence (t CO2e/an)',
          'Referentie-emissies (t CO2e/jaar)',
        ),
      ),
      input(
        'afterGhg',
        units.tonne,
        PROJECT,
        project(
          'Emissions after implementation (t CO2e/year)',
          'Émissions après mise en œuvre (t CO2e/an)',
          'Emissies na uitvoering (t CO2e/jaar)',
        ),
      ),
    ],
    rollUp: { method: 'poolInputs' },
    areaLevels: ['project', 'programme'],
  }),
  define({
    id: 'PRJ-03',
    name: project(
      'Degree of energetic self-supply by renewable sources',
      'Taux d’autoapprovisionnement énergétique renouvelable',
      'Graad van zelfvoorziening met hernieuwbare energie',
    ),
    description: project(
      'Renewable energy produced locally as a share of the energy consumed in the project area.',
      'Énergie renouvelable produite localement en part de l’énergie consommée dans la zone du projet.',
      'Lokaal geproduceerde hernieuwbare energie als aandeel van het energieverbruik in het projectgebied.',
    ),
    domain: 'project',
    references: [{ framework: 'SCIS', code: 'Degree of energetic self-supply by RES' }],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'outcome',
    formula: ratio('localRenewable', 'consumption', 100),
    inputs: [
      input(
        'localRenewable',
        units.kwh,
        PROJECT,
        project('Local renewable production', 'Production renouvelable locale', 'Lokale hernieuwbare productie'),
      ),
      input(
        'consumption',
        units.kwh,
        PROJECT,
        project('Energy consumption', 'Consommation d’énergie', 'Energieverbruik'),
      ),
    ],
    rollUp: { method: 'poolInputs' },
    areaLevels: ['project', 'programme'],
  }),
  define({
    id: 'PRJ-04',
    name: project('Target population reached', 'Population cible atteinte', 'Bereikte doelgroep'),
    description: project(
      'People served by the project as a share of its target population.',
      'Personnes desservies par le projet en part de sa population cible.',
      'Door het project bediende personen als aandeel van de doelgroep.',
    ),
    domain: 'project',
    references: [
      {
        framework: 'CITYkeys',
        code: 'People / Propagation',
        note: 'aligned; the CITYkeys D1.4 indicator name is to be confirmed',
      },
    ],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'output',
    formula: ratio('peopleServed', 'targetPopulation', 100),
    inputs: [
      input(
        'peopleServed',
        units.persons,
        PROJECT,
        project('People served', 'Personnes desservies', 'Bediende personen'),
      ),
      input('targetPopulation', units.persons, PROJECT, project('Target population', 'Population cible', 'Doelgroep')),
    ],
    rollUp: { method: 'poolInputs' },
    areaLevels: ['project', 'programme'],
  }),
  define({
    id: 'PRJ-05',
    name: project('Budget execution', 'Exécution budgétaire', 'Budgetuitvoering'),
    description: project(
      'Amount spent as a share of the approved budget for the period; both under- and overspending are off target (100 %).',
      'Montant dépensé en part du budget approuvé pour la période ; la sous- comme la surconsommation s’écartent de la cible (100 %).',
      'Uitgegeven bedrag als aandeel van het goedgekeurde budget voor de periode; zowel onder- als overbesteding wijken af van het doel (100 %).',
    ),
    domain: 'project',
    references: [{ framework: 'other', code: 'project monitoring practice' }],
    unit: units.percent,
    direction: 'target',
    indicatorType: 'process',
    formula: ratio('spent', 'approvedBudget', 100),
    inputs: [
      input(
        'spent',
        units.euro,
        'Project financial report',
        project('Amount spent', 'Montant dépensé', 'Uitgegeven bedrag'),
      ),
      input(
        'approvedBudget',
        units.euro,
        'Project financial report',
        project('Approved budget', 'Budget approuvé', 'Goedgekeurd budget'),
      ),
    ],
    rollUp: { method: 'poolInputs' },
    areaLevels: ['project', 'programme'],
    periodicity: 'quarterly',
  }),
  define({
    id: 'PRJ-06',
    name: project('Milestones on time', 'Jalons respectés', 'Tijdig bereikte mijlpalen'),
    description: project(
      'Milestones met by their due date as a share of the milestones due in the period.',
      'Jalons atteints à leur échéance en part des jalons échus dans la période.',
      'Mijlpalen bereikt op hun vervaldatum als aandeel van de in de periode vervallen mijlpalen.',
    ),
    domain: 'project',
    references: [{ framework: 'other', code: 'project monitoring practice' }],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'process',
    formula: ratio('milestonesOnTime', 'milestonesDue', 100),
    inputs: [
      input(
        'milestonesOnTime',
        units.count,
        PROJECT,
        project('Milestones met on time', 'Jalons atteints à temps', 'Tijdig bereikte mijlpalen'),
      ),
      input('milestonesDue', units.count, PROJECT, project('Milestones due', 'Jalons échus', 'Vervallen mijlpalen')),
    ],
    rollUp: { method: 'poolInputs' },
    areaLevels: ['project', 'programme'],
    periodicity: 'quarterly',
  }),
  define({
    id: 'PRJ-07',
    name: project('Simple payback period', 'Temps de retour simple', 'Eenvoudige terugverdientijd'),
    description: project(
      'Investment divided by the annual net savings the project brings, in years.',
      'Investissement divisé par les économies nettes annuelles apportées par le projet, en années.',
      'Investering gedeeld door de jaarlijkse nettobesparing van het project, in jaren.',
    ),
    domain: 'project',
    references: [
      {
        framework: 'CITYkeys',
        code: 'Prosperity: economic performance',
        note: 'aligned; the CITYkeys D1.4 indicator name is to be confirmed',
      },
    ],
    unit: { symbol: 'years', code: 'ANN' },
    direction: 'decrease',
    indicatorType: 'impact',
    formula: ratio('investment', 'annualNetSavings', 1),
    inputs: [
      input(
        'investment',
        units.euro,
        'Project financial report',
        project('Investment', 'Investissement', 'Investering'),
      ),
      input(
        'annualNetSavings',
        units.euro,
        'Project financial report',
        project('Annual net savings', 'Économies nettes annuelles', 'Jaarlijkse nettobesparing'),
      ),
    ],
    rollUp: { method: 'poolInputs' },
    areaLevels: ['project', 'programme'],
  }),
  define({
    id: 'PRJ-08',
    name: project(
      'Open datasets released by the project',
      'Jeux de données ouverts publiés par le projet',
      'Door het project gepubliceerde open datasets',
    ),
    description: project(
      'Number of datasets the project published as open data (e.g. on the region’s open data portal).',
      'Nombre de jeux de données publiés en données ouvertes par le projet (par exemple sur le portail de données ouvertes de la région).',
      'Aantal datasets dat het project als open data publiceerde (bijvoorbeeld op het opendataportaal van het gewest).',
    ),
    domain: 'project',
    references: [{ framework: 'U4SSC', code: 'EC:ICT:PS:1A', note: 'count reported beside the open data rate' }],
    unit: units.count,
    direction: 'increase',
    indicatorType: 'output',
    formula: { kind: 'expression', expression: 'datasetsPublished' },
    inputs: [
      input(
        'datasetsPublished',
        units.count,
        'Open data portal catalogue',
        project('Datasets published', 'Jeux de données publiés', 'Gepubliceerde datasets'),
      ),
    ],
    rollUp: { method: 'sum' },
    areaLevels: ['project', 'programme'],
  }),
];
