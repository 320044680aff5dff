/**
 * Time budget of the hostile-input corpus (issue 15, "bounded time"), run by `npm test`: a benchmark, not a timed unit
 * test. Each case that generates its input runs at an eighth of its size eight times and then once at full size, in
 * the same process and run; when the work is linear both take about the same time (ratio ≈ 1), when it is quadratic
 * the full size takes eight times longer. The budget allows a ratio of 4, so machine noise does not fail it while a
 * quadratic path does. The fixed cases (the reproductions whose size is not a parameter) get a generous absolute
 * budget each, as a guard against a hang coming back.
 *
 *   tsx --conditions=@opencity/source packages/cli/scripts/hostileBudget.ts [--json]
 */
import { parseArgs } from 'node:util';
import { hostileCases } from '../src/__fixtures__/hostile/corpus';
import { runCase } from '../src/__fixtures__/hostile/runCase';

/** How many times larger the full-size run is than the small one. */
export const FACTOR = 8;
/** Largest accepted ratio of full-size time to FACTOR small runs. */
export const MAX_RATIO = 4;
/** Largest accepted time of one fixed case, in milliseconds. */
export const MAX_FIXED_MS = 15_000;
/** Below this much time for the FACTOR small runs the ratio is noise: the full-size run is only held to MAX_FIXED_MS. */
const MIN_MEASURABLE_MS = 200;

interface Row {
  readonly id: string;
  readonly size: string;
  readonly smallMs?: number;
  readonly largeMs: number;
  readonly ratio?: number;
  readonly ok: boolean;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { json: { type: 'boolean' } } });
  const rows: Row[] = [];
  for (const c of hostileCases) {
    await runCase(c, c.files ? Math.max(1, Math.floor((c.size ?? FACTOR) / FACTOR)) : undefined); // warm up
    if (!c.files || c.size === undefined) {
      const r = await runCase(c);
      rows.push({ id: c.id, size: '-', largeMs: r.ms, ok: r.ms <= MAX_FIXED_MS });
      continue;
    }
    const small = Math.max(1, Math.floor(c.size / FACTOR));
    let smallMs = 0;
    for (let i = 0; i < FACTOR; i++) smallMs += (await runCase(c, small)).ms;
    const largeMs = (await runCase(c, small * FACTOR)).ms;
    const ratio = largeMs / Math.max(smallMs, 1);
    const ok = smallMs < MIN_MEASURABLE_MS ? largeMs <= MAX_FIXED_MS : ratio <= MAX_RATIO;
    rows.push({ id: c.id, size: `${small} → ${small * FACTOR}`, smallMs, largeMs, ratio, ok });
  }
  if (values.json) console.log(JSON.stringify(rows, null, 2));
  else {
    console.log(
      `hostile-input budget: ${FACTOR} runs at 1/${FACTOR} size vs one at full size (ratio ≤ ${MAX_RATIO}); fixed cases ≤ ${MAX_FIXED_MS} ms`,
    );
    for (const r of rows)
      console.log(
        `  ${r.ok ? 'ok  ' : 'OVER'}  ${r.id.padEnd(26)} ${r.size.padEnd(18)} ${
          r.smallMs === undefined ? '' : `${FACTOR} × small ${r.smallMs.toFixed(0)} ms, `
        }full ${r.largeMs.toFixed(0)} ms${r.ratio === undefined ? '' : `, ratio ${r.ratio.toFixed(2)}`}`,
      );
  }
  const over = rows.filter((r) => !r.ok);
  if (over.length > 0) {
    console.error(`hostile-input budget exceeded by ${over.map((r) => r.id).join(', ')}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
