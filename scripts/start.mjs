#!/usr/bin/env node
// `npm start`: builds the dashboard with nx (cached: a second start rebuilds nothing) and serves the static build
// on http://127.0.0.1:8080/ (PORT and HOST override). The dashboard shows the Brussels profile and its synthetic data,
// or an office's workspace (--workspace <dir>).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describeListenError, serveDashboard } from '../examples/dashboard/serve.mjs';

// `npm start -- --workspace <dir>` (or OPENCITY_WORKSPACE=<dir>) builds the same pages from an office's workspace;
// that build reads files nx does not know, so it runs outside nx's cache (the next plain start restores the sample).
const at = process.argv.indexOf('--workspace');
const workspaceArg = at >= 0 ? process.argv[at + 1] : process.argv.find((a) => a.startsWith('--workspace='))?.slice(12);
const workspace = workspaceArg ?? process.env.OPENCITY_WORKSPACE;
const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  ...(workspace ? { OPENCITY_WORKSPACE: resolve(process.env.INIT_CWD ?? process.cwd(), workspace) } : {}),
};
const build = workspace
  ? spawnSync('npx', ['--no-install', 'nx', 'run-many', '-t', 'generate', '--outputStyle=stream'], {
      stdio: 'inherit',
      env,
    })
  : spawnSync('npx', ['--no-install', 'nx', 'run', '@opencity-examples/dashboard:build', '--outputStyle=stream'], {
      stdio: 'inherit',
      env,
    });
if (workspace && build.status === 0)
  Object.assign(
    build,
    spawnSync('npm', ['run', 'build', '-w', '@opencity-examples/dashboard'], { stdio: 'inherit', env }),
  );
if (build.status !== 0) {
  console.error(`\nthe dashboard build failed (exit ${build.status ?? build.signal}); see the output above`);
  process.exit(build.status ?? 1);
}
const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be an integer between 0 and 65535; got "${process.env.PORT}"`);
  process.exit(2);
}
const host = process.env.HOST ?? '127.0.0.1';
try {
  const { url } = await serveDashboard({ port, host });
  console.log(`\nOpenCity dashboard: ${url}  (KPIs, digital index, roadmap, validator; Ctrl+C to stop)`);
} catch (error) {
  // One line that says what to do (the port is taken…), not a stack trace.
  console.error(
    `\n${error?.syscall === 'listen' ? describeListenError(error, host, port) : (error?.message ?? error)}`,
  );
  process.exit(1);
}
