/**
 * From a CSV of jurors' scores and the projects' factsheets to the published roadmap: aggregate the jury (median),
 * measure its agreement, rank (weighted sum), test the ranking's stability, schedule under budget and staff, and
 * write the report (Markdown + HTML) and the Roadmap entity, with @opencity/roadmap and the Brussels criteria.
 */
import { brusselsCriteria } from '@opencity/brussels';
import {
  aggregateScores,
  juryAgreement,
  juryReport,
  rank,
  schedule,
  smaa,
  toRoadmap,
  weightStabilityIntervals,
  type DecisionMatrix,
  type JurorScore,
  type ScheduleInput,
} from '@opencity/roadmap';
import { parse } from 'csv-parse/sync';

/** A project as the factsheets describe it (the fields scheduling needs). */
export interface ProjectFactsheet {
  readonly id: string;
  readonly title: { readonly en: string; readonly fr: string; readonly nl: string };
  readonly costKEur: number;
  readonly durationYears: number;
  readonly fte: number;
  readonly dependsOn: readonly string[];
}

/** Options of {@link publishRoadmap}. */
export interface PublishOptions {
  /** First calendar year of the roadmap (default 2026). */
  readonly startYear?: number;
  /** Years planned (default 5). */
  readonly years?: number;
  /** Budget per year in k€ (default 4500). */
  readonly budgetPerYearKEur?: number;
  /** Staff per year in FTE (default 12). */
  readonly ftePerYear?: number;
  /** SMAA draws (default 4000) and seed (default 1). */
  readonly draws?: number;
  readonly seed?: number;
}

/** A problem in the input files, with where it is. */
export class JuryInputError extends Error {
  override readonly name = 'JuryInputError';
  constructor(message: string) {
    super(message);
  }
}

/** Reads `juror,project,criterion,score` rows; an empty score is an abstention (declared conflict of interest). */
export function readScores(
  csv: string,
  projects: readonly string[],
  criteria: readonly string[],
): { scores: JurorScore[]; abstentions: { juror: string; project: string; reason: string }[] } {
  let rows: Record<string, string>[];
  try {
    rows = parse(csv, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  } catch (error) {
    throw new JuryInputError(`scores CSV: ${(error as Error).message}`);
  }
  const header = Object.keys(rows[0] ?? {});
  for (const column of ['juror', 'project', 'criterion', 'score'])
    if (!header.includes(column))
      throw new JuryInputError(`scores CSV: missing column "${column}" (header: ${header.join(',') || 'none'})`);
  const scores: JurorScore[] = [];
  const abstained = new Map<string, { juror: string; project: string; reason: string }>();
  rows.forEach((row, i) => {
    const line = i + 2;
    const { juror = '', project = '', criterion = '', score = '' } = row;
    if (!juror) throw new JuryInputError(`scores CSV line ${line}: empty juror`);
    if (!projects.includes(project))
      throw new JuryInputError(
        `scores CSV line ${line}: unknown project "${project}" (factsheets: ${projects.join(', ')})`,
      );
    if (!criteria.includes(criterion))
      throw new JuryInputError(
        `scores CSV line ${line}: unknown criterion "${criterion}" (criteria: ${criteria.join(', ')})`,
      );
    if (score === '') {
      abstained.set(`${juror}|${project}`, {
        juror,
        project,
        reason: 'abstention (empty score): declared conflict of interest',
      });
      return;
    }
    const value = Number(score);
    if (!Number.isInteger(value) || value < 0 || value > 4)
      throw new JuryInputError(
        `scores CSV line ${line}: score must be an integer 0–4 or empty for an abstention; got "${score}"`,
      );
    scores.push({ juror, project, criterion, score: value });
  });
  const abstentions = [...abstained.values()];
  for (const a of abstentions) {
    if (scores.some((s) => s.juror === a.juror && s.project === a.project))
      throw new JuryInputError(
        `scores CSV: ${a.juror} both scored and abstained on ${a.project}; an abstention covers the whole project`,
      );
  }
  return { scores, abstentions };
}

/** Runs the whole jury-to-roadmap chain and returns the publishable artefacts. */
export async function publishRoadmap(csv: string, projects: readonly ProjectFactsheet[], options: PublishOptions = {}) {
  const startYear = options.startYear ?? 2026;
  const criteria = brusselsCriteria();
  const { scores, abstentions } = readScores(
    csv,
    projects.map((p) => p.id),
    criteria.map((c) => c.id),
  );
  const aggregated = aggregateScores({
    scores,
    abstentions,
    method: 'median',
    projects: projects.map((p) => p.id),
    criteria: criteria.map((c) => c.id),
  });
  const matrix: DecisionMatrix = {
    alternatives: aggregated.projects,
    criteria: criteria.map((c) => ({ id: c.id, weight: c.weight, type: c.type })),
    values: aggregated.values,
  };
  const ranking = rank(matrix, { method: 'wsm' });
  const stability = weightStabilityIntervals(matrix);
  const acceptability = smaa(matrix, { draws: options.draws ?? 4000, seed: options.seed ?? 1 });
  const agreement = juryAgreement(aggregated);
  const input: ScheduleInput = {
    years: Array.from({ length: options.years ?? 5 }, () => ({
      budget: options.budgetPerYearKEur ?? 4500,
      capacity: options.ftePerYear ?? 12,
    })),
    projects: projects.map((p) => ({
      id: p.id,
      value: Math.max(1e-6, ranking.scores[aggregated.projects.indexOf(p.id)] ?? 0),
      duration: p.durationYears,
      costPerYear: Math.round(p.costKEur / p.durationYears),
      capacityPerYear: p.fte,
      predecessors: p.dependsOn,
    })),
  };
  const result = await schedule(input);
  const catalogue = [...new Set(criteria.map((c) => c.catalogue))].join(' + ');
  const title = `Smart City roadmap ${startYear}–${startYear + input.years.length - 1} (criteria: ${catalogue})`;
  const report = juryReport({
    title,
    matrix,
    ranking,
    aggregated,
    agreement,
    stability,
    smaa: acceptability,
    schedule: { input, result, startYear },
  });
  const roadmap = toRoadmap({
    id: `urn:ngsi-ld:Roadmap:brussels-${startYear}`,
    name: {
      en: `Smart City roadmap ${startYear}`,
      fr: `Feuille de route Smart City ${startYear}`,
      nl: `Smart City-routekaart ${startYear}`,
    },
    startYear,
    input,
    result,
    ranking,
    aggregation: 'median',
    catalogue,
  });
  return { markdown: report.markdown, html: report.html, roadmap, ranking, result, agreement, startYear };
}
