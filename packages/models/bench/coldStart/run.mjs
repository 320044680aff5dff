// Cold-start benchmark of @opencity/models: fresh processes that validate one payload, precompiled (built dist) versus
// compiling the published schemas with Ajv2020 at run time. Run after a build: `npm run bench -w @opencity/models`.
// Each variant runs RUNS times, interleaved so machine noise hits all variants alike; medians and ratios are printed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '../..');
const runs = Number(process.env.COLD_START_RUNS ?? 9);
if (!Number.isInteger(runs) || runs < 3)
  throw new Error(`COLD_START_RUNS must be an integer ≥ 3; got ${process.env.COLD_START_RUNS}`);
const typeName = 'AirQualityObserved';
const payloadFile = join(pkg, '../../schemas/city/AirQualityObserved/examples/valid/brussels-arts-loi.json');
const schemasDir = join(pkg, 'schemas');
for (const f of [join(pkg, `dist/validators/${typeName}.js`), join(schemasDir, 'index.json'), payloadFile]) {
  if (!existsSync(f)) throw new Error(`missing ${f}: run "npm run generate && npm run build" in packages/models first`);
}
// The annotation vocabulary comes from the built package, read once here so the baseline child does not import it.
const { annotationKeywords } = await import('@opencity/models/internal');
const keywords = JSON.stringify(annotationKeywords);

const variants = [
  { name: 'precompiled, per-type entry', args: [join(here, 'precompiled.mjs'), typeName, payloadFile, 'type'] },
  { name: 'precompiled, package root', args: [join(here, 'precompiled.mjs'), typeName, payloadFile, 'root'] },
  {
    name: 'runtime Ajv2020, compile the type',
    args: [join(here, 'runtime.mjs'), typeName, payloadFile, schemasDir, keywords, 'one'],
  },
  {
    name: 'runtime Ajv2020, compile all schemas',
    args: [join(here, 'runtime.mjs'), typeName, payloadFile, schemasDir, keywords, 'all'],
  },
];

function once(variant) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, variant.args, { cwd: pkg, encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`${variant.name} failed (exit ${child.status}): ${child.stderr}`);
  const out = JSON.parse(child.stdout.trim().split('\n').pop());
  if (out.valid !== true)
    throw new Error(`${variant.name} judged the payload invalid; the comparison would be meaningless`);
  return { ...out, wallMs };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const samples = variants.map(() => []);
once(variants[0]); // warm the OS file cache once so the first measured run is not an outlier for one variant only
for (let i = 0; i < runs; i++) variants.forEach((v, j) => samples[j].push(once(v)));

const rows = variants.map((v, j) => ({
  variant: v.name,
  'setup ms': median(samples[j].map((s) => s.setupMs)),
  'first validate ms': median(samples[j].map((s) => s.firstValidateMs)),
  'setup+validate ms': median(samples[j].map((s) => s.setupMs + s.firstValidateMs)),
  'process start→result ms': median(samples[j].map((s) => s.sinceProcessStartMs)),
  'wall ms (spawn→exit)': median(samples[j].map((s) => s.wallMs)),
}));
const fmt = (x) => (typeof x === 'number' ? Number(x.toFixed(1)) : x);
console.log(
  `cold start of @opencity/models, ${runs} fresh processes per variant (medians), Node ${process.version}, payload ${typeName}`,
);
console.table(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, fmt(v)]))));
const base = rows[0];
for (const r of rows.slice(1)) {
  const ratio = (k) => (r[k] / base[k]).toFixed(2);
  console.log(
    `${r.variant} / precompiled per-type entry: import + first validation ×${ratio('setup+validate ms')}, process start→result ×${ratio('process start→result ms')}, wall ×${ratio('wall ms (spawn→exit)')}`,
  );
}
// The target: import + first validation of one type from its precompiled entry, against compiling that type's
// schemas at run time and validating the same payload, at least 10 times faster.
const compileType = rows.find((r) => r.variant === 'runtime Ajv2020, compile the type');
const coldStart = compileType['setup+validate ms'] / base['setup+validate ms'];
console.log(
  `cold start (import + first validation of ${typeName}): precompiled ${coldStart.toFixed(1)}× faster than compiling its schemas at run time — target ≥ 10×: ${coldStart >= 10 ? 'met' : 'missed'}`,
);
if (coldStart < 10) process.exitCode = 1;
