/**
 * Ingestion keeps every message: a real mosquitto is stopped and restarted in the middle of a stream, and the ingester
 * goes away and comes back, and every published message is accounted for exactly once (accepted + dead-lettered =
 * published; no message counted twice).
 */
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIngester, type DeadLetter, type IngesterEvent, type LiveSnapshot } from '../src/ingester';
import { runSensors } from '../src/sensors';
import { DEAD_LETTER_TOPIC } from '../src/topics';
import { startMosquitto, type Mosquitto } from './mosquitto';

const until = async (condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** Collects what an ingester did, message by message. */
function ledger() {
  const outcomes = new Map<string, IngesterEvent & { type: 'message' }>();
  const counted: string[] = [];
  const events: IngesterEvent[] = [];
  return {
    events,
    counted,
    outcomes,
    onEvent: (e: IngesterEvent) => {
      events.push(e);
      if (e.type === 'message' && e.outcome !== 'duplicate') {
        counted.push(e.key);
        outcomes.set(e.key, e);
      }
    },
    count: (outcome: 'accepted' | 'rejected') => [...outcomes.values()].filter((e) => e.outcome === outcome).length,
  };
}

/** A persistent dead-letter subscriber: it must not miss a letter sent while it was disconnected either. */
async function deadLetterWatcher(url: string, clientId: string) {
  const letters = new Map<string, DeadLetter>();
  let received = 0;
  const client = await mqtt.connectAsync(url, { clientId, clean: false, reconnectPeriod: 100 });
  client.on('message', (_t, b) => {
    received++;
    const letter = JSON.parse(b.toString('utf8')) as DeadLetter;
    letters.set(letter.key, letter);
  });
  await client.subscribeAsync(DEAD_LETTER_TOPIC, { qos: 1 });
  return { letters, received: () => received, close: () => client.endAsync() };
}

describe('ingestion through a mosquitto restart', () => {
  let broker: Mosquitto;
  beforeAll(async () => {
    broker = await startMosquitto();
  });
  afterAll(async () => {
    await broker?.dispose();
  });

  it('accounts for every message published before, during and after the restart, none twice', async () => {
    const log = ledger();
    const updates: LiveSnapshot[] = [];
    const ingester = await startIngester({
      url: broker.url,
      clientId: 'restart-test-ingester',
      reconnect: { initialMs: 50, maxMs: 500 },
      onEvent: log.onEvent,
    });
    ingester.onUpdate((u) => updates.push(u));
    const watcher = await deadLetterWatcher(broker.url, 'restart-test-watcher');
    const count = 600;
    const sensors = runSensors({ url: broker.url, count, intervalMs: 2, invalidShare: 0.2, seed: 11 });

    await until(() => log.counted.length >= 150, 'the first 150 messages');
    await broker.stop();
    await until(() => updates.some((u) => u.broker.state === 'reconnecting' && u.stale), 'a stale update');
    await new Promise((r) => setTimeout(r, 300));
    await broker.start();
    const run = await sensors;
    await until(() => log.counted.length >= count && watcher.letters.size >= run.broken, 'every message').catch(
      (e: Error) => {
        throw new Error(
          `${e.message}: counted ${log.counted.length}/${count}, letters ${watcher.letters.size}/${run.broken}; ${JSON.stringify(log.events.map((x, i) => (x.type !== 'message' ? `${i}:${x.type}` : x.outcome === 'rejected' && !watcher.letters.has(x.key) ? `${i}:MISSING` : '')).filter(Boolean))} received ${watcher.received()}`,
        );
      },
    );
    await new Promise((r) => setTimeout(r, 300)); // a late redelivery would show up as a double count here

    expect(log.counted.length).toBe(count);
    expect(new Set(log.counted).size).toBe(count); // none twice
    expect(log.count('accepted') + log.count('rejected')).toBe(run.published);
    expect(log.count('rejected')).toBe(run.broken);
    expect(watcher.letters.size).toBe(run.broken);
    const snap = ingester.snapshot();
    expect(snap).toMatchObject({ accepted: count - run.broken, rejected: run.broken, stale: false });
    expect(snap.broker.state).toBe('connected');
    // The ingester did lose the broker, and came back to the session it had.
    expect(log.events.some((e) => e.type === 'disconnected')).toBe(true);
    expect(log.events.filter((e) => e.type === 'connected').at(-1)).toEqual({
      type: 'connected',
      sessionPresent: true,
    });
    await watcher.close();
    await ingester.close();
  }, 60_000);

  it('delivers on its return what was published while the ingester was away', async () => {
    const clientId = 'away-test-ingester';
    const first = ledger();
    const ingester = await startIngester({ url: broker.url, clientId, onEvent: first.onEvent });
    const before = await runSensors({ url: broker.url, count: 40, intervalMs: 0, invalidShare: 0.2, seed: 5 });
    await until(() => first.counted.length >= 40, 'the first 40 messages');
    await ingester.close();

    const away = await runSensors({
      url: broker.url,
      count: 120,
      intervalMs: 0,
      invalidShare: 0.2,
      seed: 6,
      start: new Date(Date.now() + 3_600_000),
    });
    const second = ledger();
    const back = await startIngester({ url: broker.url, clientId, onEvent: second.onEvent });
    await until(() => second.counted.length >= 120, 'the 120 messages published while away');
    await new Promise((r) => setTimeout(r, 200));
    expect(first.counted).toHaveLength(before.published);
    expect(second.counted).toHaveLength(away.published);
    expect(new Set([...first.counted, ...second.counted]).size).toBe(160);
    expect(second.count('rejected')).toBe(away.broken);
    expect(second.events[0]).toEqual({ type: 'connected', sessionPresent: true });
    await back.close();
  }, 60_000);
});
