/**
 * `npm start -w @opencity-examples/sensor-stream [-- --broker mqtt://host:1883] [--count 190] [--interval 50]
 *   [--live-port 8090] [--client-id opencity-ingester] [--max-message-bytes 262144] [--exit]`
 * Starts an embedded broker (or uses the given one), the ingester with its live feed on http://127.0.0.1:8090/live,
 * then the simulated sensors; prints the counts and keeps the live feed up until Ctrl+C (or exits with --exit).
 */
import { parseArgs } from 'node:util';
import mqtt from 'mqtt';
import { startEmbeddedBroker } from './broker';
import { ADMISSION_DEFAULTS } from './admission';
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
    'client-id': { type: 'string', default: 'opencity-ingester' },
    'max-message-bytes': { type: 'string', default: String(ADMISSION_DEFAULTS.maxMessageBytes) },
    exit: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const interval = Number(values.interval);
const maxMessageBytes = Number(values['max-message-bytes']);
const livePort = Number(values['live-port']);
if (!Number.isInteger(count) || count < 0 || !Number.isFinite(interval) || interval < 0) {
  console.error('--count must be a non-negative integer and --interval a non-negative number of milliseconds');
  process.exit(2);
}
if (!Number.isInteger(maxMessageBytes) || maxMessageBytes < 1) {
  console.error(`--max-message-bytes must be a positive integer; got "${values['max-message-bytes']}"`);
  process.exit(2);
}
if (!Number.isInteger(livePort) || livePort < 0 || livePort > 65535) {
  console.error(`--live-port must be an integer between 0 and 65535; got "${values['live-port']}"`);
  process.exit(2);
}

const embedded = values.broker ? undefined : await startEmbeddedBroker(1883).catch(() => startEmbeddedBroker(0));
const url = values.broker ?? embedded!.url;
console.log(`broker: ${url}${embedded ? ' (embedded aedes)' : ''}`);
const ingester = await startIngester({
  url,
  clientId: values['client-id'],
  maxMessageBytes,
  onEvent: (e) => {
    if (e.type === 'connected')
      console.log(`ingester connected (${e.sessionPresent ? 'session resumed' : 'new session'})`);
    if (e.type === 'disconnected')
      console.log(
        `ingester lost the broker${e.error ? ` (${e.error})` : ''}; retrying in ${(e.retryInMs / 1000).toFixed(1)} s`,
      );
  },
});
const live = await startLiveServer(ingester, { port: livePort }).catch((error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `port ${livePort} is already in use: stop what runs there or choose another with --live-port`
      : `cannot serve the live feed on port ${livePort}: ${error.message}`,
  );
  return process.exit(1);
});
console.log(`live KPIs: ${live.url} (open the dashboard's "Live sensors" page)`);

const watcher = await mqtt.connectAsync(url, { reconnectPeriod: 1000 });
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
