// Opens the HTML report in headless Chromium (the Debian package) and checks what a person sees, offline.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateRecords, formatHtml, type RecordInput } from '../../index';

const CHROMIUM = '/usr/bin/chromium';
const entity = (i: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: `urn:ngsi-ld:AirQualityObserved:s${i}`,
    type: 'AirQualityObserved',
    dateObserved: '2026-03-02T09:00:00Z',
    location: { type: 'Point', coordinates: [4.37, 50.84] },
    pm25: 3,
    ...extra,
  });

function batch(): RecordInput[] {
  const out: RecordInput[] = [];
  for (let line = 1; line <= 500; line++) {
    const text =
      line % 10 === 0
        ? entity(line, { pm25: 'high' })
        : line === 7
          ? '{"id": <script>alert(1)</script>'
          : line % 25 === 0
            ? entity(line, { pm10x: 1 })
            : entity(line);
    out.push({ source: { file: 'exports/stations.ndjson', line }, text });
  }
  return out;
}

describe('the HTML report in a browser', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'opencity-html-'));

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), 'install Debian chromium (apt-get install chromium)').toBe(true);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string) {
    const file = join(dir, `report-${Math.random().toString(36).slice(2)}.html`);
    writeFileSync(file, html);
    const page = await browser.newPage({ javaScriptEnabled: false });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    return { page, requests };
  }

  it('shows the summary first, then grouped findings with samples, and loads nothing from the network', async () => {
    const report = await validateRecords(batch(), { now: () => new Date('2026-03-02T10:00:00Z'), sampleLimit: 5 });
    const { page, requests } = await open(formatHtml(report));
    expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
    expect(await page.title()).toBe('Validation report');
    // Summary first: the first section after the heading holds the counts.
    expect(await page.locator('section').first().getAttribute('id')).toBe('summary');
    const count = (key: string) => page.locator(`[data-count="${key}"] b`).innerText();
    expect(await count('total')).toBe('500');
    expect(await count('valid')).toBe('449');
    expect(await count('invalid')).toBe('50');
    expect(await count('unparseable')).toBe('1');
    // Grouped findings: errors first and open, each with the fix and at most five samples.
    const codes = await page
      .locator('details.notice')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes).toEqual(['invalid_type', 'unparseable_json', 'unknown_property']);
    const invalidType = page.locator('details.notice[data-code="invalid_type"]');
    expect(await invalidType.getAttribute('open')).not.toBeNull();
    expect(await invalidType.locator('summary').innerText()).toContain('50 in 50 records');
    expect(await invalidType.locator('tbody tr').count()).toBe(5);
    expect(await invalidType.locator('tbody tr').first().innerText()).toContain('exports/stations.ndjson:10');
    expect(await invalidType.innerText()).toContain('pm25 must be a number ≥ 0; got "high"');
    // Warnings stay closed until clicked.
    const unknown = page.locator('details.notice[data-code="unknown_property"]');
    expect(await unknown.getAttribute('open')).toBeNull();
    // The injected markup is shown as text, never run or parsed.
    expect(await page.locator('script').count()).toBe(0);
    await page.close();
  });

  it('renders in French and Dutch', async () => {
    for (const [lang, title, heading] of [
      ['fr', 'Rapport de validation', 'Constats par code'],
      ['nl', 'Validatierapport', 'Bevindingen per code'],
    ] as const) {
      const report = await validateRecords(batch().slice(0, 20), { lang });
      const { page } = await open(formatHtml(report));
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.title()).toBe(title);
      expect(await page.locator('#findings h2').innerText()).toBe(heading);
      // The date written the language's way (Intl), not as an ISO timestamp.
      expect(await page.locator('.meta').first().innerText()).toMatch(
        lang === 'fr'
          ? /^Produit par @opencity\/interop \S+ le \d{1,2} \p{Ll}+ \d{4} à \d\d:\d\d:\d\d UTC\.$/u
          : /^Gemaakt door @opencity\/interop \S+ op \d{1,2} \p{Ll}+ \d{4} om \d\d:\d\d:\d\d UTC\.$/u,
      );
      expect(await page.locator('#findings').innerText()).toContain(
        lang === 'fr' ? 'pm25 doit être un nombre ≥ 0 ; reçu "high"' : 'pm25 moet een getal ≥ 0 zijn; ontvangen "high"',
      );
      await page.close();
    }
  });

  it('says so when every record is valid', async () => {
    const report = await validateRecords([{ source: { file: 'ok.json' }, text: entity(1), document: true }]);
    const { page } = await open(formatHtml(report));
    expect(await page.locator('#summary').innerText()).toContain('Every record is valid.');
    expect(await page.locator('details.notice').count()).toBe(0);
    await page.close();
  });
});
