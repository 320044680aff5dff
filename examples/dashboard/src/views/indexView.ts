/** The composite digital index: the region over time, the municipalities, and the dimensions. */
import { chart } from '../charts';
import { esc, formatNumber, pick, t } from '../i18n';
import type { UiState } from '../main';
import type { DashboardData } from '../viewModel';

/** Renders the index page. */
export function renderIndex(app: HTMLElement, data: DashboardData, state: UiState, rerender: () => void): void {
  const { lang } = state;
  const { index } = data;
  const latest = state.period;
  const regionScore = index.scores['04000']?.[latest];
  app.innerHTML = `
    <section class="filters">
      <label>${t('period', lang)} <select id="f-period">${data.periods.map((p) => `<option${p === latest ? ' selected' : ''}>${p}</option>`).join('')}</select></label>
    </section>
    <h2>${t('indexTitle', lang)}</h2>
    <p class="big" data-testid="index-region">${esc(pick(data.regionName, lang))} ${esc(latest)}: <strong>${regionScore === null || regionScore === undefined ? t('noValue', lang) : formatNumber(regionScore, lang)}</strong></p>
    <p class="provenance">${t('method', lang)}: ${esc(index.method)}</p>
    <div class="two">
      <div><h3>${t('byMunicipality', lang)} (${esc(latest)})</h3><div id="chart-index-areas" class="chart tall"></div></div>
      <div><h3>${t('dimensions', lang)}</h3><div id="chart-index-dims" class="chart"></div>
      <h3>${t('overTime', lang)}</h3><div id="chart-index-time" class="chart"></div></div>
    </div>
    <table class="dims"><thead><tr><th>${t('dimensions', lang)}</th><th>${t('weight', lang)}</th>${data.periods.map((p) => `<th>${p}</th>`).join('')}</tr></thead>
    <tbody>${index.dimensions.map((d) => `<tr><td>${esc(pick(d.label, lang))}</td><td>${formatNumber(d.weight * 100, lang, 0)} %</td>${data.periods.map((p) => `<td>${fmt(d.scores['04000']?.[p], lang)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  (app.querySelector('#f-period') as HTMLSelectElement).addEventListener('change', (e) => {
    state.period = (e.target as HTMLSelectElement).value;
    rerender();
  });
  const rows = data.areas
    .filter((a) => a.nis !== '04000')
    .map((a) => ({ name: pick(a.name, lang), value: index.scores[a.nis]?.[latest] ?? null }))
    .sort((a, b) => (a.value ?? 0) - (b.value ?? 0));
  chart(app.querySelector('#chart-index-areas') as HTMLElement, {
    grid: { left: 170, right: 30, top: 10, bottom: 30 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { fontSize: 11 } },
    series: [{ type: 'bar', data: rows.map((r) => r.value), itemStyle: { color: '#1f5fa8' } }],
  });
  chart(app.querySelector('#chart-index-dims') as HTMLElement, {
    tooltip: {},
    radar: { indicator: index.dimensions.map((d) => ({ name: pick(d.label, lang), max: 100 })), radius: '62%' },
    series: [
      {
        type: 'radar',
        data: [
          { name: pick(data.regionName, lang), value: index.dimensions.map((d) => d.scores['04000']?.[latest] ?? 0) },
        ],
      },
    ],
  });
  chart(app.querySelector('#chart-index-time') as HTMLElement, {
    grid: { left: 40, right: 20, top: 20, bottom: 30 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: [...data.periods] },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [
      {
        type: 'line',
        name: pick(data.regionName, lang),
        data: data.periods.map((p) => index.scores['04000']?.[p] ?? null),
      },
    ],
  });
}

function fmt(v: number | null | undefined, lang: UiState['lang']): string {
  return v === null || v === undefined ? '–' : formatNumber(v, lang);
}
