#!/usr/bin/env node
// `npm test`: the whole gate. Generate, typecheck, lint, unit tests, build, package checks and docs, through nx
// (cached), then the API site with TypeDoc. Prints a test summary from vitest's JSON reports at the end.
import { spawnSync } from 'node:child_process';
import { summarizeVitestReports } from './testSummary.mjs';

const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR,
};

/** The steps of the gate, in order; each must exit 0. */
const steps = [
  // Formatting: Prettier owns the layout of source code (see .prettierrc.json); `npm run format` fixes it.
  ['prettier', ['--check', '.', '--log-level', 'warn']],
  // Monorepo hygiene: one version per dependency, sorted dependency lists, no misplaced fields (sherif).
  ['sherif', []],
  // Compatibility: the schemas against the last released ones; a breaking change needs a major release.
  ['tsx', ['--conditions=@opencity/source', 'packages/interop/scripts/compatGate.ts']],
  [
    'nx',
    [
      'run-many',
      '-t',
      'generate',
      'typecheck',
      'lint',
      'test',
      'build',
      'check-package',
      'docs',
      '--outputStyle=stream',
    ],
  ],
  // Unused files, exports and dependencies (knip.jsonc; after the generators, which write sources knip reads).
  ['knip', ['--no-progress']],
  // Browser bundles: every published package's main entry bundles for the browser with no Node built-in (needs the build).
  ['node', ['scripts/browserBundles.mjs']],
  // Lean installs: the packed tarballs install into a fresh project with no install script and no telemetry, and
  // @asyncapi/parser stays an optional peer (needs the build).
  ['node', ['scripts/leanInstall.mjs']],
  // Hostile inputs in bounded time: the corpus's scalable cases grow linearly (ratios in the same run), the others
  // finish well within a generous budget (issue 15; packages/cli/src/__fixtures__/hostile).
  ['tsx', ['--conditions=@opencity/source', 'packages/cli/scripts/hostileBudget.ts']],
  // Validation in linear time: every array schema of the contract, FACTOR small payloads vs one FACTOR times larger,
  // in the same run (packages/models/scripts/linearBudget.ts; was a timed unit test).
  ['tsx', ['--conditions=@opencity/source', 'packages/models/scripts/linearBudget.ts']],
  ['typedoc', []],
  // Markdown references: links, anchors and quoted fixture paths of the hand-written docs resolve (after the docs).
  ['node', ['scripts/markdownReferences.mjs']],
];

let failed = false;
for (const [command, args] of steps) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync('npx', ['--no-install', command, ...args], { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✖ ${command} failed (exit ${result.status ?? result.signal})`);
    failed = true;
    break;
  }
}

const summary = summarizeVitestReports();
console.log(
  `\nunit tests: ${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''} (${summary.files} report(s))`,
);
process.exit(failed || summary.failed > 0 ? 1 : 0);
