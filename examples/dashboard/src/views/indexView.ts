/** The composite digital index: the region over time, the municipalities, and the dimensions. */
import { areaBars, chart } from '../charts';
import { colon, esc, formatNumber, numberFormatter, pick, rich, t } from '../i18n';
import type { UiState } from '../main';
import type { DashboardData } from '../viewModel';

/** Renders the index page. */
export function renderIndex(app: HTMLElement, data: DashboardData, state: UiState, rerender: () => void): void {
  const { lang } = state;
  const { index } = data;
  const latest = state.period;
  const regionScore = index.scores['04000']?.[latest];
  const selected = state.area !== '04000' ? data.areas.find((a) => a.nis === state.area) : undefined;
  const selectedScore = selected ? index.scores[selected.nis]?.[latest] : undefined;
  app.innerHTML = `
    <section class="filters">
      <label>${t('area', lang)} <select id="f-area">${data.areas.map((a) => `<option value="${a.nis}"${a.nis === state.area ? ' selected' : ''}>${esc(pick(a.name, lang))}</option>`).join('')}</select></label>
      <label>${t('period', lang)} <select id="f-period">${data.periods.map((p) => `<option${p === latest ? ' selected' : ''}>${p}</option>`).join('')}</select></label>
    </section>
    <h2>${t('indexTitle', lang)}</h2>
    <p class="big" data-testid="index-region">${esc(pick(data.regionName, lang))} ${esc(latest)}${colon(lang)} <strong>${fmtScore(regionScore, lang)}</strong>${selected ? ` · <span data-testid="index-selected">${esc(pick(selected.name, lang))}${colon(lang)} <strong>${fmtScore(selectedScore, lang)}</strong></span>` : ''}</p>
    <p class="provenance">${t('method', lang)}${colon(lang)} ${rich(t('indexMethod', lang))}</p>
    <div class="two">
      <div><h3>${t('byMunicipality', lang)} (${esc(latest)})</h3><div id="chart-index-areas" class="chart tall"></div></div>
      <div><h3>${t('dimensions', lang)}</h3><div id="chart-index-dims" class="chart"></div>
      <h3>${t('overTime', lang)}</h3><div id="chart-index-time" class="chart"></div></div>
    </div>
    <table class="dims"><thead><tr><th>${t('dimensions', lang)}</th><th>${t('weight', lang)}</th>${data.periods.map((p) => `<th>${p}</th>`).join('')}</tr></thead>
    <tbody>${index.dimensions.map((d) => `<tr><td>${esc(pick(d.label, lang))}</td><td>${formatNumber(d.weight * 100, lang, 0)} %</td>${data.periods.map((p) => `<td>${fmt(d.scores['04000']?.[p], lang)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  for (const [id, apply] of [
    ['#f-period', (v: string) => (state.period = v)],
    ['#f-area', (v: string) => (state.area = v)],
  ] as const) {
    (app.querySelector(id) as HTMLSelectElement).addEventListener('change', (e) => {
      apply((e.target as HTMLSelectElement).value);
      rerender();
    });
  }
  const numbers = numberFormatter(lang, 1);
  const rows = data.areas
    .filter((a) => a.nis !== '04000')
    .map((a) => ({ nis: a.nis, name: pick(a.name, lang), value: index.scores[a.nis]?.[latest] ?? null }))
    .sort((a, b) => (a.value ?? 0) - (b.value ?? 0));
  areaBars(
    app.querySelector('#chart-index-areas') as HTMLElement,
    rows.map((r) => ({ ...r, colour: '#1f5fa8' })),
    { selected: state.area, numbers, grid: { left: 170, right: 30, top: 10, bottom: 30 }, xAxis: { min: 0, max: 100 } },
  );
  // The region, and the selected municipality beside it; one axis carries the scale (gridlines at 25, 50, 75, 100).
  const shown = [
    { nis: '04000', name: pick(data.regionName, lang) },
    ...(selected ? [{ nis: selected.nis, name: pick(selected.name, lang) }] : []),
  ];
  chart(app.querySelector('#chart-index-dims') as HTMLElement, {
    tooltip: { valueFormatter: numbers },
    legend: { bottom: 0 },
    radar: {
      indicator: index.dimensions.map((d, i) => ({
        name: pick(d.label, lang),
        min: 0,
        max: 100,
        ...(i === 0
          ? { axisLabel: { show: true, formatter: numbers, fontSize: 10, color: '#444', showMinLabel: false } }
          : {}),
      })),
      splitNumber: 4,
      radius: '58%',
      splitLine: { lineStyle: { color: '#bbb' } },
    },
    series: [
      {
        type: 'radar',
        data: shown.map((a, i) => ({
          name: a.name,
          value: index.dimensions.map((d) => d.scores[a.nis]?.[latest] ?? 0),
          ...(i === 1 ? { lineStyle: { width: 3 }, areaStyle: { opacity: 0.15 } } : {}),
        })),
      },
    ],
  });
  chart(app.querySelector('#chart-index-time') as HTMLElement, {
    grid: { left: 40, right: 20, top: 30, bottom: 30 },
    tooltip: { trigger: 'axis', valueFormatter: numbers },
    legend: { top: 0 },
    xAxis: { type: 'category', data: [...data.periods] },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: numbers } },
    series: shown.map((a, i) => ({
      type: 'line',
      name: a.name,
      data: data.periods.map((p) => index.scores[a.nis]?.[p] ?? null),
      lineStyle: { width: i === 1 ? 3 : 2 },
    })),
  });
}

function fmtScore(v: number | null | undefined, lang: UiState['lang']): string {
  return v === null || v === undefined ? t('noValue', lang) : formatNumber(v, lang);
}

function fmt(v: number | null | undefined, lang: UiState['lang']): string {
  return v === null || v === undefined ? '–' : formatNumber(v, lang);
}
