import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { InputError, listInputFiles, ndjsonRecords, validateFiles } from './index';

const dir = mkdtempSync(join(tmpdir(), 'opencity-report-'));
const entity = (i: number, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: `urn:ngsi-ld:AirQualityObserved:s${i}`,
    type: 'AirQualityObserved',
    dateObserved: '2026-03-02T09:00:00Z',
    location: { type: 'Point', coordinates: [4.37, 50.84] },
    pm25: i % 50,
    ...extra,
  });

async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('a 100,000-line NDJSON export with known bad lines', () => {
  // Built here so the expected counts and line numbers are known exactly.
  const lines: string[] = [];
  const invalid: number[] = [];
  const unparseable: number[] = [];
  let blank = 0;
  for (let n = 1; n <= 100_000; n++) {
    if (n % 4999 === 0) {
      lines.push('');
      blank++;
    } else if (n % 1999 === 0) {
      lines.push(entity(n).slice(0, 40)); // truncated by a crashed exporter
      unparseable.push(n);
    } else if (n === 77_777) {
      lines.push('\u0000\u0001\u0002binary\u0003');
      unparseable.push(n);
    } else if (n % 997 === 0) {
      lines.push(entity(n, { pm25: 'high' }));
      invalid.push(n);
    } else if (n % 3001 === 0) {
      lines.push(`${entity(n, { pm10: -5 })}\r`); // CRLF line ending, still one record
      invalid.push(n);
    } else {
      lines.push(entity(n));
    }
  }
  const file = join(dir, 'export.ndjson');
  writeFileSync(file, `\uFEFF${lines.join('\n')}\n`);

  it('gives exact counts and line numbers', async () => {
    const report = await validateFiles([file], { cwd: dir, now: () => new Date('2026-03-02T10:00:00Z') });
    const records = 100_000 - blank;
    expect(report.summary).toMatchObject({
      total: records,
      invalid: invalid.length,
      unparseable: unparseable.length,
      valid: records - invalid.length - unparseable.length,
    });
    expect(report.records.filter((r) => !r.unparseable).map((r) => r.source.line)).toEqual(invalid);
    expect(report.records.filter((r) => r.unparseable).map((r) => r.source.line)).toEqual(unparseable);
    expect(report.records.find((r) => r.source.line === 997)!.findings[0]).toMatchObject({
      code: 'invalid_type',
      instancePath: '/pm25',
    });
    expect(report.records.find((r) => r.source.line === 77_777)!.findings[0]!.code).toBe('binary_content');
    expect(report.inputs).toEqual([
      { file, format: 'ndjson', records, bytes: Buffer.byteLength(`\uFEFF${lines.join('\n')}\n`) },
    ]);
    expect(validate('ValidationReport', report).ok).toBe(true);
  });

  it('splits lines identically whatever the chunk boundaries', async () => {
    const text = lines.slice(0, 3000).join('\n');
    const lineNumbers = async (size: number) => {
      const out: (number | undefined)[] = [];
      for await (const r of ndjsonRecords(chunks(text, size), 'x')) out.push(r.source.line);
      return out;
    };
    const reference = await lineNumbers(1 << 20);
    expect(reference).toHaveLength(3000);
    expect(await lineNumbers(7)).toEqual(reference);
    expect(await lineNumbers(331)).toEqual(reference);
  });
});

describe('reading inputs', () => {
  it('skips oversize NDJSON lines without buffering them and keeps counting lines', async () => {
    const text = `${entity(1)}\n${'x'.repeat(5000)}\n${entity(3)}`;
    const out = [];
    for await (const r of ndjsonRecords(chunks(text, 64), 'big.ndjson', { maxRecordBytes: 1000 })) out.push(r);
    expect(out.map((r) => [r.source.line, r.oversize?.bytes ?? null])).toEqual([
      [1, null],
      [2, 5000],
      [3, null],
    ]);
  });

  it('walks folders recursively, in name order, only JSON and NDJSON, skipping hidden folders', async () => {
    const root = join(dir, 'walk');
    mkdirSync(join(root, 'b/deeper'), { recursive: true });
    mkdirSync(join(root, '.git'), { recursive: true });
    writeFileSync(join(root, 'a.json'), entity(1));
    writeFileSync(join(root, 'b/deeper/c.jsonl'), `${entity(2)}\n${entity(3)}\n`);
    writeFileSync(join(root, 'b/notes.txt'), 'not data');
    writeFileSync(join(root, '.git/d.json'), '{}');
    writeFileSync(join(root, 'empty.ndjson'), '');
    const files = await listInputFiles(['walk'], dir);
    expect(files.map((f) => [f.path, f.format])).toEqual([
      [join('walk', 'a.json'), 'json'],
      [join('walk', 'b/deeper/c.jsonl'), 'ndjson'],
      [join('walk', 'empty.ndjson'), 'ndjson'],
    ]);
    const report = await validateFiles(['walk'], { cwd: dir });
    expect(report.summary).toMatchObject({ total: 3, valid: 3 });
    expect(report.inputs.map((i) => [i.file, i.records])).toEqual([
      [join('walk', 'a.json'), 1],
      [join('walk', 'b/deeper/c.jsonl'), 2],
      [join('walk', 'empty.ndjson'), 0],
    ]);
  });

  it('accounts for every line of arbitrary bytes, in .ndjson and .json files alike', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom('garbage.ndjson', 'garbage.json'),
        async (bytes, name) => {
          const file = join(dir, name);
          writeFileSync(file, bytes);
          const report = await validateFiles([file], { maxRecordBytes: 64 });
          const s = report.summary;
          expect(s.valid + s.invalid + s.unparseable).toBe(s.total);
          if (name.endsWith('.ndjson')) {
            // Every line that is not blank (JSON whitespace only) is exactly one record.
            const lines = Buffer.from(bytes)
              .toString('utf8')
              .replace(/^\uFEFF/, '')
              .split('\n');
            expect(s.total).toBe(lines.filter((l) => !/^[ \t]*\r?$/.test(l)).length);
          } else {
            expect(s.total).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('throws an InputError for a missing path', async () => {
    await expect(listInputFiles(['nope.json'], dir)).rejects.toMatchObject({
      name: 'InputError',
      code: 'unreadable_file',
      message: 'cannot read nope.json: ENOENT',
    });
    expect(new InputError('x', 'y')).toBeInstanceOf(Error);
    mkdirSync(join(dir, 'no-data/sub'), { recursive: true });
    writeFileSync(join(dir, 'no-data/sub/readme.txt'), 'nothing to validate');
    await expect(listInputFiles(['no-data'], dir)).rejects.toMatchObject({
      code: 'no_input_files',
      message: 'no .json, .ndjson or .jsonl file in no-data',
    });
  });

  it('sniffs standard input: NDJSON, a JSON array, or a pretty-printed object', async () => {
    const stdin = (text: string) => chunks(text, 16);
    const ndjson = await validateFiles(['-'], { stdin: stdin(`${entity(1)}\n${entity(2, { pm25: 'x' })}\n`) });
    expect(ndjson.records.map((r) => r.source)).toEqual([{ file: '-', line: 2 }]);
    expect(ndjson.inputs).toEqual([{ file: '-', format: 'ndjson', records: 2 }]);
    const array = await validateFiles(['-'], { stdin: stdin(`[${entity(1)},\n${entity(2, { pm25: 'x' })}]`) });
    expect(array.records.map((r) => r.source)).toEqual([{ file: '-', index: 1 }]);
    const pretty = await validateFiles(['-'], {
      stdin: stdin(JSON.stringify(JSON.parse(entity(1, { pm25: 'x' })), null, 2)),
    });
    expect(pretty.summary).toMatchObject({ total: 1, invalid: 1 });
    const empty = await validateFiles(['-'], { stdin: stdin('') });
    expect(empty.summary).toMatchObject({ total: 1, unparseable: 1 });
    expect(empty.records[0]!.findings[0]!.code).toBe('empty_input');
  });
});

describe('bytes that are not UTF-8 (issue 15)', () => {
  // Before: the reader decoded lossily (bad bytes became U+FFFD inside a string) and such a record validated as valid.
  const good = Buffer.from(`${entity(1, { name: 'Ixelles – Étangs 😀' })}\n`);
  const latin1 = Buffer.concat([
    Buffer.from(`${entity(2).slice(0, -1)},"name":"caf`),
    Buffer.from([0xe9]),
    Buffer.from('"}\n'),
  ]);
  const bytes = Buffer.concat([good, latin1, good]);
  const badOffset = good.length + latin1.indexOf(0xe9);

  it('reports the NDJSON line as unparseable with the offset of the bad byte in the file, whatever the chunks', async () => {
    for (const size of [1, 2, 3, 7, 64, 1 << 20]) {
      const out = [];
      const stream = (async function* () {
        for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
      })();
      for await (const r of ndjsonRecords(stream, 'x.ndjson')) out.push(r);
      expect(out.map((r) => [r.source.line, r.invalidUtf8 ?? null])).toEqual([
        [1, null],
        [2, { offset: badOffset, byte: 0xe9 }],
        [3, null],
      ]);
      // Characters split across chunks are still read whole.
      expect(JSON.parse(out[0]!.text!).name).toBe('Ixelles – Étangs 😀');
    }
    const file = join(dir, 'latin1.ndjson');
    writeFileSync(file, bytes);
    const report = await validateFiles([file]);
    expect(report.summary).toMatchObject({ total: 3, valid: 2, unparseable: 1 });
    expect(report.records[0]!.findings[0]).toMatchObject({
      code: 'invalid_utf8',
      params: { offset: badOffset, byte: '0xE9' },
    });
  });

  it('reports a .json document and a document on standard input the same way', async () => {
    const file = join(dir, 'latin1.json');
    writeFileSync(file, latin1);
    const offset = latin1.indexOf(0xe9);
    for (const report of [
      await validateFiles([file]),
      await validateFiles(['-'], {
        stdin: (async function* () {
          yield Buffer.from('[\n');
          yield Buffer.concat([latin1, Buffer.from(']')]);
        })(),
      }),
    ]) {
      expect(report.summary).toMatchObject({ total: 1, unparseable: 1 });
      expect(report.records[0]!.findings[0]!.code).toBe('invalid_utf8');
    }
    expect((await validateFiles([file])).records[0]!.findings[0]!.params).toEqual({ offset, byte: '0xE9' });
  });
});

describe('folders with symbolic links', () => {
  it('follows links to files and folders, reads each real file once, and ends on link cycles', async () => {
    const { symlinkSync } = await import('node:fs');
    const root = join(dir, 'linked');
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(join(root, 'sub'), { recursive: true });
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(join(root, 'a.json'), entity(1));
    writeFileSync(join(elsewhere, 'b.ndjson'), `${entity(2)}\n${entity(3)}\n`);
    writeFileSync(join(elsewhere, 'c.json'), entity(4));
    symlinkSync(join(elsewhere, 'c.json'), join(root, 'c-link.json')); // a linked file
    symlinkSync(elsewhere, join(root, 'sub', 'shared')); // a linked folder
    symlinkSync(elsewhere, join(root, 'shared-again')); // the same folder twice
    symlinkSync(root, join(root, 'sub', 'loop')); // a cycle back to the root
    const files = await listInputFiles(['linked'], dir);
    expect(files.map((f) => f.path)).toEqual([
      join('linked', 'a.json'),
      join('linked', 'c-link.json'),
      join('linked', 'shared-again', 'b.ndjson'),
    ]);
    const report = await validateFiles(['linked'], { cwd: dir });
    expect(report.summary).toMatchObject({ total: 4, valid: 4 });
  });

  it('says which link is broken instead of skipping it without notice', async () => {
    const { symlinkSync } = await import('node:fs');
    const root = join(dir, 'broken-link');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'a.json'), entity(1));
    symlinkSync(join(dir, 'does-not-exist.json'), join(root, 'gone.json'));
    const error = await listInputFiles(['broken-link'], dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      `cannot read ${join('broken-link', 'gone.json')}: ENOENT (a symbolic link to a missing or unreadable target)`,
    );
  });
});
