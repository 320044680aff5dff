// A validator never throws on any JSON: fast-check feeds arbitrary JSON values to every validator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as models from './index';
import { listSchemas, validate, validateEntity } from './index';

const names = listSchemas().map((s) => s.name);

describe('validators on arbitrary JSON', () => {
  it('validate() returns a consistent result for every schema and any JSON value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.jsonValue({ maxDepth: 6 }), (name, value) => {
        const r = validate(name, value);
        expect(r.ok).toBe(!r.findings.some((f) => f.severity === 'error'));
        // The fail-fast guard and the full validator agree on every value.
        expect((models as unknown as Record<string, (v: unknown) => boolean>)[`is${name}`]!(value)).toBe(r.ok);
        for (const f of r.findings) expect(typeof f.message).toBe('string');
      }),
      { numRuns: 600 },
    );
  });

  it('validateEntity() survives objects that claim a known type with random members', () => {
    const entity = fc
      .record({ type: fc.constantFrom(...names, 'Nope'), id: fc.oneof(fc.string(), fc.integer()) })
      .chain((head) =>
        fc
          .dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 4 }))
          .map((rest) => ({ ...rest, ...head })),
      );
    fc.assert(
      fc.property(entity, (value) => void validateEntity(value, { lang: 'nl' })),
      { numRuns: 600 },
    );
  });

  it('survives very deep nesting', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = { address: deep };
    expect(() => validateEntity({ type: 'AirQualityObserved', id: 'x', address: deep })).not.toThrow();
  });
});
