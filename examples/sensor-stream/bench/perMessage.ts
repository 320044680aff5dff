/**
 * Work per message must not grow with the state: `npm run bench -w @opencity-examples/sensor-stream` measures the
 * live state's cost per message with 19 and with 1,000 areas, next to a baseline measured in the same run — a full
 * snapshot of every area after each message, what the ingester did before (issue 15). It prints ratios; timings differ
 * between machines. The live state's cost is bounded whatever the number of areas (a message makes at most one area
 * dirty, so an update serialises at most as many areas as messages since the previous one); the baseline's grows
 * with the number of areas.
 */
import { GroupedStats } from '@opencity/kpi';
import { LiveState } from '../src/liveState';

const nis = (i: number, areas: number): string => String(21000 + (i % areas));

/** Baseline: after every message, every area's latest mean from the aggregator's results, sorted and serialised. */
function snapshotPerMessage(areas: number, messages: number): number {
  const pm25 = new GroupedStats({ periodUnit: 'day' });
  const counts = new Map<string, number>();
  const start = performance.now();
  for (let i = 0; i < messages; i++) {
    const key = nis(i, areas);
    pm25.add(key, Date.now(), 10 + (i % 7));
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const means = new Map(pm25.results().map((r) => [r.key, r.mean]));
    JSON.stringify([...counts].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => [k, means.get(k), n]));
  }
  return (performance.now() - start) / messages;
}

/** The ingester's live state: O(1) per message; an update of the changed areas every 250 messages (250 ms at 1,000/s). */
function liveState(areas: number, messages: number): number {
  const state = new LiveState();
  const start = performance.now();
  for (let i = 0; i < messages; i++) {
    state.accept(nis(i, areas), Date.now(), { pm25: 10 + (i % 7) });
    if (i % 250 === 249) JSON.stringify(state.takeUpdate());
  }
  return (performance.now() - start) / messages;
}

liveState(19, 20_000); // warm-up
const live19 = liveState(19, 200_000);
const live1000 = liveState(1000, 200_000);
const base19 = snapshotPerMessage(19, 10_000);
const base1000 = snapshotPerMessage(1000, 2_000);
const us = (ms: number): string => `${(ms * 1000).toFixed(1)} µs`;
console.log(`live state, per message:        19 areas ${us(live19)}, 1,000 areas ${us(live1000)}`);
console.log(`snapshot per message, baseline: 19 areas ${us(base19)}, 1,000 areas ${us(base1000)}`);
console.log(
  `growth 19 → 1,000 areas: live state ×${(live1000 / live19).toFixed(2)}, baseline ×${(base1000 / base19).toFixed(1)}`,
);
console.log(`baseline ÷ live state at 1,000 areas: ×${(base1000 / live1000).toFixed(0)}`);
