/**
 * The compatibility gate: compares the current schemas (schemas/<group>/<Name>/schema.json) with the last released
 * ones (schemas/released/, written at release time) and fails when a change that breaks producers or consumers is
 * not released as a major version: a major changeset for the package that publishes the schemas (while that package
 * is 0.x, a minor changeset whose text starts with "Breaking" will do, as docs/versioning.md says), and a major
 * `x-version` (hence `$id`) bump of every schema that breaks.
 *
 *   tsx packages/interop/scripts/compatGate.ts                       check (npm test runs this)
 *   tsx packages/interop/scripts/compatGate.ts --write-baseline 1.0.0 snapshot the current schemas as released 1.0.0
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadSchemaSources } from '@opencity/tooling';
import { diffContract, type ContractDiff, type JsonSchema } from '../src/diff/index';

/** The package that publishes the schemas: its changesets decide whether a breaking change may ship. */
export const SCHEMA_PACKAGE = '@opencity/models';
const BUMPS = ['patch', 'minor', 'major'] as const;
type Bump = (typeof BUMPS)[number];

/** Where the released baseline lives, relative to the repository root. */
export const RELEASED_DIR = join('schemas', 'released');

/** The schemas of a tree with the schemas/ layout, keyed `<group>/<Name>` (the contract's own loader, without examples). */
function readSet(root: string): Record<string, JsonSchema> {
  return Object.fromEntries(
    loadSchemaSources(root, { examples: false }).map((s) => [
      `${s.group}/${s.name}`,
      s.schema as unknown as JsonSchema,
    ]),
  );
}

/** The bumps the pending changesets (`.changeset/*.md`) give a package, each with whether its text says "Breaking". */
function pendingChangesets(repoRoot: string, packageName: string): { bump: Bump; breaking: boolean }[] {
  const dir = join(repoRoot, '.changeset');
  if (!existsSync(dir)) return [];
  const out: { bump: Bump; breaking: boolean }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')) {
    const text = readFileSync(join(dir, file), 'utf8');
    const head = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    const breaking = /^\s*(?:\*\*)?Breaking\b/.test(head?.[2] ?? '');
    for (const line of (head?.[1] ?? '').split(/\r?\n/)) {
      const match = /^\s*['"]?(@?[^'":\s]+)['"]?\s*:\s*['"]?(major|minor|patch)['"]?\s*$/.exec(line);
      if (match && match[1] === packageName) out.push({ bump: match[2] as Bump, breaking });
    }
  }
  return out;
}

/** The largest bump the pending changesets (`.changeset/*.md`) give a package, or `undefined` when none names it. */
export function pendingBump(repoRoot: string, packageName: string): Bump | undefined {
  const best = Math.max(-1, ...pendingChangesets(repoRoot, packageName).map((c) => BUMPS.indexOf(c.bump)));
  return best < 0 ? undefined : BUMPS[best];
}

/**
 * Whether the pending changesets release a breaking change of a package: a major changeset, or, while the package is
 * 0.x (docs/versioning.md), a minor one whose text starts with "Breaking".
 */
export function releasesBreakingChange(repoRoot: string, packageName: string, packageVersion: string): boolean {
  const zeroMajor = /^0\./.test(packageVersion);
  return pendingChangesets(repoRoot, packageName).some(
    (c) => c.bump === 'major' || (zeroMajor && c.bump === 'minor' && c.breaking),
  );
}

/** The version of the schema package in a repository (`packages/models/package.json`), or 1.0.0 when unknown. */
function schemaPackageVersion(repoRoot: string): string {
  const file = join(repoRoot, 'packages', 'models', 'package.json');
  if (!existsSync(file)) return '1.0.0';
  const version = (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version;
  return typeof version === 'string' ? version : '1.0.0';
}

const majorOf = (schema: JsonSchema): number =>
  typeof schema === 'object' ? Number(String(schema['x-version'] ?? '0').split('.')[0]) : 0;

/** The outcome of the gate: what was compared and, when it fails, why. */
export interface GateResult {
  readonly ok: boolean;
  readonly diff: ContractDiff;
  readonly bump: Bump | undefined;
  readonly problems: readonly string[];
  readonly baselineVersion: string | undefined;
}

/** Runs the gate on a repository (its schemas/, schemas/released/ and .changeset/). */
export function runCompatGate(repoRoot: string): GateResult {
  const released = readSet(join(repoRoot, RELEASED_DIR));
  const current = readSet(join(repoRoot, 'schemas'));
  const manifestFile = join(repoRoot, RELEASED_DIR, 'manifest.json');
  const baselineVersion = existsSync(manifestFile)
    ? String((JSON.parse(readFileSync(manifestFile, 'utf8')) as { version?: unknown }).version)
    : undefined;
  const diff = diffContract(released, current);
  const bump = pendingBump(repoRoot, SCHEMA_PACKAGE);
  const breakingReleased = releasesBreakingChange(repoRoot, SCHEMA_PACKAGE, schemaPackageVersion(repoRoot));
  const problems: string[] = [];
  for (const s of diff.schemas.filter((x) => x.verdict === 'major')) {
    const breaking = s.changes.filter((c) => c.breaks !== 'none');
    if (!breakingReleased) {
      problems.push(
        `${s.schema}: ${breaking.length} breaking change(s) but no major changeset for ${SCHEMA_PACKAGE}:\n${breaking.map((c) => `    ${c.path || '(root)'}  ${c.change} (breaks ${c.breaks}): ${c.message}`).join('\n')}`,
      );
    }
    const [before, after] = [released[s.schema], current[s.schema]];
    if (before !== undefined && after !== undefined && majorOf(after) <= majorOf(before)) {
      problems.push(
        `${s.schema}: breaking change(s) need a major x-version (and $id /v${majorOf(before) + 1}/); x-version major is still ${majorOf(after)}`,
      );
    }
  }
  return { ok: problems.length === 0, diff, bump, problems, baselineVersion };
}

/** Replaces the released baseline with the current schemas, recording the version they were released as. */
export function writeBaseline(repoRoot: string, version: string): number {
  if (!/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(version))
    throw new Error(`--write-baseline needs a semantic version such as 1.0.0; got "${version}"`);
  const target = join(repoRoot, RELEASED_DIR);
  const current = readSet(join(repoRoot, 'schemas'));
  rmSync(target, { recursive: true, force: true });
  for (const key of Object.keys(current)) {
    mkdirSync(join(target, key), { recursive: true });
    cpSync(join(repoRoot, 'schemas', key, 'schema.json'), join(target, key, 'schema.json'));
  }
  const manifest = {
    package: SCHEMA_PACKAGE,
    version,
    schemas: Object.keys(current).length,
    note: 'The schemas as last released. Written by packages/interop/scripts/compatGate.ts --write-baseline at release time; never edited by hand. The compatibility gate diffs schemas/ against this folder.',
  };
  writeFileSync(join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return Object.keys(current).length;
}

function main(): number {
  const { values } = parseArgs({ options: { root: { type: 'string' }, 'write-baseline': { type: 'string' } } });
  const root = resolve(values.root ?? join(dirname(fileURLToPath(import.meta.url)), '../../..'));
  if (values['write-baseline'] !== undefined) {
    const count = writeBaseline(root, values['write-baseline']);
    console.log(
      `compat gate: baseline ${values['write-baseline']} written (${count} schemas) to ${relative(root, join(root, RELEASED_DIR)).split(sep).join('/')}`,
    );
    return 0;
  }
  const result = runCompatGate(root);
  const counts = ['major', 'minor', 'patch']
    .map((v) => `${result.diff.schemas.filter((s) => s.verdict === v).length} ${v}`)
    .join(', ');
  console.log(
    `compat gate: schemas vs released ${result.baselineVersion ?? '(no baseline)'}: verdict ${result.diff.verdict} (${counts}); pending ${SCHEMA_PACKAGE} changeset: ${result.bump ?? 'none'}`,
  );
  if (result.ok) return 0;
  console.error(
    `compat gate failed:\n${result.problems.map((p) => `  ${p}`).join('\n')}\nRelease breaking changes as a major version (a changeset with '${SCHEMA_PACKAGE}': major, or while it is 0.x a minor one whose text starts with "Breaking") or make them compatible (see docs/guides on versioning, or run opencity diff schemas/released schemas).`,
  );
  return 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
