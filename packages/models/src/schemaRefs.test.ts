import { describe, expect, it } from 'vitest';
import { fragmentTarget, RefResolver } from './schemaRefs';

const base = {
  $id: 'https://example.org/schemas/common/Base/v1/schema.json',
  $defs: { Id: { type: 'string' }, 'a/b': { const: 1 }, 'per%cent': { const: 2 }, list: [{ const: 3 }] },
};
const entity = {
  $id: 'https://example.org/schemas/city/Thing/v1/schema.json',
  allOf: [{ $ref: '../../../common/Base/v1/schema.json' }],
  properties: { id: { $ref: 'https://example.org/schemas/common/Base/v1/schema.json#/$defs/Id' } },
};

describe('RefResolver', () => {
  const resolver = new RefResolver([base, entity, 'not a schema', { no: 'id' }]);

  it('resolves by absolute $id and JSON Pointer, and says which document the target lives in', () => {
    expect(resolver.resolve(`${base.$id}#/$defs/Id`, entity)).toEqual({ node: { type: 'string' }, document: base });
  });

  it('resolves a $id relative to the referencing document (RFC 3986 reference resolution)', () => {
    expect(resolver.resolve('../../../common/Base/v1/schema.json', entity)?.document).toBe(base);
  });

  it('resolves local references inside the referencing document, whether or not it has an $id', () => {
    const anonymous = { $defs: { X: { type: 'integer' } }, items: { $ref: '#/$defs/X' } };
    expect(resolver.resolve('#/$defs/X', anonymous)?.node).toEqual({ type: 'integer' });
    expect(resolver.resolve('#', anonymous)?.node).toBe(anonymous);
  });

  it('decodes RFC 6901 escapes and percent-encoding per token (RFC 6901 §6 example forms)', () => {
    expect(resolver.resolve('#/$defs/a~1b', base)?.node).toEqual({ const: 1 });
    expect(resolver.resolve('#/$defs/per%25cent', base)?.node).toEqual({ const: 2 });
    expect(resolver.resolve('#/%24defs/list/0', base)?.node).toEqual({ const: 3 });
  });

  it('returns undefined, never throws, for what does not resolve offline', () => {
    expect(resolver.resolve('https://elsewhere.example/a.json', entity)).toBeUndefined();
    expect(resolver.resolve('#/$defs/Missing', base)).toBeUndefined();
    expect(resolver.resolve('#/$defs/%E0%A4%A', base)).toBeUndefined(); // malformed percent-encoding
    expect(resolver.resolve('#anchor', base)).toBeUndefined(); // plain-name fragments are not pointers
    expect(resolver.resolve('http://[::1', { $id: 'not a uri' })).toBeUndefined();
    expect(resolver.resolve('#/$defs/__proto__', base)).toBeUndefined();
    expect(resolver.resolve('#/$defs/constructor', base)).toBeUndefined();
  });

  it('keeps the first document of an $id', () => {
    const other = new RefResolver([base, { ...base, $defs: {} }]);
    expect(other.document(base.$id)).toBe(base);
    other.add({ $id: base.$id });
    expect(other.document(base.$id)).toBe(base);
  });
});

describe('fragmentTarget', () => {
  it('walks arrays by index and stops at missing members', () => {
    expect(fragmentTarget({ a: [10, 20] }, '/a/1')).toBe(20);
    expect(fragmentTarget({ a: [10, 20] }, '/a/2')).toBeUndefined();
    expect(fragmentTarget({ a: 'text' }, '/a/length')).toBeUndefined();
  });
});
