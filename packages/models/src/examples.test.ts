// Data-driven over the contract: every example under schemas/<group>/<Name>/examples/ proves its schema.
import { describe, expect, it } from 'vitest';
import { loadSchemaSources } from '@opencity/tooling';
import * as models from './index';
import { validate } from './index';

/** The fail-fast guard of a type (`isAirQualityObserved`), from the package root. */
const guard = (name: string) => (models as unknown as Record<string, (v: unknown) => boolean>)[`is${name}`]!;

const sources = loadSchemaSources();

describe.each(sources.map((s) => [`${s.group}/${s.name}`, s] as const))('%s', (_label, source) => {
  it('has at least two valid and two invalid examples', () => {
    expect(source.examples.valid.length).toBeGreaterThanOrEqual(2);
    expect(source.examples.invalid.length).toBeGreaterThanOrEqual(2);
  });

  it.each(source.examples.valid)('accepts valid/%s with no error', (_file, payload) => {
    const result = validate(source.name, payload);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(guard(source.name)(payload)).toBe(true);
  });

  it.each(source.examples.invalid)('rejects invalid/%s with an error that names its JSON Pointer', (_file, payload) => {
    const result = validate(source.name, payload);
    expect(result.ok).toBe(false);
    expect(guard(source.name)(payload)).toBe(false);
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.instancePath === '' || e.instancePath.startsWith('/')).toBe(true);
      expect(e.message.length).toBeGreaterThan(10);
    }
  });
});
