/** The Data quality page: the workspace check's findings, grouped by code, each group linkable (#/quality/<code>). */
import { colon, count, esc, formatNumber, pick, rich, t } from '../i18n';
import type { UiState } from '../main';
import type { DashboardData, QualitySample } from '../viewModel';

const where = (s: QualitySample, lang: UiState['lang']): string =>
  `${esc(s.file)}${s.line !== undefined ? ` · ${t('line', lang)} ${s.line}` : s.index !== undefined ? ` [${s.index}]` : ''}${s.pointer ? ` · <code>${esc(s.pointer)}</code>` : ''}`;

/** Renders the Data quality page; `focus` is the code to scroll to. */
export function renderDataQuality(app: HTMLElement, data: DashboardData, state: UiState, focus?: string): void {
  const { lang } = state;
  const q = data.dataQuality;
  if (!q) {
    app.innerHTML = `<h2>${t('quality', lang)}</h2><p class="help" data-testid="quality-sample">${rich(t('qualitySample', lang))}</p>`;
    return;
  }
  const n = (v: number) => formatNumber(v, lang, 0);
  const s = q.summary;
  app.innerHTML = `
    <h2>${t('quality', lang)}</h2>
    <p class="help">${rich(t('qualityIntro', lang))}</p>
    <table class="quality-summary" data-testid="quality-summary"><tbody>
      <tr><th>${t('records', lang)}</th><td>${n(s.total)}</td></tr>
      <tr><th>${t('valid', lang)}</th><td>${n(s.valid)}</td></tr>
      <tr><th>${t('invalid', lang)}</th><td>${n(s.invalid)}</td></tr>
      <tr><th>${t('unparseable', lang)}</th><td>${n(s.unparseable)}</td></tr>
      <tr><th>${t('errors', lang)}</th><td>${n(s.errors)}</td></tr>
      <tr><th>${t('warnings', lang)}</th><td>${n(s.warnings)}</td></tr>
      <tr><th>${t('excluded', lang)}</th><td>${n(q.excluded)}</td></tr>
    </tbody></table>
    ${q.groups.length === 0 ? `<p data-testid="quality-clean">${esc(t('qualityClean', lang))}</p>` : ''}
    ${q.groups
      .map(
        (g) => `
    <section class="quality-group severity-${g.severity}" id="quality-${esc(g.code)}" data-code="${esc(g.code)}">
      <h3><a href="#/quality/${esc(g.code)}">${esc(pick(g.title, lang))}</a> <code>${esc(g.code)}</code>
        <span class="badge">${t(`severity_${g.severity}`, lang)}</span> <span class="count">${esc(count('occurrences', g.total, lang))}</span></h3>
      <p class="fix"><strong>${t('howToFix', lang)}${colon(lang)}</strong> ${rich(pick(g.fix, lang))} <a href="${esc(g.docs)}">${t('reference', lang)}</a></p>
      <table class="quality-samples"><thead><tr><th>${t('where', lang)}</th><th>${t('message', lang)}</th></tr></thead><tbody>
      ${g.samples.map((x) => `<tr><td>${where(x, lang)}</td><td>${rich(pick(x.message, lang))}</td></tr>`).join('')}
      </tbody></table>
      ${g.total > g.samples.length ? `<p class="help">${esc(count('moreNotListed', g.total - g.samples.length, lang))}</p>` : ''}
    </section>`,
      )
      .join('')}`;
  if (focus) app.querySelector(`#quality-${CSS.escape(focus)}`)?.scrollIntoView();
}
