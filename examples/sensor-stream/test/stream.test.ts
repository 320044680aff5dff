import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, Socket, type AddressInfo } from 'node:net';
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedBroker } from '../src/broker';
import { get } from 'node:http';
import { startIngester, type DeadLetter, type LiveSnapshot } from '../src/ingester';
import { startLiveServer } from '../src/liveServer';
import { runSensors } from '../src/sensors';
import { DEAD_LETTER_TOPIC } from '../src/topics';

const MOSQUITTO = '/usr/sbin/mosquitto';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const { port } = server.address() as AddressInfo;
  await new Promise((ok) => server.close(ok));
  return port;
}

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = new Socket();
      s.once('connect', () => (s.destroy(), resolve(true)));
      s.once('error', () => (s.destroy(), resolve(false)));
      s.connect(port, '127.0.0.1');
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on port ${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs sensors → broker → ingester and collects the dead letters. */
async function exercise(url: string, count: number) {
  const ingester = await startIngester({ url });
  const watcher = await mqtt.connectAsync(url, { reconnectPeriod: 0 });
  const letters: DeadLetter[] = [];
  watcher.on('message', (_topic, buffer) => letters.push(JSON.parse(buffer.toString('utf8')) as DeadLetter));
  await watcher.subscribeAsync(DEAD_LETTER_TOPIC, { qos: 1 });
  const run = await runSensors({ url, count, intervalMs: 0, invalidShare: 0.2, seed: 7 });
  const deadline = Date.now() + 10_000;
  while (
    (ingester.snapshot().accepted + ingester.snapshot().rejected < count || letters.length < run.broken) &&
    Date.now() < deadline
  )
    await new Promise((r) => setTimeout(r, 50));
  const snap = ingester.snapshot();
  await watcher.endAsync();
  await ingester.close();
  return { run, snap, letters };
}

describe('sensor stream against a real mosquitto broker', () => {
  let broker: ChildProcess | undefined;
  let url = '';

  beforeAll(async () => {
    const port = await freePort();
    broker = spawn(MOSQUITTO, ['-p', String(port)], { stdio: 'ignore' });
    await waitForPort(port);
    url = `mqtt://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    if (broker && broker.exitCode === null) {
      const exited = new Promise((ok) => broker?.once('exit', ok));
      broker.kill('SIGTERM');
      await exited;
    }
  });

  it('accepts the valid observations, dead-letters every broken one with its report, and keeps live means', async () => {
    const { run, snap, letters } = await exercise(url, 95);
    expect(run.broken).toBeGreaterThan(5);
    expect(snap.rejected).toBe(run.broken);
    expect(snap.accepted).toBe(95 - run.broken);
    expect(letters).toHaveLength(run.broken);
    for (const letter of letters) {
      expect(letter.topic).toMatch(
        /^city\/210\d\d\/AirQualityObserved\/v1\/urn:ngsi-ld:AirQualityObserved:SIM-210\d\d-/,
      );
      expect(JSON.stringify(letter.report)).toMatch(/"instancePath":"\/(pm25|no2|location)"/);
    }
    const areas = Object.values(snap.areas);
    expect(areas.length).toBe(19);
    for (const a of areas) if (a.pm25 !== null) expect(a.pm25).toBeGreaterThan(0);
  });

  it('dead-letters a message published on a topic outside the contract and one whose payload is not JSON', async () => {
    const ingester = await startIngester({ url });
    const client = await mqtt.connectAsync(url, { reconnectPeriod: 0 });
    const letters: DeadLetter[] = [];
    client.on('message', (_t, b) => letters.push(JSON.parse(b.toString('utf8')) as DeadLetter));
    await client.subscribeAsync(DEAD_LETTER_TOPIC, { qos: 1 });
    await client.publishAsync('city/99999/AirQualityObserved/v1/x', '{"type":"AirQualityObserved"}', { qos: 1 });
    await client.publishAsync('city/21004/AirQualityObserved/v1/y', 'not json', { qos: 1 });
    const deadline = Date.now() + 5000;
    while (letters.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await client.endAsync();
    await ingester.close();
    expect(letters.map((l) => l.topic).sort()).toEqual([
      'city/21004/AirQualityObserved/v1/y',
      'city/99999/AirQualityObserved/v1/x',
    ]);
    expect(JSON.stringify(letters)).toContain('unparseable_json');
  });
});

describe('sensor stream on the embedded aedes broker', () => {
  it('gives the same counts as on mosquitto for the same seed', async () => {
    const broker = await startEmbeddedBroker(0);
    try {
      const { run, snap, letters } = await exercise(broker.url, 95);
      expect(snap.rejected).toBe(run.broken);
      expect(letters).toHaveLength(run.broken);
    } finally {
      await broker.close();
    }
  });
});

describe('the live feed for the dashboard', () => {
  it('streams a snapshot on connect and after every message, as Server-Sent Events with open CORS', async () => {
    const broker = await startEmbeddedBroker(0);
    const ingester = await startIngester({ url: broker.url });
    const live = await startLiveServer(ingester, 0);
    try {
      const snapshots: LiveSnapshot[] = [];
      let cors: string | undefined;
      const request = get(live.url, (res) => {
        cors = res.headers['access-control-allow-origin'];
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
            snapshots.push(JSON.parse(buffer.slice(0, i).replace(/^data: /, '')) as LiveSnapshot);
            buffer = buffer.slice(i + 2);
          }
        });
      });
      const deadline = Date.now() + 5000;
      while (snapshots.length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(snapshots[0]).toMatchObject({ accepted: 0, rejected: 0 });
      await runSensors({ url: broker.url, count: 19, intervalMs: 0, invalidShare: 0, seed: 3 });
      while ((snapshots.at(-1)?.accepted ?? 0) < 19 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      request.destroy();
      expect(cors).toBe('*');
      expect(snapshots.at(-1)?.accepted).toBe(19);
      expect(Object.keys(snapshots.at(-1)?.areas ?? {})).toHaveLength(19);
    } finally {
      await live.close();
      await ingester.close();
      await broker.close();
    }
  });
});
