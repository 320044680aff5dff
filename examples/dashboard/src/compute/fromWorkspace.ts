/**
 * The dashboard from an office's workspace (Node, build time): the workspace check's findings become the Data quality
 * page; the records the check found valid feed the KPI and roadmap pages; personal data of individuals never reach
 * the build (names only with consent to public listing, contact details never).
 */
import { syntheticNotice, type LocalizedText } from '@opencity/brussels';
import { validationFindingCatalogue, type ValidationReport } from '@opencity/interop';
import { renderTemplate, type Lang } from '@opencity/models';
import { checkWorkspace, loadWorkspace, type WorkspaceRecord } from '@opencity/workspace/node';
import type { Criterion, JuryEvaluation, ProjectFactsheet, Target } from '@opencity/models';
import type { FindingDefinition } from '@opencity/models';
import type { DashboardData, DataQualityView, QualityGroup } from '../viewModel';
import { collectEntities, PARTICIPATION_TYPES } from '@opencity/participation';
import { personalData, withheld } from './personalData';
import { buildDay, composeDashboardData, dashboardYears } from './dashboardData';

export { personalData } from './personalData';
import type { StatisticInput } from './kpis';

type Entity = Record<string, unknown>;
const catalogue = validationFindingCatalogue as Readonly<Record<string, FindingDefinition>>;
const definitionOf = (code: string): FindingDefinition | undefined =>
  Object.hasOwn(catalogue, code) ? catalogue[code] : undefined;
const LANGS: readonly Lang[] = ['en', 'fr', 'nl'];
const SAMPLES_PER_CODE = 50;

const keyOf = (s: { file?: string; line?: number; index?: number }): string =>
  `${s.file ?? ''}\u0000${s.line ?? ''}\u0000${s.index ?? ''}`;

const localized = (value: unknown, fallback: string): LocalizedText => {
  if (typeof value === 'string') return { en: value, fr: value, nl: value };
  if (value && typeof value === 'object') {
    const v = value as Partial<Record<Lang, string>>;
    const any = v.en ?? v.fr ?? v.nl ?? fallback;
    return { en: v.en ?? any, fr: v.fr ?? any, nl: v.nl ?? any };
  }
  return { en: fallback, fr: fallback, nl: fallback };
};

/** The check's findings grouped by code, each message rendered in the three languages from the catalogue. */
export function dataQualityOf(report: ValidationReport, excluded: number): DataQualityView {
  const groups = new Map<string, QualityGroup & { samples: QualityGroup['samples'][number][] }>();
  for (const notice of report.notices) {
    const def = definitionOf(notice.code);
    groups.set(notice.code, {
      code: notice.code,
      severity: notice.severity,
      title: def ? { ...def.title } : { en: notice.title, fr: notice.title, nl: notice.title },
      fix: def ? { ...def.fix } : { en: notice.fix, fr: notice.fix, nl: notice.fix },
      docs: notice.docs,
      total: notice.total,
      records: notice.records,
      samples: [],
    });
  }
  for (const record of report.records) {
    for (const f of record.findings) {
      const group = groups.get(f.code);
      if (!group || group.samples.length >= SAMPLES_PER_CODE) continue;
      const def = definitionOf(f.code);
      const message = Object.fromEntries(
        LANGS.map((lang) => [lang, def && f.params ? renderTemplate(def.message[lang], f.params) : f.message]),
      ) as unknown as LocalizedText;
      group.samples.push({
        file: record.source.file ?? '',
        ...(record.source.line === undefined ? {} : { line: record.source.line }),
        ...(record.source.index === undefined ? {} : { index: record.source.index }),
        pointer: f.instancePath,
        message,
      });
    }
  }
  const s = report.summary;
  return {
    summary: {
      total: s.total,
      valid: s.valid,
      invalid: s.invalid,
      unparseable: s.unparseable,
      errors: s.bySeverity.error,
      warnings: s.bySeverity.warning,
    },
    groups: [...groups.values()],
    excluded,
  };
}

/** The years the workspace's statistics cover (its yearly periods), or the dashboard's default years. */
function yearsOf(statistics: readonly StatisticInput[]): readonly [number, number] {
  const years = statistics.map((s) => Number(s.period)).filter((y) => Number.isInteger(y) && y > 1900 && y < 2200);
  if (years.length === 0) return dashboardYears;
  return [Math.min(...years), Math.max(...years)];
}

/**
 * Builds the dashboard data from a workspace folder: checks it (the Data quality page), leaves the invalid records
 * out of every computation, and withholds personal data from everything it returns.
 * @throws when the folder is not a workspace or names a profile other than `brussels` (the dashboard's profile).
 */
export async function buildDashboardDataFromWorkspace(
  dir: string,
  options: { asOf?: Date } = {},
): Promise<DashboardData> {
  const report = await checkWorkspace(dir, { lang: 'en', ...(options.asOf ? { asOf: options.asOf } : {}) });
  const invalid = new Set(report.records.filter((r) => !r.valid).map((r) => keyOf(r.source)));
  const ws = await loadWorkspace(dir);
  const profile = ws.manifest?.profile;
  if (profile !== undefined && profile !== 'brussels')
    throw new Error(`${dir}: the dashboard shows the Brussels profile; this workspace uses "${String(profile)}"`);
  let excluded = 0;
  const valid = <T>(records: readonly WorkspaceRecord<T>[]): T[] =>
    records.flatMap((r) => (invalid.has(keyOf(r.source)) ? (excluded++, []) : [r.entity]));
  // Each type is filtered (and its invalid records counted) once, whichever pages read it.
  const byType = new Map<string, Entity[]>();
  const entities = (type: string): Entity[] =>
    byType.get(type) ?? byType.set(type, valid(ws.entities<Entity>(type))).get(type)!;

  const statistics = valid(ws.statistics).flatMap((s): StatisticInput[] =>
    typeof s.value === 'number' ? [{ area: s.area, period: s.period, variable: s.variable, value: s.value }] : [],
  );
  async function* observations(): AsyncGenerator<Entity> {
    for await (const o of ws.observations()) {
      if (invalid.has(keyOf(o.source))) excluded++;
      else yield o.entity;
    }
  }
  const name = localized(ws.manifest?.name, dir);
  const data = await composeDashboardData(
    {
      years: yearsOf(statistics),
      statistics,
      observations: observations(),
      targets: entities('Target') as unknown as Target[],
    },
    {
      seed: 2026,
      evaluations: entities('JuryEvaluation') as unknown as JuryEvaluation[],
      criteria: entities('Criterion') as unknown as Criterion[],
      projects: entities('ProjectFactsheet') as unknown as ProjectFactsheet[],
    },
    {
      notice: ws.manifest?.synthetic === true ? syntheticNotice : name,
      source: { kind: 'workspace', name },
    },
    {
      entities: collectEntities(PARTICIPATION_TYPES.flatMap((type) => entities(type))),
      asOf: options.asOf ? options.asOf.toISOString().slice(0, 10) : buildDay(),
    },
  );
  const secrets = personalData(ws.entities<Entity>('Stakeholder').map((r) => r.entity));
  return withheld({ ...data, dataQuality: dataQualityOf(report, excluded) }, secrets);
}
