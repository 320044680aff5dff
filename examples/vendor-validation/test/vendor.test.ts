import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('..', import.meta.url));
const schemas = fileURLToPath(new URL('../../../node_modules/@opencity/models/schemas', import.meta.url));
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

describe('the raw JSON Schemas from Python (jsonschema + referencing, offline)', () => {
  it('validates the valid payloads and rejects the invalid ones', () => {
    const ok = run('python3', [
      'python/validate_payloads.py',
      schemas,
      'payloads/valid/air-quality-ixelles.json',
      'payloads/valid/batch.ndjson',
    ]);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const bad = run('python3', [
      'python/validate_payloads.py',
      schemas,
      'payloads/invalid/air-quality-wrong-types.json',
      'payloads/invalid/missing-location.json',
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("/pm25: '12.3' is not of type 'number'");
    expect(bad.stdout).toContain("'location' is a required property");
  });

  it('is printed in the README exactly as in python/validate_payloads.py', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const script = readFileSync(new URL('../python/validate_payloads.py', import.meta.url), 'utf8');
    expect(readme).toContain(script.trim());
  });
});
