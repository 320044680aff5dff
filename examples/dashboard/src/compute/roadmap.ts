/** The scored roadmap of the dashboard: the Brussels sample jury, scored and scheduled by @opencity/roadmap. */
import {
  brusselsCriteria,
  brusselsCriteriaCatalogues,
  juryScoresToCsv,
  sampleFactsheets,
  sampleJuryScores,
} from '@opencity/brussels';
import {
  languages,
  textIn,
  type CompleteText,
  type Criterion,
  type JuryEvaluation,
  type Lang,
  type ProjectFactsheet,
} from '@opencity/models';
import { describeScheduleReason, rankById, readJuryCsv, scoreRoadmap } from '@opencity/roadmap';
import type { Note, RoadmapView } from '../viewModel';

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

/** Why no roadmap could be computed from the entities, in the three languages. */
export class RoadmapUnavailable extends Error {
  override readonly name = 'RoadmapUnavailable';
  /** The reasons (the scoring's findings) in each language. */
  readonly text: CompleteText;
  constructor(text: CompleteText) {
    super(text.en);
    this.text = text;
  }
}

/** Whether an error carries its reason in the three languages. */
export function isLocalized(error: unknown): error is RoadmapUnavailable {
  return error instanceof RoadmapUnavailable;
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
): Promise<{ view: RoadmapView; csv: string; limitations: Note[] }> {
  const { seed } = inputs;
  const factsheets = inputs.projects;
  const csv = inputs.csv ?? '';
  const entities = { evaluations: [...inputs.evaluations], criteria: [...inputs.criteria], projects: [...factsheets] };
  const scored = await scoreRoadmap(entities, {
    stability: { draws: 4000, seed },
    schedule: {
      startYear: planning.firstYear,
      years: Array.from({ length: planning.years }, () => ({
        budget: planning.budgetPerYearKEur * 1000,
        capacity: planning.ftePerYear,
      })),
    },
  });
  if (!scored.ok) {
    // The findings in every language of the page (scoring stops at the data problems, so this is quick).
    const text: Record<Lang, string> = { en: '', fr: '', nl: '' };
    for (const lang of languages) {
      const again = lang === 'en' ? scored : await scoreRoadmap(entities, { lang, stability: false });
      text[lang] = (again.ok ? scored.findings : again.findings).map((f) => f.message).join('; ');
    }
    throw new RoadmapUnavailable(text);
  }
  const { ranking, matrix, agreement: w, smaa, stability, schedule, parameters, criteria } = scored;
  // The jury's warnings (disputed cells) are in the published report; the sample has no other limitation.
  const limitations: Note[] = [];
  const byId = new Map(factsheets.map((f) => [f.id, f]));
  const title = (id: string) => trilingual(byId.get(id)?.name, local(id));
  const costKEur = (id: string) => (byId.get(id)?.budgetByYear ?? []).reduce((s, b) => s + b.amount, 0) / 1000;
  const ranks = rankById(ranking);
  const tied = new Set(ranking.details.ties.flat());
  const weights = ranking.parameters.weights;
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
    method: {
      catalogues: parameters.catalogues,
      aggregation: parameters.aggregation,
      jurors: scored.aggregated.jurors.length,
      normalization: parameters.wsmNormalization,
      weights,
      excluded: w.excluded.map((e) => ({ juror: e.juror, projects: e.projects.map(local) })),
      ...(smaa ? { smaa: { draws: smaa.parameters.draws, seed: smaa.parameters.seed } } : {}),
      solver: plan.result.parameters.solver,
      years: planning.years,
      budgetPerYearKEur: planning.budgetPerYearKEur,
      ftePerYear: planning.ftePerYear,
    },
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
    // Why each project is left out, in the three languages of the page: the binding constraint and the trade-off.
    unscheduled: plan.result.explanation.projects
      .filter((p) => !p.selected)
      .map((p) => ({
        id: local(p.id),
        reason: Object.fromEntries(
          languages.map((lang) => [
            lang,
            describeScheduleReason(p.why, lang, { ...plan.text, startYear: plan.startYear, name: local }),
          ]),
        ) as CompleteText,
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
