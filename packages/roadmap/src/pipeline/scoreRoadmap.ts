/**
 * The whole jury-to-roadmap chain over the contract's entities: JuryEvaluation, Criterion (of one or several
 * catalogues) and ProjectFactsheet in; aggregation, agreement, ranking, stability, schedule and the Roadmap entity out.
 * Apps (the CLI, the dashboard, a jury session) call this and keep no scoring code of their own.
 */
import {
  createFinding,
  type Criterion,
  type JuryEvaluation,
  type Lang,
  type LocalizedText,
  type ProjectFactsheet,
  type Roadmap,
} from '@opencity/models';
import { rescaleWeights, type DecisionMatrix, type MatrixCriterion } from '../core/decisionMatrix';
import { normalizeMatrix, type Normalization } from '../core/normalize';
import { RoadmapError, isRoadmapError } from '../core/RoadmapError';
import {
  aggregateScores,
  type Abstention,
  type AggregatedScores,
  type JurorScore,
  type JuryAggregation,
} from '../jury/aggregateScores';
import { juryAgreement, type JuryAgreement } from '../jury/juryAgreement';
import { rank, defaultNormalization } from '../rank/rank';
import type { PreferenceFunction, RankMethod, RankResult } from '../rank/types';
import { weightedSumScores } from '../rank/weightedSum';
import { toRoadmap } from '../report/toRoadmap';
import type { ScheduleTextOptions } from '../schedule/describeScheduleReason';
import { scheduleProjectFromFactsheet } from '../schedule/fromFactsheet';
import { schedule } from '../schedule/schedule';
import type { ScheduleInput, ScheduleOptions, ScheduleProject, ScheduleResult, ScheduleYear } from '../schedule/types';
import { methodAgreement, type RankCorrelation } from '../sensitivity/rankCorrelation';
import { smaa, type SmaaResult } from '../sensitivity/smaa';
import { weightStabilityIntervals } from '../sensitivity/weightStabilityIntervals';
import { roadmapFindingCatalogue, type RoadmapFinding, type RoadmapFindingCode } from './roadmapFindings';

/** The entities a jury session produces: evaluations, the criteria they score and the candidate projects. */
export interface RoadmapEntities {
  /** One JuryEvaluation per juror and project (per round); abstentions included. */
  readonly evaluations: readonly JuryEvaluation[];
  /** The criteria, from one or several catalogues (e.g. a region's strategy priorities and the DESI dimensions). */
  readonly criteria: readonly Criterion[];
  /** The candidate projects, in the order the outputs list them when nothing else orders them. */
  readonly projects: readonly ProjectFactsheet[];
}

/** How the ranked projects are scheduled; absent: no schedule. */
export interface ScoreRoadmapScheduleOptions extends ScheduleOptions {
  /** Calendar year of year 1 of the roadmap. */
  readonly startYear: number;
  /** Budget (in the factsheets' currency, euros) and capacity (FTE) of each year, in order. */
  readonly years: readonly ScheduleYear[];
  /** Multiplier of a project's value by start year (default 1 every year). */
  readonly valueDiscountByStartYear?: readonly number[];
  /** Projects that must be scheduled (ids, or the local part of their NGSI-LD ids). */
  readonly mandatory?: readonly string[];
}

/** Options of {@link scoreRoadmap}; every default used comes back in `parameters`. */
export interface ScoreRoadmapOptions {
  /** Language of findings (default `en`). */
  readonly lang?: Lang;
  /** Only the evaluations of this selection (needed when the evaluations mix several). */
  readonly selection?: string;
  /** Criterion weights by code or id (default: each criterion's `defaultWeight`, else 1); rescaled to sum to 1. */
  readonly weights?: Readonly<Record<string, number>>;
  /** How the jurors' scores of a cell are combined (default `median`). */
  readonly aggregation?: JuryAggregation;
  /** Trim share of `trimmed-mean` (default 0.2). */
  readonly trim?: number;
  /** A cell is disputed when its interquartile range exceeds this (default 1 scale point). */
  readonly disputeIqr?: number;
  /** Ranking method (default `wsm`). */
  readonly method?: RankMethod;
  /**
   * Normalisation of WSM, WPM and TOPSIS. WSM's default is `scale` (each criterion's own scale as fixed goalposts,
   * so a project's score is a share of the best possible and does not depend on the other candidates) when every
   * criterion has a scale, else `minmax`; WPM and TOPSIS keep theirs (`max`, `vector`).
   */
  readonly normalization?: Normalization;
  /** VIKOR `v` (default 0.5). */
  readonly v?: number;
  /** PROMETHEE II preference function per criterion (default `usual`). */
  readonly preferenceFunctions?: readonly PreferenceFunction[];
  /** Other methods whose rankings are compared with the main one (default: the other four but WPM; `[]`: none). */
  readonly methodViews?: readonly RankMethod[];
  /** Weight stability intervals and SMAA (default `{ draws: 10000, seed: 1 }`); `false` skips them. */
  readonly stability?: false | { readonly draws?: number; readonly seed?: number };
  /** Schedules the projects when given. */
  readonly schedule?: ScoreRoadmapScheduleOptions;
  /** The Roadmap entity's id and name (needs `schedule`); default id `urn:ngsi-ld:Roadmap:<startYear>`. */
  readonly roadmap?: {
    readonly id?: string;
    readonly name?: string | LocalizedText;
    readonly phases?: readonly string[];
  };
}

/** The parameters {@link scoreRoadmap} used, defaults included. */
export interface ScoreRoadmapParameters {
  readonly aggregation: JuryAggregation;
  readonly method: RankMethod;
  /** WSM normalisation of the stability analysis and of the scheduler's values. */
  readonly wsmNormalization: Normalization;
  /** The catalogues of the criteria, as `id version`. */
  readonly catalogues: string[];
  /** Rescaled weights by matrix criterion id. */
  readonly weights: Readonly<Record<string, number>>;
  /** What the scheduler maximises per project: its weighted-sum score under `wsmNormalization`. */
  readonly scheduleValue: string;
  readonly selection?: string;
  readonly draws?: number;
  readonly seed?: number;
}

/** A scored roadmap: every intermediate result, the Roadmap entity when scheduled, and warnings as findings. */
export interface ScoredRoadmap {
  readonly ok: true;
  /** Warnings and notes (no error: then `ok` is false). */
  readonly findings: RoadmapFinding[];
  /** The candidate projects, in matrix order. */
  readonly projects: ProjectFactsheet[];
  /** The criteria, in matrix column order. */
  readonly criteria: Criterion[];
  /** Jury aggregation (cells, spread, disputes). */
  readonly aggregated: AggregatedScores;
  /** The decision matrix ranked: alternatives are the factsheet ids, columns the criteria (code, or id if codes clash). */
  readonly matrix: DecisionMatrix;
  /** Kendall's W of the jury. */
  readonly agreement: JuryAgreement;
  /** The ranking (its `ranks` share a rank between ties). */
  readonly ranking: RankResult;
  /** Weight stability intervals of the weighted sum, in criterion order. */
  readonly stability?: [number, number][];
  /** SMAA-2 rank acceptabilities. */
  readonly smaa?: SmaaResult;
  /** Rank correlation of the other methods with the main one. */
  readonly methodAgreement?: ({ readonly a: string; readonly b: string } & RankCorrelation)[];
  /** The scheduler's value of each project (matrix order). */
  readonly values: number[];
  /** The schedule, its request and the calendar year of year 1. */
  readonly schedule?: {
    readonly input: ScheduleInput;
    readonly result: ScheduleResult;
    readonly startYear: number;
    /** How amounts read: the factsheets' budgets are in euros and their staffing in FTE. */
    readonly text: Pick<ScheduleTextOptions, 'currency' | 'capacityUnit'>;
  };
  /** The Roadmap entity (schemas/office/Roadmap) of the schedule. */
  readonly roadmap?: Roadmap;
  readonly parameters: ScoreRoadmapParameters;
}

/** What {@link scoreRoadmap} resolves to: the scored roadmap, or the findings that prevent it (`ok: false`). */
export type ScoreRoadmapResult = ScoredRoadmap | { readonly ok: false; readonly findings: RoadmapFinding[] };

const methods: readonly RankMethod[] = ['wsm', 'wpm', 'topsis', 'vikor', 'promethee2'];

/** Finds an entity by its id, or by the local part of an NGSI-LD id (`urn:ngsi-ld:<Type>:<ref>`). */
function resolver<T extends { readonly id: string }>(
  items: readonly T[],
  type: string,
): (ref: string) => T | undefined {
  const byId = new Map(items.map((x) => [x.id, x]));
  return (ref) => byId.get(ref) ?? byId.get(`urn:ngsi-ld:${type}:${ref}`);
}

const isText = (x: unknown): x is string => typeof x === 'string' && x.length > 0;

/**
 * Scores a jury's evaluations into a ranked (and, with `schedule`, scheduled) roadmap. Data problems (a score on an
 * unknown criterion, an unknown project, a cell nobody scored, a budget beyond a project's duration) come back as
 * findings in `lang` with `ok: false`; nothing is thrown for them.
 * @throws {@link RoadmapError} for an impossible option (an unknown method, a weight for no criterion, a bad year).
 * @example
 * const scored = await scoreRoadmap(
 *   { evaluations, criteria: [...brusselsStrategyPriorities.criteria, ...desi2021.criteria], projects },
 *   { schedule: { startYear: 2026, years: Array(5).fill({ budget: 4_500_000, capacity: 12 }) } },
 * );
 * if (scored.ok) scored.ranking.ranking; // project ids, best first
 */
export async function scoreRoadmap(
  entities: RoadmapEntities,
  options: ScoreRoadmapOptions = {},
): Promise<ScoreRoadmapResult> {
  const lang = options.lang ?? 'en';
  const method = options.method ?? 'wsm';
  const aggregation = options.aggregation ?? 'median';
  if (!methods.includes(method))
    throw new RoadmapError(
      'invalid_option',
      `unknown method ${JSON.stringify(method)}; expected ${methods.join(', ')}`,
    );
  const findings: RoadmapFinding[] = [];
  const report = (code: RoadmapFindingCode, params: Readonly<Record<string, string | number>>, instancePath = '') =>
    findings.push(createFinding(roadmapFindingCatalogue, code, lang, { params, instancePath }));
  const failed = () => findings.some((f) => f.severity === 'error');

  const evaluations = Array.isArray(entities?.evaluations) ? entities.evaluations : [];
  const allCriteria = Array.isArray(entities?.criteria) ? entities.criteria : [];
  const allProjects = Array.isArray(entities?.projects) ? entities.projects : [];

  // 1. The entities, checked for what the chain relies on (schema validation is the caller's, at the I/O edge).
  const criteria = usable(allCriteria, 'Criterion', '/criteria', report, (c) =>
    !isText(c.code)
      ? 'has no code'
      : c.direction !== 'benefit' && c.direction !== 'cost'
        ? `has the direction ${JSON.stringify(c.direction)}; expected benefit or cost`
        : c.scale !== undefined &&
            !(Number.isFinite(c.scale?.min) && Number.isFinite(c.scale?.max) && c.scale.max > c.scale.min)
          ? 'has a scale whose maximum does not exceed its minimum'
          : undefined,
  );
  const projects = usable(allProjects, 'ProjectFactsheet', '/projects', report, () => undefined);
  if (evaluations.length === 0) report('no_evaluations', {});
  if (criteria.length === 0 && allCriteria.length === 0) report('no_criteria', {});
  if (projects.length === 0 && allProjects.length === 0) report('no_projects', {});

  // 2. Criterion references: by id, or by code when the code is unique among the criteria given.
  const byCode = new Map<string, Criterion[]>();
  for (const c of criteria) byCode.set(c.code, [...(byCode.get(c.code) ?? []), c]);
  const columnId = (c: Criterion) => ((byCode.get(c.code)?.length ?? 0) > 1 ? c.id : c.code);
  const criterionById = new Map(criteria.map((c) => [c.id, c]));
  const catalogues = [...new Set(criteria.map((c) => `${c.catalogue} ${c.catalogueVersion}`))];
  const findCriterion = (ref: string): Criterion | 'ambiguous' | undefined => {
    const byId = criterionById.get(ref);
    if (byId) return byId;
    const coded = byCode.get(ref);
    if (!coded) return undefined;
    return coded.length === 1 ? coded[0] : 'ambiguous';
  };
  const findProject = resolver(projects, 'ProjectFactsheet');

  // 3. Evaluations: one selection, each juror's latest round per project.
  const selections = [...new Set(evaluations.map((e) => e?.selection ?? '(none)'))];
  if (options.selection === undefined && selections.length > 1)
    report('mixed_selections', { selections: selections.join(', ') });
  const latest = new Map<string, { evaluation: JuryEvaluation; index: number; project: string }>();
  evaluations.forEach((e, index) => {
    const path = `/evaluations/${index}`;
    if (options.selection !== undefined && e?.selection !== options.selection) return;
    if (
      !isText(e?.refJuror) ||
      !isText(e?.refProjectFactsheet) ||
      (e.status !== 'scored' && e.status !== 'abstained')
    ) {
      report(
        'invalid_entity',
        {
          kind: 'JuryEvaluation',
          id: String(e?.id ?? index),
          detail: 'needs refJuror, refProjectFactsheet and status scored or abstained',
        },
        path,
      );
      return;
    }
    const project = findProject(e.refProjectFactsheet);
    if (!project) {
      report('unknown_project', { juror: e.refJuror, project: e.refProjectFactsheet }, `${path}/refProjectFactsheet`);
      return;
    }
    const key = `${e.refJuror}\u0000${project.id}`;
    const round = e.round ?? 1;
    const seen = latest.get(key);
    if (seen && (seen.evaluation.round ?? 1) === round) {
      report('duplicate_evaluation', { juror: e.refJuror, project: project.id, round }, path);
      return;
    }
    if (seen && (seen.evaluation.round ?? 1) > round) {
      report('later_round_used', {
        juror: e.refJuror,
        project: project.id,
        round: seen.evaluation.round ?? 1,
        earlier: round,
      });
      return;
    }
    if (seen)
      report('later_round_used', {
        juror: e.refJuror,
        project: project.id,
        round,
        earlier: seen.evaluation.round ?? 1,
      });
    latest.set(key, { evaluation: e, index, project: project.id });
  });

  const scores: JurorScore[] = [];
  const abstentions: Abstention[] = [];
  for (const { evaluation: e, index, project } of latest.values()) {
    const path = `/evaluations/${index}`;
    if (e.status === 'abstained') {
      const a = (e.abstention ?? {}) as { reason?: string; explanation?: string };
      const reason = [a.reason, a.explanation].filter(isText).join(': ') || 'abstained (no reason given)';
      abstentions.push({ juror: e.refJuror, project, reason });
      continue;
    }
    const given = Array.isArray(e.scores) ? e.scores : [];
    const scored = new Set<string>();
    given.forEach((s, k) => {
      const at = `${path}/scores/${k}`;
      const found = isText(s?.criterion) ? findCriterion(s.criterion) : undefined;
      if (found === 'ambiguous') {
        report(
          'ambiguous_criterion',
          { criterion: s.criterion, catalogues: (byCode.get(s.criterion) ?? []).map((c) => c.catalogue).join(', ') },
          `${at}/criterion`,
        );
        return;
      }
      if (!found) {
        report(
          'unknown_criterion',
          { juror: e.refJuror, project, criterion: String(s?.criterion), catalogues: catalogues.join(' + ') || '—' },
          `${at}/criterion`,
        );
        return;
      }
      if (typeof s.score !== 'number' || !Number.isFinite(s.score)) {
        report('score_not_a_number', { line: at, got: String(s.score) }, `${at}/score`);
        return;
      }
      if (found.scale && (s.score < found.scale.min || s.score > found.scale.max)) {
        report(
          'score_out_of_scale',
          {
            juror: e.refJuror,
            project,
            criterion: found.code,
            score: s.score,
            min: found.scale.min,
            max: found.scale.max,
          },
          `${at}/score`,
        );
        return;
      }
      if (scored.has(found.id)) {
        report('duplicate_score', { juror: e.refJuror, project, criterion: found.code, where: path }, at);
        return;
      }
      scored.add(found.id);
      scores.push({ juror: e.refJuror, project, criterion: columnId(found), score: s.score });
    });
    const missing = criteria.filter((c) => !scored.has(c.id)).map((c) => `"${c.code}"`);
    if (missing.length > 0 && missing.length < criteria.length)
      report('incomplete_evaluation', { juror: e.refJuror, project, missing: missing.join(', ') }, path);
  }

  // 4. Every project and every cell needs a score.
  for (const p of projects) {
    const own = scores.filter((s) => s.project === p.id);
    if (own.length === 0) {
      report('unscored_project', { project: p.id });
      continue;
    }
    for (const c of criteria)
      if (!own.some((s) => s.criterion === columnId(c))) report('unscored_cell', { project: p.id, criterion: c.code });
  }
  if (failed()) return { ok: false, findings };

  // 5. Weights, aggregation, agreement, ranking.
  const weightOf = new Map<string, number>();
  for (const [key, w] of Object.entries(options.weights ?? {})) {
    const c = findCriterion(key);
    if (!c || c === 'ambiguous')
      throw new RoadmapError(
        'invalid_option',
        `a weight is given for "${key}", which is ${c ? 'ambiguous' : 'no criterion'} of ${catalogues.join(' + ')}`,
      );
    weightOf.set(c.id, w);
  }
  const matrixCriteria: MatrixCriterion[] = criteria.map((c) => ({
    id: columnId(c),
    weight: weightOf.get(c.id) ?? c.defaultWeight ?? 1,
    type: c.direction,
    ...(c.scale ? { scale: { min: c.scale.min, max: c.scale.max } } : {}),
  }));
  const rescaled = rescaleWeights(matrixCriteria.map((c) => c.weight));
  const aggregated = aggregateScores({
    scores,
    abstentions,
    method: aggregation,
    ...(options.trim === undefined ? {} : { trim: options.trim }),
    ...(options.disputeIqr === undefined ? {} : { disputeIqr: options.disputeIqr }),
    projects: projects.map((p) => p.id),
    criteria: matrixCriteria.map((c) => c.id),
  });
  for (const d of aggregated.disputed)
    report('disputed_score', {
      project: d.project,
      criterion: d.criterion,
      iqr: d.iqr,
      limit: aggregated.parameters.disputeIqr,
    });
  const matrix: DecisionMatrix = {
    alternatives: aggregated.projects,
    criteria: matrixCriteria,
    values: aggregated.values,
  };
  const everyScale = criteria.every((c) => c.scale);
  if (!everyScale) for (const c of criteria.filter((x) => !x.scale)) report('no_scale', { criterion: c.code });
  const wsmNormalization: Normalization =
    method === 'wsm' && options.normalization !== undefined ? options.normalization : everyScale ? 'scale' : 'minmax';
  const normalization =
    options.normalization ??
    (method === 'wsm'
      ? wsmNormalization
      : method === 'vikor' || method === 'promethee2'
        ? undefined
        : defaultNormalization[method]);
  const ranking = rank(matrix, {
    method,
    ...(normalization === undefined ? {} : { normalization }),
    ...(options.v === undefined ? {} : { v: options.v }),
    ...(options.preferenceFunctions === undefined ? {} : { preferenceFunctions: options.preferenceFunctions }),
  });
  const agreement = juryAgreement(aggregated, {
    weights: Object.fromEntries(matrixCriteria.map((c) => [c.id, c.weight])),
  });
  const views = options.methodViews ?? methods.filter((m) => m !== method && m !== 'wpm');
  const methodPairs =
    views.length === 0
      ? undefined
      : methodAgreement([
          ranking,
          ...views.map((m) =>
            rank(matrix, m === 'wsm' ? { method: m, normalization: wsmNormalization } : { method: m }),
          ),
        ]).pairs.filter((p) => p.a === method);
  const stabilityOptions = options.stability === false ? undefined : (options.stability ?? {});
  const draws = stabilityOptions?.draws ?? 10_000;
  const seed = stabilityOptions?.seed ?? 1;
  const stability = stabilityOptions
    ? weightStabilityIntervals(matrix, { normalization: wsmNormalization })
    : undefined;
  const acceptability = stabilityOptions ? smaa(matrix, { draws, seed, normalization: wsmNormalization }) : undefined;
  const values = weightedSumScores(normalizeMatrix(matrix, wsmNormalization), matrix, rescaled);

  const parameters: ScoreRoadmapParameters = {
    aggregation,
    method,
    wsmNormalization,
    catalogues,
    weights: Object.fromEntries(matrixCriteria.map((c, j) => [c.id, rescaled[j] as number])),
    scheduleValue: `weighted sum of the aggregated scores, ${wsmNormalization} normalisation`,
    ...(options.selection === undefined ? {} : { selection: options.selection }),
    ...(stabilityOptions ? { draws, seed } : {}),
  };
  const base = {
    ok: true as const,
    findings,
    projects: [...projects],
    criteria: [...criteria],
    aggregated,
    matrix,
    agreement,
    ranking,
    ...(stability ? { stability } : {}),
    ...(acceptability ? { smaa: acceptability } : {}),
    ...(methodPairs ? { methodAgreement: methodPairs } : {}),
    values,
    parameters,
  };
  if (!options.schedule) return base;

  // 6. Schedule the projects from their factsheets, valued by their weighted score.
  const plan = options.schedule;
  if (!Number.isInteger(plan.startYear) || plan.startYear < 2000 || plan.startYear > 2100)
    throw new RoadmapError('invalid_option', `schedule.startYear must be a calendar year; got ${plan.startYear}`);
  const mandatory = new Set<string>();
  for (const ref of plan.mandatory ?? []) {
    const p = findProject(ref);
    if (!p) throw new RoadmapError('invalid_option', `mandatory project "${ref}" is none of the project factsheets`);
    mandatory.add(p.id);
  }
  const candidates: ScheduleProject[] = [];
  for (const [i, f] of projects.entries()) {
    const path = `/projects/${i}`;
    const dependencies = (Array.isArray(f.dependencies) ? f.dependencies : []).map(
      (d: string) => findProject(d)?.id ?? d,
    );
    for (const d of dependencies)
      if (!projects.some((p) => p.id === d)) report('unknown_dependency', { project: f.id, dependency: d }, path);
    try {
      candidates.push(
        scheduleProjectFromFactsheet(
          { ...f, dependencies },
          {
            value: values[i] as number,
            startYear: plan.startYear,
            horizon: plan.years.length,
            ...(mandatory.has(f.id) ? { mandatory: true } : {}),
          },
        ),
      );
    } catch (error) {
      if (!isRoadmapError(error)) throw error;
      report('invalid_budget', { project: f.id, detail: error.message }, path);
    }
  }
  if (failed()) return { ok: false, findings };
  const input: ScheduleInput = {
    years: plan.years,
    projects: candidates,
    ...(plan.valueDiscountByStartYear ? { valueDiscountByStartYear: plan.valueDiscountByStartYear } : {}),
  };
  let result: ScheduleResult;
  try {
    result = await schedule(input, {
      ...(plan.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: plan.timeLimitSeconds }),
      ...(plan.mipRelGap === undefined ? {} : { mipRelGap: plan.mipRelGap }),
      // The summary (the Roadmap's explanation) and the reasons in the findings' language, with calendar years,
      // euros, FTE and the projects' local ids.
      lang,
      text: { ...factsheetUnits, startYear: plan.startYear, name: localId },
    });
  } catch (error) {
    // The factsheets' data (a cycle, a negative amount) is a finding here, not an exception.
    if (!isRoadmapError(error) || !['cycle', 'invalid_input', 'unknown_reference'].includes(error.code)) throw error;
    if (error.code === 'cycle')
      report('dependency_cycle', { cycle: error.message.replace(/^predecessor cycle: /, '') });
    else report('invalid_entity', { kind: 'ProjectFactsheet', id: '—', detail: error.message });
    return { ok: false, findings };
  }
  const name = options.roadmap?.name ?? `Roadmap ${plan.startYear}–${plan.startYear + plan.years.length - 1}`;
  const roadmap = toRoadmap({
    id: options.roadmap?.id ?? `urn:ngsi-ld:Roadmap:${plan.startYear}`,
    name,
    startYear: plan.startYear,
    input,
    result,
    ranking,
    aggregation,
    catalogue: catalogues.join(' + '),
    ...(options.roadmap?.phases ? { phases: options.roadmap.phases } : {}),
    // ProjectFactsheet budgets are in euros (x-unitCode EUR) and staffing in FTE; projects by their local id.
    text: { ...factsheetUnits, name: localId },
  });
  return { ...base, schedule: { input, result, startYear: plan.startYear, text: factsheetUnits }, roadmap };
}

const factsheetUnits = { currency: 'EUR', capacityUnit: { en: 'FTE', fr: 'ETP', nl: 'VTE' } } as const;
/** The local part of an NGSI-LD id (`PRJ-BXL-01` of `urn:ngsi-ld:ProjectFactsheet:PRJ-BXL-01`). */
const localId = (id: string) => id.replace(/^urn:ngsi-ld:[^:]+:/, '');

/** The entities with a non-empty unique id (and no other problem `check` finds); the others are reported. */
function usable<T extends { readonly id: string }>(
  items: readonly T[],
  kind: string,
  path: string,
  report: (code: RoadmapFindingCode, params: Readonly<Record<string, string | number>>, instancePath?: string) => void,
  check: (item: T) => string | undefined,
): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  items.forEach((item, i) => {
    if (item === null || typeof item !== 'object' || !isText(item.id)) {
      report('invalid_entity', { kind, id: String(i), detail: 'has no id' }, `${path}/${i}`);
      return;
    }
    if (seen.has(item.id)) {
      report('duplicate_id', { kind, id: item.id }, `${path}/${i}`);
      return;
    }
    seen.add(item.id);
    const problem = check(item);
    if (problem) {
      report('invalid_entity', { kind, id: item.id, detail: problem }, `${path}/${i}`);
      return;
    }
    out.push(item);
  });
  return out;
}
