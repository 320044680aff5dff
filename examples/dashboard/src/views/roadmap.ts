/** The scored roadmap: ranking, jury agreement, weight stability and the schedule (Gantt). */
import type { Lang } from '@opencity/brussels';
import { chart } from '../charts';
import {
  colon,
  count,
  esc,
  format,
  formatList,
  formatNumber,
  interval,
  isStringKey,
  numberFormatter,
  pick,
  rich,
  t,
} from '../i18n';
import type { UiState } from '../main';
import type { DashboardData, RoadmapMethod } from '../viewModel';
import { fitLabel } from './fitLabel';

/** The roadmap's method in the page's language: one sentence per step. */
export function methodText(m: RoadmapMethod, lang: Lang): string {
  const aggregation = `aggregation_${m.aggregation}`;
  const excluded = m.excluded.map((e) =>
    format('roadmapAbstained', lang, { juror: e.juror, projects: formatList(e.projects, lang) }),
  );
  return [
    format('roadmapMethodCriteria', lang, { catalogues: formatList(m.catalogues, lang) }),
    format('roadmapMethodJury', lang, {
      aggregation: isStringKey(aggregation) ? t(aggregation, lang) : m.aggregation,
      jurors: count('jurors', m.jurors, lang),
    }),
    format('roadmapMethodRanking', lang, {
      normalization: m.normalization,
      weights: m.weights.map((w) => formatNumber(w, lang, 3)).join(' / '),
    }),
    excluded.length > 0
      ? format('roadmapMethodAgreementWithout', lang, { excluded: excluded.join('; ') })
      : t('roadmapMethodAgreement', lang),
    ...(m.smaa
      ? [
          format('roadmapMethodSmaa', lang, {
            draws: count('weightDraws', m.smaa.draws, lang),
            seed: String(m.smaa.seed),
          }),
        ]
      : []),
    format('roadmapMethodSchedule', lang, {
      solver: m.solver,
      years: count('years', m.years, lang),
      budget: formatNumber(m.budgetPerYearKEur, lang, 0),
      fte: formatNumber(m.ftePerYear, lang, 1),
    }),
  ].join(' ');
}

/** Renders the roadmap page. */
export function renderRoadmap(app: HTMLElement, data: DashboardData, state: UiState): void {
  const { lang } = state;
  const r = data.roadmap;
  if (r.unavailable !== undefined) {
    app.innerHTML = `<h2>${t('ranking', lang)}</h2><p class="help" data-testid="roadmap-unavailable">${t('roadmapUnavailable', lang)}${colon(lang)} ${esc(pick(r.unavailable, lang))}</p>`;
    return;
  }
  const label = (id: string): string =>
    pick(r.criteria.find((c) => c.id === id)?.label ?? { fr: id, nl: id, en: id }, lang);
  app.innerHTML = `
    <h2>${t('ranking', lang)}</h2>
    <p class="provenance">${t('method', lang)}${colon(lang)} ${rich(methodText(r.method, lang))}</p>
    <div class="two">
      <table class="ranking" data-testid="ranking"><thead><tr><th>${t('rank', lang)}</th><th>${t('project', lang)}</th><th>${t('score', lang)}</th>${r.ranking.some((p) => p.topAcceptability !== undefined) ? `<th>${t('acceptability', lang)}</th>` : ''}</tr></thead>
      <tbody>${r.ranking.map((p) => `<tr><td>${p.tied ? `=${p.rank}` : p.rank}</td><td><code>${esc(p.id)}</code> ${esc(pick(p.title, lang))}</td><td><span class="bar" style="--w:${Math.round(p.score * 100)}%"></span>${formatNumber(p.score, lang, 3)}</td>${p.topAcceptability !== undefined ? `<td>${formatNumber(p.topAcceptability * 100, lang, 0)} %</td>` : ''}</tr>`).join('')}</tbody></table>
      <div>
        <h3>${t('agreement', lang)} (Kendall W)</h3><div id="chart-agreement" class="chart small"></div>
        <h3>${t('stability', lang)}</h3><p class="help">${t('stabilityHelp', lang)}</p>
        <table class="stability"><thead><tr><th>${t('criterion', lang)}</th><th>${t('weight', lang)}</th><th>[min, max]</th></tr></thead>
        <tbody>${r.stability.map((s) => `<tr><td>${esc(label(s.criterion))}</td><td>${formatNumber(s.weight, lang, 3)}</td><td>${interval(s.lower, s.upper, lang)}</td></tr>`).join('')}</tbody></table>
      </div>
    </div>
    <h2>${t('gantt', lang)}</h2>
    <p class="provenance">${t('budget', lang)}${colon(lang)} ${formatNumber(r.budgetPerYearKEur, lang, 0)} k€</p>
    <div id="chart-gantt" class="chart tall"></div>
    ${r.unscheduled.length ? `<h3>${t('notScheduled', lang)}</h3><ul class="unscheduled" data-testid="unscheduled">${r.unscheduled.map((u) => `<li><code>${esc(u.id)}</code> ${esc(pick(u.reason, lang))}</li>`).join('')}</ul>` : ''}`;

  chart(app.querySelector('#chart-agreement') as HTMLElement, {
    grid: { left: 170, right: 30, top: 10, bottom: 25 },
    tooltip: { trigger: 'axis', valueFormatter: numberFormatter(lang, 3) },
    xAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: numberFormatter(lang, 2) } },
    yAxis: {
      type: 'category',
      data: r.agreement.map((a) => (a.criterion === '*' ? `W (${t('overall', lang)})` : label(a.criterion))),
      axisLabel: { fontSize: 11 },
    },
    series: [{ type: 'bar', data: r.agreement.map((a) => a.w), itemStyle: { color: '#8e44ad' } }],
  });
  const first = r.years[0] ?? 0;
  const rows = [...r.schedule].sort((a, b) => b.start - a.start);
  chart(app.querySelector('#chart-gantt') as HTMLElement, {
    grid: { left: 260, right: 30, top: 10, bottom: 30 },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number; seriesIndex: number }) => {
        const row = rows[p.dataIndex];
        return row
          ? `${esc(row.id)} ${esc(pick(row.title, lang))}: ${row.start}–${row.end} · ${formatNumber(row.costKEur, lang, 0)} k€`
          : '';
      },
    },
    xAxis: {
      type: 'value',
      min: first,
      max: (r.years.at(-1) ?? first) + 1,
      interval: 1,
      axisLabel: { formatter: (v: number) => String(v) },
    },
    yAxis: {
      type: 'category',
      // Whole words on up to two lines that fit the 260 px margin (11 px type), an ellipsis after a whole word when
      // the title is longer; the tooltip gives it in full.
      data: rows.map((s) => fitLabel(`${s.id} ${pick(s.title, lang)}`, 40, 2)),
      axisLabel: { fontSize: 11, lineHeight: 13 },
    },
    series: [
      { type: 'bar', stack: 'g', silent: true, itemStyle: { color: 'transparent' }, data: rows.map((s) => s.start) },
      {
        type: 'bar',
        stack: 'g',
        itemStyle: { color: '#1f5fa8' },
        label: {
          show: true,
          formatter: (p: { dataIndex: number }) => {
            const s = rows[p.dataIndex];
            return s ? (s.start === s.end ? String(s.start) : `${s.start}–${s.end}`) : '';
          },
          color: '#fff',
        },
        data: rows.map((s) => s.end - s.start + 1),
      },
    ],
  });
}
