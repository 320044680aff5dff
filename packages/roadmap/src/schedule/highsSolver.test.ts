import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadScheduleSolver } from './highsSolver';

describe('HiGHS solver', () => {
  it('is highs ≥ 1.15 (highs-js #53: core 1.14.0 presolve returned a wrong "Optimal" on MIPs)', () => {
    const entry = createRequire(import.meta.url).resolve('highs');
    const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    const [major, minor] = version.split('.').map(Number) as [number, number];
    expect(major > 1 || (major === 1 && minor >= 15), version).toBe(true);
  });

  it('is loaded once and reused', async () => {
    const a = await loadScheduleSolver();
    expect(await loadScheduleSolver()).toBe(a);
    // A small knapsack: max 5a + 4b + 3c with 2a + 3b + c ≤ 5; the optimum takes a and b (9), all three would weigh 6.
    const r = a.solve('Maximize\n obj: 5 a + 4 b + 3 c\nSubject To\n k: 2 a + 3 b + c <= 5\nBinary\n a b c\nEnd', {
      output_flag: false,
    });
    expect(r.Status).toBe('Optimal');
    expect(r.ObjectiveValue).toBe(9);
  });

  it('imports HiGHS at run time from the module or loader given, and says how to fix a browser set-up', async () => {
    vi.resetModules();
    const fresh = (await import('./highsSolver')).loadScheduleSolver;
    const failure = fresh({ module: './no-such-highs.mjs' });
    await expect(failure).rejects.toMatchObject({ name: 'RoadmapError', code: 'solver_unavailable' });
    await expect(failure).rejects.toThrow(/serve highs.mjs and highs.wasm/);
    // A failed load is not cached: the next call with the package's own loader works.
    const loaded = await fresh({ loader: (await import('highs')).default });
    expect(loaded.solve('Maximize\n obj: x\nSubject To\n c: x <= 2\nEnd').ObjectiveValue).toBe(2);
  });
});
