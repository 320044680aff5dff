/**
 * The hostile-input corpus (src/__fixtures__/hostile/corpus.ts) against the command line: every reproduction of issue
 * 15 gives its exit code, its exact accounting and a specific message, and nothing that betrays a crash. Time is not
 * asserted here: scripts/hostileBudget.ts (run by `npm test`) checks that the scalable cases grow linearly.
 */
import { describe, expect, it } from 'vitest';
import { hostileCases } from './__fixtures__/hostile/corpus';
import { runCase } from './__fixtures__/hostile/runCase';

describe('hostile-input corpus', () => {
  it('covers the reproductions of every item of issue 15 that reaches the command line', () => {
    expect(new Set(hostileCases.map((c) => c.item))).toEqual(new Set(['2', '3', '6', '8', '9', 'more']));
    expect(new Set(hostileCases.map((c) => c.id)).size).toBe(hostileCases.length);
  });

  it.each(hostileCases.map((c) => [`${c.item}: ${c.id} — ${c.title}`, c] as const))(
    '%s',
    async (_label, c) => {
      const size = c.size ?? 0;
      const r = await runCase(c, size);
      const want = c.expect(size);
      const shown = `exit ${r.exit}\nstdout: ${r.stdout.slice(0, 2000)}\nstderr: ${r.stderr.slice(0, 2000)}`;
      expect(r.exit, shown).toBe(want.exit);
      for (const s of want.stdout ?? []) expect(r.stdout, shown).toContain(s);
      for (const s of want.stderr ?? []) expect(r.stderr, shown).toContain(s);
      for (const s of want.absent ?? []) expect(`${r.stdout}\n${r.stderr}`, shown).not.toContain(s);
    },
    120_000,
  );
});
