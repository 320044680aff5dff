import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../main';
import type { CommandIo } from '../io';

const repo = join(import.meta.dirname, '../../../..');
const examples = join(repo, 'schemas/city/AirQualityObserved/examples');

function memoryIo(): CommandIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin: (async function* () {})(),
    cwd: repo,
    env: {},
    out: () => out,
    err: () => err,
  };
}

describe('opencity validate', () => {
  it('exits 0 on the valid AirQualityObserved examples', async () => {
    const io = memoryIo();
    const code = await run(['validate', join(examples, 'valid/brussels-arts-loi.json'), join(examples, 'valid/sdm-madrid-keyvalues.json')], io);
    expect(code).toBe(0);
    expect(io.out()).toContain('2 record(s): 2 valid, 0 invalid');
  });

  it('exits 1 on an invalid example and names the JSON Pointer', async () => {
    const io = memoryIo();
    expect(await run(['validate', join(examples, 'invalid/pm25-as-text.json')], io)).toBe(1);
    expect(io.out()).toContain('/pm25: error invalid_type: pm25 must be a number ≥ 0; got "high"');
  });

  it('--fail-on warning turns warnings into a failing exit code', async () => {
    const io = memoryIo();
    expect(await run(['validate', '--fail-on', 'warning', join(examples, 'valid/sdm-madrid-keyvalues.json')], io)).toBe(1);
    expect(io.out()).toContain('property_alias');
  });

  it('exits 2 with one stderr line for an unknown model or an unreadable file', async () => {
    let io = memoryIo();
    expect(await run(['validate', '--model', 'AirQuality', 'x.json'], io)).toBe(2);
    expect(io.err()).toMatch(/^opencity validate: unknown model "AirQuality"/);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    io = memoryIo();
    expect(await run(['validate', 'does/not/exist.json'], io)).toBe(2);
    expect(io.err()).toContain('cannot read does/not/exist.json: ENOENT');
  });

  it('exits 2 for an unknown command or option', async () => {
    expect(await run(['frobnicate'], memoryIo())).toBe(2);
    expect(await run(['validate', '--colour'], memoryIo())).toBe(2);
  });
});

describe('the built opencity binary', () => {
  const bin = join(import.meta.dirname, '../../dist/bin.js');
  // nx runs this package's build before its tests (package.json "nx" targets), so the binary is there.
  it('runs as a real process with the documented exit codes', async () => {
    expect(existsSync(bin), 'build @opencity/cli first (npx nx build @opencity/cli)').toBe(true);
    const exec = promisify(execFile);
    const ok = await exec(process.execPath, [bin, 'validate', join(examples, 'valid/brussels-arts-loi.json')]);
    expect(ok.stdout).toContain('1 valid');
    const failed = await exec(process.execPath, [bin, 'validate', join(examples, 'invalid/negative-concentration.json')]).catch((e: { code: number; stdout: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
  });
});
