/**
 * `npm start -w @opencity-examples/sensor-stream [-- --broker mqtt://host:1883] [--count 190] [--interval 50]`
 * Starts an embedded broker (or uses the given one), the ingester with its live feed on http://127.0.0.1:8090/live,
 * then the simulated sensors; prints the counts and keeps the live feed up until Ctrl+C (or exits with --exit).
 */
import { parseArgs } from 'node:util';
import mqtt from 'mqtt';
import { startEmbeddedBroker } from './broker';
import { startIngester } from './ingester';
import { startLiveServer } from './liveServer';
import { runSensors } from './sensors';
import { DEAD_LETTER_TOPIC } from './topics';

const { values } = parseArgs({
  options: {
    broker: { type: 'string' },
    count: { type: 'string', default: '190' },
    interval: { type: 'string', default: '50' },
    'live-port': { type: 'string', default: '8090' },
    exit: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const interval = Number(values.interval);
if (!Number.isInteger(count) || count < 0 || !Number.isFinite(interval) || interval < 0) {
  console.error('--count must be a non-negative integer and --interval a non-negative number of milliseconds');
  process.exit(2);
}

const embedded = values.broker ? undefined : await startEmbeddedBroker(1883).catch(() => startEmbeddedBroker(0));
const url = values.broker ?? embedded!.url;
console.log(`broker: ${url}${embedded ? ' (embedded aedes)' : ''}`);
const ingester = await startIngester({ url });
const live = await startLiveServer(ingester, Number(values['live-port']));
console.log(`live KPIs: ${live.url} (open the dashboard's "Live sensors" page)`);

const watcher = await mqtt.connectAsync(url, { reconnectPeriod: 0 });
let deadLetters = 0;
watcher.on('message', () => deadLetters++);
await watcher.subscribeAsync(DEAD_LETTER_TOPIC, { qos: 1 });

const run = await runSensors({ url, count, intervalMs: interval });
await new Promise((ok) => setTimeout(ok, 500));
const snap = ingester.snapshot();
console.log(
  `published ${run.published} (${run.broken} deliberately broken) · accepted ${snap.accepted} · rejected ${snap.rejected} · dead letters ${deadLetters}`,
);

const stop = async (): Promise<void> => {
  await watcher.endAsync();
  await live.close();
  await ingester.close();
  await embedded?.close();
  process.exit(0);
};
if (values.exit) await stop();
else process.on('SIGINT', () => void stop());
