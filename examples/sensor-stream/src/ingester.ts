/**
 * The ingester: subscribes to the observation topics, validates every message against the contract, forwards
 * rejects with their report to the dead-letter topic, and keeps live KPIs (running means per municipality).
 */
import mqtt from 'mqtt';
import { validateMessage } from './contract';
import { DEAD_LETTER_TOPIC, observationFilter } from './topics';

/** Live values per municipality, the shape the dashboard's live page reads. */
export interface LiveSnapshot {
  readonly accepted: number;
  readonly rejected: number;
  readonly areas: Record<string, { pm25: number | null; no2: number | null; observations: number }>;
  readonly at: string;
}

/** What the ingester writes to the dead-letter topic for a rejected message. */
export interface DeadLetter {
  /** Topic the message arrived on. */
  readonly topic: string;
  /** The raw message (as text). */
  readonly message: string;
  /** The validation report (findings with JSON Pointers, in the ingester's language). */
  readonly report: unknown;
  /** When it was rejected. */
  readonly at: string;
}

/** A running ingester. */
export interface Ingester {
  /** The current live values. */
  snapshot(): LiveSnapshot;
  /** Called after every message. */
  onUpdate(listener: (s: LiveSnapshot) => void): void;
  /** Unsubscribes and disconnects. */
  close(): Promise<void>;
}

interface Sums {
  pm25: number;
  pm25n: number;
  no2: number;
  no2n: number;
  n: number;
}

/** Connects to the broker and starts ingesting; resolves once subscribed. */
export async function startIngester(options: { readonly url: string; readonly lang?: 'en' | 'fr' | 'nl' }): Promise<Ingester> {
  const client = await mqtt.connectAsync(options.url, { clientId: `opencity-ingester-${process.pid}-${Date.now()}`, reconnectPeriod: 0 });
  const sums = new Map<string, Sums>();
  const listeners: ((s: LiveSnapshot) => void)[] = [];
  let accepted = 0;
  let rejected = 0;

  const snapshot = (): LiveSnapshot => ({
    accepted,
    rejected,
    areas: Object.fromEntries(
      [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([nis, s]) => [nis, { pm25: s.pm25n ? round1(s.pm25 / s.pm25n) : null, no2: s.no2n ? round1(s.no2 / s.no2n) : null, observations: s.n }]),
    ),
    at: new Date().toISOString(),
  });

  client.on('message', (topic, buffer) => {
    const text = buffer.toString('utf8');
    const result = validateMessage(topic, text, options.lang ?? 'en');
    if (!result.valid) {
      rejected++;
      const letter: DeadLetter = { topic, message: text, report: result.report, at: new Date().toISOString() };
      client.publish(DEAD_LETTER_TOPIC, JSON.stringify(letter), { qos: 1 });
    } else {
      accepted++;
      const entity = result.payload as { pm25?: number; no2?: number };
      // The municipality comes from the topic, which the contract has just checked.
      const nis = result.parameters['municipality'] ?? 'unknown';
      const s = sums.get(nis) ?? { pm25: 0, pm25n: 0, no2: 0, no2n: 0, n: 0 };
      if (typeof entity.pm25 === 'number') (s.pm25 += entity.pm25), s.pm25n++;
      if (typeof entity.no2 === 'number') (s.no2 += entity.no2), s.no2n++;
      s.n++;
      sums.set(nis, s);
    }
    const snap = snapshot();
    for (const l of listeners) l(snap);
  });
  await client.subscribeAsync(observationFilter, { qos: 1 });
  return {
    snapshot,
    onUpdate: (l) => void listeners.push(l),
    close: async () => {
      await client.endAsync();
    },
  };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
