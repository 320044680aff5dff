import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DailySeries } from '../observations/dailySeries';
import { GroupedStats } from '../observations/groupedStats';
import { ingestObservations } from '../observations/readObservations';
import { aggregateNdjsonInWorkers } from './aggregateInWorkers';
import { readNdjsonFile, readNdjsonRange } from './readNdjsonFile';

const dir = mkdtempSync(join(tmpdir(), 'opencity-kpi-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = join(dir, 'obs.ndjson');
const lines: string[] = [];
for (let i = 0; i < 5_000; i++) {
  const area = ['21001', '21004', '21015'][i % 3]!;
  // Names with multi-byte characters make byte offsets differ from character offsets.
  lines.push(
    JSON.stringify({
      area,
      station: `Molenbeek-Saint-Jean ${i % 7} é`,
      time: Date.UTC(2024, 0, 1) + i * 1_800_000,
      variable: 'pm10',
      value: (i * 37) % 90,
    }),
  );
}
writeFileSync(file, `${lines.join('\n')}\n`);

describe('NDJSON byte ranges', () => {
  it('yield every line exactly once when the ranges tile the file', async () => {
    const size = statSync(file).size;
    const cuts = [0, 1, 777, 778, 4_096, Math.floor(size / 2), size - 3, size];
    const seen: unknown[] = [];
    for (let i = 0; i + 1 < cuts.length; i++)
      for await (const v of readNdjsonRange(file, cuts[i]!, cuts[i + 1]!)) seen.push(v);
    expect(seen).toEqual(lines.map((l) => JSON.parse(l)));
  });
});

describe('aggregateNdjsonInWorkers', () => {
  it('splits a file across worker threads and merges to the single-threaded result', async () => {
    const single = new DailySeries();
    await ingestObservations(readNdjsonFile(file), single, { variable: 'pm10' });
    const { aggregate, report, tasks } = await aggregateNdjsonInWorkers([file], {
      aggregator: { kind: 'daily', options: {} },
      selection: { variable: 'pm10' },
      workers: 3,
    });
    expect(tasks).toBe(3);
    expect(report).toMatchObject({ read: 5_000, added: 5_000, rejected: 0 });
    const rules = { expectedPerDay: 48, minPeriodCoverage: 0, threshold: 60 };
    const a = aggregate.summarize(rules);
    const b = single.summarize(rules);
    expect(a.map(({ mean: _m, ...r }) => r)).toEqual(b.map(({ mean: _m, ...r }) => r));
    a.forEach((r, i) =>
      expect(r.mean.ok && r.mean.value).toBeCloseTo((b[i]!.mean.ok && b[i]!.mean.value) as number, 9),
    );
  });

  it('merges grouped statistics with quantile sketches across workers', async () => {
    const options = { periodUnit: 'month' as const, thresholds: [50], quantileAccuracy: 0.01 };
    const single = new GroupedStats(options);
    await ingestObservations(readNdjsonFile(file), single, { variable: 'pm10' });
    const { aggregate } = await aggregateNdjsonInWorkers([file], {
      aggregator: { kind: 'stats', options },
      selection: { variable: 'pm10' },
      workers: 2,
    });
    const strip = (r: ReturnType<GroupedStats['results']>[number]) => ({
      key: r.key,
      period: r.period,
      count: r.count,
      min: r.min,
      max: r.max,
      exceedances: r.exceedances,
      p90: r.quantile?.(0.9),
    });
    expect(aggregate.results().map(strip)).toEqual(single.results().map(strip));
    expect(aggregate.results().length).toBe(3 * 4); // three areas × January–April 2024
  });
});
