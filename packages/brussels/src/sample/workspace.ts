/**
 * The synthetic sample as a workspace (docs/guides/workspace.md): the manifest, every sample entity, the statistics
 * and the hourly observations, in the shapes `opencity workspace init --sample brussels` writes. Browser-safe: this
 * module only builds data; writing files is the CLI's job.
 *
 * To add a kind of sample entity (meetings, workshops, a board…), add its generator to {@link sampleEntityGenerators}:
 * `workspace init` files every entity by its `type`, so nothing else changes.
 */
import type { Target } from '@opencity/models';
import { brusselsCriteriaCatalogues } from '../criteria';
import { municipalities } from '../municipalities';
import { brusselsTargets } from '../targets';
import { themeEntities } from '../themes';
import { DEFAULT_SEED, SYNTHETIC_PROVIDER, syntheticNotice } from './notice';
import { observationStream, stationSites } from './observations';
import { sampleParticipation } from './participation';
import { sampleFactsheets, sampleJuryScores, sampleProjects } from './projects';
import { sampleStatistics } from './statistics';

/** Options of the sample workspace's parts. */
export interface SampleWorkspaceOptions {
  /** Seed of the generators (default {@link DEFAULT_SEED}). */
  readonly seed?: number;
  /** First and last year of statistics, observations and targets, inclusive (default 2019–2024, the dashboard's). */
  readonly years?: readonly [first: number, last: number];
}

/** A sample entity in the keyValues form of its schema. */
export type SampleEntity = Readonly<Record<string, unknown>> & { readonly id: string; readonly type: string };

/** The identifier of the organisation that owns the synthetic project factsheets. */
export const SAMPLE_OWNER_ID = 'urn:ngsi-ld:Organisation:opencity-synthetic-owner';
/** The selection round the sample jury scored. */
export const SAMPLE_SELECTION = 'brussels-roadmap-synthetic';

const DEFAULT_YEARS: readonly [number, number] = [2019, 2024];

/** The manifest (`opencity.json`) of the sample workspace, marked synthetic. */
export function sampleWorkspaceManifest(): Readonly<Record<string, unknown>> {
  return {
    $schema: 'https://w3id.org/opencity/schemas/workspace/WorkspaceManifest/v1/schema.json',
    name: {
      fr: 'Smart City Office — Région de Bruxelles-Capitale (exemple synthétique)',
      nl: 'Smart City Office — Brussels Hoofdstedelijk Gewest (synthetisch voorbeeld)',
      en: 'Smart City Office — Brussels-Capital Region (synthetic sample)',
    },
    description: syntheticNotice,
    profile: 'brussels',
    languages: ['fr', 'nl', 'en'],
    programme: {
      name: { fr: 'Programme Smart City', nl: 'Smart City-programma', en: 'Smart City programme' },
      start: '2026-01-01',
      end: '2028-12-31',
    },
    synthetic: true,
  };
}

/** The synthetic owner of the sample projects. */
function organisations(): SampleEntity[] {
  return [
    {
      id: SAMPLE_OWNER_ID,
      type: 'Organisation',
      name: {
        fr: 'Porteur de projets synthétique',
        nl: 'Synthetische projectdrager',
        en: 'Synthetic project owner',
      },
      organisationType: 'publicAuthority',
      dataProvider: SYNTHETIC_PROVIDER,
    },
  ];
}

// Invented jurors: names that belong to nobody, with example.org addresses; none consents to public listing, so no
// published page may show them (the dashboard's privacy test searches its build for every one).
const jurorNames: readonly (readonly [string, string])[] = [
  ['Camille', 'Exemple'],
  ['Lieve', 'Proefdata'],
  ['Jonas', 'Fictief'],
  ['Inès', 'Modèle'],
  ['Pieter', 'Steekproef'],
  ['Sarah', 'Échantillon'],
  ['Youssef', 'Proefpersoon'],
];

/** The juror of number `n` (1-based), as the jury scores name them (`J1`…). */
export const sampleJurorId = (n: number): string => `urn:ngsi-ld:Stakeholder:brussels-synthetic-juror-${n}`;

/** The jurors as individual stakeholders of the participation register, with contact details kept under consent. */
function jurors(): SampleEntity[] {
  return jurorNames.map(([first, last], i) => ({
    id: sampleJurorId(i + 1),
    type: 'Stakeholder',
    name: `${first} ${last}`,
    stakeholderKind: 'individual',
    helixCategory: 'public',
    jobTitle: 'Jury member (synthetic)',
    preferredLanguage: i % 2 === 0 ? 'fr' : 'nl',
    contactPoint: {
      email: `${first
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '')}.${last
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z]/g, '')}@example.org`,
      consent: { dateGiven: '2025-12-01', purpose: ['participationUpdates'] },
    },
    dateRegistered: '2025-12-01',
    dataProvider: SYNTHETIC_PROVIDER,
  }));
}

/** The jurors' scores as JuryEvaluation entities: one per juror and project, scored or abstained. */
function juryEvaluations(options: SampleWorkspaceOptions): SampleEntity[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const criteria = brusselsCriteriaCatalogues.flatMap((c) => c.criteria.map((x) => x.code));
  const projects = sampleProjects({ seed });
  const scores = sampleJuryScores({ seed, criteria, projects: projects.map((p) => p.id) });
  const byPair = new Map<string, typeof scores>();
  for (const s of scores) {
    const key = `${s.juror}|${s.project}`;
    const list = byPair.get(key);
    if (list) list.push(s);
    else byPair.set(key, [s]);
  }
  return [...byPair].map(([key, list]) => {
    const [juror = '', project = ''] = key.split('|');
    const base = {
      id: `urn:ngsi-ld:JuryEvaluation:${SAMPLE_SELECTION}:${juror}:${project}`,
      type: 'JuryEvaluation',
      refJuror: sampleJurorId(Number(juror.slice(1))),
      refProjectFactsheet: `urn:ngsi-ld:ProjectFactsheet:${project}`,
      selection: SAMPLE_SELECTION,
      round: 1,
      dataProvider: SYNTHETIC_PROVIDER,
    };
    return list.some((s) => s.score === null)
      ? {
          ...base,
          status: 'abstained',
          abstention: {
            reason: 'conflict-of-interest',
            explanation: 'Declared conflict of interest (synthetic sample).',
          },
        }
      : { ...base, status: 'scored', scores: list.map((s) => ({ criterion: s.criterion, score: s.score })) };
  });
}

/** The synthetic air-quality station of each municipality, as a Device where it stands. */
export function sampleDevices(): SampleEntity[] {
  return municipalities.map((m) => ({
    id: `urn:ngsi-ld:Device:SYN-${m.nis}`,
    type: 'Device',
    name: {
      fr: `Station synthétique ${m.name.fr}`,
      nl: `Synthetisch station ${m.name.nl}`,
      en: `Synthetic station ${m.name.en}`,
    },
    category: ['sensor'],
    controlledProperty: ['airPollution'],
    location: { type: 'Point', coordinates: stationSites[m.nis] ?? [4.35, 50.85] },
    address: {
      postalCode: m.postcodes[0] ?? '',
      nisCode: m.nis,
      addressCountry: 'BE',
      municipality: { fr: m.name.fr, nl: m.name.nl },
    },
    dataProvider: SYNTHETIC_PROVIDER,
  }));
}

/** The targets of the years the sample has data for (a later target would ask for inputs the sample cannot have). */
function targets(options: SampleWorkspaceOptions): Target[] {
  const [first, last] = options.years ?? DEFAULT_YEARS;
  return brusselsTargets.filter((t) => Number(t.period) >= first && Number(t.period) <= last);
}

/**
 * The generators of the sample's entities, in filing order. Add one here to add a kind of entity to the sample
 * workspace: every entity is filed under `entities/<type>.ndjson` by its `type`.
 */
export const sampleEntityGenerators: readonly ((options: SampleWorkspaceOptions) => Iterable<SampleEntity>)[] = [
  () => themeEntities() as unknown as SampleEntity[],
  organisations,
  (o) => sampleFactsheets(o.seed === undefined ? {} : { seed: o.seed }) as unknown as SampleEntity[],
  () => brusselsCriteriaCatalogues.flatMap((c) => c.criteria) as unknown as SampleEntity[],
  jurors,
  juryEvaluations,
  (o) => {
    // The participation and governance sample: register, meetings, workshops, contributions, boards (the jury among
    // them, seating the jurors above), seats, decisions and the roadmap they approve.
    const p = sampleParticipation(o.seed === undefined ? {} : { seed: o.seed });
    return Object.values(p).flat() as unknown as SampleEntity[];
  },
  (o) => targets(o) as unknown as SampleEntity[],
  sampleDevices,
];

/**
 * Every entity of the sample workspace: themes, the projects' owner, project factsheets, jury criteria, jurors and
 * their evaluations, the participation and governance sample (`sampleParticipation`), KPI targets and the air-quality
 * stations (and whatever {@link sampleEntityGenerators} lists).
 * @example
 * const types = new Set([...sampleEntities()].map((e) => e.type)); // Theme, Organisation, ProjectFactsheet, …
 */
export function* sampleEntities(options: SampleWorkspaceOptions = {}): Generator<SampleEntity> {
  for (const generate of sampleEntityGenerators) yield* generate(options);
}

/** One row of the sample's observation tables: a station's hourly means (its place is its Device's). */
export interface SampleObservationRow {
  readonly refDevice: string;
  readonly dateObserved: string;
  readonly pm25: number;
  readonly pm10: number;
  readonly no2: number;
}

/** The columns of the sample's observation tables (`observations/AirQualityObserved.<year>.csv`). */
export const sampleObservationColumns = ['refDevice', 'dateObserved', 'pm25', 'pm10', 'no2'] as const;

/**
 * The hourly observations of one year as table rows, the same values as {@link observationStream} (which generates
 * every year from one seeded sequence: the rows of a year are those of the whole range, filtered).
 */
export function* sampleObservationRows(
  year: number,
  options: SampleWorkspaceOptions = {},
): Generator<SampleObservationRow> {
  const prefix = `${year}-`;
  for (const o of observationStream({ seed: options.seed ?? DEFAULT_SEED, years: options.years ?? DEFAULT_YEARS })) {
    if (!o.dateObserved.startsWith(prefix)) continue;
    yield { refDevice: o.refDevice, dateObserved: o.dateObserved, pm25: o.pm25, pm10: o.pm10, no2: o.no2 };
  }
}

/** The columns of the sample's statistics table (`statistics/synthetic-statistics.csv`). */
export const sampleStatisticsColumns = ['area', 'period', 'variable', 'value', 'synthetic'] as const;

/** The sample's statistics rows (those of {@link sampleStatistics}) for the workspace's years. */
export function sampleStatisticsRows(options: SampleWorkspaceOptions = {}): ReturnType<typeof sampleStatistics> {
  return sampleStatistics({ seed: options.seed ?? DEFAULT_SEED, years: options.years ?? DEFAULT_YEARS });
}

/** A table of the sample workspace: its file label, columns and rows (the shape `writeWorkspace` takes). */
export interface SampleTable {
  readonly type?: string;
  readonly label: string;
  readonly columns: readonly string[];
  readonly rows: Iterable<Record<string, unknown>>;
}

/** Everything the sample workspace holds, in the shape `writeWorkspace` of `@opencity/workspace/node` takes. */
export interface SampleWorkspaceContent {
  readonly manifest: Readonly<Record<string, unknown>>;
  readonly entities: Iterable<SampleEntity>;
  readonly statistics: readonly SampleTable[];
  readonly observations: readonly SampleTable[];
}

/**
 * The whole sample workspace: the manifest, every entity, the statistics table and one observation table per year
 * (`observations/AirQualityObserved.<year>.csv`). Rows are generated lazily, as they are written.
 * @example
 * await writeWorkspace('my-office', sampleWorkspaceContent({ years: [2024, 2024] })); // from @opencity/workspace/node
 */
export function sampleWorkspaceContent(options: SampleWorkspaceOptions = {}): SampleWorkspaceContent {
  const [first, last] = options.years ?? DEFAULT_YEARS;
  return {
    manifest: sampleWorkspaceManifest(),
    entities: sampleEntities(options),
    statistics: [
      {
        label: 'synthetic-statistics',
        columns: sampleStatisticsColumns,
        rows: sampleStatisticsRows(options) as unknown as Iterable<Record<string, unknown>>,
      },
    ],
    observations: Array.from({ length: last - first + 1 }, (_, i) => ({
      type: 'AirQualityObserved',
      label: String(first + i),
      columns: sampleObservationColumns,
      rows: sampleObservationRows(first + i, options) as Iterable<unknown> as Iterable<Record<string, unknown>>,
    })),
  };
}
