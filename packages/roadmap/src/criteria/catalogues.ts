import type { CompleteText, Criterion } from '@opencity/models';
import type { MatrixCriterion } from '../core/decisionMatrix';
import { RoadmapError } from '../core/RoadmapError';

/** A versioned criteria catalogue: an edition of a framework whose criteria jurors score. */
export interface CriteriaCatalogue {
  /** Catalogue identifier (kebab-case). */
  readonly id: string;
  /** Semantic version of this edition; a major bump means criteria were added, removed or redefined. */
  readonly version: string;
  /** Catalogue name in English, French and Dutch. */
  readonly name: CompleteText;
  /** Where the criteria come from. */
  readonly source: string;
  /** The criteria, as `Criterion` entities (schemas/office/Criterion). */
  readonly criteria: readonly Criterion[];
}

/** One criterion of a catalogue being defined with {@link defineCriteriaCatalogue}. */
export interface CriterionDefinition {
  /** Short kebab-case code, unique within the catalogue (what jurors' score sheets name). */
  readonly code: string;
  /** Name in English, French and Dutch. */
  readonly name: CompleteText;
  /** What the criterion rewards, in English, French and Dutch. */
  readonly description: CompleteText;
  /** `benefit` (default) or `cost`. */
  readonly direction?: Criterion['direction'];
  /** Framework reference, when it differs from the catalogue's. */
  readonly framework?: string;
  /** Scoring scale, when it differs from the catalogue's. */
  readonly scale?: Criterion['scale'];
  /** Default weight before rescaling (default 1). */
  readonly defaultWeight?: number;
  /** Ids of the criteria of a later edition this one maps to (`[]`: no successor). */
  readonly mapsTo?: readonly string[];
}

/** What {@link defineCriteriaCatalogue} takes: the edition and its criteria. */
export interface CriteriaCatalogueDefinition {
  /** Catalogue identifier (kebab-case). */
  readonly id: string;
  /** Semantic version of the edition. */
  readonly version: string;
  /** Catalogue name in English, French and Dutch. */
  readonly name: CompleteText;
  /** Where the criteria come from. */
  readonly source: string;
  /** Framework reference of every criterion (default: `source`). */
  readonly framework?: string;
  /** Scoring scale of every criterion (default 0–4 in steps of 1). */
  readonly scale?: Criterion['scale'];
  /** The criteria, in scoring order. */
  readonly criteria: readonly CriterionDefinition[];
}

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const semver = /^[0-9]+\.[0-9]+\.[0-9]+$/;

/**
 * Builds a versioned criteria catalogue whose criteria are `Criterion` entities; a region defines its own strategy
 * priorities with it (e.g. the Brussels profile's `brussels-strategy`).
 * @throws {@link RoadmapError} `invalid_input` for a code or version of the wrong form, or a code defined twice.
 * @example
 * const priorities = defineCriteriaCatalogue({
 *   id: 'my-city-strategy', version: '1.0.0', source: 'My City strategy 2030',
 *   name: { en: 'Strategy priorities', fr: 'Priorités stratégiques', nl: 'Strategische prioriteiten' },
 *   criteria: [{ code: 'inclusion', name: { en: 'Inclusion', fr: 'Inclusion', nl: 'Inclusie' }, description: { en: '…', fr: '…', nl: '…' } }],
 * });
 */
export function defineCriteriaCatalogue(definition: CriteriaCatalogueDefinition): CriteriaCatalogue {
  const { id, version } = definition;
  if (!kebab.test(id)) throw new RoadmapError('invalid_input', `catalogue id "${id}" must be kebab-case`);
  if (!semver.test(version))
    throw new RoadmapError('invalid_input', `catalogue "${id}" version "${version}" must be major.minor.patch`);
  const seen = new Set<string>();
  const criteria = definition.criteria.map((c): Criterion => {
    if (!kebab.test(c.code))
      throw new RoadmapError('invalid_input', `criterion code "${c.code}" of catalogue "${id}" must be kebab-case`);
    if (seen.has(c.code))
      throw new RoadmapError('invalid_input', `criterion code "${c.code}" is defined twice in catalogue "${id}"`);
    seen.add(c.code);
    return {
      id: criterionId(id, version, c.code),
      type: 'Criterion',
      code: c.code,
      catalogue: id,
      catalogueVersion: version,
      name: { en: c.name.en, fr: c.name.fr, nl: c.name.nl },
      description: { en: c.description.en, fr: c.description.fr, nl: c.description.nl },
      direction: c.direction ?? 'benefit',
      framework: c.framework ?? definition.framework ?? definition.source,
      scale: c.scale ?? definition.scale ?? { min: 0, max: 4, step: 1 },
      defaultWeight: c.defaultWeight ?? 1,
      ...(c.mapsTo === undefined ? {} : { mapsTo: [...c.mapsTo] }),
    };
  });
  return { id, version, name: definition.name, source: definition.source, criteria };
}

/**
 * The identifier of a catalogue criterion: `urn:ngsi-ld:Criterion:<catalogue>:<version>:<code>`.
 * @example
 * criterionId('desi', '2.0.0', 'connectivity'); // 'urn:ngsi-ld:Criterion:desi:2.0.0:connectivity'
 */
export function criterionId(catalogue: string, version: string, code: string): string {
  return `urn:ngsi-ld:Criterion:${catalogue}:${version}:${code}`;
}

const desi1 = 'Digital Economy and Society Index (European Commission), editions up to DESI 2020: five dimensions';
const desi2 =
  'Digital Economy and Society Index (European Commission), editions since DESI 2021: four dimensions aligned with the Digital Decade compass';

const desiDimension = (
  code: 'connectivity' | 'human-capital' | 'integration-of-digital-technology' | 'digital-public-services',
  extra: Partial<CriterionDefinition> = {},
): CriterionDefinition => ({ code, ...desiTexts[code], ...extra });

const desiTexts = {
  connectivity: {
    name: { en: 'Connectivity', fr: 'Connectivité', nl: 'Connectiviteit' },
    description: {
      en: 'Fixed and mobile broadband coverage, take-up and prices.',
      fr: 'Couverture, adoption et prix du haut débit fixe et mobile.',
      nl: 'Dekking, gebruik en prijzen van vaste en mobiele breedband.',
    },
  },
  'human-capital': {
    name: { en: 'Human capital', fr: 'Capital humain', nl: 'Menselijk kapitaal' },
    description: {
      en: 'Digital skills of residents and ICT specialists.',
      fr: 'Compétences numériques des habitants et spécialistes TIC.',
      nl: 'Digitale vaardigheden van inwoners en ICT-specialisten.',
    },
  },
  'integration-of-digital-technology': {
    name: {
      en: 'Integration of digital technology',
      fr: 'Intégration des technologies numériques',
      nl: 'Integratie van digitale technologie',
    },
    description: {
      en: 'Digitisation of businesses and e-commerce.',
      fr: 'Numérisation des entreprises et commerce électronique.',
      nl: 'Digitalisering van bedrijven en e-commerce.',
    },
  },
  'digital-public-services': {
    name: { en: 'Digital public services', fr: 'Services publics numériques', nl: 'Digitale overheidsdiensten' },
    description: {
      en: 'e-Government users, pre-filled forms, digital services for residents and businesses, open data.',
      fr: 'Utilisateurs de l’e-administration, formulaires pré-remplis, services numériques, données ouvertes.',
      nl: 'Gebruikers van e-overheid, vooraf ingevulde formulieren, digitale diensten, open data.',
    },
  },
} as const satisfies Record<string, Pick<CriterionDefinition, 'name' | 'description'>>;

/** DESI dimensions, catalogue version 2.0.0: the four dimensions since DESI 2021. */
export const desi2021: CriteriaCatalogue = defineCriteriaCatalogue({
  id: 'desi',
  version: '2.0.0',
  name: { en: 'DESI dimensions (since 2021)', fr: 'Dimensions DESI (depuis 2021)', nl: 'DESI-dimensies (sinds 2021)' },
  source: desi2,
  framework: 'DESI 2021',
  criteria: [
    desiDimension('human-capital'),
    desiDimension('connectivity'),
    desiDimension('integration-of-digital-technology'),
    desiDimension('digital-public-services'),
  ],
});

const successor = (code: string) => ({ mapsTo: [criterionId('desi', '2.0.0', code)] });

/** DESI dimensions, catalogue version 1.0.0: the five dimensions of the editions up to DESI 2020, each mapped to its 2021 successor. */
export const desi2020: CriteriaCatalogue = defineCriteriaCatalogue({
  id: 'desi',
  version: '1.0.0',
  name: { en: 'DESI dimensions (up to 2020)', fr: 'Dimensions DESI (jusqu’en 2020)', nl: 'DESI-dimensies (tot 2020)' },
  source: desi1,
  framework: 'DESI 2020',
  criteria: [
    desiDimension('connectivity', successor('connectivity')),
    desiDimension('human-capital', successor('human-capital')),
    {
      code: 'use-of-internet',
      name: {
        en: 'Use of internet services',
        fr: 'Utilisation des services internet',
        nl: 'Gebruik van internetdiensten',
      },
      description: {
        en: 'Use of online content, communication and transactions by residents. DESI 2021 dropped this dimension: it has no direct successor.',
        fr: 'Usage des contenus, communications et transactions en ligne. Dimension supprimée dans le DESI 2021 : pas de successeur direct.',
        nl: 'Gebruik van online inhoud, communicatie en transacties. In DESI 2021 geschrapt: geen directe opvolger.',
      },
      mapsTo: [],
    },
    desiDimension('integration-of-digital-technology', successor('integration-of-digital-technology')),
    desiDimension('digital-public-services', successor('digital-public-services')),
  ],
});

/** Impact, feasibility and cost, version 1.0.0 (cost is a cost criterion: lower is better). */
export const impactFeasibilityCost: CriteriaCatalogue = defineCriteriaCatalogue({
  id: 'impact-feasibility-cost',
  version: '1.0.0',
  name: { en: 'Impact, feasibility and cost', fr: 'Impact, faisabilité et coût', nl: 'Impact, haalbaarheid en kosten' },
  source: 'Generic project appraisal criteria',
  criteria: [
    {
      code: 'impact',
      name: { en: 'Impact', fr: 'Impact', nl: 'Impact' },
      description: {
        en: 'Expected benefit for residents, businesses and the administration.',
        fr: 'Bénéfice attendu pour les habitants, entreprises et l’administration.',
        nl: 'Verwachte baat voor inwoners, bedrijven en de overheid.',
      },
    },
    {
      code: 'feasibility',
      name: { en: 'Feasibility', fr: 'Faisabilité', nl: 'Haalbaarheid' },
      description: {
        en: 'Technical, legal and organisational maturity to deliver on time.',
        fr: 'Maturité technique, juridique et organisationnelle pour livrer à temps.',
        nl: 'Technische, juridische en organisatorische rijpheid om tijdig op te leveren.',
      },
    },
    {
      code: 'cost',
      name: { en: 'Cost', fr: 'Coût', nl: 'Kosten' },
      description: {
        en: 'Total cost of ownership; lower is better.',
        fr: 'Coût total de possession ; plus bas est meilleur.',
        nl: 'Totale eigendomskosten; lager is beter.',
      },
      direction: 'cost',
    },
  ],
});

/** Every catalogue edition the package ships. */
export const criteriaCatalogues: readonly CriteriaCatalogue[] = [desi2020, desi2021, impactFeasibilityCost];

/**
 * A catalogue edition by id among `catalogues` (default: the ones this package ships; pass a region's too), the latest
 * version when `version` is omitted.
 * @throws {@link RoadmapError} `unknown_reference` for an unknown id or version, naming the known ones.
 * @example
 * getCatalogue('desi').criteria.length; // 4 (DESI 2021 edition)
 * getCatalogue('desi', '1.0.0').criteria.length; // 5
 * getCatalogue('brussels-strategy', undefined, [...criteriaCatalogues, ...brusselsCriteriaCatalogues]);
 */
export function getCatalogue(
  id: string,
  version?: string,
  catalogues: readonly CriteriaCatalogue[] = criteriaCatalogues,
): CriteriaCatalogue {
  const editions = catalogues.filter((c) => c.id === id);
  if (editions.length === 0)
    throw new RoadmapError(
      'unknown_reference',
      `unknown criteria catalogue "${id}"; known: ${[...new Set(catalogues.map((c) => c.id))].join(', ')}`,
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

/** Orders semantic versions (`major.minor.patch`). */
export function compareSemver(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] as number) - (pb[i] as number);
  return 0;
}
