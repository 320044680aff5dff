#!/usr/bin/env node
// The `opencity` executable. It lives outside dist/ so that npm links it at install time, before any build.
// Installed from the registry it runs the build in dist/. In a checkout of the OpenCity repository it runs the
// TypeScript sources (through tsx, with the @opencity/source export condition), so `npx opencity …` works right after
// `npm install`, without a build, and always matches the code of the checkout.
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { register } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const pkg = dirname(dirname(fileURLToPath(import.meta.url)));
const inCheckout =
  process.env.OPENCITY_CLI_FROM !== 'dist' &&
  !realpathSync(pkg).split(sep).includes('node_modules') &&
  existsSync(join(pkg, 'src', 'bin.ts'));

const fail = (message) => {
  process.stderr.write(`opencity: ${message}\n`);
  process.exit(2);
};

if (!inCheckout) {
  if (!existsSync(join(pkg, 'dist', 'bin.js')))
    fail('@opencity/cli is not built: run `npx nx build @opencity/cli` in the repository');
  await import('../dist/bin.js');
} else {
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch {
    fail('the repository is not installed: run `npm install` at its root');
  }
  tsx.register();
  // Sibling packages resolve to their TypeScript sources, as in the type checks and tests.
  register(
    `data:text/javascript,${encodeURIComponent(
      'export const resolve = (s, c, next) => next(s, { ...c, conditions: [...c.conditions, "@opencity/source"] });',
    )}`,
  );
  try {
    await import(pathToFileURL(join(pkg, 'src', 'bin.ts')).href);
  } catch (error) {
    // Generated code (validators, types) is not in git: make it once, then run again in a fresh process.
    const missing = error?.code === 'ERR_MODULE_NOT_FOUND' && /[\\/]src[\\/]generated[\\/]/.test(String(error.message));
    if (!missing || process.env.OPENCITY_CLI_GENERATED) throw error;
    const root = dirname(dirname(pkg));
    process.stderr.write(
      'opencity: first run in this checkout: generating the validators (npx nx run-many -t generate)…\n',
    );
    const generate = spawnSync('npx', ['--no-install', 'nx', 'run-many', '-t', 'generate', '--outputStyle=static'], {
      cwd: root,
      stdio: ['ignore', 2, 2],
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    });
    if (generate.status !== 0)
      fail('generating the validators failed (see above); run `npm test` at the repository root');
    const again = spawnSync(process.execPath, process.argv.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, OPENCITY_CLI_GENERATED: '1' },
    });
    process.exit(again.status ?? 2);
  }
}
