/** The scored roadmap of the dashboard: jury → aggregate → rank → sensitivity → schedule, with @opencity/roadmap. */
import { juryScoresToCsv, sampleJuryScores, sampleProjects, type LocalizedText } from '@opencity/brussels';
import { aggregateScores, kendallW, rank, schedule, smaa, weightStabilityIntervals, type DecisionMatrix } from '@opencity/roadmap';
import type { RoadmapView } from '../viewModel';
import { roadmapCriteria } from './criteria';

/** Planning horizon and yearly limits of the sample roadmap (synthetic). */
export const planning = { firstYear: 2026, years: 5, budgetPerYearKEur: 4500, ftePerYear: 12 } as const;

/** Computes the roadmap view; `csv` is returned too so that the example apps use the very same scores. */
export async function computeRoadmap(seed: number): Promise<{ view: RoadmapView; csv: string; limitations: string[] }> {
  const limitations: string[] = [];
  const { criteria, source } = roadmapCriteria();
  if (source !== '@opencity/roadmap') limitations.push(source);
  const projects = sampleProjects({ seed });
  const raw = sampleJuryScores({ seed, criteria: criteria.map((c) => c.id), projects: projects.map((p) => p.id) });
  const abstentions = [...new Set(raw.filter((s) => s.score === null).map((s) => `${s.juror}|${s.project}`))].map((k) => {
    const [juror = '', project = ''] = k.split('|');
    return { juror, project, reason: 'declared conflict of interest (synthetic sample)' };
  });
  const scores = raw.flatMap((s) => (s.score === null ? [] : [{ juror: s.juror, project: s.project, criterion: s.criterion, score: s.score }]));
  const aggregated = aggregateScores({ scores, abstentions, method: 'median', projects: projects.map((p) => p.id), criteria: criteria.map((c) => c.id) });

  const matrix: DecisionMatrix = {
    alternatives: aggregated.projects,
    criteria: criteria.map((c) => ({ id: c.id, weight: c.weight, type: 'benefit' as const })),
    values: aggregated.values,
  };
  const ranked = rank(matrix, { method: 'wsm' });
  const acceptability = smaa(matrix, { draws: 4000, seed });
  const intervals = weightStabilityIntervals(matrix);
  const weights = ranked.parameters.weights;

  // Kendall's W per criterion needs a complete jurors × projects table: jurors who abstained on a project are left
  // out of that criterion's table (the abstention is a declared conflict, not a missing score).
  const abstainers = new Set(abstentions.map((a) => a.juror));
  const agreement = criteria.map((c) => {
    const table = aggregated.jurors
      .filter((j) => !abstainers.has(j))
      .map((j) => aggregated.projects.map((p) => scores.find((s) => s.juror === j && s.project === p && s.criterion === c.id)?.score ?? Number.NaN));
    return { criterion: c.id, w: kendallW(table).w };
  });

  const byId = new Map(projects.map((p) => [p.id, p]));
  const scoreOf = new Map(ranked.ranking.map((id) => [id, ranked.scores[aggregated.projects.indexOf(id)] ?? 0]));
  const plan = await schedule({
    years: Array.from({ length: planning.years }, () => ({ budget: planning.budgetPerYearKEur, capacity: planning.ftePerYear })),
    projects: projects.map((p) => ({
      id: p.id,
      value: Math.max(1e-6, scoreOf.get(p.id) ?? 0),
      duration: p.durationYears,
      costPerYear: Math.round(p.costKEur / p.durationYears),
      capacityPerYear: p.fte,
      predecessors: p.dependsOn,
    })),
  });
  const title = (id: string): LocalizedText => byId.get(id)?.title ?? { fr: id, nl: id, en: id };
  const view: RoadmapView = {
    criteria: criteria.map((c, j) => ({ id: c.id, label: c.label, weight: weights[j] ?? 0 })),
    ranking: ranked.ranking.map((id, r) => {
      const i = aggregated.projects.indexOf(id);
      const top5 = (acceptability.rankAcceptability[i] ?? []).slice(0, 5).reduce((a, b) => a + b, 0);
      return { id, title: title(id), score: ranked.scores[i] ?? 0, rank: r + 1, topAcceptability: top5 };
    }),
    method: `jury: median of ${aggregated.jurors.length} jurors (abstentions for declared conflicts); ranking: weighted sum (WSM) on ${ranked.parameters.normalization ?? 'minmax'}-normalised scores, weights ${weights.map((w) => w.toFixed(3)).join('/')}; SMAA-2 with ${acceptability.parameters.draws} uniform weight draws, seed ${acceptability.parameters.seed}; schedule: exact MILP (${plan.parameters.solver}), ${planning.years} years × ${planning.budgetPerYearKEur} k€ and ${planning.ftePerYear} FTE`,
    agreement,
    stability: criteria.map((c, j) => ({ criterion: c.id, weight: weights[j] ?? 0, lower: intervals[j]?.[0] ?? 0, upper: intervals[j]?.[1] ?? 1 })),
    schedule: Object.entries(plan.starts).map(([id, start]) => {
      const p = byId.get(id);
      const first = planning.firstYear + start - 1;
      return { id, title: title(id), start: first, end: first + (p?.durationYears ?? 1) - 1, costKEur: p?.costKEur ?? 0 };
    }),
    unscheduled: plan.notSelected.map((id) => ({ id, reason: plan.explanation.projects.find((p) => p.id === id)?.reason ?? '' })),
    budgetPerYearKEur: planning.budgetPerYearKEur,
    years: Array.from({ length: planning.years }, (_, k) => planning.firstYear + k),
  };
  return { view, csv: juryScoresToCsv(raw), limitations };
}
