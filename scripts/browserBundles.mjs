#!/usr/bin/env node
// Browser bundles: every published package's main entry ("." export) must bundle for the browser with esbuild
// (platform browser, no externals) and import no Node built-in, as a regional IT team's web app would bundle it.
// Usage: node scripts/browserBundles.mjs [--source]   (default: the built dist, as consumers get it; run after the
// build. --source bundles the TypeScript sources through the @opencity/source condition instead, with no build.)
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const fromSource = process.argv.includes('--source');

/** Packages whose main entry is a Node program by design, with the reason (kept short and explicit). */
const nodePrograms = new Map([
  ['@opencity/cli', 'the `opencity` command-line program: its entry reads files and writes to the terminal'],
]);

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const isBuiltin = (path) => builtins.has(path) || builtins.has(path.split('/')[0]) || path.startsWith('node:');

const packages = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => JSON.parse(readFileSync(join(root, 'packages', d.name, 'package.json'), 'utf8')))
  .filter((p) => !p.private && p.exports?.['.']);

let failures = 0;
for (const pkg of packages) {
  if (nodePrograms.has(pkg.name)) {
    console.log(`- ${pkg.name}: not bundled (${nodePrograms.get(pkg.name)})`);
    continue;
  }
  const imported = [];
  try {
    const result = await build({
      stdin: { contents: `export * from ${JSON.stringify(pkg.name)};`, resolveDir: root, loader: 'js' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      minify: true,
      logLevel: 'silent',
      ...(fromSource ? { conditions: ['@opencity/source'] } : {}),
      plugins: [
        {
          name: 'node-builtins',
          setup(b) {
            // Record every Node built-in import, even one a package maps away, and fail the bundle on it.
            b.onResolve({ filter: /.*/ }, (args) => {
              if (!isBuiltin(args.path)) return undefined;
              imported.push(`${args.path} (imported by ${args.importer.replace(root, '')})`);
              return { path: args.path, external: true };
            });
          },
        },
      ],
    });
    if (imported.length > 0) throw new Error(`imports Node built-ins: ${[...new Set(imported)].join(', ')}`);
    const kb = (result.outputFiles[0].contents.length / 1024).toFixed(0);
    console.log(`✓ ${pkg.name}: ${kb} kB minified for the browser`);
  } catch (error) {
    failures++;
    const detail = error.errors?.length ? error.errors.map((e) => e.text).join('; ') : error.message;
    console.error(`✖ ${pkg.name}: ${detail}`);
  }
}
console.log(
  `browser bundles (${fromSource ? 'sources' : 'dist'}): ${packages.length - nodePrograms.size - failures} passed, ${failures} failed`,
);
process.exitCode = failures > 0 ? 1 : 0;
