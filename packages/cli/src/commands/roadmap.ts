/** `opencity roadmap`: score projects from jurors' scores, and schedule them into a budgeted multi-year roadmap. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { brusselsCriteriaCatalogues } from '@opencity/brussels';
import { validate } from '@opencity/models';
import {
  aggregateScores,
  criteriaCatalogues,
  getCatalogue,
  isRoadmapError,
  juryAgreement,
  juryReport,
  methodAgreement,
  normalizations,
  rank,
  schedule,
  smaa,
  toMatrixCriteria,
  weightStabilityIntervals,
  type Abstention,
  type DecisionMatrix,
  type JurorScore,
  type JuryAggregation,
  type Normalization,
  type RankMethod,
  type RankResult,
  type ScheduleInput,
} from '@opencity/roadmap';
import { ExitCode, UsageError, type CommandIo } from '../io';
import { defineCommand, type OptionSpecs, type OptionValues } from '../framework/command';

const METHODS = ['wsm', 'wpm', 'topsis', 'vikor', 'promethee2'] as const satisfies readonly RankMethod[];
const AGGREGATIONS = ['median', 'mean', 'trimmed-mean', 'geometric-mean'] as const satisfies readonly JuryAggregation[];

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

/** Reads jurors' scores from CSV or JSON (JuryEvaluation entities or { scores, abstentions }). */
function readScores(text: string, file: string): { scores: JurorScore[]; abstentions: Abstention[] } {
  if (file.toLowerCase().endsWith('.csv')) {
    let rows: Record<string, string>[];
    try {
      rows = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
    } catch (error) {
      throw new UsageError('invalid_csv', `${file} is not valid CSV: ${(error as Error).message}`, { cause: error });
    }
    const scores: JurorScore[] = [];
    const abstentions: Abstention[] = [];
    rows.forEach((r, k) => {
      const line = k + 2;
      for (const col of ['juror', 'project'])
        if (!r[col]) throw new UsageError('invalid_csv', `${file} line ${line}: missing ${col}`);
      if ((r.score ?? '') === '') {
        if (!r.abstention)
          throw new UsageError('invalid_csv', `${file} line ${line}: no score and no abstention reason`);
        if (!abstentions.some((a) => a.juror === r.juror && a.project === r.project))
          abstentions.push({ juror: r.juror as string, project: r.project as string, reason: r.abstention });
        return;
      }
      const score = Number(r.score);
      if (!Number.isFinite(score))
        throw new UsageError('invalid_csv', `${file} line ${line}: score "${r.score}" is not a number`);
      if (!r.criterion) throw new UsageError('invalid_csv', `${file} line ${line}: missing criterion`);
      scores.push({ juror: r.juror as string, project: r.project as string, criterion: r.criterion, score });
    });
    return { scores, abstentions };
  }
  const data = parseJson(text, file);
  if (Array.isArray(data)) {
    const scores: JurorScore[] = [];
    const abstentions: Abstention[] = [];
    data.forEach((e, k) => {
      const v = validate('JuryEvaluation', e);
      if (!v.ok)
        throw new UsageError(
          'invalid_evaluation',
          `${file} [${k}]: not a valid JuryEvaluation: ${v.findings
            .filter((f) => f.severity === 'error')
            .map((f) => `${f.instancePath || '/'} ${f.message}`)
            .join('; ')}`,
        );
      const ev = v.data;
      if (ev.status === 'abstained') {
        const a = ev.abstention as { reason: string; explanation?: string };
        abstentions.push({
          juror: ev.refJuror,
          project: ev.refProjectFactsheet,
          reason: a.explanation ? `${a.reason}: ${a.explanation}` : a.reason,
        });
      } else
        for (const s of ev.scores ?? [])
          scores.push({ juror: ev.refJuror, project: ev.refProjectFactsheet, criterion: s.criterion, score: s.score });
    });
    return { scores, abstentions };
  }
  if (data && typeof data === 'object' && Array.isArray((data as { scores?: unknown }).scores)) {
    const d = data as { scores: JurorScore[]; abstentions?: Abstention[] };
    return { scores: d.scores, abstentions: d.abstentions ?? [] };
  }
  throw new UsageError(
    'invalid_scores',
    `${file}: expected an array of JuryEvaluation entities or { "scores": [...] }`,
  );
}

function readProjects(text: string, file: string): string[] {
  const data = parseJson(text, file);
  if (!Array.isArray(data) || data.length === 0)
    throw new UsageError(
      'invalid_projects',
      `${file}: expected a non-empty array of ProjectFactsheet entities or project ids`,
    );
  return data.map((p, k) => {
    if (typeof p === 'string') return p;
    const v = validate('ProjectFactsheet', p);
    if (!v.ok)
      throw new UsageError(
        'invalid_projects',
        `${file} [${k}]: not a valid ProjectFactsheet: ${v.findings
          .filter((f) => f.severity === 'error')
          .map((f) => `${f.instancePath || '/'} ${f.message}`)
          .join('; ')}`,
      );
    return v.data.id;
  });
}

function parseWeights(text: string | undefined): Record<string, number> {
  if (text === undefined) return {};
  const out: Record<string, number> = {};
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

async function score(values: ScoreValues, io: CommandIo): Promise<number> {
  const method = oneOf('method', values.method, METHODS);
  const aggregation = oneOf('aggregation', values.aggregation, AGGREGATIONS);
  const format = oneOf('format', values.format, ['text', 'json', 'markdown', 'html'] as const);
  const normalization =
    values.normalization === undefined
      ? undefined
      : oneOf<Normalization>('normalization', values.normalization, normalizations);
  const draws = Number(values.draws);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(draws) || draws < 1)
    throw new UsageError('bad_option', `--draws must be a positive whole number; got "${values.draws}"`);
  if (!Number.isSafeInteger(seed))
    throw new UsageError('bad_option', `--seed must be a whole number; got "${values.seed}"`);
  const [catalogueId, version] = (values.catalogue as string).split('@');
  const scoresFile = values.scores as string;
  const { scores, abstentions } = readScores(await readText(io, values.scores, 'scores'), scoresFile);
  const projects = readProjects(await readText(io, values.projects, 'projects'), values.projects as string);

  const catalogue = getCatalogue(catalogueId as string, version, [
    ...criteriaCatalogues,
    ...brusselsCriteriaCatalogues,
  ]);
  const criteria = toMatrixCriteria(catalogue, parseWeights(values.weights));
  const aggregated = aggregateScores({
    scores,
    abstentions,
    method: aggregation,
    projects,
    criteria: criteria.map((c) => c.id),
  });
  const matrix: DecisionMatrix = { alternatives: aggregated.projects, criteria, values: aggregated.values };
  const ranking = rank(matrix, { method, ...(normalization === undefined ? {} : { normalization }) });
  const agreement = juryAgreement(aggregated, { weights: Object.fromEntries(criteria.map((c) => [c.id, c.weight])) });
  const wsmNormalization = method === 'wsm' && normalization !== undefined ? normalization : 'minmax';
  const stability = weightStabilityIntervals(matrix, { normalization: wsmNormalization });
  const sm = smaa(matrix, { draws, seed, normalization: wsmNormalization });
  const views: RankResult[] = [
    ranking,
    ...METHODS.filter((m) => m !== method && m !== 'wpm').map((m) => rank(matrix, { method: m })),
  ];
  const agreementAcross = methodAgreement(views).pairs.filter((p) => p.a === method);

  if (format === 'json') {
    io.stdout.write(
      `${JSON.stringify({ catalogue: { id: catalogue.id, version: catalogue.version }, aggregated, ranking, agreement, stability, smaa: sm, methodAgreement: agreementAcross }, null, 2)}\n`,
    );
    return ExitCode.ok;
  }
  const report = juryReport({
    title: `Jury ranking (${catalogue.id} ${catalogue.version})`,
    matrix,
    ranking,
    aggregated,
    agreement,
    stability,
    smaa: sm,
    methodAgreement: agreementAcross,
  });
  if (format === 'markdown') io.stdout.write(`${report.markdown}\n`);
  else if (format === 'html') io.stdout.write(`${report.html}\n`);
  else {
    const lines = ranking.ranking.map(
      (id, k) =>
        `${String(k + 1).padStart(3)}. ${id}  ${(ranking.scores[matrix.alternatives.indexOf(id)] as number).toFixed(4)}`,
    );
    io.stdout.write(
      `${method} ranking of ${matrix.alternatives.length} projects on ${catalogue.id} ${catalogue.version} (${aggregation} of ${aggregated.jurors.length} jurors):\n${lines.join('\n')}\n`,
    );
    if (agreement.overall)
      io.stdout.write(
        `Kendall's W = ${agreement.overall.w.toFixed(3)} (p = ${agreement.overall.p.toFixed(4)}, ${agreement.jurors.length} jurors)\n`,
      );
    if (aggregated.disputed.length > 0)
      io.stdout.write(`Disputed: ${aggregated.disputed.map((d) => `${d.project}/${d.criterion}`).join(', ')}\n`);
  }
  return ExitCode.ok;
}

async function scheduleCommand(values: ScheduleValues, io: CommandIo): Promise<number> {
  const format = oneOf('format', values.format, ['text', 'json'] as const);
  const mipRelGap = Number(values['mip-rel-gap']);
  const timeLimitSeconds = Number(values['time-limit']);
  if (!Number.isFinite(mipRelGap))
    throw new UsageError('bad_option', `--mip-rel-gap must be a number; got "${values['mip-rel-gap']}"`);
  if (!Number.isFinite(timeLimitSeconds))
    throw new UsageError('bad_option', `--time-limit must be a number of seconds; got "${values['time-limit']}"`);
  const input = parseJson(await readText(io, values.input, 'input'), values.input as string) as ScheduleInput;
  const result = await schedule(input, { mipRelGap, timeLimitSeconds });
  if (format === 'json') io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    io.stdout.write(`${result.explanation.summary}\n`);
    for (const p of result.explanation.projects) io.stdout.write(`  ${p.id}: ${p.reason}\n`);
  }
  return result.status === 'optimal' ? ExitCode.ok : ExitCode.findings;
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
      'CSV juror,project,criterion,score[,abstention] (an empty score with a reason abstains on the project), or JSON: JuryEvaluation entities or { "scores": [...], "abstentions": [...] }',
      'CSV juror,project,criterion,score[,abstention] (une note vide avec un motif est une abstention sur le projet), ou JSON\u202f: entités JuryEvaluation ou { "scores": [...], "abstentions": [...] }',
      'CSV juror,project,criterion,score[,abstention] (een lege score met een reden is een onthouding op het project), of JSON: JuryEvaluation-entiteiten of { "scores": [...], "abstentions": [...] }',
    ),
  },
  projects: {
    type: 'string',
    value: 'file.json',
    complete: 'file',
    description: t(
      'JSON array of ProjectFactsheet entities (or of project ids) to rank',
      'tableau JSON d’entités ProjectFactsheet (ou d’identifiants de projets) à classer',
      'JSON-lijst van ProjectFactsheet-entiteiten (of project-id’s) om te rangschikken',
    ),
  },
  catalogue: {
    type: 'string',
    value: 'id[@version]',
    default: 'impact-feasibility-cost',
    description: t(
      'criteria catalogue (also brussels-strategy, desi)',
      'catalogue de critères (aussi brussels-strategy, desi)',
      'criteriacatalogus (ook brussels-strategy, desi)',
    ),
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
  run: ({ values, io }) => asUsage(() => score(values, io)),
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
  run: ({ values, io }) => asUsage(() => scheduleCommand(values, io)),
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
