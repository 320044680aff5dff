/** Simulated air-quality sensors: one per municipality, publishing AirQualityObserved messages over MQTT. */
import { municipalities, seededRandom, SYNTHETIC_PROVIDER } from '@opencity/brussels';
import mqtt from 'mqtt';
import { topicFor } from './topics';

/** Options of {@link runSensors}. */
export interface SensorOptions {
  /** Broker URL, e.g. `mqtt://127.0.0.1:1883`. */
  readonly url: string;
  /** Messages to publish in total (default 190: ten rounds over the 19 stations). */
  readonly count?: number;
  /** Pause between two messages in milliseconds (default 20). */
  readonly intervalMs?: number;
  /** Share of deliberately broken messages, in [0, 1] (default 0.1): they must end in the dead-letter topic. */
  readonly invalidShare?: number;
  /** Seed of the simulation (default 1). */
  readonly seed?: number;
  /** Time of the first observation (default: now). */
  readonly start?: Date;
}

/** What the simulator published. */
export interface SensorRun {
  readonly published: number;
  readonly broken: number;
}

/**
 * Publishes `count` observations round-robin over the 19 stations, some deliberately broken (a string where a
 * number belongs, a negative concentration or a missing location), with QoS 1, then disconnects.
 */
export async function runSensors(options: SensorOptions): Promise<SensorRun> {
  const count = options.count ?? 190;
  const interval = options.intervalMs ?? 20;
  const invalidShare = options.invalidShare ?? 0.1;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer; got ${count}`);
  if (!(invalidShare >= 0 && invalidShare <= 1))
    throw new RangeError(`invalidShare must be in [0, 1]; got ${invalidShare}`);
  const random = seededRandom(options.seed ?? 1);
  // QoS 1 and reconnection: a message published while the broker is away waits in the client and goes out on return.
  const client = await mqtt.connectAsync(options.url, {
    clientId: `opencity-sensors-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    reconnectPeriod: 500,
  });
  const start = (options.start ?? new Date()).getTime();
  let broken = 0;
  try {
    for (let i = 0; i < count; i++) {
      const m = municipalities[i % municipalities.length]!;
      const time = new Date(start + Math.floor(i / municipalities.length) * 60_000)
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z');
      const message: Record<string, unknown> = {
        id: `urn:ngsi-ld:AirQualityObserved:SIM-${m.nis}-${time}`,
        type: 'AirQualityObserved',
        dateObserved: time,
        location: { type: 'Point', coordinates: [4.25 + random.next() * 0.25, 50.78 + random.next() * 0.12] },
        address: { nisCode: m.nis, postalCode: m.postcodes[0], addressCountry: 'BE' },
        pm25: Math.round(Math.max(0.5, random.normal(12, 3)) * 10) / 10,
        no2: Math.round(Math.max(3, random.normal(32, 8)) * 10) / 10,
        dataProvider: SYNTHETIC_PROVIDER,
      };
      if (random.next() < invalidShare) {
        broken++;
        const fault = random.int(0, 2);
        if (fault === 0) message.pm25 = 'high';
        else if (fault === 1) message.no2 = -5;
        else delete message.location;
      }
      await client.publishAsync(topicFor(m.nis, String(message.id)), JSON.stringify(message), { qos: 1 });
      if (interval > 0) await new Promise((ok) => setTimeout(ok, interval));
    }
  } finally {
    await client.endAsync();
  }
  return { published: count, broken };
}
