/** The Participation page: programme progress, helix balance over time and by theme, the contributions funnel. */
import type { Lang } from '@opencity/brussels';
import { CONTRIBUTION_FATES, HELICES, type Helix } from '@opencity/participation';
import { chart } from '../charts';
import type { HelixRow } from '../compute/participation';
import { esc, formatList, formatNumber, pick } from '../i18n';
import type { UiState } from '../main';
import type { DashboardData } from '../viewModel';
import {
  countOf,
  formatDay,
  formatMonth,
  formatShare,
  helixColours,
  kpiUnit,
  libraryText as m,
  notComputable,
  s,
} from './participationStrings';
import './participation.css';

const helices = (list: readonly Helix[], lang: Lang) =>
  formatList(
    list.map((h) => m(`helix.${h}`, lang)),
    lang,
  );

/** A helix row's count and share per helix, as table cells (the Governance page's boards use them too). */
export function helixCountCells(row: HelixRow, lang: Lang): string {
  return HELICES.map(
    (h) =>
      `<td>${formatNumber(row.counts[h], lang, 0)}${row.shares ? ` <small>(${formatShare(row.shares[h], lang)})</small>` : ''}</td>`,
  ).join('');
}

/** A helix row's Pielou's J as a table cell, or why it is missing. */
export function evennessCell(row: HelixRow, lang: Lang): string {
  return `<td>${row.evenness === null ? `<em>${esc(notComputable(row.reason, lang))}</em>` : formatNumber(row.evenness, lang, 2)}</td>`;
}

/** A helix row's cells: count and share per helix, Pielou's J (or why it is missing), the helices missing. */
function helixCells(row: HelixRow, lang: Lang): string {
  return `${helixCountCells(row, lang)}${evennessCell(row, lang)}<td>${row.missing.length ? esc(helices(row.missing, lang)) : esc(s('allHelices', lang))}</td>`;
}

/** Renders the Participation page. */
export function renderParticipation(app: HTMLElement, data: DashboardData, state: UiState): void {
  const { lang } = state;
  const p = data.participation;
  if (!p) {
    app.innerHTML = `<h2>${esc(s('programme', lang))}</h2><p class="help">${esc(s('noData', lang))}</p>`;
    return;
  }
  const helixHead = `${HELICES.map((h) => `<th>${esc(m(`helix.${h}`, lang))}</th>`).join('')}<th>${esc(s('evenness', lang))}</th><th>${esc(s('missingHelices', lang))}</th>`;
  const share = p.responses.shareInTime;
  const median = p.responses.medianDays;
  app.innerHTML = `
    <p class="provenance" data-testid="participation-as-of">${esc(s('asOf', lang, { date: formatDay(p.asOf, lang) }))}</p>
    <h2>${esc(s('programme', lang))}</h2>
    ${
      p.programme.length === 0
        ? `<p class="help">${esc(s('noPlan', lang))}</p>`
        : `<table class="programme" data-testid="programme"><thead><tr><th>${esc(s('commitment', lang))}</th><th>${esc(s('achieved', lang))}</th><th>${esc(s('period', lang))}</th><th>${esc(m('col.status', lang))}</th></tr></thead><tbody>${p.programme
            .map((i) => {
              const width = i.target > 0 ? Math.min(100, Math.round((i.achieved / i.target) * 100)) : 100;
              const notes = [
                ...(i.completedOn
                  ? [
                      s(i.onTime === false ? 'completedLate' : 'completed', lang, {
                        date: formatDay(i.completedOn, lang),
                      }),
                    ]
                  : [s('expected', lang, { count: formatNumber(i.expectedByNow, lang, 0) })]),
                ...(i.missingHelices.length
                  ? [s('helicesLacking', lang, { helices: helices(i.missingHelices, lang) })]
                  : []),
              ];
              return `<tr data-item="${esc(i.id)}" data-status="${esc(i.status)}"><td>${esc(pick(i.label, lang))}</td><td><span class="bar" style="--w:${width}%"></span>${formatNumber(i.achieved, lang, 0)} / ${formatNumber(i.target, lang, 0)}</td><td>${esc(formatDay(i.start, lang))} – ${esc(formatDay(i.due, lang))}</td><td><span class="programme-status status-${esc(i.status)}">${esc(m(`status.${i.status}`, lang))}</span><br><small>${esc(notes.join(' · '))}</small></td></tr>`;
            })
            .join('')}</tbody></table>`
    }
    <h2>${esc(s('balanceOverTime', lang))}</h2>
    <div id="chart-helix-time" class="chart"></div>
    <table class="compact" data-testid="helix-over-time"><thead><tr><th>${esc(s('month', lang))}</th>${helixHead}</tr></thead><tbody>${p.overTime
      .map((x) => `<tr><th>${esc(formatMonth(x.month, lang))}</th>${helixCells(x.balance, lang)}</tr>`)
      .join('')}</tbody></table>
    <h3>${esc(s('register', lang))} · ${esc(s('participants', lang))}</h3>
    <table data-testid="helix-balance"><thead><tr><th></th>${helixHead}</tr></thead><tbody>
      <tr><th>${esc(s('register', lang))}</th>${helixCells(p.balance.register, lang)}</tr>
      <tr><th>${esc(s('participants', lang))}</th>${helixCells(p.balance.participants, lang)}</tr>
    </tbody></table>
    <h3>${esc(s('byTheme', lang))}</h3>
    <div class="two">
      <div id="chart-helix-theme" class="chart small"></div>
      <table class="compact" data-testid="helix-by-theme"><thead><tr><th>${esc(s('theme', lang))}</th>${helixHead}</tr></thead><tbody>${p.byTheme
        .map((t) => `<tr><th>${esc(pick(t.theme, lang))}</th>${helixCells(t.balance, lang)}</tr>`)
        .join('')}</tbody></table>
    </div>
    <h2>${esc(s('funnel', lang))}</h2>
    <p class="provenance" data-testid="responses">${esc(
      s('responses', lang, {
        share: share.value === null ? notComputable(share.reason, lang) : formatShare(share.value, lang),
        due: countOf('contributions', p.responses.due, lang),
        window: countOf('days', p.responses.windowDays, lang),
        median: median.value === null ? notComputable(median.reason, lang) : countOf('days', median.value, lang, 1),
      }),
    )}</p>
    <div class="two">
      <div>
        <div id="chart-funnel" class="chart small"></div>
        <table class="compact" data-testid="funnel"><thead><tr><th>${esc(s('stage', lang))}</th><th>${esc(s('count', lang))}</th></tr></thead><tbody>${p.funnel
          .map(
            (f) =>
              `<tr data-stage="${esc(f.stage)}"><th>${esc(s(`stage.${f.stage}`, lang))}</th><td>${formatNumber(f.count, lang, 0)}</td></tr>`,
          )
          .join('')}</tbody></table>
      </div>
      <div>
        <h3>${esc(s('fatesByChannel', lang))}</h3><div id="chart-fates-channel" class="chart small"></div>
      </div>
    </div>
    <h3>${esc(s('fatesByTheme', lang))}</h3><div id="chart-fates-theme" class="chart small"></div>
    ${fateTable(
      'fates-by-channel',
      s('channel', lang),
      p.fates.byChannel.map((c) => ({ key: m(`channel.${c.key}`, lang), counts: c.counts })),
      lang,
    )}
    ${fateTable(
      'fates-by-theme',
      s('theme', lang),
      p.fates.byTheme.map((t) => ({ key: pick(t.key, lang), counts: t.counts })),
      lang,
    )}
    <h2>${esc(s('kpis', lang))}</h2>
    <table data-testid="participation-kpis"><thead><tr><th>${esc(s('kpi', lang))}</th><th>${esc(s('year', lang))}</th><th>${esc(s('value', lang))}</th></tr></thead><tbody>${p.kpis
      .map(
        (k) =>
          `<tr data-kpi="${esc(k.id)}"><td><code>${esc(k.id)}</code> ${esc(pick(k.name, lang))}</td><td>${esc(k.period)}</td><td>${k.value === null ? `<em>${esc(notComputable(k.reason, lang))}</em>` : `${formatNumber(k.value, lang, 2)} ${esc(kpiUnit(k.unit, lang))}`}</td></tr>`,
      )
      .join('')}</tbody></table>`;

  const helixSeries = (rows: readonly HelixRow[]) =>
    HELICES.map((h) => ({
      name: m(`helix.${h}`, lang),
      type: 'bar' as const,
      stack: 'h',
      itemStyle: { color: helixColours[h] },
      data: rows.map((r) => r.counts[h]),
    }));
  chart(app.querySelector('#chart-helix-time') as HTMLElement, {
    grid: { left: 50, right: 50, top: 40, bottom: 30 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: p.overTime.map((x) => formatMonth(x.month, lang)) },
    yAxis: [
      { type: 'value', name: s('participants', lang) },
      { type: 'value', min: 0, max: 1, name: 'J' },
    ],
    series: [
      ...helixSeries(p.overTime.map((x) => x.balance)),
      {
        name: s('evenness', lang),
        type: 'line',
        yAxisIndex: 1,
        itemStyle: { color: '#1b1f24' },
        // A month whose J is not computable is a gap in the line (its reason is in the table below).
        data: p.overTime.map((x) => x.balance.evenness ?? '-'),
      },
    ],
  });
  chart(app.querySelector('#chart-helix-theme') as HTMLElement, {
    grid: { left: 110, right: 20, top: 10, bottom: 25 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: p.byTheme.map((t) => pick(t.theme, lang)) },
    series: helixSeries(p.byTheme.map((t) => t.balance)),
  });
  chart(app.querySelector('#chart-funnel') as HTMLElement, {
    grid: { left: 170, right: 40, top: 10, bottom: 25 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: p.funnel.map((f) => s(`stage.${f.stage}`, lang)) },
    series: [
      {
        type: 'bar',
        data: p.funnel.map((f) => f.count),
        itemStyle: { color: '#1f5fa8' },
        label: { show: true, position: 'right' },
      },
    ],
  });
  const fateSeries = (rows: readonly { counts: Readonly<Record<string, number>> }[]) =>
    CONTRIBUTION_FATES.map((f) => ({
      name: m(`fate.${f}`, lang),
      type: 'bar' as const,
      stack: 'f',
      itemStyle: { color: fateColours[f] },
      data: rows.map((r) => r.counts[f] ?? 0),
    }));
  chart(app.querySelector('#chart-fates-channel') as HTMLElement, {
    grid: { left: 140, right: 20, top: 40, bottom: 25 },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: p.fates.byChannel.map((c) => m(`channel.${c.key}`, lang)) },
    series: fateSeries(p.fates.byChannel),
  });
  chart(app.querySelector('#chart-fates-theme') as HTMLElement, {
    grid: { left: 110, right: 20, top: 40, bottom: 25 },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: p.fates.byTheme.map((t) => pick(t.key, lang)) },
    series: fateSeries(p.fates.byTheme),
  });
}

const fateColours: Readonly<Record<string, string>> = {
  implemented: '#1a7f37',
  scheduled: '#2e7d32',
  inFactsheet: '#5b9bd5',
  accepted: '#8fbce6',
  rejected: '#c62828',
  underReview: '#c98a00',
  received: '#8c959f',
  merged: '#6e5494',
};

/** Contributions per fate for each key (a channel or a theme), as a table. */
function fateTable(
  id: string,
  head: string,
  rows: readonly { key: string; counts: Readonly<Record<string, number>> }[],
  lang: Lang,
): string {
  return `<table class="compact" data-testid="${id}"><thead><tr><th>${esc(head)}</th>${CONTRIBUTION_FATES.map((f) => `<th>${esc(m(`fate.${f}`, lang))}</th>`).join('')}</tr></thead><tbody>${rows
    .map(
      (r) =>
        `<tr><th>${esc(r.key)}</th>${CONTRIBUTION_FATES.map((f) => `<td>${formatNumber(r.counts[f] ?? 0, lang, 0)}</td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
}
