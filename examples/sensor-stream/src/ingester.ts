/**
 * The ingester: subscribes to the observation topics, admits every message against the contract, forwards rejects
 * with their reason to the dead-letter topic, and keeps live KPIs (daily PM2.5 and NO2 means per municipality).
 *
 * It keeps every message through broker restarts and its own absences: a persistent session (`clean: false`, a
 * stable client id) with QoS 1 subscriptions, so the broker queues what arrives while it is away; reconnection with
 * exponential back-off; and a bounded memory of message keys, so a QoS 1 redelivery is never counted twice.
 */
import { createHash } from 'node:crypto';
import { createFinding, type Lang } from '@opencity/models';
import mqtt, { type IConnackPacket, type MqttClient } from 'mqtt';
import { admitMessage, ingestionFindingCatalogue, type AdmissionLimits, type RefusalReason } from './admission';
import { backoffDelay, type BackoffOptions } from './backoff';
import { LiveState, type LiveSnapshot, type LiveStateOptions } from './liveState';
import { RecentKeys } from './recentKeys';
import { DEAD_LETTER_TOPIC, observationFilter } from './topics';

export type { LiveSnapshot } from './liveState';

/** What the ingester writes to the dead-letter topic for a rejected message. */
export interface DeadLetter {
  /** Topic the message arrived on. */
  readonly topic: string;
  /** Why it was rejected: the code of the finding that refused it, or `contract_violation` (see the report). */
  readonly reason: RefusalReason;
  /** The message as text, when it was UTF-8 within the size limit. */
  readonly message?: string;
  /** Otherwise its first 1,024 bytes, base64-encoded. */
  readonly excerpt?: string;
  /** Size of the message in bytes. */
  readonly bytes: number;
  /** SHA-256 of topic and message (base64url): the same message always has the same key, to deduplicate downstream. */
  readonly key: string;
  /** The findings (at most 100; `findingsOmitted` counts the rest), in the ingester's language. */
  readonly report: {
    readonly channel?: string;
    readonly findings: readonly unknown[];
    readonly findingsOmitted?: number;
  };
  /** When it was rejected. */
  readonly at: string;
}

/** One thing that happened to the ingester: for logs, monitoring and tests. */
export type IngesterEvent =
  | { readonly type: 'connected'; readonly sessionPresent: boolean }
  | { readonly type: 'disconnected'; readonly error: string | undefined; readonly retryInMs: number }
  | {
      readonly type: 'message';
      readonly outcome: 'accepted' | 'rejected' | 'duplicate';
      readonly topic: string;
      readonly key: string;
    };

/** Options of {@link startIngester}. */
export interface IngesterOptions extends AdmissionLimits, LiveStateOptions {
  /** Broker URL, e.g. `mqtt://127.0.0.1:1883`. */
  readonly url: string;
  /** Language of the dead letters' findings (default `en`). */
  readonly lang?: Lang;
  /**
   * MQTT client id (default `opencity-ingester`). Keep it stable: the broker holds the session, and the messages that
   * arrive while the ingester is away, under this id. Two ingesters must not share one.
   */
  readonly clientId?: string;
  /** Reconnection back-off (default 250 ms doubling up to 30 s, with jitter). */
  readonly reconnect?: BackoffOptions;
  /** Live updates are sent at most this often, in milliseconds (default 250): the feed's cost does not grow with the message rate. */
  readonly updateIntervalMs?: number;
  /** An update is sent at least this often even without messages, in milliseconds (default 10,000): it refreshes `stale`. */
  readonly heartbeatMs?: number;
  /** Message keys remembered to recognise redeliveries (default 100,000). */
  readonly dedupCapacity?: number;
  /** Called for every connection change and message outcome. */
  readonly onEvent?: (event: IngesterEvent) => void;
}

/** A running ingester. */
export interface Ingester {
  /** Every area and the counters now. */
  snapshot(): LiveSnapshot;
  /** Called with each update (throttled; only the areas that changed). Returns a function that unsubscribes. */
  onUpdate(listener: (update: LiveSnapshot) => void): () => void;
  /** Disconnects, keeping the broker session (messages published meanwhile wait for the next start). */
  close(): Promise<void>;
}

const MAX_FINDINGS = 100;
const EXCERPT_BYTES = 1024;

/** Connects to the broker (retrying with back-off until it answers) and starts ingesting; resolves once subscribed. */
export async function startIngester(options: IngesterOptions): Promise<Ingester> {
  const lang = options.lang ?? 'en';
  const updateIntervalMs = options.updateIntervalMs ?? 250;
  const heartbeatMs = options.heartbeatMs ?? 10_000;
  const live = new LiveState(options);
  const recent = new RecentKeys(options.dedupCapacity);
  const listeners = new Set<(update: LiveSnapshot) => void>();
  const emit = options.onEvent ?? (() => undefined);
  // MQTT's own reconnect timer has a fixed period: reconnection is ours, with back-off (reconnectPeriod 0).
  const client: MqttClient = mqtt.connect(options.url, {
    clientId: options.clientId ?? 'opencity-ingester',
    clean: false,
    reconnectPeriod: 0,
    connectTimeout: 10_000,
    keepalive: 30,
  });
  let closing = false;
  let attempt = 0;
  let lastError: string | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let updateTimer: NodeJS.Timeout | undefined;

  const flush = (): void => {
    clearTimeout(updateTimer);
    updateTimer = undefined;
    const update = live.takeUpdate();
    for (const listener of listeners) listener(update);
  };
  const changed = (): void => {
    updateTimer ??= setTimeout(flush, updateIntervalMs);
  };
  const heartbeat = setInterval(flush, heartbeatMs);
  heartbeat.unref();

  const deadLetter = (
    topic: string,
    bytes: Buffer,
    key: string,
    reason: DeadLetter['reason'],
    text: string | undefined,
    report: { readonly channel?: string; readonly findings: readonly unknown[] },
  ): void => {
    const letter: DeadLetter = {
      topic,
      reason,
      ...(text === undefined ? { excerpt: bytes.subarray(0, EXCERPT_BYTES).toString('base64') } : { message: text }),
      bytes: bytes.length,
      key,
      report: {
        ...(report.channel === undefined ? {} : { channel: report.channel }),
        findings: report.findings.slice(0, MAX_FINDINGS),
        ...(report.findings.length > MAX_FINDINGS ? { findingsOmitted: report.findings.length - MAX_FINDINGS } : {}),
      },
      at: new Date().toISOString(),
    };
    // QoS 1: while the broker is away, mqtt.js keeps it and sends it on reconnection.
    client.publish(DEAD_LETTER_TOPIC, JSON.stringify(letter), { qos: 1 });
  };

  const handle = (topic: string, bytes: Buffer): void => {
    const key = createHash('sha256').update(topic).update('\n').update(bytes).digest('base64url');
    if (!recent.add(key)) {
      live.duplicate();
      emit({ type: 'message', outcome: 'duplicate', topic, key });
      return;
    }
    let outcome: 'accepted' | 'rejected';
    try {
      const admission = admitMessage(topic, bytes, lang, options);
      if (admission.ok) {
        const entity = admission.payload as { dateObserved?: unknown; pm25?: unknown; no2?: unknown };
        // The municipality comes from the topic, which the contract has just checked against the payload.
        const nis = admission.parameters['municipality'] ?? 'unknown';
        live.accept(nis, Date.parse(String(entity.dateObserved ?? '')), entity);
        outcome = 'accepted';
      } else {
        live.reject();
        deadLetter(topic, bytes, key, admission.reason, admission.text, admission.report);
        outcome = 'rejected';
      }
    } catch (error) {
      // Nothing a message holds may stop the ingester: an unexpected failure is a dead letter with its reason.
      live.reject();
      const detail = String((error as Error)?.message ?? error).slice(0, 500);
      deadLetter(topic, bytes, key, 'internal_error', undefined, {
        findings: [createFinding(ingestionFindingCatalogue, 'internal_error', lang, { params: { detail } })],
      });
      outcome = 'rejected';
    }
    emit({ type: 'message', outcome, topic, key });
    changed();
  };

  const scheduleReconnect = (): void => {
    if (closing || reconnectTimer !== undefined) return;
    const delay = backoffDelay(attempt++, options.reconnect);
    emit({ type: 'disconnected', error: lastError, retryInMs: delay });
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      // reconnect() without stores starts from empty ones, dropping dead letters not yet acknowledged: keep ours.
      if (!closing) client.reconnect({ incomingStore: client.incomingStore, outgoingStore: client.outgoingStore });
    }, delay);
  };

  const ready = new Promise<void>((resolve, reject) => {
    client.on('connect', (connack: IConnackPacket) => {
      attempt = 0;
      lastError = undefined;
      live.setBroker('connected');
      changed();
      emit({ type: 'connected', sessionPresent: connack.sessionPresent });
      // A resumed session keeps its subscription (and the messages queued for it); a new one needs subscribing.
      if (connack.sessionPresent) return resolve();
      client.subscribe(observationFilter, { qos: 1 }, (error, granted) => {
        if (error) return void (lastError = error.message);
        if (granted?.some((g) => g.qos !== 1))
          return reject(new Error(`the broker refused the QoS 1 subscription to ${observationFilter}`));
        resolve();
      });
    });
  });
  client.on('message', (topic, payload) => handle(topic, payload));
  client.on('error', (error) => void (lastError = error.message));
  client.on('close', () => {
    live.setBroker('reconnecting');
    changed();
    scheduleReconnect();
  });

  try {
    await ready;
  } catch (error) {
    closing = true;
    clearInterval(heartbeat);
    await endClient(client);
    throw error;
  }
  return {
    snapshot: () => live.snapshot(),
    onUpdate: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close: async () => {
      closing = true;
      clearTimeout(reconnectTimer);
      clearInterval(heartbeat);
      clearTimeout(updateTimer);
      await endClient(client);
    },
  };
}

/**
 * Disconnects: gracefully when connected (pending dead letters are acknowledged first, for at most `graceMs`), at
 * once otherwise. The session stays on the broker either way (`clean: false`).
 */
async function endClient(client: MqttClient, graceMs = 5000): Promise<void> {
  if (client.connected) {
    let timer: NodeJS.Timeout | undefined;
    const graceful = client.endAsync().then(() => true);
    const late = new Promise<boolean>((ok) => (timer = setTimeout(() => ok(false), graceMs)));
    const done = await Promise.race([graceful, late]);
    clearTimeout(timer);
    if (done) return;
  }
  // mqtt.js waits for a 'close' that an already closed stream never emits again: do not await it.
  client.end(true);
}
