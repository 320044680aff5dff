import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validate } from '@opencity/models';

const here = fileURLToPath(new URL('..', import.meta.url));
const bundle = fileURLToPath(
  new URL('../../../node_modules/@opencity/models/schemas/opencity.bundle.json', import.meta.url),
);
const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: here, encoding: 'utf8' });

describe('the Node validation script', () => {
  it('accepts the valid payloads (JSON and NDJSON) and exits 0', () => {
    const r = run('node', ['validate.mjs', 'payloads/valid']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('3 record(s): 3 valid, 0 invalid, 0 unparseable');
    expect(r.status).toBe(0);
  });

  it('reports each problem with its file and JSON Pointer, in French when asked, and exits 1', () => {
    const r = run('node', ['validate.mjs', 'payloads/invalid', '--lang', 'fr']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('payloads/invalid/air-quality-wrong-types.json /pm25');
    expect(r.stdout).toContain('payloads/invalid/missing-location.json[0]');
    expect(r.stdout).toContain('Propriété obligatoire manquante');
    expect(r.stdout).toContain('2 record(s): 0 valid, 2 invalid, 0 unparseable');
  });

  it('exits 2 without input', () => {
    expect(run('node', ['validate.mjs']).status).toBe(2);
  });
});

describe('the single-file bundle from Python (jsonschema + referencing, offline)', () => {
  it('validates the valid payloads and rejects the invalid ones', () => {
    const ok = run('python3', [
      'python/validate_payloads.py',
      bundle,
      'payloads/valid/air-quality-ixelles.json',
      'payloads/valid/batch.ndjson',
    ]);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const bad = run('python3', [
      'python/validate_payloads.py',
      bundle,
      'payloads/invalid/air-quality-wrong-types.json',
      'payloads/invalid/missing-location.json',
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("/pm25: '12.3' is not of type 'number'");
    expect(bad.stdout).toContain("'location' is a required property");
  });

  it('validates every schema example exactly as the OpenCity validators do', () => {
    // Every example of the repository's schemas/<group>/<Name>/examples/{valid,invalid}/.
    const root = fileURLToPath(new URL('../../../schemas/', import.meta.url));
    const cases = readdirSync(root, { withFileTypes: true })
      .filter((g) => g.isDirectory())
      .flatMap((g) => readdirSync(join(root, g.name), { withFileTypes: true }).map((e) => join(root, g.name, e.name)))
      .filter((dir) => existsSync(join(dir, 'schema.json')))
      .flatMap((dir) => {
        const id = (JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8')) as { $id: string }).$id;
        const name = basename(dir);
        return ['valid', 'invalid'].flatMap((kind) => {
          const folder = join(dir, 'examples', kind);
          if (!existsSync(folder)) return [];
          return readdirSync(folder)
            .filter((f) => f.endsWith('.json'))
            .map((f) => ({ id, name, example: JSON.parse(readFileSync(join(folder, f), 'utf8')) as unknown }));
        });
      });
    expect(cases.length).toBeGreaterThan(100);
    const list = join(mkdtempSync(join(tmpdir(), 'opencity-examples-')), 'cases.json');
    writeFileSync(list, JSON.stringify(cases));
    const r = run('python3', ['test/check_examples.py', bundle, list]);
    expect(r.stderr).toBe('');
    const verdicts = JSON.parse(r.stdout) as boolean[];
    const disagreements = cases.flatMap((c, i) =>
      verdicts[i] === validate(c.name, c.example, { extraChecks: false }).ok
        ? []
        : [`${c.name}: Python ${verdicts[i]}`],
    );
    expect(disagreements).toEqual([]);
  });

  it('is printed in the README exactly as in python/, java/ and go/', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const file of ['../python/validate_payloads.py', '../java/ValidatePayloads.java', '../go/main.go'])
      expect(readme, file).toContain(readFileSync(new URL(file, import.meta.url), 'utf8').trim());
  });
});
