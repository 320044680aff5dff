#!/usr/bin/env node
// `npm start`: builds the dashboard with nx (cached: a second start rebuilds nothing) and serves the static build
// on http://127.0.0.1:8080/ (PORT and HOST override). The dashboard shows the Brussels profile and its synthetic data.
import { spawnSync } from 'node:child_process';
import { describeListenError, serveDashboard } from '../examples/dashboard/serve.mjs';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const build = spawnSync(
  'npx',
  ['--no-install', 'nx', 'run', '@opencity-examples/dashboard:build', '--outputStyle=stream'],
  { stdio: 'inherit', env },
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
