/**
 * End-to-end: serve the built dashboard (dist/, as `npm start` does), drive headless Chromium through the KPI,
 * index, roadmap, participation, governance and validator pages and the language switch, and keep screenshots in test-artifacts/.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brusselsProgrammePlan, sampleEntities } from '@opencity/brussels';
import { collectEntities, HELICES, message, ROADMAP_STAGES } from '@opencity/participation';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDashboard } from '../serve.mjs';
import { personalData } from '../src/compute/personalData';
import { countOf } from '../src/views/participationStrings';
import { englishIn, visibleWords } from './englishWords';

const artifacts = new URL('../../../test-artifacts/dashboard/', import.meta.url);
let server: Server;
let url: string;
let feed: Server;
let feedUrl: string;
let browser: Browser;
let page: Page;
const errors: string[] = [];

const feedRequests: string[] = [];
/** Requests for the images a hostile feed tries to inject. */
const injected: string[] = [];
/** What the stand-in feed server sends on each path, and the streams it holds open. */
const feeds = new Map<string, readonly unknown[]>();
const openStreams = new Map<string, number>();

/**
 * A feed the page sees at `${url}<path>` (its own origin): the browser's request is sent on to the stand-in feed
 * server, which writes `messages` as `data:` events and keeps the stream open, as the sensor-stream ingester does.
 */
async function serveFeed(path: string, messages: readonly unknown[]): Promise<void> {
  feeds.set(`/${path}`, messages);
  await page.route(`${url}${path}`, (route) => route.continue({ url: feedUrl.replace('/live', `/${path}`) }));
}

const shot = (name: string) => page.screenshot({ path: new URL(`${name}.png`, artifacts).pathname, fullPage: true });

beforeAll(async () => {
  await mkdir(artifacts, { recursive: true });
  ({ server, url } = await serveDashboard({ port: 0 }));
  // The stand-in for the sensor-stream ingester's feed. On its own origin it is not in the build's allow-list, so
  // the Live page must refuse it without a request; the tests reach it through paths of the dashboard's origin.
  feed = createServer((req, res) => {
    const path = req.url ?? '/';
    const messages = feeds.get(path) ?? [
      { kind: 'snapshot', accepted: 52, rejected: 8, areas: { '21004': { pm25: 12.3, no2: 31.4, observations: 3 } } },
    ];
    res.writeHead(200, { 'content-type': 'text/event-stream', 'access-control-allow-origin': '*' });
    res.write(messages.map((m) => `data: ${JSON.stringify(m)}\n\n`).join(''));
    openStreams.set(path, (openStreams.get(path) ?? 0) + 1);
    res.on('close', () => openStreams.set(path, (openStreams.get(path) ?? 1) - 1));
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
    if (target === feedUrl) feedRequests.push(target);
    if (target.includes('/pwned-')) injected.push(target);
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
    // The KPI library's rules, in the page's language (French here).
    expect(provenance).toContain('moyenne des moyennes journalières valides');
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
    // The radar has a scale: its gridlines are labelled 25, 50, 75 and 100.
    expect(await page.locator('#chart-index-dims text').allTextContents()).toEqual(
      expect.arrayContaining(['25', '50', '75', '100']),
    );
    // The selected municipality stands out: bold among the bars, drawn beside the region on the radar.
    await page.selectOption('#f-area', '21014');
    await expect.poll(() => page.locator('[data-testid="index-selected"]').textContent()).toMatch(/Saint-Josse/);
    const bold = await page
      .locator('#chart-index-areas text')
      .evaluateAll((els) => els.filter((e) => getComputedStyle(e).fontWeight === '700').map((e) => e.textContent));
    expect(bold).toEqual(['Saint-Josse-ten-Noode']);
    expect(await page.locator('#chart-index-dims').textContent()).toContain('Saint-Josse-ten-Noode');
    await shot('03-index');
    await page.selectOption('#f-area', '04000');
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

  it.each([
    ['fr', 'Non planifié : '],
    ['nl', 'Niet gepland: '],
    ['en', 'Not scheduled: '],
  ] as const)('gives every project left out of the roadmap its reason in %s', async (lang, prefix) => {
    await page.goto(`${url}#/roadmap`);
    await page.click(`button[data-lang="${lang}"]`);
    await page.waitForSelector('[data-testid="unscheduled"] li');
    await expect.poll(() => page.locator('#chart-gantt svg').count()).toBe(1);
    const ranked = await page.locator('[data-testid="ranking"] tbody tr').count();
    const scheduled = new Set((await page.locator('#chart-gantt').textContent())?.match(/PRJ-BXL-\d\d/g) ?? []);
    const reasons = await page.locator('[data-testid="unscheduled"] li').allTextContents();
    // Every ranked project is either in the Gantt chart or listed with a reason (the jury's first ones included).
    expect(scheduled.size + reasons.length).toBe(ranked);
    for (const reason of reasons) {
      const [, id, sentence] = /^(PRJ-BXL-\d\d) (.*)$/s.exec(reason.trim()) ?? [];
      expect(scheduled.has(id as string)).toBe(false);
      // A sentence in the page's language naming a constraint with its figures or the project it waits for.
      expect(sentence?.startsWith(prefix), reason).toBe(true);
      expect(sentence, reason).toMatch(/\d|PRJ-BXL-\d\d/);
    }
    await shot(`04-roadmap-${lang}`);
  });

  it.each(['fr', 'nl', 'en'] as const)(
    'shows the Participation page in %s: programme items with status colours, the four helices, the funnel',
    async (lang) => {
      await page.goto(`${url}#/participation`);
      await page.click(`button[data-lang="${lang}"]`);
      await page.waitForSelector('[data-testid="programme"] tbody tr');
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      // One row per item of the Brussels programme plan, labelled in the page's language, each with a status pill
      // whose text and colour class follow its status.
      const rows = page.locator('[data-testid="programme"] tbody tr');
      expect(await rows.count()).toBe(brusselsProgrammePlan.items.length);
      const items = await rows.evaluateAll((els) =>
        els.map((e) => ({
          id: (e as HTMLElement).dataset.item,
          status: (e as HTMLElement).dataset.status,
          label: e.querySelector('td')?.textContent,
          pill: e.querySelector('.programme-status')?.textContent,
          pillClass: e.querySelector('.programme-status')?.className,
          colour: getComputedStyle(e.querySelector('.programme-status')!).backgroundColor,
        })),
      );
      expect(items.map((i) => i.id)).toEqual(brusselsProgrammePlan.items.map((i) => i.id));
      for (const [k, item] of items.entries()) {
        expect(item.label).toBe(brusselsProgrammePlan.items[k]!.label[lang]);
        expect(['done', 'on-track', 'late', 'not-started']).toContain(item.status);
        expect(item.pill).toBe(message(`status.${item.status as 'done'}`, lang));
        expect(item.pillClass).toContain(`status-${item.status}`);
        expect(item.colour).not.toBe('rgba(0, 0, 0, 0)');
      }
      // The four helices head the balance table, in the language, with Pielou's J for the register and participants.
      const head = await page.locator('[data-testid="helix-balance"] thead').textContent();
      for (const h of HELICES) expect(head).toContain(message(`helix.${h}`, lang));
      const evenness = await page
        .locator('[data-testid="helix-balance"] tbody tr')
        .evaluateAll((els) => els.map((e) => e.querySelectorAll('td')[4]?.textContent ?? ''));
      expect(evenness).toHaveLength(2);
      for (const j of evenness) expect(j).toMatch(/^0[.,]\d\d$|^1$/);
      expect(await page.locator('[data-testid="helix-over-time"] tbody tr').count()).toBeGreaterThan(3);
      expect(await page.locator('[data-testid="helix-by-theme"] tbody tr').count()).toBe(5);
      // The funnel narrows from received to implemented; by channel, the four channels in the language.
      const funnel = await page
        .locator('[data-testid="funnel"] tbody tr')
        .evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.stage, e.querySelector('td')?.textContent]));
      expect(funnel.map(([stage]) => stage)).toEqual([
        'received',
        'answered',
        'retained',
        'inFactsheet',
        'inRoadmap',
        'implemented',
      ]);
      const counts = funnel.map(([, n]) => Number(String(n).replace(/\D/g, '')));
      expect(counts[0]).toBeGreaterThan(250);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      const channels = await page.locator('[data-testid="fates-by-channel"] tbody th').allTextContents();
      expect(channels).toEqual(
        (['workshop', 'meeting', 'onlinePlatform', 'writtenSubmission'] as const).map((c) =>
          message(`channel.${c}`, lang),
        ),
      );
      for (const id of ['helix-time', 'helix-theme', 'funnel', 'fates-channel', 'fates-theme'])
        await expect.poll(() => page.locator(`#chart-${id} svg`).count()).toBe(1);
      await shot(`07-participation-${lang}`);
    },
  );

  it.each(['fr', 'nl', 'en'] as const)(
    'shows the Governance page in %s: boards by helix, the approval chain with its decisions, the register',
    async (lang) => {
      await page.goto(`${url}#/governance`);
      await page.click(`button[data-lang="${lang}"]`);
      await page.waitForSelector('[data-testid="boards"] tbody tr');
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      const boards = page.locator('[data-testid="boards"] tbody tr');
      expect(await boards.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.boardType))).toEqual([
        'government',
        'steeringCommittee',
        'jury',
      ]);
      const head = await page.locator('[data-testid="boards"] thead').textContent();
      for (const h of HELICES) expect(head).toContain(message(`helix.${h}`, lang));
      // The Governance Board seats every helix equally: 3 voting members each, J = 1.
      const board = await boards.nth(1).locator('td').allTextContents();
      expect(board.slice(1, 5).map((c) => c.replace(/\s*\(.*\)$/, ''))).toEqual(['3', '3', '3', '3']);
      expect(board[6]).toBe('1');
      // Its secretary and its observer sit without a vote, apart from the helix counts.
      expect(board[7]).toBe(`${countOf('observers', 2, lang)} (${message('helix.public', lang)} 2)`);
      // The approval chain: the four stages in order, in the language, each reached one naming its decision.
      const chain = page.locator('[data-testid="approval-chain"] li');
      expect(await chain.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.stage))).toEqual([
        ...ROADMAP_STAGES,
      ]);
      const steps = await chain.allTextContents();
      for (const [k, stage] of ROADMAP_STAGES.entries()) expect(steps[k]).toContain(message(`stage.${stage}`, lang));
      expect(await page.locator('[data-testid="approval-chain"] li.reached').count()).toBe(4);
      const decision = { fr: 'Décision', nl: 'Beslissing', en: 'Decision' }[lang];
      expect(steps[1]).toContain(`${decision} JURY/2026/01`);
      expect(steps[2]).toContain(`${decision} GOV/2026/11/19-02`);
      expect(steps[3]).toContain(`${decision} SCGB/2026/05`);
      const register = await page.locator('[data-testid="decision-register"] tbody tr').allTextContents();
      expect(register.length).toBeGreaterThan(5);
      expect(register.join('\n')).toContain('GOV/2026/11/19-02');
      expect(await page.locator('[data-testid="no-governance-findings"]').count()).toBe(1);
      await expect.poll(() => page.locator('#chart-boards svg').count()).toBe(1);
      await shot(`08-governance-${lang}`);
    },
  );

  it('names on the Participation and Governance pages only who consented to be listed, and shows no contact detail', async () => {
    const stakeholders = collectEntities(sampleEntities()).stakeholders ?? [];
    const secrets = personalData(stakeholders);
    // Every contact detail, every name of an individual who did not consent to public listing.
    expect(secrets.length).toBeGreaterThan(40);
    const shown: string[] = [];
    for (const lang of ['fr', 'nl', 'en'] as const)
      for (const route of ['participation', 'governance']) {
        await page.goto(`${url}#/${route}`);
        await page.click(`button[data-lang="${lang}"]`);
        await page.waitForSelector(route === 'participation' ? '[data-testid="funnel"]' : '[data-testid="boards"]');
        shown.push(await page.locator('#app').innerHTML());
      }
    const dist = new URL('../dist/', import.meta.url).pathname;
    for (const file of await readdir(dist, { recursive: true, withFileTypes: true }))
      if (file.isFile()) shown.push(await readFile(`${file.parentPath}/${file.name}`, 'utf8'));
    for (const text of shown) for (const secret of secrets) expect(text.includes(secret), secret).toBe(false);
    // A chair who consented is named; one who did not is described.
    const governance = shown.slice(0, 6).filter((_, k) => k % 2 === 1);
    for (const html of governance) expect(html).toContain('Arno Proefmans');
    expect(governance[2]).toContain('a member (not listed publicly)');
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

  it('follows a live sensor feed of its own origin given with ?live=, and says when it is out of date', async () => {
    const snapshot = {
      kind: 'snapshot',
      accepted: 52,
      rejected: 8,
      duplicates: 0,
      areas: { '21004': { day: '2026-03-02', pm25: 12.3, no2: 31.4, observations: 3 } },
      lastMessageAt: '2026-03-02T10:00:00.000Z',
      broker: { state: 'connected', since: '2026-03-02T09:00:00.000Z' },
      stale: false,
      at: '2026-03-02T10:00:00.500Z',
    };
    const lost = {
      ...snapshot,
      kind: 'update',
      areas: {},
      broker: { state: 'reconnecting', since: snapshot.at },
      stale: true,
    };
    await serveFeed('feeds/ok', [snapshot, lost]);
    await page.goto(`${url}?live=${encodeURIComponent(`${url}feeds/ok`)}#/live`);
    await expect
      .poll(() => page.locator('[data-testid="live-counts"]').textContent(), { timeout: 10_000 })
      .toContain('52');
    expect(await page.locator('#live-out').textContent()).toContain('City of Brussels');
    expect(await page.locator('[data-testid="live-status"]').textContent()).toMatch(
      /^Out of date: .* lost its MQTT broker/,
    );
    await shot('06-live');
  });

  it('renders a hostile feed as text: no injected markup, no handler runs', async () => {
    // Markup that loads an image of the page's own origin: were it parsed as HTML, the request would show it even
    // where the Content-Security-Policy stops the inline handler.
    const payload = (field: string) => `<img src=/pwned-${field}.png onerror=window.__pwned=1>`;
    const hostile = [
      // The fields that were once inserted as HTML: the message is ignored, their shape is wrong.
      {
        accepted: payload('accepted'),
        rejected: payload('rejected'),
        at: payload('at'),
        areas: { '21004': { pm25: 1, no2: 1, observations: payload('observations') } },
      },
      // Well-shaped, with markup where text is expected (an area key): shown as text.
      {
        kind: 'snapshot',
        accepted: 1,
        rejected: 0,
        areas: { [payload('area')]: { day: '2026-03-02', pm25: 1, no2: 2, observations: 1 } },
      },
    ];
    await serveFeed('feeds/hostile', hostile);
    await page.goto(`${url}?live=${encodeURIComponent(`${url}feeds/hostile`)}#/live`);
    await expect
      .poll(() => page.locator('#live-out table').textContent(), { timeout: 10_000 })
      .toContain(payload('area'));
    await page.waitForTimeout(300);
    expect(injected).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#live-out img').count()).toBe(0);
    expect(await page.locator('#live-out').textContent()).toContain(
      'A feed message that was not in the expected form was ignored.',
    );
  });

  it('refuses a feed of another origin than its own or the allowed ones, without requesting it', async () => {
    const before = feedRequests.length;
    await page.goto(`${url}?live=${encodeURIComponent(feedUrl)}#/live`);
    await expect.poll(() => page.locator('#live-out').getAttribute('data-feed')).toBe('refused');
    expect(await page.locator('#live-out').textContent()).toContain(feedUrl);
    expect(feedRequests.length).toBe(before);
  });

  it('says when no feed is configured, in every language, and requests none', async () => {
    const before = feedRequests.length;
    await page.goto(`${url}#/live`);
    await expect.poll(() => page.locator('#live-out').getAttribute('data-feed')).toBe('none');
    expect(await page.locator('#live-out').textContent()).toContain('No live feed configured.');
    await page.click('button[data-lang="fr"]');
    await expect.poll(() => page.locator('#live-out').textContent()).toContain('Aucun flux en direct n’est configuré.');
    await page.click('button[data-lang="nl"]');
    await expect.poll(() => page.locator('#live-out').textContent()).toContain('Er is geen livefeed ingesteld.');
    await page.click('button[data-lang="en"]');
    expect(feedRequests.length).toBe(before);
  });

  it('stops listening to the feed when the page is left', async () => {
    await serveFeed('feeds/leave', [{ kind: 'snapshot', accepted: 7, rejected: 0, areas: {} }]);
    await page.goto(`${url}?live=${encodeURIComponent(`${url}feeds/leave`)}#/live`);
    await expect.poll(() => openStreams.get('/feeds/leave') ?? 0, { timeout: 10_000 }).toBe(1);
    await page.click('nav a[href="#/kpis"]');
    await page.waitForSelector('.card');
    await expect.poll(() => openStreams.get('/feeds/leave'), { timeout: 5_000 }).toBe(0);
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

  it('walks every page in French and Dutch and finds no English word', async () => {
    const found: string[] = [];
    await page.goto(`${url}#/kpis`);
    await page.waitForSelector('.card');
    const pages = await page.locator('nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const lang of ['fr', 'nl'] as const) {
      await page.click(`button[data-lang="${lang}"]`);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
      for (const href of pages) {
        await page.goto(`${url}${href}`);
        await page.waitForSelector('#app h2');
        if (href === '#/kpis') {
          await page.selectOption('#f-area', '21004');
          await page.locator('.card[data-kpi="ENV-01"]').click();
          await page.waitForSelector('[data-testid="provenance"]');
        }
        if (href === '#/index') await page.selectOption('#f-area', '21004');
        if (href === '#/validator') {
          await page.click('#v-example');
          await page.waitForSelector('[data-testid="report-summary"]');
        }
        await expect.poll(() => page.locator('.chart:not(:has(svg))').count()).toBe(0);
        for (const hit of englishIn(await visibleWords(page), lang)) found.push(`${lang} ${href}: ${hit}`);
      }
    }
    await page.click('button[data-lang="en"]');
    expect(found).toEqual([]);
    // The same scan on the English page finds English: it reads the page.
    await expect.poll(async () => englishIn(await visibleWords(page), 'nl').length).toBeGreaterThan(10);
  }, 120_000);

  it('raised no page error and made no request outside its own origin', () => {
    expect(errors).toEqual([]);
  });
});
