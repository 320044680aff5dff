/** The scored roadmap of the dashboard: the Brussels sample jury, scored and scheduled by @opencity/roadmap. */
import {
  brusselsCriteria,
  brusselsCriteriaCatalogues,
  juryScoresToCsv,
  sampleFactsheets,
  sampleJuryScores,
} from '@opencity/brussels';
import { textIn, type Criterion, type JuryEvaluation, type ProjectFactsheet } from '@opencity/models';
import { rankById, readJuryCsv, scoreRoadmap } from '@opencity/roadmap';
import type { RoadmapView } from '../viewModel';

/** What {@link computeRoadmap} scores: the jury's evaluations, the criteria and the project factsheets, as entities. */
export interface RoadmapInputs {
  /** Seed of the SMAA weight draws. */
  readonly seed: number;
  readonly evaluations: readonly JuryEvaluation[];
  readonly criteria: readonly Criterion[];
  readonly projects: readonly ProjectFactsheet[];
  /** The jury's score sheet, when the evaluations come from one (returned as is for the example apps). */
  readonly csv?: string;
}

/** Planning horizon and yearly limits of the sample roadmap (synthetic). */
export const planning = { firstYear: 2026, years: 5, budgetPerYearKEur: 4500, ftePerYear: 12 } as const;

const local = (id: string) => id.replace('urn:ngsi-ld:ProjectFactsheet:', '');

/** The sample's roadmap inputs: its factsheets, the Brussels criteria and the jurors' score sheet read as entities. */
export function sampleRoadmapInputs(seed: number): RoadmapInputs {
  const factsheets = sampleFactsheets({ seed });
  const raw = sampleJuryScores({
    seed,
    criteria: brusselsCriteria().map((c) => c.id),
    projects: factsheets.map((f) => local(f.id)),
  });
  const csv = juryScoresToCsv(raw);
  const sheet = readJuryCsv(csv, { selection: `brussels-${planning.firstYear}` });
  if (!sheet.ok)
    throw new Error(`the sample jury sheet does not read: ${sheet.findings.map((f) => f.message).join('; ')}`);
  return {
    seed,
    evaluations: sheet.evaluations,
    criteria: brusselsCriteriaCatalogues.flatMap((c) => c.criteria),
    projects: factsheets,
    csv,
  };
}

/** Computes the roadmap view from entities; `csv` is returned too so that the example apps use the very same scores. */
export async function computeRoadmap(
  inputs: RoadmapInputs,
): Promise<{ view: RoadmapView; csv: string; limitations: string[] }> {
  const { seed } = inputs;
  const factsheets = inputs.projects;
  const csv = inputs.csv ?? '';
  const scored = await scoreRoadmap(
    { evaluations: [...inputs.evaluations], criteria: [...inputs.criteria], projects: [...factsheets] },
    {
      stability: { draws: 4000, seed },
      schedule: {
        startYear: planning.firstYear,
        years: Array.from({ length: planning.years }, () => ({
          budget: planning.budgetPerYearKEur * 1000,
          capacity: planning.ftePerYear,
        })),
      },
    },
  );
  if (!scored.ok) throw new Error(`the jury does not score: ${scored.findings.map((f) => f.message).join('; ')}`);
  const { ranking, matrix, agreement: w, smaa, stability, schedule, parameters, criteria } = scored;
  // The jury's warnings (disputed cells) are in the published report; the sample has no other limitation.
  const limitations: string[] = [];
  const byId = new Map(factsheets.map((f) => [f.id, f]));
  const title = (id: string) => trilingual(byId.get(id)?.name, local(id));
  const costKEur = (id: string) => (byId.get(id)?.budgetByYear ?? []).reduce((s, b) => s + b.amount, 0) / 1000;
  const ranks = rankById(ranking);
  const tied = new Set(ranking.details.ties.flat());
  const weights = ranking.parameters.weights;
  const left = w.excluded.map((e) => `${e.juror} (abstained on ${e.projects.map(local).join(', ')})`).join('; ');
  const plan = schedule!;
  const view: RoadmapView = {
    criteria: criteria.map((c, j) => ({ id: c.code, label: trilingual(c.name, c.code), weight: weights[j] ?? 0 })),
    ranking: ranking.ranking.map((id) => {
      const i = matrix.alternatives.indexOf(id);
      const top5 = (smaa?.rankAcceptability[i] ?? []).slice(0, 5).reduce((a, b) => a + b, 0);
      return {
        id: local(id),
        title: title(id),
        score: ranking.scores[i] ?? 0,
        rank: ranks.get(id) ?? i + 1,
        ...(tied.has(id) ? { tied: true } : {}),
        topAcceptability: top5,
      };
    }),
    method: `criteria: ${parameters.catalogues.join(' + ')}; jury: ${parameters.aggregation} of ${scored.aggregated.jurors.length} jurors (abstentions for declared conflicts); ranking: weighted sum (WSM) on the criteria's 0–4 scales (${parameters.wsmNormalization} normalisation), weights ${weights.map((x) => x.toFixed(3)).join('/')}; equal scores share a rank, listed in the factsheets' order; Kendall W over the jurors with complete scores${left ? `, without ${left}` : ''}; SMAA-2 with ${smaa?.parameters.draws} uniform weight draws, seed ${smaa?.parameters.seed}; schedule: exact MILP (${plan.result.parameters.solver}), ${planning.years} years × ${planning.budgetPerYearKEur} k€ and ${planning.ftePerYear} FTE, maximising the sum of the scheduled projects' scores`,
    agreement: [
      ...(w.overall ? [{ criterion: '*', w: w.overall.w }] : []),
      ...matrix.criteria.map((c) => ({ criterion: c.id, w: w.byCriterion[c.id]?.w ?? 0 })),
    ],
    stability: matrix.criteria.map((c, j) => ({
      criterion: c.id,
      weight: weights[j] ?? 0,
      lower: stability?.[j]?.[0] ?? 0,
      upper: stability?.[j]?.[1] ?? 1,
    })),
    schedule: Object.entries(plan.result.starts).map(([id, start]) => {
      const first = planning.firstYear + start - 1;
      return {
        id: local(id),
        title: title(id),
        start: first,
        end: first + (byId.get(id)?.duration ?? 1) - 1,
        costKEur: costKEur(id),
      };
    }),
    unscheduled: plan.result.notSelected.map((id) => ({
      id: local(id),
      reason: plan.result.explanation.projects.find((p) => p.id === id)?.reason ?? '',
    })),
    budgetPerYearKEur: planning.budgetPerYearKEur,
    years: Array.from({ length: planning.years }, (_, k) => planning.firstYear + k),
  };
  return { view, csv, limitations };
}

/** A name in the three languages of the dashboard (a missing language falls back as `textIn` does). */
function trilingual(name: Parameters<typeof textIn>[0], fallback: string) {
  return {
    fr: textIn(name, 'fr') ?? fallback,
    nl: textIn(name, 'nl') ?? fallback,
    en: textIn(name, 'en') ?? fallback,
  };
}
