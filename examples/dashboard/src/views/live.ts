/** Live KPIs fed by the sensor-stream example over Server-Sent Events (optional: the page says when nothing runs). */
import { esc, formatNumber, pick, t } from '../i18n';
import type { UiState } from '../main';
import type { DashboardData } from '../viewModel';

/** The message the sensor-stream ingester sends on every update. */
export interface LiveSnapshot {
  /** Messages accepted and rejected so far. */
  readonly accepted: number;
  readonly rejected: number;
  /** Running values per municipality NIS code: mean of the accepted observations so far. */
  readonly areas: Readonly<
    Record<string, { readonly pm25: number | null; readonly no2: number | null; readonly observations: number }>
  >;
  /** ISO time of the snapshot. */
  readonly at: string;
}

let source: EventSource | undefined;

/** The feed URL: `?live=<url>` on the page, else the sensor-stream default. */
export function liveUrl(): string {
  return new URLSearchParams(location.search).get('live') ?? 'http://127.0.0.1:8090/live';
}

/** Renders the live page and subscribes to the feed. */
export function renderLive(app: HTMLElement, data: DashboardData, state: UiState): void {
  const { lang } = state;
  app.innerHTML = `<h2>${t('live', lang)}</h2><p class="help">${esc(t('liveHelp', lang))} <code>${esc(liveUrl())}</code></p><div id="live-out"><p>${t('liveWaiting', lang)}</p></div>`;
  source?.close();
  source = new EventSource(liveUrl());
  source.addEventListener('message', (e: MessageEvent<string>) => {
    const out = document.getElementById('live-out');
    if (!out) return source?.close();
    const snap = JSON.parse(e.data) as LiveSnapshot;
    out.innerHTML = `<p data-testid="live-counts">✔ ${snap.accepted} · ✘ ${snap.rejected} · ${esc(snap.at)}</p>
      <table><thead><tr><th>${t('area', lang)}</th><th>PM2.5 (µg/m³)</th><th>NO2 (µg/m³)</th><th>n</th></tr></thead><tbody>
      ${Object.entries(snap.areas)
        .map(
          ([nis, v]) =>
            `<tr><td>${esc(pick(data.areas.find((a) => a.nis === nis)?.name ?? { fr: nis, nl: nis, en: nis }, lang))}</td><td>${v.pm25 === null ? '–' : formatNumber(v.pm25, lang)}</td><td>${v.no2 === null ? '–' : formatNumber(v.no2, lang)}</td><td>${v.observations}</td></tr>`,
        )
        .join('')}</tbody></table>`;
  });
}
