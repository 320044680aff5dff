/** Synthetic project factsheets and jurors' scores for the roadmap example and the dashboard. */
import type { ProjectFactsheet } from '@opencity/models';
import type { CompleteText } from '@opencity/models';
import type { ThemeId } from '../themes';
import { seededRandom } from '@opencity/roadmap';
import { DEFAULT_SEED, SYNTHETIC_PROVIDER } from './notice';
import { ProfileLookupError } from '../profileError';

/** A candidate project of the Smart City roadmap (synthetic). */
export interface SampleProject {
  /** Project identifier, e.g. `PRJ-BXL-01`. */
  readonly id: string;
  /** Title in three languages. */
  readonly title: CompleteText;
  /** Theme the project mainly serves. */
  readonly theme: ThemeId;
  /** Total cost in thousands of euros. */
  readonly costKEur: number;
  /** Duration in whole years. */
  readonly durationYears: number;
  /** Full-time equivalents of regional staff per year while it runs. */
  readonly fte: number;
  /** Projects that must finish before this one starts. */
  readonly dependsOn: readonly string[];
  /** Always {@link SYNTHETIC_PROVIDER}. */
  readonly dataProvider: string;
}

type ProjectSeed = readonly [
  id: string,
  theme: ThemeId,
  en: string,
  fr: string,
  nl: string,
  dependsOn: readonly string[],
];

const projectSeeds: readonly ProjectSeed[] = [
  [
    'PRJ-BXL-01',
    'digital',
    'Regional open data platform 2.0',
    'Plateforme régionale de données ouvertes 2.0',
    'Regionaal opendataplatform 2.0',
    [],
  ],
  [
    'PRJ-BXL-02',
    'digital',
    'Once-only citizen portal',
    'Portail citoyen « once-only »',
    'Burgerportaal "once-only"',
    ['PRJ-BXL-01'],
  ],
  [
    'PRJ-BXL-03',
    'environment',
    'Low-cost air-quality sensor network',
    'Réseau de capteurs de qualité de l’air à bas coût',
    'Goedkoop sensornetwerk voor luchtkwaliteit',
    [],
  ],
  [
    'PRJ-BXL-04',
    'mobility',
    'Real-time public transport information at every stop',
    'Information en temps réel à chaque arrêt',
    'Realtime-informatie aan elke halte',
    [],
  ],
  [
    'PRJ-BXL-05',
    'digital',
    'Digital inclusion hubs in every municipality',
    'Espaces publics numériques dans chaque commune',
    'Digitale inclusiehubs in elke gemeente',
    [],
  ],
  [
    'PRJ-BXL-06',
    'environment',
    'Smart meters in public buildings',
    'Compteurs intelligents dans les bâtiments publics',
    'Slimme meters in openbare gebouwen',
    [],
  ],
  [
    'PRJ-BXL-07',
    'mobility',
    'Shared mobility data hub (MaaS)',
    'Hub de données de mobilité partagée (MaaS)',
    'Datahub voor deelmobiliteit (MaaS)',
    ['PRJ-BXL-01'],
  ],
  [
    'PRJ-BXL-08',
    'society',
    'Urban digital twin for planning',
    'Jumeau numérique urbain pour l’aménagement',
    'Stedelijke digitale tweeling voor planning',
    ['PRJ-BXL-01', 'PRJ-BXL-03'],
  ],
  [
    'PRJ-BXL-09',
    'economy',
    'Start-up procurement sandbox',
    'Bac à sable de marchés publics pour start-ups',
    'Zandbak voor overheidsopdrachten met start-ups',
    [],
  ],
  [
    'PRJ-BXL-10',
    'digital',
    'Fibre to every school',
    'Fibre optique dans chaque école',
    'Glasvezel naar elke school',
    [],
  ],
  [
    'PRJ-BXL-11',
    'society',
    'Municipal service desk interoperability',
    'Interopérabilité des guichets communaux',
    'Interoperabiliteit van de gemeentelijke loketten',
    ['PRJ-BXL-02'],
  ],
  [
    'PRJ-BXL-12',
    'environment',
    'Green-space heat map and cooling plan',
    'Carte de chaleur et plan de rafraîchissement',
    'Hittekaart en verkoelingsplan',
    ['PRJ-BXL-03'],
  ],
];

/**
 * The synthetic candidate projects: real-sounding titles, invented costs, durations and staffing.
 * @example
 * ```ts
 * sampleProjects().length; // 12
 * ```
 */
export function sampleProjects(options: { readonly seed?: number } = {}): SampleProject[] {
  const random = seededRandom((options.seed ?? DEFAULT_SEED) + 2);
  return projectSeeds.map(([id, theme, en, fr, nl, dependsOn]) => ({
    id,
    title: { en, fr, nl },
    theme,
    costKEur: 250 * random.int(2, 24),
    durationYears: random.int(1, 3),
    fte: random.int(1, 6),
    dependsOn,
    dataProvider: SYNTHETIC_PROVIDER,
  }));
}

/** One juror's score of one project on one criterion; `score` is `null` when the juror abstains (conflict of interest). */
export interface JuryScore {
  /** Juror identifier. */
  readonly juror: string;
  /** Project identifier. */
  readonly project: string;
  /** Criterion identifier. */
  readonly criterion: string;
  /** Score on the 0–4 scale, or `null` for an abstention. */
  readonly score: number | null;
}

/** Options of {@link sampleJuryScores}. */
export interface SampleJuryOptions {
  /** Seed of the generator (default {@link DEFAULT_SEED}). */
  readonly seed?: number;
  /** Project ids (default: the {@link sampleProjects} ids). */
  readonly projects?: readonly string[];
  /** Criterion ids to score (required: take them from the criteria catalogue). */
  readonly criteria: readonly string[];
  /** Number of jurors (default 7). */
  readonly jurors?: number;
}

/**
 * Synthetic jurors' scores on a 0–4 scale: each project has a hidden merit per criterion, each juror a leniency and
 * some noise, so that agreement is high but not perfect; juror J3 abstains on PRJ-BXL-09 (declared conflict).
 * @example
 * ```ts
 * const scores = sampleJuryScores({ criteria: ['connectivity', 'digital-inclusion'] });
 * scores.length; // 7 jurors × 12 projects × 2 criteria = 168
 * ```
 */
export function sampleJuryScores(options: SampleJuryOptions): JuryScore[] {
  const random = seededRandom((options.seed ?? DEFAULT_SEED) + 3);
  const projects = options.projects ?? projectSeeds.map((p) => p[0]);
  const jurorCount = options.jurors ?? 7;
  if (!Number.isInteger(jurorCount) || jurorCount < 1)
    throw new ProfileLookupError('invalid_option', `jurors must be a positive integer; got ${jurorCount}`);
  if (options.criteria.length === 0)
    throw new ProfileLookupError('invalid_option', 'criteria must list at least one criterion id');
  const merit = new Map<string, number>();
  for (const p of projects) for (const c of options.criteria) merit.set(`${p}|${c}`, 0.3 + random.next() * 3.4);
  const out: JuryScore[] = [];
  for (let j = 1; j <= jurorCount; j++) {
    const juror = `J${j}`;
    const leniency = random.normal(0, 0.35);
    for (const project of projects) {
      for (const criterion of options.criteria) {
        const raw = (merit.get(`${project}|${criterion}`) ?? 2) + leniency + random.normal(0, 0.45);
        const abstains = juror === 'J3' && project === 'PRJ-BXL-09';
        out.push({ juror, project, criterion, score: abstains ? null : Math.min(4, Math.max(0, Math.round(raw))) });
      }
    }
  }
  return out;
}

/**
 * Writes jury scores as CSV (`juror,project,criterion,score`, empty score = abstention), the format the roadmap-jury
 * example reads.
 * @example
 * ```ts
 * juryScoresToCsv([{ juror: 'J1', project: 'P1', criterion: 'c', score: 3 }]); // 'juror,project,criterion,score\nJ1,P1,c,3\n'
 * ```
 */
export function juryScoresToCsv(scores: readonly JuryScore[]): string {
  const lines = ['juror,project,criterion,score'];
  for (const s of scores) lines.push(`${s.juror},${s.project},${s.criterion},${s.score ?? ''}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The synthetic projects as ProjectFactsheet entities (schemas/office/ProjectFactsheet), the form a Smart City Office
 * exchanges; every one names its data provider as synthetic.
 * @example
 * ```ts
 * sampleFactsheets()[0]?.id; // 'urn:ngsi-ld:ProjectFactsheet:PRJ-BXL-01'
 * ```
 */
export function sampleFactsheets(options: { readonly seed?: number } = {}): ProjectFactsheet[] {
  const urn = (id: string): string => `urn:ngsi-ld:ProjectFactsheet:${id}`;
  return sampleProjects(options).map((p) => {
    const amount = Math.round((p.costKEur * 1000) / p.durationYears);
    const year = (projectYear: number) => ({ projectYear, amount, fte: p.fte });
    return {
      id: urn(p.id),
      type: 'ProjectFactsheet',
      name: { fr: p.title.fr, nl: p.title.nl, en: p.title.en },
      objectives: [`${p.title.en} (synthetic sample project)`],
      refTheme: `urn:ngsi-ld:Theme:brussels:${p.theme}`,
      refOwner: 'urn:ngsi-ld:Organisation:opencity-synthetic-owner',
      budgetByYear: [year(1), ...Array.from({ length: p.durationYears - 1 }, (_, k) => year(k + 2))],
      duration: p.durationYears,
      dependencies: p.dependsOn.map(urn),
      dataProvider: SYNTHETIC_PROVIDER,
    };
  });
}
