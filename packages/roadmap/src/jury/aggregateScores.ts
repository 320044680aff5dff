import { RoadmapError, assertFinite, finiteMean, finiteResult } from '../core/RoadmapError';

/** One juror's score of one project on one criterion. */
export interface JurorScore {
  /** Juror identifier. */
  readonly juror: string;
  /** Project identifier. */
  readonly project: string;
  /** Criterion identifier. */
  readonly criterion: string;
  /** The score on the jury's scale. */
  readonly score: number;
}

/** A juror's abstention on a whole project, e.g. for a conflict of interest. */
export interface Abstention {
  /** Juror identifier. */
  readonly juror: string;
  /** Project identifier. */
  readonly project: string;
  /** Why the juror abstains (required: it goes into the audit trail). */
  readonly reason: string;
}

/** How the scores of the jurors present are combined per project and criterion. */
export type JuryAggregation = 'median' | 'mean' | 'trimmed-mean' | 'geometric-mean';

/** Options of {@link aggregateScores}. */
export interface AggregateScoresOptions {
  /** Every score given. */
  readonly scores: readonly JurorScore[];
  /** Abstentions; an abstaining juror must not score that project. */
  readonly abstentions?: readonly Abstention[];
  /** Aggregation (default `median`). */
  readonly method?: JuryAggregation;
  /** Share trimmed at each end by `trimmed-mean`: ⌊trim·k⌋ scores of k (default 0.2). */
  readonly trim?: number;
  /** A cell is disputed when its interquartile range exceeds this (default 1 scale point). */
  readonly disputeIqr?: number;
  /** Project order of the output (default: order of first appearance). */
  readonly projects?: readonly string[];
  /** Criterion order of the output (default: order of first appearance). */
  readonly criteria?: readonly string[];
}

/** The aggregate of one project on one criterion, with the spread the jury should see. */
export interface ScoreCell {
  /** Project identifier. */
  readonly project: string;
  /** Criterion identifier. */
  readonly criterion: string;
  /** Aggregated score. */
  readonly value: number;
  /** Number of jurors whose score counted. */
  readonly count: number;
  /** The scores that counted, by juror. */
  readonly scores: Readonly<Record<string, number>>;
  /** Jurors who abstained on the project. */
  readonly abstained: string[];
  /** Jurors who neither scored nor abstained. */
  readonly missing: string[];
  /** Lowest score. */
  readonly min: number;
  /** Highest score. */
  readonly max: number;
  /** max − min. */
  readonly range: number;
  /** Interquartile range (quantiles by linear interpolation, R type 7). */
  readonly iqr: number;
  /** Sample standard deviation (0 with one score). */
  readonly sd: number;
  /** True when iqr > disputeIqr: discuss before publishing. */
  readonly disputed: boolean;
}

/** What {@link aggregateScores} returns: a project × criterion table of aggregates and its cells. */
export interface AggregatedScores {
  /** Parameters used, defaults included. */
  readonly parameters: { readonly method: JuryAggregation; readonly trim?: number; readonly disputeIqr: number };
  /** Project ids (rows). */
  readonly projects: string[];
  /** Criterion ids (columns). */
  readonly criteria: string[];
  /** Jurors seen, in order of first appearance. */
  readonly jurors: string[];
  /** values[project][criterion]: the aggregates. */
  readonly values: number[][];
  /** cells[project][criterion]: aggregate, spread and flags. */
  readonly cells: ScoreCell[][];
  /** Disputed cells, for the jury's discussion list. */
  readonly disputed: { readonly project: string; readonly criterion: string; readonly iqr: number }[];
}

/**
 * Sample standard deviation; the same as the textbook formula when that is finite, else computed on halves scaled by
 * their largest deviation (so values near the double range do not overflow on the way), Infinity only when the result
 * itself is beyond the double range.
 */
function spread(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  const mean = finiteMean(values);
  const sd = Math.sqrt(values.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  if (Number.isFinite(sd)) return sd;
  const halves = values.map((x) => x / 2 - mean / 2);
  const m = halves.reduce((a, h) => Math.max(a, Math.abs(h)), 0);
  return 2 * m * Math.sqrt(halves.reduce((s, h) => s + (h / m) ** 2, 0) / (n - 1));
}

/** Linear-interpolation quantile (R type 7) of sorted values. */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const [a, b] = [sorted[lo] as number, sorted[hi] as number];
  const q = a + (h - lo) * (b - a);
  // b − a overflows when a and b lie near opposite ends of the double range; the weighted form cannot.
  return Number.isFinite(q) ? q : (1 - (h - lo)) * a + (h - lo) * b;
}

/**
 * Combines the jurors' scores of one cell into one value (median, mean, trimmed mean or geometric mean).
 * @example
 * combineScores([1, 3, 4, 4, 9], 'trimmed-mean', 0.2); // 3.667 (drops 1 and 9)
 */
export function combineScores(values: readonly number[], method: JuryAggregation, trim = 0.2): number {
  if (values.length === 0) throw new RoadmapError('invalid_input', 'cannot aggregate an empty set of scores');
  const sorted = [...values].sort((a, b) => a - b);
  const mean = finiteMean;
  switch (method) {
    case 'median':
      return quantile(sorted, 0.5);
    case 'mean':
      return mean(sorted);
    case 'trimmed-mean': {
      if (!(trim >= 0 && trim < 0.5)) throw new RoadmapError('invalid_option', `trim must be in [0, 0.5); got ${trim}`);
      const k = Math.floor(trim * sorted.length);
      return mean(sorted.slice(k, sorted.length - k));
    }
    case 'geometric-mean': {
      const bad = sorted.find((x) => x <= 0);
      if (bad !== undefined)
        throw new RoadmapError('invalid_input', `the geometric mean needs positive scores (a ratio scale); got ${bad}`);
      return Math.exp(mean(sorted.map(Math.log)));
    }
    default:
      throw new RoadmapError(
        'invalid_option',
        `unknown jury aggregation ${JSON.stringify(method)}; expected median, mean, trimmed-mean or geometric-mean`,
      );
  }
}

/**
 * Aggregates jurors' scores per project and criterion over the jurors present (abstentions excluded), with spread and dispute flags.
 * @example
 * const agg = aggregateScores({
 *   scores: [{ juror: 'J1', project: 'P1', criterion: 'impact', score: 3 }, { juror: 'J2', project: 'P1', criterion: 'impact', score: 4 }],
 *   abstentions: [{ juror: 'J3', project: 'P1', reason: 'works for the applicant administration' }],
 * });
 * agg.values; // [[3.5]]
 */
export function aggregateScores(options: AggregateScoresOptions): AggregatedScores {
  const method = options.method ?? 'median';
  const trim = options.trim ?? 0.2;
  const disputeIqr = options.disputeIqr ?? 1;
  assertFinite(disputeIqr, 'disputeIqr');
  if (!Array.isArray(options.scores) || options.scores.length === 0)
    throw new RoadmapError('invalid_input', 'aggregateScores needs at least one score');
  const abstentions = options.abstentions ?? [];
  const abstains = new Set<string>();
  const abstainedBy = new Map<string, string[]>();
  const firstSeen = <T>(list: T[], x: T) => {
    if (!list.includes(x)) list.push(x);
  };
  const jurors: string[] = [];
  for (const a of abstentions) {
    if (typeof a.reason !== 'string' || a.reason.trim() === '')
      throw new RoadmapError('invalid_input', `juror "${a.juror}" abstains on "${a.project}" without a reason`);
    abstains.add(`${a.juror}\u0000${a.project}`);
    abstainedBy.set(a.project, [...(abstainedBy.get(a.project) ?? []), a.juror]);
    firstSeen(jurors, a.juror);
  }
  const projects = options.projects ? [...options.projects] : [];
  const criteria = options.criteria ? [...options.criteria] : [];
  const byCell = new Map<string, Map<string, number>>();
  for (const s of options.scores) {
    for (const key of ['juror', 'project', 'criterion'] as const) {
      if (typeof s[key] !== 'string' || s[key] === '')
        throw new RoadmapError('invalid_input', `every score needs a non-empty ${key}; got ${JSON.stringify(s)}`);
    }
    assertFinite(s.score, `score of juror "${s.juror}" on "${s.project}" / "${s.criterion}"`);
    if (abstains.has(`${s.juror}\u0000${s.project}`)) {
      throw new RoadmapError(
        'invalid_input',
        `juror "${s.juror}" abstained on "${s.project}" but scored it on "${s.criterion}"`,
      );
    }
    if (options.projects && !projects.includes(s.project))
      throw new RoadmapError('unknown_reference', `score for unknown project "${s.project}"`);
    if (options.criteria && !criteria.includes(s.criterion))
      throw new RoadmapError('unknown_reference', `score on unknown criterion "${s.criterion}"`);
    firstSeen(projects, s.project);
    firstSeen(criteria, s.criterion);
    firstSeen(jurors, s.juror);
    const key = `${s.project}\u0000${s.criterion}`;
    const cell = byCell.get(key) ?? new Map<string, number>();
    if (cell.has(s.juror))
      throw new RoadmapError('invalid_input', `juror "${s.juror}" scored "${s.project}" on "${s.criterion}" twice`);
    cell.set(s.juror, s.score);
    byCell.set(key, cell);
  }
  const cells = projects.map((project) =>
    criteria.map((criterion): ScoreCell => {
      const cell = byCell.get(`${project}\u0000${criterion}`);
      if (!cell || cell.size === 0)
        throw new RoadmapError('invalid_input', `no juror scored "${project}" on "${criterion}"`);
      const values = [...cell.values()];
      const sorted = [...values].sort((a, b) => a - b);
      const [sd, iqr, range] = finiteResult(
        [spread(values), quantile(sorted, 0.75) - quantile(sorted, 0.25), sorted.at(-1)! - sorted[0]!],
        `the spread (standard deviation, interquartile range, range) of the scores of "${project}" on "${criterion}"`,
      );
      const abstained = abstainedBy.get(project) ?? [];
      return {
        project,
        criterion,
        value: combineScores(values, method, trim),
        count: values.length,
        scores: Object.fromEntries(cell),
        abstained,
        missing: jurors.filter((j) => !cell.has(j) && !abstained.includes(j)),
        min: sorted[0] as number,
        max: sorted[sorted.length - 1] as number,
        range,
        iqr,
        sd,
        disputed: iqr > disputeIqr,
      };
    }),
  );
  return {
    parameters: method === 'trimmed-mean' ? { method, trim, disputeIqr } : { method, disputeIqr },
    projects,
    criteria,
    jurors,
    values: cells.map((row) => row.map((c) => c.value)),
    cells,
    disputed: cells
      .flat()
      .filter((c) => c.disputed)
      .map((c) => ({ project: c.project, criterion: c.criterion, iqr: c.iqr })),
  };
}
