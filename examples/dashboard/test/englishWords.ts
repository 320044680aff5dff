/**
 * What the end-to-end tests look for on French and Dutch pages: English words that no correct French or Dutch
 * sentence of the dashboard uses, among the words a reader sees.
 */
import type { Page } from 'playwright-core';

// Words that are French or Dutch too are left out: "in", "is", "of" (Dutch "or"), "was", "on" and "or" (French),
// "budget", "jury", "score", "source", "notice", "observations", "info", "index", "per". The French list adds words
// that are correct Dutch: "record(s)", "project", "status", "trend", "validator", "dashboard", "model", "live"…
const common = [
  ...['the', 'and', 'with', 'from', 'this', 'that', 'which', 'not', 'no', 'to', 'by', 'for', 'were', 'are'],
  ...['has', 'have', 'how', 'why', 'what', 'when', 'where', 'there', 'each', 'every', 'only', 'more', 'than'],
  ...['all', 'none', 'error', 'errors', 'warning', 'warnings', 'valid', 'invalid', 'unparseable', 'scheduled'],
  ...['unscheduled', 'weight', 'weights', 'draws', 'juror', 'jurors', 'year', 'years', 'day', 'days', 'daily'],
  ...['mean', 'median', 'selected', 'area', 'areas', 'municipality', 'municipalities', 'target', 'value'],
  ...['values', 'computed', 'missing', 'inputs', 'rules', 'schedule', 'overall', 'agreement', 'stability'],
  ...['fix', 'sample', 'synthetic', 'found', 'left', 'out', 'without', 'pooled', 'payload', 'drop', 'here'],
];
const frenchOnly = ['record', 'records', 'project', 'projects', 'status', 'trend', 'validator', 'dashboard'];
const words = (list: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}_])(?:${list.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');

/** The English words to look for on a page in French or in Dutch (whole words, any case). */
export const englishWords: Readonly<Record<'fr' | 'nl', RegExp>> = {
  fr: words([...common, ...frenchOnly, 'model', 'live', 'feed', 'ranking', 'was', 'been']),
  nl: words(common),
};

/**
 * The words a reader sees on the page (text, the charts' SVG text, titles and labels), without code, payloads,
 * quoted values, addresses and schema names.
 */
export function visibleWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll('script, style, code, pre, textarea, option[value=""] ~ option'))
      el.remove();
    const attributes = [...body.querySelectorAll('[title], [aria-label], [placeholder], [alt]')].flatMap((el) =>
      ['title', 'aria-label', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''),
    );
    return [document.title, body.textContent ?? '', ...attributes]
      .join(' ')
      .replace(/«[^»]*»|"[^"]*"|“[^”]*”|\S*:\/\/\S*/g, ' ');
  });
}

/** Each English word found in `text`, with the words around it. */
export function englishIn(text: string, lang: 'fr' | 'nl'): string[] {
  return [...text.matchAll(englishWords[lang])].map(
    (m) => `“${m[0]}” in …${text.slice(Math.max(0, m.index - 50), m.index + 50)}…`,
  );
}
