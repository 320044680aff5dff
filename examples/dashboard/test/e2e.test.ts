/**
 * End-to-end: serve the built dashboard (dist/, as `npm start` does), drive headless Chromium through the KPI,
 * index, roadmap and validator pages and the language switch, and keep screenshots in test-artifacts/.
 */
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error — plain ESM helper without declarations
import { serveDashboard } from '../serve.mjs';

const artifacts = new URL('../../../test-artifacts/dashboard/', import.meta.url);
let server: Server;
let url: string;
let feed: Server;
let feedUrl: string;
let browser: Browser;
let page: Page;
const errors: string[] = [];

const shot = (name: string) => page.screenshot({ path: new URL(`${name}.png`, artifacts).pathname, fullPage: true });

beforeAll(async () => {
  await mkdir(artifacts, { recursive: true });
  ({ server, url } = (await serveDashboard({ port: 0 })) as { server: Server; url: string });
  // A stand-in for the sensor-stream ingester's feed: one snapshot in the LiveSnapshot shape it sends.
  feed = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'access-control-allow-origin': '*' });
    res.write(
      `data: ${JSON.stringify({ accepted: 52, rejected: 8, at: '2026-03-02T10:00:00Z', areas: { '21004': { pm25: 12.3, no2: 31.4, observations: 3 } } })}\n\n`,
    );
  });
  await new Promise<void>((ok) => feed.listen(0, '127.0.0.1', () => ok()));
  feedUrl = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/live`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  // Offline by construction: any request that leaves the dashboard's own origin fails the test.
  await page.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(url) || target === feedUrl) return route.continue();
    errors.push(`external request: ${target}`);
    return route.abort();
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
  feed?.closeAllConnections();
  await new Promise((ok) => feed?.close(ok));
});

describe('dashboard', () => {
  it('shows KPI cards with values, status colours and the synthetic-data notice, in French by default', async () => {
    await page.goto(`${url}#/kpis`);
    await page.waitForSelector('.card');
    expect(await page.locator('#notice').textContent()).toMatch(/synthétiques/);
    const cards = page.locator('.card');
    expect(await cards.count()).toBeGreaterThan(15);
    expect(await page.locator('.card.status-green, .card.status-amber, .card.status-red').count()).toBeGreaterThan(3);
    await expect.poll(() => page.locator('#chart-areas svg').count()).toBe(1);
    expect(await page.locator('#chart-areas').textContent()).toContain('Anderlecht');
    await shot('01-kpis-fr');
  });

  it('filters by municipality and theme and redraws the charts', async () => {
    await page.selectOption('#f-area', '21014');
    await page.selectOption('#f-theme', 'environment');
    await page.waitForSelector('.card[data-kpi^="ENV-"]');
    expect(
      await page
        .locator('.card')
        .evaluateAll((els) => els.every((e) => (e as HTMLElement).dataset.kpi?.startsWith('ENV-'))),
    ).toBe(true);
    await page.locator('.card[data-kpi="ENV-01"]').click();
    await expect.poll(() => page.locator('.detail h2').textContent()).toContain('ENV-01');
    expect(await page.locator('#chart-time').textContent()).toContain('Saint-Josse-ten-Noode');
    const provenance = await page.locator('[data-testid="provenance"]').textContent();
    expect(provenance).toContain('pm25');
    expect(provenance).toMatch(/\d+ observations/);
    expect(provenance).toContain('mean of the valid daily means');
    await shot('02-kpis-saint-josse-environment');
  });

  it('switches to Dutch and English', async () => {
    await page.click('button[data-lang="nl"]');
    await expect.poll(() => page.locator('nav').textContent()).toContain('Routekaart');
    expect(await page.locator('#f-area option:checked').textContent()).toBe('Sint-Joost-ten-Node');
    expect(await page.locator('.card[data-kpi="ENV-01"] .kpi-name').textContent()).toMatch(/PM2,5|PM2\.5/);
    await shot('02b-kpis-nl');
    await page.click('button[data-lang="en"]');
    await expect.poll(() => page.locator('nav').textContent()).toContain('Roadmap');
  });

  it('shows the composite digital index for the region and the municipalities', async () => {
    await page.goto(`${url}#/index`);
    await page.waitForSelector('[data-testid="index-region"]');
    expect(await page.locator('[data-testid="index-region"]').textContent()).toMatch(/2024: \d+(\.\d)?/);
    await expect.poll(() => page.locator('#chart-index-dims svg').count()).toBe(1);
    await shot('03-index');
  });

  it('shows the scored roadmap: ranking, agreement, stability and the Gantt chart', async () => {
    await page.goto(`${url}#/roadmap`);
    await page.waitForSelector('[data-testid="ranking"] tbody tr');
    expect(await page.locator('[data-testid="ranking"] tbody tr').count()).toBe(12);
    expect(await page.locator('.stability tbody tr').count()).toBeGreaterThan(3);
    await expect.poll(() => page.locator('#chart-gantt svg').count()).toBe(1);
    expect(await page.locator('#chart-gantt').textContent()).toMatch(/PRJ-BXL-\d\d/);
    await shot('04-roadmap');
  });

  it('validates a pasted payload and reports each finding with its JSON Pointer', async () => {
    await page.goto(`${url}#/validator`);
    await page.click('#v-example');
    await page.waitForSelector('[data-testid="report-summary"]');
    expect(await page.locator('[data-testid="report-summary"]').textContent()).toMatch(
      /1 records?: 0 valid, 1 invalid/,
    );
    const report = await page.locator('#v-report').textContent();
    expect(report).toContain('/pm25');
    expect(report).toContain('/no2');
    await shot('05-validator-invalid');
    await page.fill(
      '#v-payload',
      JSON.stringify({
        id: 'urn:ngsi-ld:AirQualityObserved:ok',
        type: 'AirQualityObserved',
        dateObserved: '2026-03-02T10:00:00Z',
        location: { type: 'Point', coordinates: [4.35, 50.85] },
        pm25: 9.5,
      }),
    );
    await page.click('#v-submit');
    await expect
      .poll(() => page.locator('[data-testid="report-summary"]').textContent())
      .toMatch(/1 records?: 1 valid, 0 invalid/);
  });

  it('follows a live sensor feed given with ?live=', async () => {
    await page.goto(`${url}?live=${encodeURIComponent(feedUrl)}#/live`);
    await expect
      .poll(() => page.locator('[data-testid="live-counts"]').textContent(), { timeout: 10_000 })
      .toContain('52');
    expect(await page.locator('#live-out').textContent()).toContain('City of Brussels');
    await shot('06-live');
  });

  it('validates a dropped NDJSON file line by line', async () => {
    await page.goto(`${url}#/validator`);
    await page.waitForSelector('#v-drop');
    const lines = [
      {
        id: 'urn:ngsi-ld:AirQualityObserved:a',
        type: 'AirQualityObserved',
        dateObserved: '2026-03-02T10:00:00Z',
        location: { type: 'Point', coordinates: [4.35, 50.85] },
        no2: 20,
      },
      {
        id: 'urn:ngsi-ld:AirQualityObserved:b',
        type: 'AirQualityObserved',
        dateObserved: '2026-03-02T11:00:00Z',
        no2: 21,
      },
    ].map((l) => JSON.stringify(l));
    const text = `${lines.join('\n')}\n{not json\n`;
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'batch.ndjson', { type: 'application/x-ndjson' }));
      document
        .querySelector('#v-drop')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await expect
      .poll(() => page.locator('[data-testid="report-summary"]').textContent())
      .toMatch(/3 records?: 1 valid, 1 invalid, 1 unparseable/);
    expect(await page.locator('#v-report').textContent()).toContain('batch.ndjson:2');
  });

  it('raised no page error and made no request outside its own origin', () => {
    expect(errors).toEqual([]);
  });
});
