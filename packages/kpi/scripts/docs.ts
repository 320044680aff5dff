/**
 * Generates the KPI catalogue reference in English, French and Dutch (docs/reference/kpi/ and docs/reference/{fr,nl}/kpi/):
 * an index table and one section per KPI with its name and description in the page's language, framework references,
 * formula, inputs, direction, roll-up rule, periodicity and bounds — from the same definitions the engine executes.
 * Texts the definitions hold in English only (input sources, caveats, framework notes) are marked as such.
 */
import type { KpiDefinition, KpiIndexNode, Lang } from '@opencity/models';
import { cell, headingAnchor, inEnglish, pageHeader, publishReference, textsIn } from '@opencity/tooling';
import { catalogue } from '../src/catalogue/catalogue';
import { compileFormula } from '../src/engine/formula';

const PAGE = 'kpi/index.md';
const DOMAINS: KpiDefinition['domain'][] = ['economy', 'digital', 'environment', 'mobility', 'society', 'project'];
/** A KPI's section heading: its id and name in the page's language (the anchor the index and the trees link to). */
const heading = (d: KpiDefinition, lang: Lang): string => `${d.id} — ${d.name[lang]}`;

function page(lang: Lang): string {
  const t = textsIn(lang);
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 4 });
  const english = (text: string | undefined): string => cell(inEnglish(lang, text));
  const byId = new Map(catalogue.map((d) => [d.id, d]));
  const link = (id: string): string => {
    const target = byId.get(id);
    return target ? `[${id}](#${headingAnchor(heading(target, lang))})` : id;
  };

  function formulaText(d: KpiDefinition): string {
    const f = d.formula;
    switch (f.kind) {
      case 'ratio':
      case 'expression':
        return `\`${compileFormula(d).text}\``;
      case 'observations': {
        const expected = f.expectedPerDay ?? 24;
        return [
          t(`kpi.statistic.${f.statistic}`, {
            variable: f.variable,
            threshold: f.threshold === undefined ? '' : number.format(f.threshold),
          }),
          t('kpi.dayCoverage', {
            min: Math.ceil(expected * (f.minDailyCoverage ?? 0.75) - 1e-9),
            expected,
          }),
          t('kpi.periodCoverage', { share: (f.minPeriodCoverage ?? 0.75) * 100 }),
        ].join('; ');
      }
      case 'composite':
        return t('kpi.composite');
    }
  }

  function tree(node: KpiIndexNode, depth = 0): string[] {
    const pad = '  '.repeat(depth);
    const weight =
      node.weight === undefined ? '' : ` — ${t('kpi.tree.weight', { weight: number.format(node.weight) })}`;
    const n = node.normalisation;
    const what = node.kpi
      ? `${link(node.kpi)}${
          n
            ? `, ${t('kpi.tree.normalisation', {
                method: n.method,
                min: n.min === undefined ? '…' : number.format(n.min),
                max: n.max === undefined ? '…' : number.format(n.max),
              })}${n.direction === 'decrease' ? ` (${t('kpi.tree.reversed')})` : ''}`
            : ''
        }`
      : `${t(`kpi.tree.${node.aggregation ?? 'arithmetic'}`)}${
          node.minDataShare === undefined ? '' : `, ${t('kpi.tree.minDataShare', { share: node.minDataShare * 100 })}`
        }`;
    return [
      `${pad}- **${node.label?.[lang] ?? (node.kpi ? byId.get(node.kpi)?.name[lang] : undefined) ?? node.id}**${weight}${t('colon')} ${what}`,
      ...(node.children ?? []).flatMap((c) => tree(c, depth + 1)),
    ];
  }

  const frameworks = (d: KpiDefinition, notes: boolean): string =>
    (d.references ?? [])
      .map((r) => `${r.framework} ${r.code}${notes && r.note ? ` (${english(r.note)})` : ''}`)
      .join('; ');

  function section(d: KpiDefinition): string {
    const rollUp =
      d.rollUp.method === 'weightedMean'
        ? t('kpi.rollUp.weightedMean', { weight: `\`${d.rollUp.weight ?? ''}\`` })
        : t(`kpi.rollUp.${d.rollUp.method}`);
    const lines = [
      `### ${heading(d, lang)}`,
      '',
      d.description ? `${d.description[lang]}\n` : undefined,
      '| | |',
      '|---|---|',
      `| ${t('kpi.col.frameworks')} | ${cell(frameworks(d, true)) || '—'} |`,
      `| ${t('col.unit')} | ${cell(d.unit.symbol)}${d.unit.code ? ` (UN/CEFACT ${d.unit.code})` : ''} |`,
      `| ${t('kpi.col.direction')} | ${t(`kpi.direction.${d.direction}`)} |`,
      `| ${t('kpi.col.formula')} | ${cell(formulaText(d))} |`,
      `| ${t('kpi.col.rollUp')} | ${rollUp} |`,
      `| ${t('kpi.col.periodicity')} | ${t(`kpi.periodicity.${d.periodicity}`)} |`,
      d.level ? `| ${t('kpi.col.level')} | ${t(`kpi.level.${d.level}`)} |` : undefined,
      d.indicatorType ? `| ${t('kpi.col.indicatorType')} | ${t(`kpi.type.${d.indicatorType}`)} |` : undefined,
      d.bounds
        ? `| ${t('kpi.col.bounds')} | ${number.format(d.bounds.min)} – ${number.format(d.bounds.max)}${d.bounds.source ? ` (${english(d.bounds.source)})` : ''} |`
        : undefined,
      d.sdg?.length ? `| ${t('kpi.col.sdg')} | ${d.sdg.join(', ')} |` : undefined,
      `| ${t('col.version')} | ${d.version} |`,
      '',
      `| ${t('kpi.col.input')} | ${t('col.unit')} | ${t('col.source')} |`,
      '|---|---|---|',
      ...d.inputs.map(
        (i) =>
          `| \`${i.name}\`${i.label ? ` — ${cell(i.label[lang])}` : ''} | ${cell(i.unit.symbol)} | ${english(i.source)} |`,
      ),
      '',
      d.formula.kind === 'composite' ? `${tree(d.formula.index).join('\n')}\n` : undefined,
      d.caveats ? `*${t('kpi.caveats')}*${t('colon')} ${english(d.caveats)}\n` : undefined,
    ];
    return lines.filter((l) => l !== undefined).join('\n');
  }

  return [
    ...pageHeader(lang, PAGE, t('kpi.title'), '`@opencity/kpi` (`packages/kpi/scripts/docs.ts`)'),
    t('kpi.intro', { count: catalogue.length, schema: '../schemas/office/KpiDefinition.md' }),
    '',
    `| ${t('kpi.col.id')} | ${t('col.name')} | ${t('kpi.col.domain')} | ${t('kpi.col.direction')} | ${t('col.unit')} | ${t('kpi.col.frameworks')} |`,
    '|---|---|---|---|---|---|',
    ...catalogue.map(
      (d) =>
        `| ${link(d.id)} | ${cell(d.name[lang])} | ${t(`kpi.domain.${d.domain}`)} | ${t(`kpi.direction.${d.direction}`).split(' ')[0]!} | ${cell(d.unit.symbol)} | ${cell(frameworks(d, false))} |`,
    ),
    '',
    ...DOMAINS.flatMap((domain) => [
      `## ${t(`kpi.domain.${domain}`)}`,
      '',
      ...catalogue.filter((d) => d.domain === domain).map(section),
      '',
    ]),
  ].join('\n');
}

// The catalogue as JSON is published once, beside the English page.
publishReference(
  'kpi',
  `${catalogue.length} KPI definitions`,
  (lang) =>
    new Map([
      [PAGE, page(lang)],
      ...(lang === 'en' ? [['kpi/catalogue.json', `${JSON.stringify(catalogue, null, 2)}\n`] as const] : []),
    ]),
);
