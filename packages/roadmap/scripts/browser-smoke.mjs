// Browser smoke check of @opencity/roadmap: bundles the sources for the browser, serves them with highs.wasm,
// and runs schedule / rank / smaa in headless Chromium (playwright-core). Usage: node scripts/browser-smoke.mjs
// (CHROMIUM=/path/to/chromium to override /usr/bin/chromium). Exit code 0 when the page reports the expected schedule.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const highsDir = dirname(createRequire(import.meta.url).resolve('highs'));
const entry = `
import { loadScheduleSolver, schedule, rank, smaa } from ${JSON.stringify(join(here, '../src/index.ts'))};
(async () => {
  // In a browser, say where highs.mjs and highs.wasm are served; the bundle itself has no Node import to work around.
  await loadScheduleSolver({ module: '/highs.mjs', locateFile: (f) => '/' + f });
  const r = await schedule({
    years: [{ budget: 100, capacity: 3 }, { budget: 100, capacity: 3 }],
    projects: [
      { id: 'P1', value: 10, duration: 1, costPerYear: 80, capacityPerYear: 1, predecessors: [] },
      { id: 'P2', value: 6, duration: 1, costPerYear: 60, capacityPerYear: 1, predecessors: ['P1'] },
    ],
  });
  const m = { alternatives: ['a', 'b'], criteria: [{ id: 'x', weight: 1, type: 'benefit' }, { id: 'y', weight: 2, type: 'benefit' }], values: [[1, 0], [0, 1]] };
  document.body.textContent = JSON.stringify({ status: r.status, starts: r.starts, ranking: rank(m, { method: 'topsis' }).ranking, smaa: smaa(m, { draws: 1000 }).rankAcceptability.map((row) => row.reduce((a, b) => a + b, 0)) });
})().catch((e) => { document.body.textContent = 'ERROR ' + String(e); });
`;
// No externals: @opencity/roadmap imports HiGHS at run time, so its bundle never meets highs' Node-only branch.
const bundle = await build({
  stdin: { contents: entry, resolveDir: here, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  conditions: ['@opencity/source'],
});
const files = {
  '/': [
    'text/html',
    '<!doctype html><html><head><link rel="icon" href="data:,"></head><body>loading</body><script type="module" src="/bundle.js"></script></html>',
  ],
  '/bundle.js': ['text/javascript', bundle.outputFiles[0].text],
  '/highs.mjs': ['text/javascript', await readFile(join(highsDir, 'highs.mjs'))],
  '/highs.wasm': ['application/wasm', await readFile(join(highsDir, 'highs.wasm'))],
};
const server = http
  .createServer((req, res) => {
    const f = files[req.url ?? '/'];
    res.writeHead(f ? 200 : 404, f ? { 'content-type': f[0] } : {});
    res.end(f?.[1]);
  })
  .listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.body.textContent !== 'loading', null, { timeout: 60_000 });
  const text = await page.textContent('body');
  console.log(text);
  const result = JSON.parse(text.startsWith('ERROR') ? '{}' : text);
  const ok =
    result.status === 'optimal' &&
    result.starts?.P1 === 1 &&
    result.starts?.P2 === 2 &&
    result.ranking?.[0] === 'b' &&
    result.smaa?.every((s) => Math.abs(s - 1) < 1e-9);
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  server.close();
}
