import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pendingBump, runCompatGate, writeBaseline } from '../scripts/compatGate';

const repo = join(import.meta.dirname, '../../..');
const made: string[] = [];

/** A throw-away repository with one released schema (the foundation's AirQualityObserved and its common schemas). */
function fixtureRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'opencity-gate-'));
  made.push(root);
  for (const key of [
    'common/EntityBase',
    'common/Location',
    'common/Address',
    'common/LocalizedText',
    'city/AirQualityObserved',
  ]) {
    mkdirSync(join(root, 'schemas', key), { recursive: true });
    cpSync(join(repo, 'schemas/released', key, 'schema.json'), join(root, 'schemas', key, 'schema.json'));
  }
  mkdirSync(join(root, '.changeset'));
  writeBaseline(root, '1.0.0');
  return root;
}

const schemaFile = (root: string, key: string) => join(root, 'schemas', key, 'schema.json');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit arbitrary schema JSON in place
type Editable = Record<string, any>;
const edit = (root: string, key: string, change: (s: Editable) => void) => {
  const s = JSON.parse(readFileSync(schemaFile(root, key), 'utf8')) as Editable;
  change(s);
  writeFileSync(schemaFile(root, key), JSON.stringify(s, null, 2));
};
const changeset = (root: string, name: string, bump: string) =>
  writeFileSync(
    join(root, '.changeset', `${name}.md`),
    `---\n'@opencity/models': ${bump}\n'@opencity/interop': patch\n---\n\nSomething changed.\n`,
  );
/** A breaking change: a new required property (existing producers do not send it). */
const requireTemperature = (s: Editable) => (s['required'] as string[]).push('temperature');
const bumpMajor = (s: Editable) => {
  s['x-version'] = '2.0.0';
  s['$id'] = String(s['$id']).replace('/v1/', '/v2/');
};

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('compatibility gate', () => {
  it('passes on this repository as committed (schemas added since the baseline are additions)', () => {
    const result = runCompatGate(repo);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.baselineVersion).toBe('0.1.0');
    expect(result.diff.schemas.find((s) => s.schema === 'city/AirQualityObserved')).toBeDefined();
  });

  it('passes when nothing changed and on compatible additions', () => {
    const root = fixtureRepo();
    expect(runCompatGate(root)).toMatchObject({ ok: true, diff: { verdict: 'none' } });
    edit(
      root,
      'city/AirQualityObserved',
      (s) => (s['properties']['benzeneIndex'] = { type: 'number', description: 'An index.' }),
    );
    expect(runCompatGate(root)).toMatchObject({ ok: true, diff: { verdict: 'minor' } });
  });

  it('fails on a breaking change without a major changeset, and says which change breaks whom', () => {
    const root = fixtureRepo();
    edit(root, 'city/AirQualityObserved', requireTemperature);
    changeset(root, 'minor-only', 'minor');
    const result = runCompatGate(root);
    expect(result.ok).toBe(false);
    expect(result.bump).toBe('minor');
    expect(result.problems.join('\n')).toContain(
      'city/AirQualityObserved: 1 breaking change(s) but no major changeset for @opencity/models',
    );
    expect(result.problems.join('\n')).toContain('/temperature  required_added (breaks producers)');
  });

  it('fails on a breaking change in a shared definition, found through the entities that $ref it', () => {
    const root = fixtureRepo();
    edit(root, 'common/EntityBase', (s) => (s['$defs']['EntityId']['maxLength'] = 64));
    const result = runCompatGate(root);
    expect(result.ok).toBe(false);
    expect(result.problems.some((p) => p.startsWith('common/EntityBase:'))).toBe(true);
    expect(
      result.problems.some((p) => p.startsWith('city/AirQualityObserved:') && p.includes('/id  constraint_tightened')),
    ).toBe(true);
  });

  it('fails when the changeset is major but the schema keeps its major version', () => {
    const root = fixtureRepo();
    edit(root, 'city/AirQualityObserved', requireTemperature);
    changeset(root, 'breaking', 'major');
    expect(runCompatGate(root).problems).toEqual([
      'city/AirQualityObserved: breaking change(s) need a major x-version (and $id /v2/); x-version major is still 1',
    ]);
  });

  it('passes with a major changeset and a major schema version', () => {
    const root = fixtureRepo();
    edit(root, 'city/AirQualityObserved', (s) => {
      requireTemperature(s);
      bumpMajor(s);
    });
    changeset(root, 'breaking', 'major');
    expect(runCompatGate(root)).toMatchObject({ ok: true, bump: 'major', diff: { verdict: 'major' } });
  });

  it('takes a minor changeset that says "Breaking" while the schema package is 0.x, and only then', () => {
    const root = fixtureRepo();
    edit(root, 'city/AirQualityObserved', (s) => {
      requireTemperature(s);
      bumpMajor(s);
    });
    const models = (version: string) => {
      mkdirSync(join(root, 'packages/models'), { recursive: true });
      writeFileSync(join(root, 'packages/models/package.json'), JSON.stringify({ name: '@opencity/models', version }));
    };
    const minorSaying = (text: string) =>
      writeFileSync(join(root, '.changeset', 'breaking.md'), `---\n'@opencity/models': minor\n---\n\n${text}\n`);
    models('0.3.0');
    minorSaying('A new required property.');
    expect(runCompatGate(root).ok).toBe(false);
    minorSaying('Breaking: a new required property.');
    expect(runCompatGate(root)).toMatchObject({ ok: true, bump: 'minor', diff: { verdict: 'major' } });
    minorSaying('**Breaking** for producers: a new required property.');
    expect(runCompatGate(root).ok).toBe(true);
    models('1.2.0');
    expect(runCompatGate(root).problems[0]).toContain('no major changeset for @opencity/models');
  });

  it('runs as a script: exit 1 with the reasons on stderr, exit 0 once released as major', () => {
    const root = fixtureRepo();
    edit(root, 'city/AirQualityObserved', requireTemperature);
    const script = join(import.meta.dirname, '../scripts/compatGate.ts');
    const tsx = join(repo, 'node_modules/.bin/tsx');
    let failure: { status?: number; stderr?: Buffer } = {};
    try {
      execFileSync(tsx, ['--conditions=@opencity/source', script, '--root', root], { stdio: 'pipe' });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure.status).toBe(1);
    expect(String(failure.stderr)).toContain('compat gate failed');
    edit(root, 'city/AirQualityObserved', bumpMajor);
    changeset(root, 'breaking', 'major');
    expect(
      execFileSync(tsx, ['--conditions=@opencity/source', script, '--root', root], { encoding: 'utf8' }),
    ).toContain('verdict major');
  });

  it('reads the largest pending bump of a package from the changeset front matter', () => {
    const root = fixtureRepo();
    expect(pendingBump(root, '@opencity/models')).toBeUndefined();
    changeset(root, 'a', 'patch');
    writeFileSync(
      join(root, '.changeset', 'b.md'),
      '---\n"@opencity/models": minor\n---\n\nText mentioning @opencity/models: major outside the front matter.\n',
    );
    expect(pendingBump(root, '@opencity/models')).toBe('minor');
    expect(pendingBump(root, '@opencity/interop')).toBe('patch');
  });
});
