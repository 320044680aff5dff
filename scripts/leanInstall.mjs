#!/usr/bin/env node
// Lean installs: a regional IT team that installs our packages gets no install script and no telemetry. Packs every
// publishable package (after the build), installs the tarballs into a fresh temporary project the way a consumer
// would — offline, from the tarballs and the local npm cache that the repository's own install filled (`--offline`;
// `--prefer-offline` only if the cache lacks something, which then comes from the registry) — and fails, listing
// them, on any package in the consumer's tree that declares an install script (preinstall, install, postinstall, or
// a binding.gyp that npm would build) and on @scarf/scarf. It also checks that @opencity/interop/asyncapi/node loads
// without its optional peer @asyncapi/parser and that lintContract then names the package to install.
// Usage: node scripts/leanInstall.mjs [--keep]   (needs the build; --keep leaves the temporary project for a look)
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];
const TELEMETRY = ['@scarf/scarf'];

function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_audit: 'false' },
  });
  return { status: result.status, out: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

const packages = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => ({
    dir: join(root, 'packages', d.name),
    json: JSON.parse(readFileSync(join(root, 'packages', d.name, 'package.json'), 'utf8')),
  }))
  .filter((p) => !p.json.private);

const work = mkdtempSync(join(tmpdir(), 'opencity-lean-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');
let failures = 0;
try {
  mkdirSync(tarballs);
  mkdirSync(app);
  const dependencies = {};
  for (const p of packages) {
    if (!existsSync(join(p.dir, 'dist'))) {
      console.error(`✖ ${p.json.name}: no dist/ (run the build first)`);
      process.exit(1);
    }
    const packed = run('npm', ['pack', '--silent', '--pack-destination', tarballs, '--workspace', p.json.name], root);
    if (packed.status !== 0) {
      console.error(`✖ npm pack ${p.json.name} failed:\n${packed.out}`);
      process.exit(1);
    }
    const file = packed.out.trim().split('\n').pop();
    dependencies[p.json.name] = `file:../tarballs/${file}`;
  }
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'lean-consumer', private: true, type: 'module', dependencies }, null, 2),
  );
  const args = ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'];
  let install = run('npm', [...args, '--offline'], app);
  let mode = 'offline (tarballs and the local npm cache)';
  if (install.status !== 0) {
    mode = 'prefer-offline (the cache lacked a package; fetched from the registry)';
    install = run('npm', [...args, '--prefer-offline'], app);
  }
  if (install.status !== 0) {
    console.error(`✖ npm install of the packed tarballs failed:\n${install.out}`);
    process.exit(1);
  }

  // Every package in the consumer's tree, with its install scripts.
  const found = [];
  const withScripts = [];
  let bytes = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name === 'node_modules') walkModules(path);
      else if (entry.isDirectory() && !entry.isSymbolicLink()) walk(path);
      else if (entry.isFile()) bytes += statSync(path).size;
    }
  };
  const walkModules = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const scoped = entry.name.startsWith('@');
      for (const name of scoped ? readdirSync(join(dir, entry.name)) : [entry.name]) {
        const pkgDir = scoped ? join(dir, entry.name, name) : join(dir, name);
        const manifest = join(pkgDir, 'package.json');
        if (!existsSync(manifest)) continue;
        const json = JSON.parse(readFileSync(manifest, 'utf8'));
        found.push(json.name);
        const scripts = INSTALL_SCRIPTS.filter((s) => typeof json.scripts?.[s] === 'string');
        if (existsSync(join(pkgDir, 'binding.gyp')) && !scripts.includes('install'))
          scripts.push('install (binding.gyp)');
        if (scripts.length > 0)
          withScripts.push(
            `${json.name}@${json.version} (${relative(app, pkgDir)}): ${scripts.map((s) => `${s}: ${json.scripts?.[s] ?? 'node-gyp rebuild'}`).join('; ')}`,
          );
        walk(pkgDir);
      }
    }
  };
  walkModules(join(app, 'node_modules'));
  console.log(
    `installed ${packages.length} OpenCity tarballs ${mode}: ${found.length} packages, ${(bytes / 1e6).toFixed(1)} MB in the consumer's node_modules`,
  );
  if (withScripts.length > 0) {
    failures++;
    console.error(
      `✖ ${withScripts.length} package(s) in the consumer's tree declare install scripts:\n  ${withScripts.join('\n  ')}`,
    );
  } else console.log('✓ no install script in the consumer tree');
  const telemetry = found.filter((name) => TELEMETRY.includes(name));
  if (telemetry.length > 0) {
    failures++;
    console.error(`✖ telemetry in the consumer's tree: ${[...new Set(telemetry)].join(', ')}`);
  } else console.log(`✓ no ${TELEMETRY.join(', ')} in the consumer tree`);
  if (found.includes('@asyncapi/parser')) {
    failures++;
    console.error('✖ @asyncapi/parser was installed by default; it must stay an optional peer of @opencity/interop');
  }

  // The optional peer: the entry loads without it, and lintContract names the package to install.
  const probe = `
    const node = await import('@opencity/interop/asyncapi/node');
    try { await node.lintContract('missing.json'); console.log('NO ERROR'); }
    catch (e) { console.log(JSON.stringify({ name: e.name, code: e.code, message: e.message })); }`;
  const loaded = run('node', ['--input-type=module', '-e', probe], app);
  const outcome = (() => {
    try {
      return JSON.parse(loaded.out.trim().split('\n').pop());
    } catch {
      return undefined;
    }
  })();
  if (outcome?.code === 'missing_peer_dependency' && outcome.message.includes('npm install @asyncapi/parser'))
    console.log(
      `✓ @opencity/interop/asyncapi/node loads without @asyncapi/parser; lintContract says: ${outcome.message}`,
    );
  else {
    failures++;
    console.error(`✖ @opencity/interop/asyncapi/node without @asyncapi/parser: ${loaded.out.trim()}`);
  }
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(failures > 0 ? 1 : 0);
