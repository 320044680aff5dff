/**
 * The 19 municipalities of the Brussels-Capital Region, with the provenance of every figure.
 *
 * Sources (kept next to the data, as the handbook asks):
 * - NIS codes, FR/NL names, main postcode and legal population on 1 January 2018 and 1 January 2020: Statbel, as
 *   republished in vandenbroucke/belgian_municipalities (data/2018 and data/2020 CSV files); codes confirmed by the
 *   INS list (region 04000, arrondissement 21000, municipalities 21001–21019).
 * - Additional postcodes of the City of Brussels (1020 Laeken, 1120 Neder-Over-Heembeek, 1130 Haren): bpost postcode
 *   list, as summarised in research/kpi.md §7.4.
 * - Areas in km²: the areas published with the municipal key figures (statistics.brussels / Wikipedia list of
 *   municipalities of the Brussels-Capital Region); Watermael-Boitsfort 12.93 km² and the City of Brussels 32.61 km²
 *   were cross-checked against two independent pages. Re-check against Statbel's cadastral areas before official use.
 */
import type { CompleteText } from '@opencity/models';
import { ProfileLookupError } from './profileError';

/** A year-stamped population figure together with what it counts and where it comes from. */
export interface PopulationFigure {
  /** Reference date of the count (ISO 8601 date), e.g. `2020-01-01`. */
  readonly date: string;
  /** Number of inhabitants. */
  readonly value: number;
  /** Identifier of the population definition in {@link populationDefinitions}. */
  readonly definition: PopulationDefinitionId;
}

/** Identifiers of the population definitions used by the profile. */
export type PopulationDefinitionId = 'statbel-legal-population';

/** What a population count means and who publishes it: several totals circulate for the same date. */
export interface PopulationDefinition {
  /** Stable identifier. */
  readonly id: PopulationDefinitionId;
  /** Publisher of the figures. */
  readonly source: string;
  /** Where the figures were taken from. */
  readonly url: string;
  /** What is counted, in three languages. */
  readonly description: CompleteText;
}

/** The population definitions the profile uses, keyed by id. */
export const populationDefinitions: Readonly<Record<PopulationDefinitionId, PopulationDefinition>> = {
  'statbel-legal-population': {
    id: 'statbel-legal-population',
    source: 'Statbel (Belgian statistical office), population by municipality on 1 January',
    url: 'https://github.com/vandenbroucke/belgian_municipalities (data/2018, data/2020; republished Statbel figures)',
    description: {
      en: 'Legal population: residents entered in the National Register on 1 January, excluding the waiting register of asylum seekers.',
      fr: "Population légale : résidents inscrits au Registre national au 1er janvier, hors registre d'attente des demandeurs d'asile.",
      nl: 'Wettelijke bevolking: inwoners ingeschreven in het Rijksregister op 1 januari, zonder het wachtregister van asielzoekers.',
    },
  },
};

/** One municipality of the region. */
export interface Municipality {
  /** NIS/INS code (Statbel), five digits. */
  readonly nis: string;
  /** Names: `fr` and `nl` are official; `en` is the usual English form. */
  readonly name: CompleteText;
  /** Postcodes whose delivery area lies mainly in the municipality (the first is the main one). */
  readonly postcodes: readonly string[];
  /** Area in km² (see the file header for the source). */
  readonly areaKm2: number;
  /** Population counts, oldest first. */
  readonly population: readonly PopulationFigure[];
}

/** The region as a whole: the area the 19 municipalities roll up to. */
export interface Region {
  /** NIS code of the region. */
  readonly nis: string;
  /** NIS code of the arrondissement that covers the same territory. */
  readonly arrondissementNis: string;
  /** Official names. */
  readonly name: CompleteText;
}

/** The Brussels-Capital Region (NIS 04000; arrondissement 21000). */
export const region: Region = {
  nis: '04000',
  arrondissementNis: '21000',
  name: { fr: 'Région de Bruxelles-Capitale', nl: 'Brussels Hoofdstedelijk Gewest', en: 'Brussels-Capital Region' },
};

type Row = readonly [
  nis: string,
  fr: string,
  nl: string,
  en: string,
  postcodes: readonly string[],
  areaKm2: number,
  pop2018: number,
  pop2020: number,
];

// NIS, FR, NL, EN, postcodes, km², legal population 1 Jan 2018, legal population 1 Jan 2020.
const rows: readonly Row[] = [
  ['21001', 'Anderlecht', 'Anderlecht', 'Anderlecht', ['1070'], 17.74, 118_382, 120_887],
  ['21002', 'Auderghem', 'Oudergem', 'Auderghem', ['1160'], 9.03, 33_740, 34_404],
  ['21003', 'Berchem-Sainte-Agathe', 'Sint-Agatha-Berchem', 'Berchem-Sainte-Agathe', ['1082'], 2.95, 24_830, 25_502],
  ['21004', 'Bruxelles', 'Brussel', 'City of Brussels', ['1000', '1020', '1120', '1130'], 32.61, 179_277, 185_103],
  ['21005', 'Etterbeek', 'Etterbeek', 'Etterbeek', ['1040'], 3.15, 47_786, 48_473],
  ['21006', 'Evere', 'Evere', 'Evere', ['1140'], 5.02, 41_131, 42_656],
  ['21007', 'Forest', 'Vorst', 'Forest', ['1190'], 6.25, 56_008, 56_581],
  ['21008', 'Ganshoren', 'Ganshoren', 'Ganshoren', ['1083'], 2.46, 24_865, 25_234],
  ['21009', 'Ixelles', 'Elsene', 'Ixelles', ['1050'], 6.34, 86_513, 87_632],
  ['21010', 'Jette', 'Jette', 'Jette', ['1090'], 5.04, 52_201, 52_728],
  ['21011', 'Koekelberg', 'Koekelberg', 'Koekelberg', ['1081'], 1.17, 21_774, 21_959],
  ['21012', 'Molenbeek-Saint-Jean', 'Sint-Jans-Molenbeek', 'Molenbeek-Saint-Jean', ['1080'], 5.89, 97_005, 97_979],
  ['21013', 'Saint-Gilles', 'Sint-Gillis', 'Saint-Gilles', ['1060'], 2.52, 50_002, 49_678],
  ['21014', 'Saint-Josse-ten-Noode', 'Sint-Joost-ten-Node', 'Saint-Josse-ten-Noode', ['1210'], 1.14, 27_032, 27_497],
  ['21015', 'Schaerbeek', 'Schaarbeek', 'Schaerbeek', ['1030'], 7.9, 133_010, 132_799],
  ['21016', 'Uccle', 'Ukkel', 'Uccle', ['1180'], 22.91, 82_275, 83_980],
  ['21017', 'Watermael-Boitsfort', 'Watermaal-Bosvoorde', 'Watermael-Boitsfort', ['1170'], 12.93, 25_012, 25_332],
  ['21018', 'Woluwe-Saint-Lambert', 'Sint-Lambrechts-Woluwe', 'Woluwe-Saint-Lambert', ['1200'], 7.22, 56_303, 57_712],
  ['21019', 'Woluwe-Saint-Pierre', 'Sint-Pieters-Woluwe', 'Woluwe-Saint-Pierre', ['1150'], 8.85, 41_580, 42_119],
];

/**
 * The 19 municipalities, in NIS order.
 * @example
 * ```ts
 * municipalities.find((m) => m.nis === '21014')?.name.nl; // 'Sint-Joost-ten-Node'
 * ```
 */
export const municipalities: readonly Municipality[] = rows.map(
  ([nis, fr, nl, en, postcodes, areaKm2, pop2018, pop2020]) => ({
    nis,
    name: { fr, nl, en },
    postcodes,
    areaKm2,
    population: [
      { date: '2018-01-01', value: pop2018, definition: 'statbel-legal-population' },
      { date: '2020-01-01', value: pop2020, definition: 'statbel-legal-population' },
    ],
  }),
);

/**
 * Returns the municipality with this NIS code, or throws a {@link ProfileLookupError}.
 * @example
 * ```ts
 * getMunicipality('21004').name.fr; // 'Bruxelles'
 * ```
 */
export function getMunicipality(nis: string): Municipality {
  const found = municipalities.find((m) => m.nis === nis);
  if (!found)
    throw new ProfileLookupError(
      'unknown_municipality',
      `unknown NIS code "${nis}"; the region has ${municipalities[0]?.nis}…${municipalities.at(-1)?.nis}`,
    );
  return found;
}

/**
 * The population of a municipality (or of the whole region, NIS 04000) at the latest count on or before `date`.
 * @example
 * ```ts
 * populationAt('04000', '2020-06-30').value; // 1218255
 * ```
 */
export function populationAt(nis: string, date: string): PopulationFigure {
  if (nis === region.nis || nis === region.arrondissementNis) {
    const parts = municipalities.map((m) => populationAt(m.nis, date));
    const first = parts[0];
    if (!first) throw new ProfileLookupError('no_population', 'the profile has no municipalities');
    return { date: first.date, value: parts.reduce((s, p) => s + p.value, 0), definition: first.definition };
  }
  const figures = getMunicipality(nis).population.filter((p) => p.date <= date);
  const latest = figures.at(-1);
  if (!latest)
    throw new ProfileLookupError(
      'no_population',
      `no population count for ${nis} on or before ${date}; the first is ${getMunicipality(nis).population[0]?.date}`,
    );
  return latest;
}

/** Total area of the region in km², the sum of the municipal areas. */
export const regionAreaKm2: number = Math.round(municipalities.reduce((s, m) => s + m.areaKm2, 0) * 100) / 100;
