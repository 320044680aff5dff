import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedBroker } from '../src/broker';
import { get } from 'node:http';
import { startIngester, type DeadLetter, type LiveSnapshot } from '../src/ingester';
import { startLiveServer } from '../src/liveServer';
import { runSensors } from '../src/sensors';
import { DEAD_LETTER_TOPIC } from '../src/topics';
import { startMosquitto, type Mosquitto } from './mosquitto';

/** Runs sensors → broker → ingester and collects the dead letters. */
async function exercise(url: string, count: number, clientId: string) {
  const ingester = await startIngester({ url, clientId });
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
  let broker: Mosquitto;
  let url = '';

  beforeAll(async () => {
    broker = await startMosquitto();
    url = broker.url;
  });

  afterAll(async () => {
    await broker?.dispose();
  });

  it('accepts the valid observations, dead-letters every broken one with its report, and keeps live means', async () => {
    const { run, snap, letters } = await exercise(url, 95, 'stream-test-counts');
    expect(run.broken).toBeGreaterThan(5);
    expect(snap.rejected).toBe(run.broken);
    expect(snap.accepted).toBe(95 - run.broken);
    expect(letters).toHaveLength(run.broken);
    for (const letter of letters) {
      expect(letter.topic).toMatch(
        /^city\/210\d\d\/AirQualityObserved\/v2\/urn:ngsi-ld:AirQualityObserved:SIM-210\d\d-/,
      );
      expect(JSON.stringify(letter.report)).toMatch(/"instancePath":"\/(pm25|no2|location)"/);
    }
    const areas = Object.values(snap.areas);
    expect(areas.length).toBe(19);
    for (const a of areas) if (a.pm25 !== null) expect(a.pm25).toBeGreaterThan(0);
  });

  it('dead-letters hostile messages with their reason, unread when too large, and keeps ingesting', async () => {
    const ingester = await startIngester({ url, clientId: 'stream-test-hostile' });
    const client = await mqtt.connectAsync(url, { reconnectPeriod: 0 });
    const letters: DeadLetter[] = [];
    client.on('message', (_t, b) => letters.push(JSON.parse(b.toString('utf8')) as DeadLetter));
    await client.subscribeAsync(DEAD_LETTER_TOPIC, { qos: 1 });
    const valid = {
      id: 'urn:ngsi-ld:AirQualityObserved:hostile-ok',
      type: 'AirQualityObserved',
      dateObserved: '2026-03-02T10:00:00Z',
      location: { type: 'Point', coordinates: [4.35, 50.85] },
      pm25: 9.5,
    };
    const topic = (id: string) => `city/21004/AirQualityObserved/v2/${id}`;
    // 1.6 MB: the size that once blocked the ingester for 140 s; now refused before it is decoded.
    const huge = JSON.stringify({ ...valid, padding: 'x'.repeat(1_600_000) });
    const sent: [string, string | Buffer][] = [
      ['city/99999/AirQualityObserved/v2/x', '{"type":"AirQualityObserved"}'],
      [topic('not-json'), 'not json'],
      [topic('huge'), huge],
      [topic('latin1'), Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d])], // {"a":"é"} in Latin-1
      [topic('deep'), '['.repeat(10_000) + ']'.repeat(10_000)],
      [topic(valid.id), JSON.stringify(valid)],
    ];
    for (const [t, payload] of sent) await client.publishAsync(t, payload, { qos: 1 });
    const deadline = Date.now() + 10_000;
    while ((letters.length < 5 || ingester.snapshot().accepted < 1) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    await client.endAsync();
    await ingester.close();
    const byTopic = Object.fromEntries(letters.map((l) => [l.topic, l]));
    expect(Object.keys(byTopic).sort()).toEqual(
      [topic('deep'), topic('huge'), topic('latin1'), topic('not-json'), 'city/99999/AirQualityObserved/v2/x'].sort(),
    );
    expect(byTopic[topic('huge')]).toMatchObject({ reason: 'record_too_large', bytes: Buffer.byteLength(huge) });
    expect(byTopic[topic('huge')]?.message).toBeUndefined();
    expect(Buffer.from(byTopic[topic('huge')]?.excerpt ?? '', 'base64').toString()).toBe(huge.slice(0, 1024));
    expect(JSON.stringify(byTopic[topic('huge')]?.report)).toContain('262144');
    expect(byTopic[topic('latin1')]).toMatchObject({ reason: 'invalid_utf8', bytes: 9 });
    expect(JSON.stringify(byTopic[topic('latin1')]?.report)).toContain('"offset":6,"byte":"0xE9"');
    expect(byTopic[topic('deep')]).toMatchObject({ reason: 'too_deeply_nested' });
    expect(byTopic[topic('not-json')]).toMatchObject({ reason: 'message_not_json', message: 'not json' });
    expect(byTopic['city/99999/AirQualityObserved/v2/x']?.reason).toMatch(/unknown_topic|contract_violation/);
    expect(ingester.snapshot()).toMatchObject({ accepted: 1, rejected: 5 });
  });
});

describe('sensor stream on the embedded aedes broker', () => {
  it('gives the same counts as on mosquitto for the same seed', async () => {
    const broker = await startEmbeddedBroker(0);
    try {
      const { run, snap, letters } = await exercise(broker.url, 95, 'stream-test-aedes');
      expect(snap.rejected).toBe(run.broken);
      expect(letters).toHaveLength(run.broken);
    } finally {
      await broker.close();
    }
  });
});

/** Reads a Server-Sent Events stream into parsed `data:` messages. */
function readFeed(url: string) {
  const events: LiveSnapshot[] = [];
  let headers: Record<string, string | string[] | undefined> = {};
  const request = get(url, (res) => {
    headers = res.headers;
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
        const data = buffer
          .slice(0, i)
          .split('\n')
          .find((l) => l.startsWith('data: '));
        if (data) events.push(JSON.parse(data.slice(6)) as LiveSnapshot);
        buffer = buffer.slice(i + 2);
      }
    });
  });
  return { events, headers: () => headers, close: () => request.destroy() };
}

describe('the live feed for the dashboard', () => {
  it('streams a full snapshot on connect, then throttled updates with only the areas that changed', async () => {
    const broker = await startEmbeddedBroker(0);
    const ingester = await startIngester({ url: broker.url, clientId: 'stream-test-live', updateIntervalMs: 200 });
    const live = await startLiveServer(ingester, { port: 0 });
    const feed = readFeed(live.url);
    try {
      const until = async (condition: () => boolean) => {
        const deadline = Date.now() + 10_000;
        while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      };
      await until(() => feed.events.length >= 1);
      expect(feed.events[0]).toMatchObject({ kind: 'snapshot', accepted: 0, rejected: 0, lastMessageAt: null });
      expect(feed.events[0]?.broker.state).toBe('connected');
      await runSensors({ url: broker.url, count: 190, intervalMs: 0, invalidShare: 0, seed: 3 });
      await until(() => (feed.events.at(-1)?.accepted ?? 0) >= 190);
      expect(feed.headers()['access-control-allow-origin']).toBe('*');
      expect(feed.headers()['content-type']).toMatch(/^text\/event-stream/);
      expect(feed.events.at(-1)?.accepted).toBe(190);
      // Updates are throttled (190 messages, far fewer events) and merge into the full picture.
      const updates = feed.events.slice(1);
      expect(updates.length).toBeLessThan(30);
      expect(updates.every((u) => u.kind === 'update')).toBe(true);
      const merged = Object.assign({}, ...feed.events.map((e) => e.areas)) as LiveSnapshot['areas'];
      expect(Object.keys(merged)).toHaveLength(19);
      expect(merged).toEqual(ingester.snapshot().areas);
      expect(Object.values(merged).reduce((n, a) => n + a.observations, 0)).toBe(190);

      // Only the area that changed travels in the next update.
      const before = feed.events.length;
      const one = await mqtt.connectAsync(broker.url);
      const t = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      await one.publishAsync(
        'city/21004/AirQualityObserved/v2/urn:ngsi-ld:AirQualityObserved:one',
        JSON.stringify({
          id: 'urn:ngsi-ld:AirQualityObserved:one',
          type: 'AirQualityObserved',
          dateObserved: t,
          location: { type: 'Point', coordinates: [4.35, 50.85] },
          pm25: 10,
        }),
        { qos: 1 },
      );
      await one.endAsync();
      await until(() => feed.events.slice(before).some((e) => e.accepted === 191));
      const next = feed.events.slice(before).find((e) => e.accepted === 191);
      expect(Object.keys(next?.areas ?? {})).toEqual(['21004']);
    } finally {
      feed.close();
      await live.close();
      await ingester.close();
      await broker.close();
    }
  });

  it('answers only GET /live: 405 for other methods, 404 elsewhere', async () => {
    const broker = await startEmbeddedBroker(0);
    const ingester = await startIngester({ url: broker.url, clientId: 'stream-test-methods' });
    const live = await startLiveServer(ingester, { port: 0 });
    try {
      const post = await fetch(live.url, { method: 'POST' });
      expect(post.status).toBe(405);
      expect(post.headers.get('allow')).toBe('GET');
      expect((await fetch(live.url.replace('/live', '/other'))).status).toBe(404);
    } finally {
      await live.close();
      await ingester.close();
      await broker.close();
    }
  });
});
