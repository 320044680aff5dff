// Differential test: the contract's `format` checks (@opencity/models, the module the precompiled validators use)
// against Python jsonschema with the format extras of python/requirements.txt and the recipe's format_checker().
// Each corpus string also carries the verdict of its RFC (as the contract profiles it) and its source.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { contractFormats } from '@opencity/models';

interface Case {
  readonly format: string;
  readonly value: string;
  readonly valid: boolean;
  readonly source: string;
}
const corpusFile = fileURLToPath(new URL('format-corpus.json', import.meta.url));
const cases = (JSON.parse(readFileSync(corpusFile, 'utf8')) as { cases: Case[] }).cases;
const here = fileURLToPath(new URL('..', import.meta.url));
const python = (code: string[], ...args: string[]) =>
  spawnSync('python3', [...code, ...args], { cwd: here, encoding: 'utf8' });

function oursFor(format: string): (value: string) => boolean {
  const ajv = new Ajv2020({ strict: true });
  for (const [name, definition] of Object.entries(contractFormats)) ajv.addFormat(name, definition);
  const validate = ajv.compile({ type: 'string', format });
  return (value) => validate(value);
}

describe('formats: our validators and Python jsonschema agree', () => {
  it('covers at least 40 date-time, date, uri, email and duration strings', () => {
    for (const format of ['date-time', 'date', 'uri', 'email', 'duration'])
      expect(cases.filter((c) => c.format === format).length, format).toBeGreaterThanOrEqual(8);
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it('gives every string the verdict of its RFC, on both sides, 100 %', () => {
    const run = python(['test/check_formats.py'], corpusFile);
    expect(run.stderr, 'pip install -r python/requirements.txt').toBe('');
    const theirs = JSON.parse(run.stdout) as boolean[];
    const checkers = new Map<string, (value: string) => boolean>();
    const disagreements = cases.flatMap((c, i) => {
      const check = checkers.get(c.format) ?? oursFor(c.format);
      checkers.set(c.format, check);
      const ours = check(c.value);
      return ours === c.valid && theirs[i] === c.valid
        ? []
        : [`${c.format} ${JSON.stringify(c.value)}: expected ${c.valid}, ours ${ours}, Python ${theirs[i]}`];
    });
    expect(disagreements).toEqual([]);
  });

  it('the Python recipe refuses to run when a format extra is missing (instead of checking nothing)', () => {
    const run = python([
      '-c',
      "import sys; sys.modules['isoduration'] = None; sys.path.insert(0, 'python'); " +
        'from validate_payloads import format_checker; format_checker()',
    ]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('jsonschema cannot check duration: pip install -r requirements.txt');
  });
});
