/**
 * End-to-end from a workspace: the Brussels sample written as a workspace with three planted defects (a broken
 * reference, a duplicated id, swapped dates) is built into a second dashboard (as `npm start -- --workspace <dir>`
 * does), served, and driven in headless Chromium: the pages still build, the Data quality page lists exactly those
 * findings, linkable and in the page language, and no individual's name or e-mail address is anywhere in the build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brusselsProgrammePlan, sampleWorkspaceContent } from '@opencity/brussels';
import { HELICES, message, ROADMAP_STAGES } from '@opencity/participation';
import { writeWorkspace } from '@opencity/workspace/node';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalData } from '../src/compute/fromWorkspace';
import { serveDashboard } from '../serve.mjs';
import { englishIn, visibleWords } from './englishWords';

const dashboard = fileURLToPath(new URL('..', import.meta.url));
const artifacts = new URL('../../../test-artifacts/dashboard/', import.meta.url);
const years = [2024, 2024] as const;
let tmp: string;
let server: Server;
let url: string;
let browser: Browser;
let page: Page;
const errors: string[] = [];

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

const lines = async (file: string) => (await readFile(file, 'utf8')).trimEnd().split('\n');

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'opencity-dash-e2e-'));
  const ws = join(tmp, 'my-office');
  await writeWorkspace(ws, sampleWorkspaceContent({ years }));
  // The three defects of the done-when: one broken reference, one duplicated id, one pair of swapped dates.
  const evaluations = join(ws, 'entities/JuryEvaluation.ndjson');
  const e = await lines(evaluations);
  e[4] = e[4]!.replace(
    /"refProjectFactsheet":"[^"]+"/,
    '"refProjectFactsheet":"urn:ngsi-ld:ProjectFactsheet:PRJ-BXL-99"',
  );
  await writeFile(evaluations, `${e.join('\n')}\n`);
  const devices = join(ws, 'entities/Device.ndjson');
  const d = await lines(devices);
  await writeFile(devices, `${[...d, d[2]!].join('\n')}\n`);
  const seats = join(ws, 'entities/Membership.ndjson');
  const m = await lines(seats);
  const at = m.findIndex((l) => l.includes('"endDate"'));
  const seat = JSON.parse(m[at]!) as Record<string, string>;
  m[at] = JSON.stringify({ ...seat, startDate: seat['endDate'], endDate: seat['startDate'] });
  await writeFile(seats, `${m.join('\n')}\n`);

  // What `npm start -- --workspace` runs, into a folder of its own.
  const env = {
    ...process.env,
    OPENCITY_WORKSPACE: ws,
    OPENCITY_DASHBOARD_DATA: join(tmp, 'dashboard-data.json'),
    OPENCITY_DASHBOARD_OUT: join(tmp, 'dist'),
  };
  for (const [command, args] of [
    ['npx', ['--no-install', 'tsx', '--conditions=@opencity/source', 'scripts/computeData.ts']],
    ['npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn']],
  ] as const) {
    const r = spawnSync(command, args, { cwd: dashboard, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  }
  ({ server, url } = await serveDashboard({ root: join(tmp, 'dist'), port: 0 }));
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
  page.on('pageerror', (x) => errors.push(`pageerror: ${x.message}`));
  await page.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(url)) return route.continue();
    errors.push(`external request: ${target}`);
    return route.abort();
  });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

describe('dashboard built from a workspace', { timeout: 120_000 }, () => {
  it('lists exactly the three findings on the Data quality page, in French, each group linkable', async () => {
    await page.goto(`${url}#/quality`);
    await page.waitForSelector('.quality-group');
    const codes = await page
      .locator('.quality-group')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes.sort()).toEqual(['date_order', 'duplicate_id', 'reference_not_found']);
    const broken = page.locator('#quality-reference_not_found');
    expect(await broken.textContent()).toContain('entities/JuryEvaluation.ndjson');
    expect(await broken.textContent()).toMatch(/pointe vers urn:ngsi-ld:ProjectFactsheet:PRJ-BXL-99/);
    expect(await page.locator('#quality-date_order').textContent()).toContain('entities/Membership.ndjson');
    expect(await page.locator('#quality-duplicate_id').textContent()).toContain('entities/Device.ndjson');
    await page.goto(`${url}#/quality/date_order`);
    await page.waitForSelector('#quality-date_order');
    await page.screenshot({ path: new URL('workspace-quality-fr.png', artifacts).pathname, fullPage: true });
  });

  it('speaks French, Dutch and English on the same page, with no English word in French and Dutch', async () => {
    await page.goto(`${url}#/quality`);
    await page.click('[data-lang="fr"]');
    await page.waitForSelector('.quality-group');
    expect(englishIn(await visibleWords(page), 'fr')).toEqual([]);
    await page.click('[data-lang="nl"]');
    await expect.poll(() => page.locator('#quality-reference_not_found').textContent()).toMatch(/verwijst naar/);
    expect(englishIn(await visibleWords(page), 'nl')).toEqual([]);
    await page.click('[data-lang="en"]');
    await expect.poll(() => page.locator('#quality-reference_not_found').textContent()).toMatch(/points to/);
    expect(await page.locator('[data-testid="quality-summary"]').textContent()).toMatch(/3/);
  });

  it('still builds every other page from what could be computed', async () => {
    await page.goto(`${url}#/kpis`);
    await page.waitForSelector('.card');
    expect(await page.locator('.card').count()).toBeGreaterThan(15);
    await page.goto(`${url}#/roadmap`);
    await page.waitForSelector('[data-testid="ranking"] tbody tr');
    expect(await page.locator('[data-testid="ranking"] tbody tr').count()).toBe(12);
    expect(errors).toEqual([]);
  });

  it('builds the Participation and Governance pages from the workspace, in the three languages', async () => {
    for (const lang of ['fr', 'nl', 'en'] as const) {
      await page.goto(`${url}#/participation`);
      await page.click(`[data-lang="${lang}"]`);
      await page.waitForSelector('[data-testid="programme"] tbody tr');
      expect(await page.locator('[data-testid="programme"] tbody tr').count()).toBe(brusselsProgrammePlan.items.length);
      const head = await page.locator('[data-testid="helix-balance"] thead').textContent();
      for (const h of HELICES) expect(head).toContain(message(`helix.${h}`, lang));
      expect(await page.locator('[data-testid="funnel"] tbody tr').count()).toBe(6);
      await page.goto(`${url}#/governance`);
      await page.waitForSelector('[data-testid="approval-chain"] li');
      const steps = await page.locator('[data-testid="approval-chain"] li').allTextContents();
      expect(steps).toHaveLength(ROADMAP_STAGES.length);
      for (const [k, stage] of ROADMAP_STAGES.entries()) expect(steps[k]).toContain(message(`stage.${stage}`, lang));
      expect(await page.locator('[data-testid="boards"] tbody tr').count()).toBe(3);
      expect(await page.locator('[data-testid="decision-register"] tbody tr').count()).toBeGreaterThan(5);
    }
    await page.screenshot({ path: new URL('workspace-governance-en.png', artifacts).pathname, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('publishes no individual’s name or e-mail address (names only with consent to public listing)', async () => {
    const stakeholders = (await lines(join(tmp, 'my-office/entities/Stakeholder.ndjson'))).map(
      (l) => JSON.parse(l) as Record<string, unknown>,
    );
    const secrets = personalData(stakeholders);
    expect(secrets.length).toBeGreaterThan(20);
    // The build holds the Participation and Governance pages (searched below with everything else).
    const data = await readFile(join(tmp, 'dashboard-data.json'), 'utf8');
    expect(data).toContain('"participation"');
    expect(data).toContain('"governance"');
    for (const file of await files(join(tmp, 'dist'))) {
      const text = await readFile(file, 'utf8');
      for (const s of secrets) expect(text.includes(s), `${s} in ${file}`).toBe(false);
    }
  });
});
