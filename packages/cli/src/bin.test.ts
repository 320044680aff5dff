import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../../..');
const bin = join(repo, 'packages/cli/bin/opencity.js');
const env = { ...process.env, LANG: 'C.UTF-8', OPENCITY_LANG: '', LC_ALL: '' };
const tmp = mkdtempSync(join(tmpdir(), 'opencity-bin-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the opencity executable and its output', () => {
  it('ends quietly with exit 0 when the reader of a pipe goes away (opencity kpi list --format json | head)', () => {
    // The JSON (about 85 kB) is larger than a pipe's buffer, so writing goes on after head has exited: EPIPE.
    const r = spawnSync(
      'bash',
      ['-c', `node '${bin}' kpi list --format json | head -c 1 >/dev/null; exit \${PIPESTATUS[0]}`],
      {
        env,
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('says in one line that the disk is full and exits 2 (ENOSPC)', () => {
    const r = spawnSync('bash', ['-c', `node '${bin}' kpi list --format json >/dev/full`], { env, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('opencity: cannot write the output: no space left on the device (ENOSPC)\n');
  });

  it('runs the build when asked to (as an installed package does)', () => {
    const r = spawnSync('node', [bin, '--version'], { env: { ...env, OPENCITY_CLI_FROM: 'dist' }, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(repo, 'packages/cli/package.json'), 'utf8')).version);
  });
});

/**
 * A clean clone after `npm install`: the repository's tracked files, no dist/ and no generated code, with a
 * node_modules laid out as npm lays it out for workspaces (the registry packages are linked from this checkout's).
 */
function cleanClone(): string {
  const clone = join(tmp, 'clone');
  // The workspaces the CLI is made of (every one but the example apps), as package.json declares them.
  const workspaces = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).workspaces as string[])
    .filter((w) => !w.startsWith('examples'))
    .flatMap((w) =>
      w.endsWith('/*') ? readdirSync(join(repo, w.slice(0, -2))).map((d) => `${w.slice(0, -1)}${d}`) : [w],
    )
    .filter((w) => existsSync(join(repo, w, 'package.json')));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '--', ...workspaces, 'schemas'], {
    cwd: repo,
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
  for (const file of [...files, 'package.json', 'nx.json', 'tsconfig.base.json', 'tsup.base.ts', 'vitest.shared.ts']) {
    try {
      mkdirSync(dirname(join(clone, file)), { recursive: true });
      cpSync(join(repo, file), join(clone, file));
    } catch (error) {
      // A file deleted in the working tree but not yet in git: a clean clone would not have it either.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const modules = join(clone, 'node_modules');
  mkdirSync(join(modules, '@opencity'), { recursive: true });
  mkdirSync(join(modules, '.bin'));
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (name === '@opencity' || name === '.bin' || name.startsWith('.')) continue;
    symlinkSync(realpathSync(join(repo, 'node_modules', name)), join(modules, name));
  }
  for (const workspace of workspaces) {
    const name = JSON.parse(readFileSync(join(clone, workspace, 'package.json'), 'utf8')).name as string;
    symlinkSync(join(clone, workspace), join(modules, name));
    // Versions that differ from the root's are installed under the workspace itself (models has its own ajv).
    const nested = join(repo, workspace, 'node_modules');
    for (const entry of existsSync(nested) ? readdirSync(nested) : []) {
      if (entry.startsWith('.')) continue;
      mkdirSync(join(clone, workspace, 'node_modules'), { recursive: true });
      symlinkSync(realpathSync(join(nested, entry)), join(clone, workspace, 'node_modules', entry));
    }
  }
  for (const name of readdirSync(join(repo, 'node_modules/.bin'))) {
    const target =
      name === 'opencity'
        ? '../@opencity/cli/bin/opencity.js'
        : realpathSync(resolve(join(repo, 'node_modules/.bin'), readlinkSync(join(repo, 'node_modules/.bin', name))));
    symlinkSync(target, join(modules, '.bin', name));
  }
  return clone;
}

describe('npx opencity right after npm install (README order)', () => {
  it('validates from a clean clone without a build, generating the validators once', () => {
    const clone = cleanClone();
    const example = 'schemas/city/AirQualityObserved/examples/valid/brussels-arts-loi.json';
    const first = spawnSync('npx', ['--no-install', 'opencity', 'validate', example], {
      cwd: clone,
      env,
      encoding: 'utf8',
    });
    expect(first.stderr, first.stderr).toContain('first run in this checkout: generating the validators');
    expect(first.stdout, first.stderr).not.toBe('');
    expect(first.stdout).toBe('1 record: 1 valid, 0 invalid, 0 unparseable; 0 errors, 0 warnings\n');
    expect(first.status).toBe(0);
    const second = spawnSync('npx', ['--no-install', 'opencity', 'validate', '--lang', 'fr', example], {
      cwd: clone,
      env,
      encoding: 'utf8',
    });
    expect(second.stderr).toBe('');
    expect(second.status).toBe(0);
    expect(readdirSync(join(clone, 'packages/cli'))).not.toContain('dist');
  }, 240_000);
});
