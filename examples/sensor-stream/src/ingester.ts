/**
 * The ingester: subscribes to the observation topics, validates every message against the contract, forwards
 * rejects with their report to the dead-letter topic, and keeps live KPIs (daily PM2.5 and NO2 means per municipality).
 */
import { GroupedStats } from '@opencity/kpi';
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

/** Connects to the broker and starts ingesting; resolves once subscribed. */
export async function startIngester(options: {
  readonly url: string;
  readonly lang?: 'en' | 'fr' | 'nl';
}): Promise<Ingester> {
  const client = await mqtt.connectAsync(options.url, {
    clientId: `opencity-ingester-${process.pid}-${Date.now()}`,
    reconnectPeriod: 0,
  });
  // Live KPIs with the KPI library's streaming, mergeable aggregators: per municipality and UTC day.
  const pm25 = new GroupedStats({ periodUnit: 'day' });
  const no2 = new GroupedStats({ periodUnit: 'day' });
  const observations = new Map<string, number>();
  const listeners: ((s: LiveSnapshot) => void)[] = [];
  let accepted = 0;
  let rejected = 0;

  const latestMeans = (stats: GroupedStats): Map<string, number | null> => {
    const out = new Map<string, { period: string; mean: number | null }>();
    for (const r of stats.results()) {
      const seen = out.get(r.key);
      if (!seen || r.period > seen.period)
        out.set(r.key, { period: r.period, mean: r.mean === undefined ? null : round1(r.mean) });
    }
    return new Map([...out].map(([k, v]) => [k, v.mean]));
  };
  const snapshot = (): LiveSnapshot => {
    const p = latestMeans(pm25);
    const n = latestMeans(no2);
    return {
      accepted,
      rejected,
      areas: Object.fromEntries(
        [...observations]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([nis, count]) => [nis, { pm25: p.get(nis) ?? null, no2: n.get(nis) ?? null, observations: count }]),
      ),
      at: new Date().toISOString(),
    };
  };

  client.on('message', (topic, buffer) => {
    const text = buffer.toString('utf8');
    const result = validateMessage(topic, text, options.lang ?? 'en');
    if (!result.valid) {
      rejected++;
      const letter: DeadLetter = { topic, message: text, report: result.report, at: new Date().toISOString() };
      client.publish(DEAD_LETTER_TOPIC, JSON.stringify(letter), { qos: 1 });
    } else {
      accepted++;
      const entity = result.payload as { dateObserved?: string; pm25?: unknown; no2?: unknown };
      // The municipality comes from the topic, which the contract has just checked.
      const nis = result.parameters['municipality'] ?? 'unknown';
      const time = Date.parse(String(entity.dateObserved ?? ''));
      if (typeof entity.pm25 === 'number') pm25.add(nis, time, entity.pm25);
      if (typeof entity.no2 === 'number') no2.add(nis, time, entity.no2);
      observations.set(nis, (observations.get(nis) ?? 0) + 1);
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
