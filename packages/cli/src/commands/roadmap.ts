/** `opencity roadmap`: score projects from jurors' scores, and schedule them into a budgeted multi-year roadmap. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { brusselsCriteriaCatalogues } from '@opencity/brussels';
import { escapeTerminal } from '@opencity/interop';
import { validate, type Criterion, type JuryEvaluation, type Lang, type ProjectFactsheet } from '@opencity/models';
import {
  compareSemver,
  criteriaCatalogues,
  getCatalogue,
  isRoadmapError,
  juryReport,
  normalizations,
  rankById,
  readJuryCsv,
  schedule,
  scoreRoadmap,
  type CriteriaCatalogue,
  type JuryAggregation,
  type Normalization,
  type RankMethod,
  type RoadmapFinding,
  type ScheduleInput,
} from '@opencity/roadmap';
import { ExitCode, UsageError, type CommandIo } from '../io';
import { defineCommand, type OptionSpecs, type OptionValues } from '../framework/command';
import { cliMessage, type CliMessageKey } from '../messages';

const METHODS = ['wsm', 'wpm', 'topsis', 'vikor', 'promethee2'] as const satisfies readonly RankMethod[];
const AGGREGATIONS = ['median', 'mean', 'trimmed-mean', 'geometric-mean'] as const satisfies readonly JuryAggregation[];

/** The name of each way of combining jurors' scores, in the report's language. */
const AGGREGATION_NAMES: Readonly<Record<(typeof AGGREGATIONS)[number], CliMessageKey>> = {
  median: 'aggregationMedian',
  mean: 'aggregationMean',
  'trimmed-mean': 'aggregationTrimmedMean',
  'geometric-mean': 'aggregationGeometricMean',
};

const SEVERITY_NAMES: Readonly<Record<RoadmapFinding['severity'], CliMessageKey>> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

/** A number with exactly `digits` decimals, written the language's way (0.6667, 0,6667). */
function fixed(value: number, digits: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined || !(allowed as readonly string[]).includes(value))
    throw new UsageError('bad_option', `--${name} must be one of ${allowed.join(', ')}; got "${value}"`);
  return value as T;
}

async function readText(io: CommandIo, file: string | undefined, option: string): Promise<string> {
  if (file === undefined)
    throw new UsageError('missing_option', `--${option} is required (see opencity roadmap --help)`);
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(
      'unreadable_file',
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { cause: error },
    );
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError('invalid_json', `${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** The catalogues the CLI knows: the core ones and the Brussels profile's. */
const knownCatalogues: readonly CriteriaCatalogue[] = [...criteriaCatalogues, ...brusselsCriteriaCatalogues];

/** The text of a finding for the terminal: where, severity, code and message, control characters escaped. */
function findingLine(file: string, f: RoadmapFinding, lang: Lang): string {
  const severity = cliMessage(lang, SEVERITY_NAMES[f.severity]);
  return escapeTerminal(`${file}${f.instancePath ? ` ${f.instancePath}` : ''}: ${severity} ${f.code}: ${f.message}`);
}

/** Jurors' evaluations from a CSV score sheet or a JSON array of JuryEvaluation entities (validated). */
function readEvaluations(
  text: string,
  file: string,
  lang: Lang,
): { evaluations: JuryEvaluation[]; problems: string[] } {
  if (file.toLowerCase().endsWith('.csv')) {
    const read = readJuryCsv(text, { lang });
    return { evaluations: read.evaluations, problems: read.findings.map((f) => findingLine(file, f, lang)) };
  }
  const data = parseJson(text, file);
  if (!Array.isArray(data))
    throw new UsageError(
      'invalid_scores',
      `${file}: expected a CSV score sheet or a JSON array of JuryEvaluation entities`,
    );
  const problems: string[] = [];
  const evaluations: JuryEvaluation[] = [];
  data.forEach((e, k) => {
    const v = validate('JuryEvaluation', e, { lang });
    if (v.ok) evaluations.push(v.data);
    for (const f of v.findings.filter((x) => x.severity === 'error'))
      problems.push(escapeTerminal(`${file} [${k}]${f.instancePath}: error ${f.code}: ${f.message}`));
  });
  return { evaluations, problems };
}

/** Project factsheets from a JSON array of ProjectFactsheet entities (validated). */
function readProjects(text: string, file: string, lang: Lang): { projects: ProjectFactsheet[]; problems: string[] } {
  const data = parseJson(text, file);
  if (!Array.isArray(data) || data.length === 0)
    throw new UsageError('invalid_projects', `${file}: expected a non-empty JSON array of ProjectFactsheet entities`);
  const problems: string[] = [];
  const projects: ProjectFactsheet[] = [];
  data.forEach((p, k) => {
    const v = validate('ProjectFactsheet', p, { lang });
    if (v.ok) projects.push(v.data);
    for (const f of v.findings.filter((x) => x.severity === 'error'))
      problems.push(escapeTerminal(`${file} [${k}]${f.instancePath}: error ${f.code}: ${f.message}`));
  });
  return { projects, problems };
}

/**
 * The catalogues to score on: those named (`id[@version],…`), else the latest editions whose criteria the
 * evaluations score (the jury's sheet says which catalogues it uses).
 */
function chooseCatalogues(named: string | undefined, evaluations: readonly JuryEvaluation[]): CriteriaCatalogue[] {
  if (named !== undefined)
    return named.split(',').map((part) => {
      const [id, version] = part.trim().split('@');
      return getCatalogue(id as string, version, knownCatalogues);
    });
  const latest = new Map<string, CriteriaCatalogue>();
  for (const c of knownCatalogues) {
    const seen = latest.get(c.id);
    if (!seen || compareSemver(c.version, seen.version) > 0) latest.set(c.id, c);
  }
  // In the order the sheet first names their criteria.
  const refs = [...new Set(evaluations.flatMap((e) => (e.scores ?? []).map((s) => s.criterion)))];
  const first = (c: CriteriaCatalogue) => refs.findIndex((r) => c.criteria.some((x) => x.code === r || x.id === r));
  const used = [...latest.values()].filter((c) => first(c) >= 0).sort((a, b) => first(a) - first(b));
  return used.length > 0 ? used : [getCatalogue('impact-feasibility-cost', undefined, knownCatalogues)];
}

function parseWeights(text: string | undefined): Record<string, number> {
  if (text === undefined) return {};
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const part of text.split(',')) {
    const [key, value] = part.split('=');
    const w = Number(value);
    if (!key || value === undefined || !Number.isFinite(w) || w < 0)
      throw new UsageError(
        'bad_option',
        `--weights must look like impact=3,cost=1 with non-negative numbers; got "${part}"`,
      );
    out[key.trim()] = w;
  }
  return out;
}

/** A whole non-negative number of an option (`--years 5`), or a usage error naming it. */
function count(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError('bad_option', `--${name} must be a whole number from ${min} to ${max}; got "${value}"`);
  return n;
}

/** A finite non-negative amount (`--budget 4500000`), or a usage error naming it. */
function amount(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new UsageError('bad_option', `--${name} must be a non-negative number; got "${value}"`);
  return n;
}

async function score(values: ScoreValues, io: CommandIo, lang: Lang): Promise<number> {
  const method = oneOf('method', values.method, METHODS);
  const aggregation = oneOf('aggregation', values.aggregation, AGGREGATIONS);
  const format = oneOf('format', values.format, ['text', 'json', 'markdown', 'html'] as const);
  const normalization =
    values.normalization === undefined
      ? undefined
      : oneOf<Normalization>('normalization', values.normalization, normalizations);
  const draws = count('draws', values.draws, 1, 10_000_000) as number;
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed))
    throw new UsageError('bad_option', `--seed must be a whole number; got "${values.seed}"`);
  const budget = amount('budget', values.budget);
  const capacity = amount('capacity', values.capacity) ?? Number.MAX_SAFE_INTEGER;
  const years = count('years', values.years, 1, 50) ?? 5;
  const startYear = count('start-year', values['start-year'], 2000, 2100) ?? new Date().getFullYear() + 1;

  const scoresFile = values.scores as string;
  const projectsFile = values.projects as string;
  const read = readEvaluations(await readText(io, values.scores, 'scores'), scoresFile, lang);
  const factsheets = readProjects(await readText(io, values.projects, 'projects'), projectsFile, lang);
  const problems = [...read.problems, ...factsheets.problems];
  if (problems.length > 0) {
    io.stderr.write(problems.map((l) => `${l}\n`).join(''));
    return ExitCode.findings;
  }
  const catalogues = chooseCatalogues(values.catalogue, read.evaluations);
  const criteria: Criterion[] = catalogues.flatMap((c) => [...c.criteria]);
  const scored = await scoreRoadmap(
    { evaluations: read.evaluations, criteria, projects: factsheets.projects },
    {
      lang,
      method,
      aggregation,
      weights: parseWeights(values.weights),
      ...(normalization === undefined ? {} : { normalization }),
      stability: { draws, seed },
      ...(budget === undefined
        ? {}
        : {
            schedule: {
              startYear,
              years: Array.from({ length: years }, () => ({ budget, capacity })),
              ...(values['time-limit'] === undefined
                ? {}
                : { timeLimitSeconds: amount('time-limit', values['time-limit']) as number }),
            },
          }),
    },
  );
  for (const f of scored.findings.filter((x) => x.severity !== 'info' || format === 'text'))
    io.stderr.write(`${findingLine(scoresFile, f, lang)}\n`);
  if (!scored.ok) return ExitCode.findings;
  const catalogueNames = catalogues.map((c) => `${c.id} ${c.version}`).join(' + ');
  if (format === 'json') {
    const { projects: _projects, ...rest } = scored;
    io.stdout.write(`${JSON.stringify(rest, null, 2)}\n`);
    return ExitCode.ok;
  }
  if (format === 'markdown' || format === 'html') {
    const report = juryReport({ title: `Jury ranking (${catalogueNames})`, ...scored, lang });
    io.stdout.write(`${format === 'markdown' ? report.markdown : report.html}\n`);
    return ExitCode.ok;
  }
  const { ranking, matrix, aggregated, agreement } = scored;
  const ranks = rankById(ranking);
  const tied = new Set(ranking.details.ties.flat());
  const lines = ranking.ranking.map((id) => {
    const r = ranks.get(id) as number;
    const mark = tied.has(id) ? `=${r}` : String(r);
    const local = id.replace(/^urn:ngsi-ld:ProjectFactsheet:/, '');
    return escapeTerminal(
      `${mark.padStart(4)}. ${local}  ${fixed(ranking.scores[matrix.alternatives.indexOf(id)] as number, 4, lang)}`,
    );
  });
  const header = cliMessage(lang, 'rankingHeader', {
    method,
    catalogues: catalogueNames,
    aggregation: cliMessage(lang, AGGREGATION_NAMES[aggregation]),
    projects: matrix.alternatives.length,
    jurors: aggregated.jurors.length,
  });
  io.stdout.write(`${escapeTerminal(header)}\n${lines.join('\n')}\n`);
  if (tied.size > 0) io.stdout.write(`${cliMessage(lang, 'tiedNote')}\n`);
  if (agreement.overall)
    io.stdout.write(
      // W needs a complete table: jurors who skipped or abstained on a project are left out, and the line says so.
      `${escapeTerminal(
        cliMessage(lang, 'kendallW', {
          w: fixed(agreement.overall.w, 3, lang),
          p: fixed(agreement.overall.p, 4, lang),
          jurors: agreement.jurors.length,
          leftOut:
            agreement.excluded.length === 0
              ? ''
              : cliMessage(lang, 'kendallWLeftOut', {
                  count: agreement.excluded.length,
                  all: agreement.jurors.length + agreement.excluded.length,
                }),
        }),
      )}\n`,
    );
  if (scored.schedule) {
    // The summary and why each project is (not) scheduled, written by the library in the report's language, with
    // calendar years, euros and the projects' local ids.
    const { result } = scored.schedule;
    const local = (id: string) => id.replace(/^urn:ngsi-ld:ProjectFactsheet:/, '');
    io.stdout.write(`${escapeTerminal(result.explanation.summary)}\n`);
    for (const p of result.explanation.projects)
      io.stdout.write(`${escapeTerminal(`  ${local(p.id)}: ${p.reason}`)}\n`);
  }
  return ExitCode.ok;
}

async function scheduleCommand(values: ScheduleValues, io: CommandIo, lang: Lang): Promise<number> {
  const format = oneOf('format', values.format, ['text', 'json'] as const);
  const mipRelGap = Number(values['mip-rel-gap']);
  const timeLimitSeconds = Number(values['time-limit']);
  if (!Number.isFinite(mipRelGap))
    throw new UsageError('bad_option', `--mip-rel-gap must be a number; got "${values['mip-rel-gap']}"`);
  if (!Number.isFinite(timeLimitSeconds))
    throw new UsageError('bad_option', `--time-limit must be a number of seconds; got "${values['time-limit']}"`);
  const input = parseJson(await readText(io, values.input, 'input'), values.input as string) as ScheduleInput;
  const result = await schedule(input, { mipRelGap, timeLimitSeconds, lang });
  if (format === 'json') io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    io.stdout.write(`${escapeTerminal(result.explanation.summary)}\n`);
    for (const p of result.explanation.projects) io.stdout.write(`${escapeTerminal(`  ${p.id}: ${p.reason}`)}\n`);
  }
  // A schedule found within the time limit is a result (its gap says how good); only an infeasible request exits 1.
  return result.status === 'infeasible' ? ExitCode.findings : ExitCode.ok;
}

/** Bad data found by the library (unknown project, bad weights, cycles…) is an input problem: exit 2, one line. */
async function asUsage(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (isRoadmapError(error)) throw new UsageError(error.code, error.message, { cause: error });
    throw error;
  }
}

const t = (en: string, fr: string, nl: string) => ({ en, fr, nl });

const scoreOptions = {
  scores: {
    type: 'string',
    value: 'file.csv|file.json',
    complete: 'file',
    description: t(
      'score sheet: CSV juror,project,criterion,score[,abstention][,comment] (an empty score abstains on the whole project), or a JSON array of JuryEvaluation entities',
      'feuille de notes\u202f: CSV juror,project,criterion,score[,abstention][,comment] (une note vide est une abstention sur tout le projet), ou tableau JSON d’entités JuryEvaluation',
      'scoreblad: CSV juror,project,criterion,score[,abstention][,comment] (een lege score is een onthouding op het hele project), of een JSON-lijst van JuryEvaluation-entiteiten',
    ),
  },
  projects: {
    type: 'string',
    value: 'file.json',
    complete: 'file',
    description: t(
      'JSON array of the candidate ProjectFactsheet entities (the sheet may name them by the end of their id, e.g. PRJ-BXL-01)',
      'tableau JSON des entités ProjectFactsheet candidates (la feuille peut les nommer par la fin de leur identifiant, p. ex. PRJ-BXL-01)',
      'JSON-lijst van de kandidaat-ProjectFactsheet-entiteiten (het blad mag ze noemen met het einde van hun id, bv. PRJ-BXL-01)',
    ),
  },
  catalogue: {
    type: 'string',
    value: 'id[@version],…',
    description: t(
      'criteria catalogues, combined (default: those whose criteria the sheet scores; known: impact-feasibility-cost, desi, brussels-strategy)',
      'catalogues de critères, combinés (par défaut\u202f: ceux dont la feuille note les critères\u202f; connus\u202f: impact-feasibility-cost, desi, brussels-strategy)',
      'criteriacatalogi, gecombineerd (standaard: die waarvan het blad de criteria scoort; bekend: impact-feasibility-cost, desi, brussels-strategy)',
    ),
  },
  budget: {
    type: 'string',
    value: 'amount',
    description: t(
      'budget per year, in the factsheets’ currency (euros): schedules the ranked projects',
      'budget par an, dans la monnaie des fiches (euros)\u202f: planifie les projets classés',
      'budget per jaar, in de munt van de fiches (euro): plant de gerangschikte projecten',
    ),
  },
  capacity: {
    type: 'string',
    value: 'fte',
    description: t(
      'staff per year in FTE (default: unlimited)',
      'personnel par an en ETP (par défaut\u202f: illimité)',
      'personeel per jaar in VTE (standaard: onbeperkt)',
    ),
  },
  years: {
    type: 'string',
    value: 'n',
    description: t(
      'years of the roadmap (default 5)',
      'années de la feuille de route (5 par défaut)',
      'jaren van de roadmap (standaard 5)',
    ),
  },
  'start-year': {
    type: 'string',
    value: 'year',
    description: t(
      'first calendar year of the roadmap (default: next year)',
      'première année civile de la feuille de route (par défaut\u202f: l’an prochain)',
      'eerste kalenderjaar van de roadmap (standaard: volgend jaar)',
    ),
  },
  'time-limit': {
    type: 'string',
    value: 'seconds',
    description: t('solver time limit', 'limite de temps du solveur', 'tijdslimiet van de solver'),
  },
  weights: {
    type: 'string',
    value: 'criterion=weight,…',
    description: t(
      'criterion weights (default: the catalogue’s)',
      'poids des critères (par défaut\u202f: ceux du catalogue)',
      'gewichten van de criteria (standaard: die van de catalogus)',
    ),
  },
  method: {
    type: 'string',
    default: 'wsm',
    choices: METHODS,
    description: t('ranking method', 'méthode de classement', 'rangschikkingsmethode'),
  },
  normalization: {
    type: 'string',
    choices: normalizations,
    description: t(
      'normalisation (WSM, WPM, TOPSIS only; default per method)',
      'normalisation (WSM, WPM, TOPSIS seulement\u202f; par défaut selon la méthode)',
      'normalisatie (alleen WSM, WPM, TOPSIS; standaard per methode)',
    ),
  },
  aggregation: {
    type: 'string',
    default: 'median',
    choices: AGGREGATIONS,
    description: t('how jurors’ scores are combined', 'combinaison des notes des jurés', 'samenvoeging van de scores'),
  },
  draws: {
    type: 'string',
    value: 'n',
    default: '10000',
    description: t('SMAA weight draws', 'tirages de poids SMAA', 'SMAA-gewichtstrekkingen'),
  },
  seed: {
    type: 'string',
    value: 'n',
    default: '1',
    description: t('SMAA seed', 'graine SMAA', 'SMAA-seed'),
  },
  format: {
    type: 'string',
    default: 'text',
    choices: ['text', 'json', 'markdown', 'html'],
    description: t('output format', 'format de sortie', 'uitvoerformaat'),
  },
} as const satisfies OptionSpecs;
type ScoreValues = OptionValues<typeof scoreOptions>;

const scoreCommand = defineCommand({
  name: 'score',
  summary: t(
    "aggregate the jurors' scores, rank the projects and test the ranking's stability",
    'agréger les notes des jurés, classer les projets et tester la stabilité du classement',
    'de scores van de juryleden samenvoegen, de projecten rangschikken en de stabiliteit van de rangschikking testen',
  ),
  options: scoreOptions,
  run: ({ values, io, lang }) => asUsage(() => score(values, io, lang)),
});

const scheduleOptions = {
  input: {
    type: 'string',
    value: 'file.json',
    complete: 'file',
    description: t(
      'the scheduling problem (required)',
      'le problème de planification (obligatoire)',
      'het planningsprobleem (verplicht)',
    ),
  },
  format: {
    type: 'string',
    default: 'text',
    choices: ['text', 'json'],
    description: t('output format', 'format de sortie', 'uitvoerformaat'),
  },
  'mip-rel-gap': {
    type: 'string',
    value: 'gap',
    default: '1e-4',
    description: t(
      'HiGHS relative optimality gap (0 proves exact optimality)',
      'écart d’optimalité relatif de HiGHS (0 prouve l’optimalité exacte)',
      'relatieve optimaliteitskloof van HiGHS (0 bewijst exacte optimaliteit)',
    ),
  },
  'time-limit': {
    type: 'string',
    value: 'seconds',
    default: '60',
    description: t('solver time limit', 'limite de temps du solveur', 'tijdslimiet van de solver'),
  },
} as const satisfies OptionSpecs;
type ScheduleValues = OptionValues<typeof scheduleOptions>;

const scheduleSubcommand = defineCommand({
  name: 'schedule',
  summary: t(
    'schedule projects into a budgeted multi-year roadmap (exact MILP, HiGHS)',
    'planifier les projets dans une feuille de route pluriannuelle budgétée (MILP exact, HiGHS)',
    'projecten inplannen in een meerjarige roadmap met budget (exacte MILP, HiGHS)',
  ),
  description: t(
    `Chooses projects and start years maximising Σ value × discount under yearly budget, capacity and precedence
(exact MILP, HiGHS). --input is the JSON { years, projects, valueDiscountByStartYear? }.`,
    `Choisit les projets et leurs années de début qui maximisent Σ valeur × actualisation sous budget annuel, capacité
et précédence (MILP exact, HiGHS). --input est le JSON { years, projects, valueDiscountByStartYear? }.`,
    `Kiest projecten en startjaren die Σ waarde × verdiscontering maximaliseren binnen jaarbudget, capaciteit en
volgorde (exacte MILP, HiGHS). --input is de JSON { years, projects, valueDiscountByStartYear? }.`,
  ),
  options: scheduleOptions,
  exitCodes: t(
    '0 done, 1 the schedule is infeasible (the explanation says what binds), 2 usage or input problem',
    '0 terminé, 1 la planification est impossible (l’explication dit ce qui bloque), 2 problème d’utilisation ou d’entrée',
    '0 klaar, 1 de planning is onhaalbaar (de uitleg zegt wat bindt), 2 gebruiks- of invoerprobleem',
  ),
  run: ({ values, io, lang }) => asUsage(() => scheduleCommand(values, io, lang)),
});

/** `opencity roadmap`: score projects from jurors' scores, and schedule them into a budgeted roadmap. */
export const roadmap = defineCommand({
  name: 'roadmap',
  summary: t(
    "score projects from jurors' scores and schedule a budgeted multi-year roadmap",
    'classer des projets à partir des notes d’un jury et planifier une feuille de route pluriannuelle budgétée',
    'projecten scoren op basis van juryscores en een meerjarige roadmap met budget plannen',
  ),
  subcommands: [scoreCommand, scheduleSubcommand],
});
