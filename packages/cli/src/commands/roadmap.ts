/** `opencity roadmap`: score projects from jurors' scores, and schedule them into a budgeted multi-year roadmap. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { validate } from '@opencity/models';
import {
  aggregateScores,
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

/** Help of `opencity roadmap`. */
export const roadmapHelp = `Usage:
  opencity roadmap score --scores <file.csv|file.json> --projects <file.json> [options]
  opencity roadmap schedule --input <file.json> [--format text|json] [--mip-rel-gap 1e-4] [--time-limit 60]

score: aggregates the jurors' scores per project and criterion, ranks the projects and tests the ranking's stability.
  --scores        CSV with columns juror,project,criterion,score[,abstention] (a row with an empty score and an
                  abstention reason is an abstention on the whole project), or JSON: an array of JuryEvaluation
                  entities, or { "scores": [...], "abstentions": [...] }
  --projects      JSON array of ProjectFactsheet entities (or of project ids) to rank
  --catalogue     criteria catalogue id[@version] (default impact-feasibility-cost; also brussels-strategy, desi)
  --weights       criterion=weight,… (default: the catalogue's default weights)
  --method        wsm (default) | wpm | topsis | vikor | promethee2
  --normalization none | minmax | vector | sum | max (WSM, WPM, TOPSIS only; default per method)
  --aggregation   median (default) | mean | trimmed-mean | geometric-mean
  --draws         SMAA weight draws (default 10000)   --seed  SMAA seed (default 1)
  --format        text (default) | json | markdown | html

schedule: chooses projects and start years maximising Σ value × discount under yearly budget, capacity and
  precedence (exact MILP, HiGHS). --input is the JSON { years, projects, valueDiscountByStartYear? };
  --mip-rel-gap is HiGHS's relative optimality gap (0 proves exact optimality), --time-limit is in seconds.

Exit codes: 0 done, 1 the schedule is infeasible (the explanation says what binds), 2 usage or input problem.`;

const METHODS: readonly RankMethod[] = ['wsm', 'wpm', 'topsis', 'vikor', 'promethee2'];
const AGGREGATIONS: readonly JuryAggregation[] = ['median', 'mean', 'trimmed-mean', 'geometric-mean'];

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
      if (!v.valid)
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
    if (!v.valid)
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

async function score(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      scores: { type: 'string' },
      projects: { type: 'string' },
      catalogue: { type: 'string', default: 'impact-feasibility-cost' },
      weights: { type: 'string' },
      method: { type: 'string', default: 'wsm' },
      normalization: { type: 'string' },
      aggregation: { type: 'string', default: 'median' },
      draws: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      format: { type: 'string', default: 'text' },
    },
  });
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

  const catalogue = getCatalogue(catalogueId as string, version);
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

async function scheduleCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      input: { type: 'string' },
      format: { type: 'string', default: 'text' },
      'mip-rel-gap': { type: 'string', default: '1e-4' },
      'time-limit': { type: 'string', default: '60' },
    },
  });
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

/** Runs `opencity roadmap score|schedule` with the given arguments and resolves to the exit code. */
export async function roadmapCommand(args: string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    io.stdout.write(`${roadmapHelp}\n`);
    return sub === undefined ? ExitCode.usage : ExitCode.ok;
  }
  try {
    if (sub === 'score') return await score(rest, io);
    if (sub === 'schedule') return await scheduleCommand(rest, io);
  } catch (error) {
    // Bad data found by the library (unknown project, bad weights, cycles…) is an input problem: exit 2, one line.
    if (isRoadmapError(error)) throw new UsageError(error.code, error.message, { cause: error });
    throw error;
  }
  throw new UsageError('unknown_subcommand', `unknown subcommand "${sub}"; expected score or schedule`);
}
