import type { Criterion } from '@opencity/models';
import type { MatrixCriterion } from '../core/decisionMatrix';
import { RoadmapError } from '../core/RoadmapError';

/** A versioned criteria catalogue: an edition of a framework whose criteria jurors score. */
export interface CriteriaCatalogue {
  /** Catalogue identifier (kebab-case). */
  readonly id: string;
  /** Semantic version of this edition; a major bump means criteria were added, removed or redefined. */
  readonly version: string;
  /** Catalogue name in English, French and Dutch. */
  readonly name: { readonly en: string; readonly fr: string; readonly nl: string };
  /** Where the criteria come from. */
  readonly source: string;
  /** The criteria, as `Criterion` entities (schemas/office/Criterion). */
  readonly criteria: readonly Criterion[];
}

type Label = readonly [en: string, fr: string, nl: string];

function criterion(
  catalogue: string,
  version: string,
  framework: string,
  code: string,
  name: Label,
  description: Label,
  extra: Partial<Criterion> = {},
): Criterion {
  return {
    id: criterionId(catalogue, version, code),
    type: 'Criterion',
    code,
    catalogue,
    catalogueVersion: version,
    name: { en: name[0], fr: name[1], nl: name[2] },
    description: { en: description[0], fr: description[1], nl: description[2] },
    direction: 'benefit',
    framework,
    scale: { min: 0, max: 4, step: 1 },
    defaultWeight: 1,
    ...extra,
  };
}

/**
 * The identifier of a catalogue criterion: `urn:ngsi-ld:Criterion:<catalogue>:<version>:<code>`.
 * @example
 * criterionId('desi', '2.0.0', 'connectivity'); // 'urn:ngsi-ld:Criterion:desi:2.0.0:connectivity'
 */
export function criterionId(catalogue: string, version: string, code: string): string {
  return `urn:ngsi-ld:Criterion:${catalogue}:${version}:${code}`;
}

const brussels =
  'Brussels-Capital Region Smart City strategy (smartcity.brussels): cross-cutting conditions and governance';
const desi1 = 'Digital Economy and Society Index (European Commission), editions up to DESI 2020: five dimensions';
const desi2 =
  'Digital Economy and Society Index (European Commission), editions since DESI 2021: four dimensions aligned with the Digital Decade compass';

/** The Brussels Smart City strategy priorities, version 1.0.0. */
export const brusselsStrategyPriorities: CriteriaCatalogue = {
  id: 'brussels-strategy',
  version: '1.0.0',
  name: {
    en: 'Brussels Smart City strategy priorities',
    fr: 'Priorités de la stratégie Smart City bruxelloise',
    nl: 'Prioriteiten van de Brusselse Smart City-strategie',
  },
  source: brussels,
  criteria: [
    criterion(
      'brussels-strategy',
      '1.0.0',
      brussels,
      'transversality',
      ['Transversality', 'Transversalité', 'Transversaliteit'],
      [
        'The project serves several administrations, municipalities or policy domains at once.',
        'Le projet sert plusieurs administrations, communes ou domaines politiques à la fois.',
        'Het project dient meerdere besturen, gemeenten of beleidsdomeinen tegelijk.',
      ],
    ),
    criterion(
      'brussels-strategy',
      '1.0.0',
      brussels,
      'mutualisation-reuse',
      ['Mutualisation and reuse', 'Mutualisation et réutilisation', 'Bundeling en hergebruik'],
      [
        'The project pools resources and reuses or shares existing solutions, data and platforms.',
        'Le projet mutualise les moyens et réutilise ou partage des solutions, données et plateformes existantes.',
        'Het project bundelt middelen en hergebruikt of deelt bestaande oplossingen, gegevens en platformen.',
      ],
    ),
    criterion(
      'brussels-strategy',
      '1.0.0',
      brussels,
      'digital-inclusion',
      ['Digital inclusion', 'Inclusion numérique', 'Digitale inclusie'],
      [
        'The project leaves no resident behind: accessibility, skills and non-digital alternatives.',
        'Le projet ne laisse aucun habitant de côté : accessibilité, compétences et alternatives non numériques.',
        'Het project laat geen inwoner achter: toegankelijkheid, vaardigheden en niet-digitale alternatieven.',
      ],
    ),
    criterion(
      'brussels-strategy',
      '1.0.0',
      brussels,
      'european-dimension',
      ['European dimension', 'Dimension européenne', 'Europese dimensie'],
      [
        'The project aligns with European frameworks and interoperability (e.g. the Interoperable Europe Act) and can draw on European funding.',
        "Le projet s'aligne sur les cadres européens et l'interopérabilité et peut mobiliser des fonds européens.",
        'Het project sluit aan bij Europese kaders en interoperabiliteit en kan Europese financiering aanspreken.',
      ],
    ),
    criterion(
      'brussels-strategy',
      '1.0.0',
      brussels,
      'governance-performance',
      [
        'Governance and performance measurement',
        'Gouvernance et mesure de la performance',
        'Governance en prestatiemeting',
      ],
      [
        'The project has clear governance and measurable KPIs with targets.',
        'Le projet a une gouvernance claire et des KPI mesurables avec des cibles.',
        'Het project heeft een duidelijke governance en meetbare KPI’s met doelen.',
      ],
    ),
  ],
};

const desiCommon = {
  connectivity: [
    ['Connectivity', 'Connectivité', 'Connectiviteit'],
    [
      'Fixed and mobile broadband coverage, take-up and prices.',
      'Couverture, adoption et prix du haut débit fixe et mobile.',
      'Dekking, gebruik en prijzen van vaste en mobiele breedband.',
    ],
  ],
  'human-capital': [
    ['Human capital', 'Capital humain', 'Menselijk kapitaal'],
    [
      'Digital skills of residents and ICT specialists.',
      'Compétences numériques des habitants et spécialistes TIC.',
      'Digitale vaardigheden van inwoners en ICT-specialisten.',
    ],
  ],
  'integration-of-digital-technology': [
    [
      'Integration of digital technology',
      'Intégration des technologies numériques',
      'Integratie van digitale technologie',
    ],
    [
      'Digitisation of businesses and e-commerce.',
      'Numérisation des entreprises et commerce électronique.',
      'Digitalisering van bedrijven en e-commerce.',
    ],
  ],
  'digital-public-services': [
    ['Digital public services', 'Services publics numériques', 'Digitale overheidsdiensten'],
    [
      'e-Government users, pre-filled forms, digital services for residents and businesses, open data.',
      'Utilisateurs de l’e-administration, formulaires pré-remplis, services numériques, données ouvertes.',
      'Gebruikers van e-overheid, vooraf ingevulde formulieren, digitale diensten, open data.',
    ],
  ],
} as const satisfies Record<string, readonly [Label, Label]>;

/** DESI dimensions, catalogue version 2.0.0: the four dimensions since DESI 2021. */
export const desi2021: CriteriaCatalogue = {
  id: 'desi',
  version: '2.0.0',
  name: { en: 'DESI dimensions (since 2021)', fr: 'Dimensions DESI (depuis 2021)', nl: 'DESI-dimensies (sinds 2021)' },
  source: desi2,
  criteria: (
    ['human-capital', 'connectivity', 'integration-of-digital-technology', 'digital-public-services'] as const
  ).map((code) =>
    criterion('desi', '2.0.0', desi2, code, desiCommon[code][0], desiCommon[code][1], { framework: 'DESI 2021' }),
  ),
};

/** DESI dimensions, catalogue version 1.0.0: the five dimensions of the editions up to DESI 2020, each mapped to its 2021 successor. */
export const desi2020: CriteriaCatalogue = {
  id: 'desi',
  version: '1.0.0',
  name: { en: 'DESI dimensions (up to 2020)', fr: 'Dimensions DESI (jusqu’en 2020)', nl: 'DESI-dimensies (tot 2020)' },
  source: desi1,
  criteria: [
    ...(['connectivity', 'human-capital'] as const).map((code) =>
      criterion('desi', '1.0.0', desi1, code, desiCommon[code][0], desiCommon[code][1], {
        framework: 'DESI 2020',
        mapsTo: [criterionId('desi', '2.0.0', code)],
      }),
    ),
    criterion(
      'desi',
      '1.0.0',
      desi1,
      'use-of-internet',
      ['Use of internet services', 'Utilisation des services internet', 'Gebruik van internetdiensten'],
      [
        'Use of online content, communication and transactions by residents. DESI 2021 dropped this dimension: it has no direct successor.',
        'Usage des contenus, communications et transactions en ligne. Dimension supprimée dans le DESI 2021 : pas de successeur direct.',
        'Gebruik van online inhoud, communicatie en transacties. In DESI 2021 geschrapt: geen directe opvolger.',
      ],
      { framework: 'DESI 2020', mapsTo: [] },
    ),
    ...(['integration-of-digital-technology', 'digital-public-services'] as const).map((code) =>
      criterion('desi', '1.0.0', desi1, code, desiCommon[code][0], desiCommon[code][1], {
        framework: 'DESI 2020',
        mapsTo: [criterionId('desi', '2.0.0', code)],
      }),
    ),
  ],
};

const ifc = 'Generic project appraisal criteria';

/** Impact, feasibility and cost, version 1.0.0 (cost is a cost criterion: lower is better). */
export const impactFeasibilityCost: CriteriaCatalogue = {
  id: 'impact-feasibility-cost',
  version: '1.0.0',
  name: { en: 'Impact, feasibility and cost', fr: 'Impact, faisabilité et coût', nl: 'Impact, haalbaarheid en kosten' },
  source: ifc,
  criteria: [
    criterion(
      'impact-feasibility-cost',
      '1.0.0',
      ifc,
      'impact',
      ['Impact', 'Impact', 'Impact'],
      [
        'Expected benefit for residents, businesses and the administration.',
        'Bénéfice attendu pour les habitants, entreprises et l’administration.',
        'Verwachte baat voor inwoners, bedrijven en de overheid.',
      ],
    ),
    criterion(
      'impact-feasibility-cost',
      '1.0.0',
      ifc,
      'feasibility',
      ['Feasibility', 'Faisabilité', 'Haalbaarheid'],
      [
        'Technical, legal and organisational maturity to deliver on time.',
        'Maturité technique, juridique et organisationnelle pour livrer à temps.',
        'Technische, juridische en organisatorische rijpheid om tijdig op te leveren.',
      ],
    ),
    criterion(
      'impact-feasibility-cost',
      '1.0.0',
      ifc,
      'cost',
      ['Cost', 'Coût', 'Kosten'],
      [
        'Total cost of ownership; lower is better.',
        'Coût total de possession ; plus bas est meilleur.',
        'Totale eigendomskosten; lager is beter.',
      ],
      { direction: 'cost' },
    ),
  ],
};

/** Every catalogue edition the package ships. */
export const criteriaCatalogues: readonly CriteriaCatalogue[] = [
  brusselsStrategyPriorities,
  desi2020,
  desi2021,
  impactFeasibilityCost,
];

/**
 * A catalogue edition by id, the latest version when `version` is omitted.
 * @example
 * getCatalogue('desi').criteria.length; // 4 (DESI 2021 edition)
 * getCatalogue('desi', '1.0.0').criteria.length; // 5
 */
export function getCatalogue(id: string, version?: string): CriteriaCatalogue {
  const editions = criteriaCatalogues.filter((c) => c.id === id);
  if (editions.length === 0)
    throw new RoadmapError(
      'unknown_reference',
      `unknown criteria catalogue "${id}"; known: ${[...new Set(criteriaCatalogues.map((c) => c.id))].join(', ')}`,
    );
  if (version === undefined)
    return [...editions].sort((a, b) => compareSemver(b.version, a.version))[0] as CriteriaCatalogue;
  const found = editions.find((c) => c.version === version);
  if (!found)
    throw new RoadmapError(
      'unknown_reference',
      `catalogue "${id}" has no version ${version}; versions: ${editions.map((c) => c.version).join(', ')}`,
    );
  return found;
}

/**
 * The decision-matrix criteria of a catalogue (codes as ids), with the given weights or the catalogue's default weights.
 * @example
 * toMatrixCriteria(impactFeasibilityCost, { impact: 3, feasibility: 2, cost: 1 });
 */
export function toMatrixCriteria(
  catalogue: CriteriaCatalogue,
  weights: Readonly<Record<string, number>> = {},
): MatrixCriterion[] {
  for (const key of Object.keys(weights)) {
    if (!catalogue.criteria.some((c) => c.code === key))
      throw new RoadmapError(
        'unknown_reference',
        `weight given for "${key}", which is not a criterion of ${catalogue.id} ${catalogue.version}`,
      );
  }
  return catalogue.criteria.map((c) => ({
    id: c.code,
    weight: weights[c.code] ?? c.defaultWeight ?? 1,
    type: c.direction,
  }));
}

function compareSemver(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] as number) - (pb[i] as number);
  return 0;
}
