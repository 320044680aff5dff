/**
 * From a jury's score sheet (CSV) and the projects' factsheets to the published roadmap, entirely with
 * @opencity/roadmap's `readJuryCsv` and `scoreRoadmap` on the Brussels criteria: the example keeps no scoring code.
 */
import { brusselsCriteriaCatalogues } from '@opencity/brussels';
import type { Lang, ProjectFactsheet } from '@opencity/models';
import { juryReport, readJuryCsv, scoreRoadmap, type RoadmapFinding } from '@opencity/roadmap';

/** Options of {@link publishRoadmap}. */
export interface PublishOptions {
  /** First calendar year of the roadmap (default 2026). */
  readonly startYear?: number;
  /** Years planned (default 5). */
  readonly years?: number;
  /** Budget per year in euros (default 4,500,000). */
  readonly budgetPerYear?: number;
  /** Staff per year in FTE (default 12). */
  readonly ftePerYear?: number;
  /** SMAA draws (default 4000) and seed (default 1). */
  readonly draws?: number;
  readonly seed?: number;
  /** Language of the report and the findings (default `en`). */
  readonly lang?: Lang;
}

/** What {@link publishRoadmap} gives: the artefacts to publish, or the problems found in the input (`ok: false`). */
export type Published =
  | {
      readonly ok: true;
      readonly markdown: string;
      readonly html: string;
      readonly scored: Extract<Awaited<ReturnType<typeof scoreRoadmap>>, { ok: true }>;
      readonly findings: RoadmapFinding[];
    }
  | { readonly ok: false; readonly findings: RoadmapFinding[] };

/** Runs the whole jury-to-roadmap chain and returns the publishable artefacts. */
export async function publishRoadmap(
  csv: string,
  projects: readonly ProjectFactsheet[],
  options: PublishOptions = {},
): Promise<Published> {
  const startYear = options.startYear ?? 2026;
  const years = options.years ?? 5;
  const lang = options.lang ?? 'en';
  const sheet = readJuryCsv(csv, { lang, selection: `brussels-${startYear}` });
  if (!sheet.ok) return { ok: false, findings: sheet.findings };
  const scored = await scoreRoadmap(
    { evaluations: sheet.evaluations, criteria: brusselsCriteriaCatalogues.flatMap((c) => c.criteria), projects },
    {
      lang,
      stability: { draws: options.draws ?? 4000, seed: options.seed ?? 1 },
      schedule: {
        startYear,
        years: Array.from({ length: years }, () => ({
          budget: options.budgetPerYear ?? 4_500_000,
          capacity: options.ftePerYear ?? 12,
        })),
      },
      roadmap: {
        id: `urn:ngsi-ld:Roadmap:brussels-${startYear}`,
        name: {
          en: `Smart City roadmap ${startYear}`,
          fr: `Feuille de route Smart City ${startYear}`,
          nl: `Smart City-routekaart ${startYear}`,
        },
      },
    },
  );
  if (!scored.ok) return scored;
  const title = `Smart City roadmap ${startYear}–${startYear + years - 1} (criteria: ${scored.parameters.catalogues.join(' + ')})`;
  const { markdown, html } = juryReport({ title, ...scored, lang });
  return { ok: true, markdown, html, scored, findings: [...sheet.findings, ...scored.findings] };
}
