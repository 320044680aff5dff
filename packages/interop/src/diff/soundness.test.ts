import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSchemas } from './index';

/**
 * Soundness of the classification, checked against a validator: whenever some instance is valid under the old
 * schema and invalid under the new one, the diff must say the change breaks producers (or both); whenever one is
 * valid under the new schema only, it must say consumers (or both). A verdict of none or patch must leave the set of
 * valid instances unchanged.
 */
// ajv 8 is a dev dependency of this package (the root node_modules holds eslint's ajv 6).
const ajv = new Ajv2020({ strict: false, allErrors: false });

const names = ['a', 'b', 'c', 'd'] as const;
const leaf = fc.oneof(
  fc.record({ type: fc.constantFrom('string', 'integer', 'number', 'boolean') }),
  fc.record({
    type: fc.constant('string'),
    enum: fc.uniqueArray(fc.constantFrom('x', 'y', 'z'), { minLength: 1, maxLength: 3 }),
  }),
  fc.record(
    {
      type: fc.constantFrom('integer', 'number'),
      minimum: fc.integer({ min: -2, max: 2 }),
      maximum: fc.integer({ min: 3, max: 6 }),
    },
    { requiredKeys: ['type'] },
  ),
  fc.record({ type: fc.constant('string'), maxLength: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ type: fc.constant(['string', 'integer']) }),
  fc.record({ const: fc.constantFrom('x', 1) }),
  fc.record({ description: fc.constantFrom('one', 'two') }),
  fc.record(
    {
      type: fc.constant('array'),
      items: fc.record({
        type: fc.constant('string'),
        enum: fc.uniqueArray(fc.constantFrom('x', 'y'), { minLength: 1, maxLength: 2 }),
      }),
      maxItems: fc.integer({ min: 1, max: 2 }),
    },
    { requiredKeys: ['type', 'items'] },
  ),
  fc.record({
    type: fc.constant('object'),
    properties: fc.record({
      p: fc.constantFrom({ type: 'integer' }, { type: 'number', minimum: 1 }, { type: 'string' }),
    }),
    required: fc.constantFrom([], ['p']),
  }),
);
const objectSchema = fc.record(
  {
    type: fc.constant('object'),
    properties: fc.dictionary(fc.constantFrom(...names), leaf, { maxKeys: 4 }),
    required: fc.uniqueArray(fc.constantFrom(...names), { maxLength: 3 }),
    additionalProperties: fc.constant(false),
    title: fc.constantFrom('Old', 'New'),
  },
  { requiredKeys: ['type', 'properties', 'required'] },
);
const value = fc.constantFrom<unknown>(
  'x',
  'y',
  'z',
  'long text',
  '',
  0,
  1,
  2.5,
  4,
  7,
  -3,
  true,
  null,
  ['x'],
  ['x', 'y', 'y'],
  [1],
  {},
  { p: 1 },
  { p: 0.5 },
  { p: 'x' },
);
const instance = fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 4 });

describe('diffSchemas is sound against a validator', () => {
  it('flags every producer- and consumer-visible difference in the set of valid instances', () => {
    fc.assert(
      fc.property(
        objectSchema,
        objectSchema,
        fc.array(instance, { minLength: 40, maxLength: 40 }),
        (oldSchema, newSchema, instances) => {
          const diff = diffSchemas(oldSchema, newSchema);
          const breaks = new Set(diff.changes.map((c) => c.breaks));
          const [validOld, validNew] = [ajv.compile(oldSchema), ajv.compile(newSchema)];
          // The policy's documented exception (validation.md §2.3): an optional property added to an open object is
          // minor, although an old producer could already have sent that name with another shape.
          const reserved =
            oldSchema.additionalProperties === false
              ? []
              : Object.keys(newSchema.properties).filter((k) => !Object.hasOwn(oldSchema.properties, k));
          for (const x of instances) {
            const [o, n] = [validOld(x), validNew(x)];
            if (o && !n && reserved.some((k) => Object.hasOwn(x, k))) continue;
            if (o && !n)
              expect(
                breaks.has('producers') || breaks.has('both'),
                `old-only valid ${JSON.stringify(x)}\n${JSON.stringify(diff)}`,
              ).toBe(true);
            if (n && !o)
              expect(
                breaks.has('consumers') || breaks.has('both'),
                `new-only valid ${JSON.stringify(x)}\n${JSON.stringify(diff)}`,
              ).toBe(true);
            if (diff.verdict === 'none' || diff.verdict === 'patch') expect(o, JSON.stringify(x)).toBe(n);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds nothing between a schema and a copy of itself', () => {
    fc.assert(
      fc.property(objectSchema, (s) => {
        expect(diffSchemas(s, structuredClone(s))).toEqual({ verdict: 'none', changes: [] });
      }),
      { numRuns: 200 },
    );
  });
});
