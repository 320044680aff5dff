/** The dashboard shell: language, navigation and routing between the pages. */
import './style.css';
import type { Lang } from '@opencity/brussels';
import { disposeCharts } from './charts';
import { loadDashboardData } from './data';
import { colon, pick, t, type StringKey } from './i18n';
import { renderIndex } from './views/indexView';
import { renderKpis } from './views/kpis';
import { renderLive } from './views/live';
import { renderRoadmap } from './views/roadmap';
import { renderDataQuality } from './views/dataQuality';
import { renderGovernance } from './views/governance';
import { renderParticipation } from './views/participation';

/** Mutable UI state shared by the pages. */
export interface UiState {
  lang: Lang;
  area: string;
  period: string;
  theme: string;
  kpi: string;
}

const routes: Record<string, StringKey> = {
  kpis: 'kpis',
  index: 'index',
  roadmap: 'roadmap',
  validator: 'validator',
  live: 'live',
  participation: 'participation',
  governance: 'governance',
  quality: 'quality',
};
const data = loadDashboardData();
const stored = localStorage.getItem('opencity.lang');
const state: UiState = {
  lang: stored === 'fr' || stored === 'nl' || stored === 'en' ? stored : 'fr',
  area: '04000',
  period: data.periods.at(-1) ?? '',
  theme: 'all',
  kpi: data.kpis[0]?.id ?? '',
};

function route(): string {
  const r = location.hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return r in routes ? r : 'kpis';
}

function render(): void {
  disposeCharts();
  document.documentElement.lang = state.lang;
  const current = route();
  document.title = `OpenCity — ${t('dashboardTitle', state.lang)}`;
  const nav = document.getElementById('nav') as HTMLElement;
  nav.setAttribute('aria-label', t('sections', state.lang));
  document.querySelector('.langs')?.setAttribute('aria-label', t('language', state.lang));
  nav.innerHTML = Object.entries(routes)
    .map(([r, key]) => `<a href="#/${r}"${r === current ? ' aria-current="page"' : ''}>${t(key, state.lang)}</a>`)
    .join('');
  (document.getElementById('region-name') as HTMLElement).textContent = pick(data.regionName, state.lang);
  (document.getElementById('notice') as HTMLElement).textContent = pick(data.notice, state.lang);
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]'))
    b.setAttribute('aria-pressed', String(b.dataset.lang === state.lang));
  const app = document.getElementById('app') as HTMLElement;
  app.innerHTML = '';
  app.dataset.page = current;
  const rerender = (): void => render();
  if (current === 'index') renderIndex(app, data, state, rerender);
  else if (current === 'roadmap') renderRoadmap(app, data, state);
  // The validator carries the schema validators: loaded only when the page is opened (a separate chunk, still local).
  else if (current === 'validator')
    void import('./views/validator').then((m) => {
      if (route() === 'validator' && app.dataset.page === 'validator') m.renderValidator(app, state);
    });
  else if (current === 'live') renderLive(app, data, state);
  else if (current === 'participation') renderParticipation(app, data, state);
  else if (current === 'governance') renderGovernance(app, data, state);
  else if (current === 'quality') renderDataQuality(app, data, state, location.hash.split('/')[2]);
  else renderKpis(app, data, state, rerender);
  const notes = [
    ...(data.missingKpis.length > 0
      ? [`${t('missingKpis', state.lang)}${colon(state.lang)} ${data.missingKpis.join(', ')}`]
      : []),
    ...data.limitations.map((note) => pick(note, state.lang)),
  ];
  if (notes.length > 0) {
    const note = document.createElement('aside');
    note.className = 'limitations';
    note.textContent = notes.join(' · ');
    app.append(note);
  }
}

for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  b.addEventListener('click', () => {
    state.lang = b.dataset.lang as Lang;
    localStorage.setItem('opencity.lang', state.lang);
    render();
  });
}
window.addEventListener('hashchange', render);
render();
