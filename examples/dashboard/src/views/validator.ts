/** The validator page: paste or drop a payload and get the same report as `opencity validate`, computed in the browser. */
import { validateRecords, type RecordInput, type ValidationReport } from '@opencity/interop';
import { listSchemas } from '@opencity/models';
import { count, esc, format, isStringKey, rich, t } from '../i18n';
import type { UiState } from '../main';

const invalidExample = JSON.stringify(
  {
    id: 'urn:ngsi-ld:AirQualityObserved:demo',
    type: 'AirQualityObserved',
    dateObserved: '2026-03-02T10:00:00Z',
    location: { type: 'Point', coordinates: [4.35, 50.85] },
    pm25: 'high',
    no2: -3,
    temprature: 9.5,
  },
  null,
  2,
);

/** Splits pasted or dropped text into records: NDJSON line by line, a JSON array element by element, or one document. */
export function toRecords(text: string, file: string): RecordInput[] {
  if (/\.(ndjson|jsonl)$/i.test(file)) {
    return text
      .split(/\r?\n/)
      .flatMap((line, i) => (line.trim() === '' ? [] : [{ source: { file, line: i + 1 }, text: line }]));
  }
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value)) return value.map((v, index) => ({ source: { file, index }, value: v }));
  } catch {
    // Not JSON: the engine reports the syntax error with its position.
  }
  return [{ source: { file }, text }];
}

/** Renders the validator page. */
export function renderValidator(app: HTMLElement, state: UiState): void {
  const { lang } = state;
  app.innerHTML = `
    <h2>${t('validator', lang)}</h2>
    <p class="help">${rich(t('validatorHelp', lang))}</p>
    <form id="v-form">
      <div id="v-drop" class="drop"><textarea id="v-payload" aria-label="${t('payload', lang)}" spellcheck="false"></textarea><span>${t('dropHere', lang)}</span></div>
      <p>
        <label>${t('model', lang)} <select id="v-model"><option value="">${t('detect', lang)}</option>${listSchemas()
          .filter((s) => s.group !== 'common')
          .map((s) => `<option>${esc(s.name)}</option>`)
          .join('')}</select></label>
        <button type="submit" id="v-submit">${t('validate', lang)}</button>
        <button type="button" id="v-example" class="secondary">${t('example', lang)}</button>
      </p>
    </form>
    <section id="v-report" role="status" aria-live="polite"></section>`;
  const payload = app.querySelector('#v-payload') as HTMLTextAreaElement;
  const model = app.querySelector('#v-model') as HTMLSelectElement;
  const out = app.querySelector('#v-report') as HTMLElement;
  let fileName = 'pasted.json';
  payload.value = sessionStorage.getItem('opencity.payload') ?? invalidExample;

  const run = async (): Promise<void> => {
    sessionStorage.setItem('opencity.payload', payload.value);
    const report = await validateRecords(toRecords(payload.value, fileName), {
      lang,
      ...(model.value ? { model: model.value } : {}),
    });
    out.innerHTML = renderReport(report, lang);
  };
  app.querySelector('#v-form')?.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  app.querySelector('#v-example')?.addEventListener('click', () => {
    payload.value = invalidExample;
    fileName = 'pasted.json';
    void run();
  });
  payload.addEventListener('input', () => (fileName = 'pasted.json'));
  const drop = app.querySelector('#v-drop') as HTMLElement;
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    void file.text().then((text) => {
      fileName = file.name;
      payload.value = text;
      return run();
    });
  });
}

function renderReport(report: ValidationReport, lang: UiState['lang']): string {
  const s = report.summary;
  const ok = s.invalid === 0 && s.unparseable === 0;
  const severity = (code: string): string => {
    const key = `severity_${code}`;
    return isStringKey(key) ? t(key, lang) : code;
  };
  const counts = format('summaryRecords', lang, {
    records: count('records', s.total, lang),
    valid: count('valid', s.valid, lang),
    invalid: count('invalid', s.invalid, lang),
    unparseable: count('unparseable', s.unparseable, lang),
  });
  const findings = [
    count('errors', s.bySeverity.error, lang),
    count('warnings', s.bySeverity.warning, lang),
    count('infos', s.bySeverity.info, lang),
  ].join(', ');
  return `<p class="summary ${ok ? 'ok' : 'bad'}" data-testid="report-summary">${esc(counts)} · ${esc(findings)}</p>
    ${report.notices
      .map(
        (
          n,
        ) => `<details class="notice-group sev-${n.severity}" open><summary><span class="sev">${esc(severity(n.severity))}</span> <code>${esc(n.code)}</code> ${esc(n.title)} <span class="count">×${n.total}</span></summary>
        <p class="fix">${rich(n.fix)} <a href="${esc(n.docs)}">${t('reference', lang)}</a></p>
        <ul>${n.samples.map((x) => `<li><code>${esc(x.source.file ?? '')}${x.source.line !== undefined ? `:${x.source.line}` : ''}${x.source.index !== undefined ? `[${x.source.index}]` : ''} ${esc(x.instancePath || '/')}</code> ${rich(x.message)}</li>`).join('')}</ul></details>`,
      )
      .join('')}
    <details><summary>JSON</summary><pre>${esc(JSON.stringify(report, null, 2))}</pre></details>`;
}
