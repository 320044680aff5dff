/** The scored roadmap of the dashboard: jury → aggregate → rank → sensitivity → schedule, with @opencity/roadmap. */
import {
  brusselsCriteria,
  juryScoresToCsv,
  sampleJuryScores,
  sampleProjects,
  type LocalizedText,
} from '@opencity/brussels';
import {
  aggregateScores,
  juryAgreement,
  rank,
  schedule,
  smaa,
  weightStabilityIntervals,
  type DecisionMatrix,
} from '@opencity/roadmap';
import type { RoadmapView } from '../viewModel';

/** Planning horizon and yearly limits of the sample roadmap (synthetic). */
export const planning = { firstYear: 2026, years: 5, budgetPerYearKEur: 4500, ftePerYear: 12 } as const;

/** Computes the roadmap view; `csv` is returned too so that the example apps use the very same scores. */
export async function computeRoadmap(seed: number): Promise<{ view: RoadmapView; csv: string; limitations: string[] }> {
  const limitations: string[] = [];
  const criteria = brusselsCriteria();
  const projects = sampleProjects({ seed });
  const raw = sampleJuryScores({ seed, criteria: criteria.map((c) => c.id), projects: projects.map((p) => p.id) });
  const abstentions = [...new Set(raw.filter((s) => s.score === null).map((s) => `${s.juror}|${s.project}`))].map(
    (k) => {
      const [juror = '', project = ''] = k.split('|');
      return { juror, project, reason: 'declared conflict of interest (synthetic sample)' };
    },
  );
  const scores = raw.flatMap((s) =>
    s.score === null ? [] : [{ juror: s.juror, project: s.project, criterion: s.criterion, score: s.score }],
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
  const ranked = rank(matrix, { method: 'wsm' });
  const acceptability = smaa(matrix, { draws: 4000, seed });
  const intervals = weightStabilityIntervals(matrix);
  const weights = ranked.parameters.weights;

  // Kendall's W needs a complete jurors × projects table: jurors who abstained are left out and listed.
  const w = juryAgreement(aggregated);
  const agreement = [
    ...(w.overall ? [{ criterion: '*', w: w.overall.w }] : []),
    ...criteria.map((c) => ({ criterion: c.id, w: w.byCriterion[c.id]?.w ?? 0 })),
  ];
  const left = w.excluded.map((e) => `${e.juror} (abstained on ${e.projects.join(', ')})`).join('; ');

  const byId = new Map(projects.map((p) => [p.id, p]));
  const scoreOf = new Map(ranked.ranking.map((id) => [id, ranked.scores[aggregated.projects.indexOf(id)] ?? 0]));
  const plan = await schedule({
    years: Array.from({ length: planning.years }, () => ({
      budget: planning.budgetPerYearKEur,
      capacity: planning.ftePerYear,
    })),
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
    method: `criteria: ${[...new Set(criteria.map((c) => c.catalogue))].join(' + ')}; jury: median of ${aggregated.jurors.length} jurors (abstentions for declared conflicts); ranking: weighted sum (WSM) on ${ranked.parameters.normalization ?? 'minmax'}-normalised scores, weights ${weights.map((w) => w.toFixed(3)).join('/')}; Kendall W over the jurors with complete scores${left ? `, without ${left}` : ''}; SMAA-2 with ${acceptability.parameters.draws} uniform weight draws, seed ${acceptability.parameters.seed}; schedule: exact MILP (${plan.parameters.solver}), ${planning.years} years × ${planning.budgetPerYearKEur} k€ and ${planning.ftePerYear} FTE`,
    agreement,
    stability: criteria.map((c, j) => ({
      criterion: c.id,
      weight: weights[j] ?? 0,
      lower: intervals[j]?.[0] ?? 0,
      upper: intervals[j]?.[1] ?? 1,
    })),
    schedule: Object.entries(plan.starts).map(([id, start]) => {
      const p = byId.get(id);
      const first = planning.firstYear + start - 1;
      return {
        id,
        title: title(id),
        start: first,
        end: first + (p?.durationYears ?? 1) - 1,
        costKEur: p?.costKEur ?? 0,
      };
    }),
    unscheduled: plan.notSelected.map((id) => ({
      id,
      reason: plan.explanation.projects.find((p) => p.id === id)?.reason ?? '',
    })),
    budgetPerYearKEur: planning.budgetPerYearKEur,
    years: Array.from({ length: planning.years }, (_, k) => planning.firstYear + k),
  };
  return { view, csv: juryScoresToCsv(raw), limitations };
}
