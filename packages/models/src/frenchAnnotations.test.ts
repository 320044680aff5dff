import { frenchElisionSlips, loadSchemaSources } from '@opencity/tooling';
import { describe, expect, it } from 'vitest';

/** Every French label and description of a schema, with the JSON Pointer of its annotation. */
function frenchTexts(node: unknown, pointer: string, out: [string, string][]): [string, string][] {
  if (Array.isArray(node)) node.forEach((item, i) => frenchTexts(item, `${pointer}/${i}`, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      const fr = (value as Record<string, unknown> | null)?.['fr'];
      if ((key === 'x-labels' || key === 'x-descriptions') && typeof fr === 'string')
        out.push([`${pointer}/${key}/fr`, fr]);
      else frenchTexts(value, `${pointer}/${key}`, out);
    }
  }
  return out;
}

describe('French annotations of the contract', () => {
  it.each(loadSchemaSources(undefined, { examples: false }).map((s) => [`${s.group}/${s.name}`, s.schema] as const))(
    '%s elides and contracts articles as French does ("d’arsenic", not "de arsenic")',
    (_name, schema) => {
      const slips = frenchTexts(schema, '', []).flatMap(([at, text]) =>
        frenchElisionSlips(text).map((s) => `${at}: ${s}`),
      );
      expect(slips).toEqual([]);
    },
  );
});
