/** KPIs by municipality and period, with status colours, targets and trends. */
import { localizeKpiSource, localizeKpiText } from '@opencity/kpi';
import { areaBars, chart, statusColours } from '../charts';
import { colon, count, esc, formatNumber, numberFormatter, pick, t, unitLabel } from '../i18n';
import type { UiState } from '../main';
import type { DashboardData, InputNote, KpiView } from '../viewModel';

const arrows = { improving: '▲', worsening: '▼', stable: '►' } as const;

/** Renders the KPI page. */
export function renderKpis(app: HTMLElement, data: DashboardData, state: UiState, rerender: () => void): void {
  const { lang } = state;
  const kpis = data.kpis.filter((k) => state.theme === 'all' || k.theme === state.theme);
  if (!kpis.some((k) => k.id === state.kpi)) state.kpi = kpis[0]?.id ?? '';
  const selected = data.kpis.find((k) => k.id === state.kpi);

  app.innerHTML = `
    <section class="filters">
      <label>${t('area', lang)} <select id="f-area">${data.areas.map((a) => `<option value="${a.nis}"${a.nis === state.area ? ' selected' : ''}>${esc(pick(a.name, lang))}</option>`).join('')}</select></label>
      <label>${t('period', lang)} <select id="f-period">${data.periods.map((p) => `<option${p === state.period ? ' selected' : ''}>${p}</option>`).join('')}</select></label>
      <label>${t('theme', lang)} <select id="f-theme"><option value="all">${t('all', lang)}</option>${data.themes.map((th) => `<option value="${th.id}"${th.id === state.theme ? ' selected' : ''}>${esc(pick(th.label, lang))}</option>`).join('')}</select></label>
    </section>
    <section class="cards" aria-label="${t('kpis', lang)}">${kpis.map((k) => card(k, data, state)).join('')}</section>
    ${
      selected
        ? `<section class="detail">
      <h2>${esc(selected.id)} · ${esc(pick(selected.name, lang))}</h2>
      <p class="provenance">${t('provenance', lang)}${colon(lang)} ${esc(selected.references.join('; '))}${selected.target ? ` · ${t('target', lang)} ${selected.target.period}${colon(lang)} ${formatNumber(selected.target.target, lang)} ${esc(unitLabel(selected.unit, lang))}` : ''}</p>
      <div class="two">
        <div><h3>${t('byMunicipality', lang)} (${esc(state.period)})</h3><div id="chart-areas" class="chart tall"></div></div>
        <div><h3>${t('overTime', lang)}</h3><div id="chart-time" class="chart"></div>${provenance(selected, data, state)}</div>
      </div>
    </section>`
        : ''
    }`;

  const on = (id: string, apply: (v: string) => void): void => {
    (app.querySelector(`#${id}`) as HTMLSelectElement).addEventListener('change', (e) => {
      apply((e.target as HTMLSelectElement).value);
      rerender();
    });
  };
  on('f-area', (v) => (state.area = v));
  on('f-period', (v) => (state.period = v));
  on('f-theme', (v) => (state.theme = v));
  for (const el of app.querySelectorAll<HTMLElement>('[data-kpi]')) {
    el.addEventListener('click', () => {
      state.kpi = el.dataset.kpi ?? state.kpi;
      rerender();
    });
  }
  if (selected) drawDetail(app, data, state, selected);
}

function card(k: KpiView, data: DashboardData, state: UiState): string {
  const { lang } = state;
  const cell = k.cells[state.area]?.[state.period];
  const trend = k.trend[state.area];
  const theme = data.themes.find((th) => th.id === k.theme);
  const value = cell?.value;
  return `<button class="card status-${cell?.status ?? 'none'}${k.id === state.kpi ? ' selected' : ''}" data-kpi="${esc(k.id)}" style="--theme:${theme?.colour ?? '#555'}">
    <span class="kpi-id">${esc(k.id)}</span>
    <span class="kpi-name">${esc(pick(k.name, lang))}</span>
    <span class="kpi-value"${cell?.reason ? ` title="${esc(localizeKpiText(cell.reason, lang))}"` : ''}>${value === null || value === undefined ? `<em>${t('noValue', lang)}</em>` : `${formatNumber(value, lang)} <small>${esc(unitLabel(k.unit, lang))}</small>`}</span>
    <span class="kpi-meta"><span class="dot" style="background:${statusColours[cell?.status ?? 'none']}"></span>${t(cell?.status ?? 'none', lang)}${trend ? ` · <span class="trend-${trend.trend}" title="${t('trend', lang)}">${arrows[trend.trend]} ${t(trend.trend, lang)}</span>` : ''}${cell?.coverage !== undefined && cell.coverage < 1 ? ` · ${t('coverage', lang)} ${formatNumber(cell.coverage * 100, lang, 0)} %` : ''}</span>
  </button>`;
}

function provenance(k: KpiView, data: DashboardData, state: UiState): string {
  const { lang } = state;
  const cell = k.cells[state.area]?.[state.period];
  if (!cell) return '';
  const area = pick(
    data.areas.find((a) => a.nis === state.area)?.name ?? { fr: state.area, nl: state.area, en: state.area },
    lang,
  );
  const inputs = (cell.inputs ?? [])
    .map(
      ([name, value, note]) =>
        `<li><code>${esc(name)}</code> = ${value === null ? '–' : formatNumber(value, lang, 2)}${note ? ` (${esc(noteText(note, lang))})` : ''}${k.sources[name] ? ` — ${esc(localizeKpiSource(k.sources[name], lang))}` : ''}</li>`,
    )
    .join('');
  return `<div class="howto" data-testid="provenance"><h3>${t('howComputed', lang)} · ${esc(area)} ${esc(state.period)}</h3>
    <p>${t('definition', lang)} <code>${esc(k.id)}</code> v${esc(k.version)}${cell.reason ? ` · <strong>${t('noValue', lang)}</strong>${colon(lang)} ${esc(localizeKpiText(cell.reason, lang))}` : ''}</p>
    <p>${t('inputs', lang)} (${t('synthetic', lang)})${colon(lang)}</p><ul>${inputs}</ul>
    <p>${t('rules', lang)}${colon(lang)}</p><ul>${(cell.rules ?? []).map((r) => `<li>${esc(localizeKpiText(r, lang))}</li>`).join('')}</ul></div>`;
}

const noteText = (note: InputNote, lang: UiState['lang']): string =>
  'areas' in note ? count('areasPooled', note.areas, lang) : count('observations', note.observations, lang);

function drawDetail(app: HTMLElement, data: DashboardData, state: UiState, k: KpiView): void {
  const { lang } = state;
  const municipalities = data.areas.filter((a) => a.nis !== '04000');
  const rows = municipalities
    .map((a) => ({ nis: a.nis, name: pick(a.name, lang), cell: k.cells[a.nis]?.[state.period] }))
    .filter((r) => r.cell && r.cell.value !== null)
    .sort((a, b) => (a.cell?.value ?? 0) - (b.cell?.value ?? 0));
  const target = k.target?.target;
  const numbers = numberFormatter(lang);
  areaBars(
    app.querySelector('#chart-areas') as HTMLElement,
    rows.map((r) => ({ ...r, value: r.cell?.value, colour: statusColours[r.cell?.status ?? 'none'] })),
    {
      selected: state.area,
      numbers,
      grid: { left: 170, right: 40, top: 26, bottom: 30 },
      xAxis: { name: unitLabel(k.unit, lang) },
      ...(target !== undefined
        ? {
            series: {
              markLine: {
                symbol: 'none',
                label: { formatter: t('target', lang), position: 'end' },
                lineStyle: { type: 'dashed', color: '#333' },
                data: [{ xAxis: target }],
              },
            },
          }
        : {}),
    },
  );
  const areas = state.area === '04000' ? ['04000'] : ['04000', state.area];
  chart(app.querySelector('#chart-time') as HTMLElement, {
    grid: { left: 50, right: 20, top: 30, bottom: 30 },
    tooltip: { trigger: 'axis', valueFormatter: numbers },
    legend: { top: 0 },
    xAxis: { type: 'category', data: [...data.periods] },
    yAxis: {
      type: 'value',
      name: unitLabel(k.unit, lang),
      axisLabel: { formatter: numbers },
      scale: true,
      ...(target !== undefined
        ? {
            min: (v: { min: number }) => Math.floor(Math.min(v.min, target)),
            max: (v: { max: number }) => Math.ceil(Math.max(v.max, target)),
          }
        : {}),
    },
    series: areas.map((nis, i) => ({
      type: 'line',
      name: pick(data.areas.find((a) => a.nis === nis)?.name ?? { fr: nis, nl: nis, en: nis }, lang),
      data: data.periods.map((p) => k.cells[nis]?.[p]?.value ?? null),
      lineStyle: { width: i === 0 ? 3 : 2 },
      ...(i === 0 && target !== undefined
        ? {
            markLine: {
              symbol: 'none',
              label: { formatter: t('target', lang), position: 'insideEndTop' },
              lineStyle: { type: 'dashed', color: '#333' },
              data: [{ yAxis: target }],
            },
          }
        : {}),
    })),
  });
}
