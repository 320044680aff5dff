import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { validate } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { run } from '../main';
import { memoryIo } from '../__fixtures__/memoryIo';

const repo = join(import.meta.dirname, '../../../..');
const examples = join(repo, 'schemas/city/AirQualityObserved/examples');
const tmp = mkdtempSync(join(tmpdir(), 'opencity-cli-'));

const entity = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'urn:ngsi-ld:AirQualityObserved:a',
    type: 'AirQualityObserved',
    dateObserved: '2026-03-02T09:00:00Z',
    location: { type: 'Point', coordinates: [4.37, 50.84] },
    pm25: 3,
    ...extra,
  });

describe('opencity validate', () => {
  it('exits 0 on the valid AirQualityObserved examples', async () => {
    const io = memoryIo(repo);
    const code = await run(
      ['validate', join(examples, 'valid/brussels-arts-loi.json'), join(examples, 'valid/sdm-madrid-keyvalues.json')],
      io,
    );
    expect(code).toBe(0);
    expect(io.out()).toContain('2 records: 2 valid, 0 invalid, 0 unparseable');
  });

  it('exits 1 on each invalid example and names the JSON Pointer', async () => {
    const io = memoryIo(repo);
    expect(await run(['validate', join(examples, 'invalid/pm25-as-text.json')], io)).toBe(1);
    expect(io.out()).toContain('/pm25: error invalid_type: pm25 must be a number ≥ 0; got "high"');
    for (const file of readdirSync(join(examples, 'invalid'))) {
      const each = memoryIo(repo);
      expect(await run(['validate', join(examples, 'invalid', file)], each), file).toBe(1);
      expect(each.out(), file).toMatch(/ \/[^\s:]+: error /);
    }
  });

  it('--fail-on warning turns warnings into a failing exit code', async () => {
    const io = memoryIo(repo);
    expect(await run(['validate', '--fail-on', 'warning', join(examples, 'valid/sdm-madrid-keyvalues.json')], io)).toBe(
      1,
    );
    expect(io.out()).toContain('property_alias');
  });

  it('validates folders and NDJSON, and writes a JSON report that follows its own schema', async () => {
    const dir = join(tmp, 'exports');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'nested'), { recursive: true });
    writeFileSync(join(dir, 'nested/day.ndjson'), `${entity()}\n${entity({ pm25: 'high' })}\n{"broken": \n`);
    writeFileSync(join(dir, 'one.json'), entity());
    const io = memoryIo(repo);
    const output = join(tmp, 'report.json');
    expect(await run(['validate', dir, '--format', 'json', '--output', output], io)).toBe(1);
    const report = JSON.parse(readFileSync(output, 'utf8'));
    expect(report.summary).toMatchObject({ total: 4, valid: 2, invalid: 1, unparseable: 1 });
    expect(report.records.map((r: { source: unknown }) => r.source)).toEqual([
      { file: join(dir, 'nested/day.ndjson'), line: 2 },
      { file: join(dir, 'nested/day.ndjson'), line: 3 },
    ]);
    expect(validate('ValidationReport', report).ok).toBe(true);
    expect(io.out()).toBe(`${output}: 4 records: 2 valid, 1 invalid, 1 unparseable; 2 errors, 0 warnings\n`);
  });

  it('reads standard input with -, in the language asked for', async () => {
    const io = memoryIo(repo, `${entity({ pm25: 'high' })}\n`);
    expect(await run(['validate', '-', '--lang', 'nl'], io)).toBe(1);
    expect(io.out()).toContain('-:1 /pm25: fout invalid_type: pm25 moet een getal ≥ 0 zijn; ontvangen "high"');
    expect(io.out()).toContain('1 record: 0 geldig, 1 ongeldig, 0 onleesbaar');
  });

  it('writes HTML, JUnit and SARIF reports', async () => {
    const file = join(examples, 'invalid/pm25-as-text.json');
    for (const [format, marker] of [
      ['html', '<!doctype html>'],
      ['junit', '<testsuites'],
      ['sarif', '"version": "2.1.0"'],
    ] as const) {
      const io = memoryIo(repo);
      expect(await run(['validate', file, '--format', format, '--lang', 'fr'], io), format).toBe(1);
      expect(io.out(), format).toContain(marker);
    }
  });

  it('converts NGSI-LD normalized payloads with --representation', async () => {
    const normalized = {
      id: 'urn:ngsi-ld:AirQualityObserved:n1',
      type: 'AirQualityObserved',
      dateObserved: { type: 'Property', value: '2026-03-02T09:00:00Z' },
      location: { type: 'GeoProperty', value: { type: 'Point', coordinates: [4.37, 50.84] } },
      pm25: { type: 'Property', value: 7, unitCode: 'GQ' },
    };
    const io = memoryIo(repo, JSON.stringify(normalized));
    expect(await run(['validate', '-', '--representation', 'normalized'], io)).toBe(0);
    expect(io.out()).toContain('1 record: 1 valid');
  });

  it('reports oversize records instead of reading them', async () => {
    const io = memoryIo(repo, `${entity()}\n${entity({ note: 'x'.repeat(2000) })}\n`);
    expect(await run(['validate', '-', '--max-record-bytes', '1000'], io)).toBe(1);
    expect(io.out()).toContain('-:2: error record_too_large: the record is 2');
  });

  it('exits 2 with one stderr line for an unknown model, an unreadable file or a bad option', async () => {
    let io = memoryIo(repo);
    expect(await run(['validate', '--model', 'AirQuality', 'x.json'], io)).toBe(2);
    expect(io.err()).toMatch(/^opencity validate: unknown model "AirQuality" \(did you mean "AirQualityObserved"\?\)/);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    io = memoryIo(repo);
    expect(await run(['validate', 'does/not/exist.json'], io)).toBe(2);
    expect(io.err()).toBe('opencity validate: cannot read does/not/exist.json: ENOENT\n');
    for (const args of [
      ['--format', 'xml'],
      ['--representation', 'compact'],
      ['--max-record-bytes', '10k'],
      ['--lang', 'de'],
      ['--fail-on', 'info'],
    ]) {
      io = memoryIo(repo);
      expect(await run(['validate', join(examples, 'valid/brussels-arts-loi.json'), ...args], io), args.join(' ')).toBe(
        2,
      );
      expect(io.err().trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('shows a progress bar on a terminal and erases it when done', async () => {
    const lines = Array.from({ length: 2500 }, () => entity()).join('\n');
    const io = memoryIo(repo, lines);
    const tty = { ...io, stderr: { write: io.stderr.write, isTTY: true } };
    expect(await run(['validate', '-'], tty)).toBe(0);
    expect(io.err()).toMatch(/^\rvalidating… {2}[0-9,]+ records {2}-/);
    expect(io.err().endsWith(`\r${' '.repeat(120)}\r`)).toBe(true);
    expect(io.out()).toContain('2,500 records: 2,500 valid');
  });

  it('exits 2 for an unknown command or option', async () => {
    expect(await run(['frobnicate'], memoryIo(repo))).toBe(2);
    expect(await run(['validate', '--colour'], memoryIo(repo))).toBe(2);
  });
});

describe('the built opencity binary', () => {
  const bin = join(import.meta.dirname, '../../dist/bin.js');
  const exec = promisify(execFile);
  const files = (kind: string) =>
    readdirSync(join(examples, kind)).map((f) => join('schemas/city/AirQualityObserved/examples', kind, f));
  // nx runs this package's build before its tests (package.json "nx" targets), so the binary is there.
  it('exits 0 on every valid example and 1 on the invalid ones, naming the JSON Pointer', async () => {
    expect(existsSync(bin), 'build @opencity/cli first (npx nx build @opencity/cli)').toBe(true);
    const ok = await exec(process.execPath, [bin, 'validate', ...files('valid')], { cwd: repo });
    expect(ok.stdout).toContain(`${files('valid').length} valid`);
    const failed = await exec(process.execPath, [bin, 'validate', ...files('invalid')], { cwd: repo }).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stdout: string }).stdout).toContain('pm25-as-text.json /pm25: error invalid_type');
  });

  it('words input problems in the language asked for', async () => {
    let io = memoryIo(repo);
    expect(await run(['validate', 'nope.json', '--lang', 'fr'], io)).toBe(2);
    expect(io.err()).toBe('opencity validate\u202f: impossible de lire nope.json\u202f: ENOENT\n');
    io = memoryIo(repo);
    expect(await run(['validate', 'docs/adr', '--lang', 'nl'], io)).toBe(2);
    expect(io.err()).toBe('opencity validate: geen .json-, .ndjson- of .jsonl-bestand in docs/adr\n');
  });
});
