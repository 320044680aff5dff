// Size budgets of @opencity/models, checked on the build as a web app gets it: each import below is bundled by esbuild
// for the browser (minified, tree-shaken, no externals) and gzipped; the package tarball is measured by `npm pack`.
// A budget over its limit fails (exit 1). Run after the build: `npm run check-package` (the nx check-package target).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const kB = 1000;

/** What a consumer imports, and the most it may cost gzipped. */
const budgets = [
  {
    name: 'isAirQualityObserved alone (per-type entry)',
    code: "export { isAirQualityObserved } from '@opencity/models/validators/AirQualityObserved';",
    limit: 12 * kB,
  },
  {
    name: 'isAirQualityObserved from the package root (tree-shaken)',
    code: "export { isAirQualityObserved } from '@opencity/models';",
    limit: 12 * kB,
  },
  {
    name: 'validate for one type (validateAirQualityObserved)',
    code: "export { validateAirQualityObserved } from '@opencity/models/validators/AirQualityObserved';",
    limit: 25 * kB,
  },
  {
    name: 'validate for every type (validate, validateEntity)',
    code: "export { validate, validateEntity } from '@opencity/models';",
    limit: 90 * kB,
  },
  {
    name: 'the schema registry (getSchema, listSchemas)',
    code: "export { getSchema, listSchemas } from '@opencity/models/registry';",
    limit: 120 * kB,
  },
];
const TARBALL_LIMIT = 3_000 * kB;

async function bundledSize(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: pkg, loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

let failures = 0;
const fmt = (n) => `${(n / kB).toFixed(1)} kB`;
for (const b of budgets) {
  const { min, gzip } = await bundledSize(b.code);
  const ok = gzip <= b.limit;
  if (!ok) failures++;
  console.log(`${ok ? '✓' : '✖'} ${b.name}: ${fmt(gzip)} gzipped (${fmt(min)} minified), limit ${fmt(b.limit)}`);
}

// The tarball as npm would publish it: unpacked size, and no sources or embedded sources in maps.
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: pkg, encoding: 'utf8' }));
const shipped = packed.files.map((f) => f.path);
// No copy of the sources, and no source map that embeds them (`sourcesContent`); the build ships no maps at all today.
const embedsSources = (p) => {
  try {
    return Array.isArray(JSON.parse(readFileSync(`${pkg}/${p}`, 'utf8')).sourcesContent);
  } catch {
    return true;
  }
};
const stray = shipped.filter((p) => p.startsWith('src/') || (p.endsWith('.map') && embedsSources(p)));
const tarballOk = packed.unpackedSize <= TARBALL_LIMIT && stray.length === 0;
if (!tarballOk) failures++;
console.log(
  `${tarballOk ? '✓' : '✖'} tarball: ${fmt(packed.unpackedSize)} unpacked (${fmt(packed.size)} packed, ${shipped.length} files), limit ${fmt(TARBALL_LIMIT)}${stray.length ? `; ships ${stray.slice(0, 3).join(', ')}…` : ''}`,
);
console.log(`size budgets: ${budgets.length + 1 - failures} passed, ${failures} failed`);
process.exitCode = failures > 0 ? 1 : 0;
