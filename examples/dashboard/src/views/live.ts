/**
 * Live KPIs fed by the sensor-stream example over Server-Sent Events. The feed is input from another program: the
 * page follows only feeds of its own origin or of the origins its build allows, checks the shape of every message,
 * and writes what it shows as text (never as HTML). It says when no feed is configured, when the data are out of
 * date, and stops listening as soon as the page is left.
 */
import type { Lang } from '@opencity/brussels';
import { formatDay, formatNumber, formatTime, pick, t, type StringKey } from '../i18n';
import type { UiState } from '../main';
import type { DashboardData } from '../viewModel';

// Replaced at build time by vite (`define`) with the OPENCITY_LIVE_ORIGINS allow-list; absent under plain vitest.
declare const __OPENCITY_LIVE_ORIGINS__: readonly string[] | undefined;

/** Origins besides the page's own whose feeds the page may follow (fixed when the dashboard is built). */
export const LIVE_ORIGINS: readonly string[] =
  typeof __OPENCITY_LIVE_ORIGINS__ === 'undefined' ? [] : __OPENCITY_LIVE_ORIGINS__;

/** The sensor-stream example's feed on this machine, offered as a link when no feed is configured. */
export const EXAMPLE_FEED = 'http://127.0.0.1:8090/live';

/** Live values of one area, as the sensor-stream ingester sends them. */
export interface LiveArea {
  readonly day: string | undefined;
  readonly pm25: number | null;
  readonly no2: number | null;
  readonly observations: number;
}

/** One message of the feed: a full `snapshot`, or an `update` carrying only the areas that changed. */
export interface LiveMessage {
  readonly kind: 'snapshot' | 'update';
  readonly accepted: number;
  readonly rejected: number;
  readonly duplicates: number;
  readonly areas: ReadonlyMap<string, LiveArea>;
  readonly lastMessageAt: string | null;
  readonly broker: { readonly state: 'connected' | 'reconnecting'; readonly since: string } | undefined;
  readonly stale: boolean;
}

/** Which feed the page follows: none configured, one refused by the origin rule, or one to follow. */
export type FeedChoice =
  | { readonly kind: 'none' }
  | { readonly kind: 'refused'; readonly url: string }
  | { readonly kind: 'follow'; readonly url: string };

/** Areas shown at most: a feed cannot make the page build an unbounded table. */
const MAX_AREAS = 2000;

/** The feed named by `?live=` in `search`, if it is of the page's origin or of an allowed one. */
export function chooseFeed(search: string, pageHref: string, allowed: readonly string[]): FeedChoice {
  const raw = new URLSearchParams(search).get('live')?.trim();
  if (!raw) return { kind: 'none' };
  let url: URL;
  try {
    url = new URL(raw, pageHref);
  } catch {
    return { kind: 'refused', url: raw };
  }
  const http = url.protocol === 'http:' || url.protocol === 'https:';
  return http && (url.origin === new URL(pageHref).origin || allowed.includes(url.origin))
    ? { kind: 'follow', url: url.href }
    : { kind: 'refused', url: url.href };
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isMean = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));
const isTime = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads one feed message; undefined when it is not JSON of the expected shape (it is then ignored). */
export function readLiveMessage(data: string): LiveMessage | undefined {
  let m: unknown;
  try {
    m = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (!isObject(m) || !isCount(m['accepted']) || !isCount(m['rejected']) || !isObject(m['areas'])) return undefined;
  const kind = m['kind'] ?? 'snapshot';
  const duplicates = m['duplicates'] ?? 0;
  const lastMessageAt = m['lastMessageAt'] ?? null;
  const broker = m['broker'];
  const stale = m['stale'] ?? false;
  if (kind !== 'snapshot' && kind !== 'update') return undefined;
  if (!isCount(duplicates) || (lastMessageAt !== null && !isTime(lastMessageAt)) || typeof stale !== 'boolean')
    return undefined;
  if (
    broker !== undefined &&
    !(
      isObject(broker) &&
      (broker['state'] === 'connected' || broker['state'] === 'reconnecting') &&
      isTime(broker['since'])
    )
  )
    return undefined;
  const entries = Object.entries(m['areas']);
  if (entries.length > MAX_AREAS) return undefined;
  const areas = new Map<string, LiveArea>();
  for (const [nis, v] of entries) {
    if (nis.length > 64 || !isObject(v) || !isMean(v['pm25']) || !isMean(v['no2']) || !isCount(v['observations']))
      return undefined;
    const day = v['day'];
    if (day !== undefined && !(typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day))) return undefined;
    areas.set(nis, { day, pm25: v['pm25'], no2: v['no2'], observations: v['observations'] });
  }
  return {
    kind,
    accepted: m['accepted'],
    rejected: m['rejected'],
    duplicates,
    areas,
    lastMessageAt,
    broker: broker as LiveMessage['broker'],
    stale,
  };
}

/** An element with text content (never HTML). */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A translated sentence whose `{name}` placeholders are replaced by the given nodes or texts. */
function sentence(key: StringKey, lang: Lang, parts: Readonly<Record<string, Node | string>>): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const piece of t(key, lang).split(/(\{\w+\})/)) {
    const part = /^\{(\w+)\}$/.exec(piece)?.[1];
    const value = part === undefined ? undefined : parts[part];
    fragment.append(value ?? piece);
  }
  return fragment;
}

// What the page listens to; closed when the page is left or drawn again.
let stopFeed: (() => void) | undefined;

/** Renders the live page and, when a feed is configured and allowed, follows it while the page is shown. */
export function renderLive(app: HTMLElement, data: DashboardData, state: UiState): void {
  stopFeed?.();
  stopFeed = undefined;
  const { lang } = state;
  const help = el('p', t('liveHelp', lang), 'help');
  const out = el('div');
  out.id = 'live-out';
  app.append(el('h2', t('live', lang)), help, out);

  const choice = chooseFeed(location.search, location.href, LIVE_ORIGINS);
  if (choice.kind === 'none') {
    const link = el('a', `?live=${EXAMPLE_FEED}`);
    link.href = `?live=${encodeURIComponent(EXAMPLE_FEED)}#/live`;
    const how = el('p');
    how.append(
      sentence('liveHowTo', lang, { command: el('code', 'npm start -w @opencity-examples/sensor-stream'), link }),
    );
    out.append(el('p', t('liveNoFeed', lang), 'live-status'), how);
    out.dataset.feed = 'none';
    return;
  }
  if (choice.kind === 'refused') {
    const refused = el('p', undefined, 'live-status stale');
    refused.append(sentence('liveRefused', lang, { url: el('code', choice.url) }));
    out.append(refused);
    out.dataset.feed = 'refused';
    return;
  }

  help.append(' ', el('code', choice.url));
  out.dataset.feed = 'follow';
  const status = el('p', t('liveWaiting', lang), 'live-status');
  status.dataset.testid = 'live-status';
  const counts = el('p');
  counts.dataset.testid = 'live-counts';
  const notice = el('p', undefined, 'help');
  const table = el('table');
  out.append(status, counts, notice, table);

  let areas = new Map<string, LiveArea>();
  let last: LiveMessage | undefined;
  let feedDown = false;
  const areaName = (nis: string): string => {
    const area = data.areas.find((a) => a.nis === nis);
    return area ? pick(area.name, lang) : nis;
  };
  const mean = (v: number | null): string => (v === null ? '–' : formatNumber(v, lang));

  const draw = (): void => {
    status.className = 'live-status';
    if (feedDown) {
      status.textContent = t('liveFeedDown', lang);
      status.classList.add('stale');
    } else if (last?.broker?.state === 'reconnecting') {
      status.replaceChildren(sentence('liveBrokerLost', lang, { time: formatTime(last.broker.since, lang) }));
      status.classList.add('stale');
    } else if (last?.stale && last.lastMessageAt) {
      status.replaceChildren(sentence('liveQuiet', lang, { time: formatTime(last.lastMessageAt, lang) }));
      status.classList.add('stale');
    } else if (last) {
      status.replaceChildren(
        last.lastMessageAt
          ? sentence('liveConnected', lang, { time: formatTime(last.lastMessageAt, lang) })
          : t('liveNoMessage', lang),
      );
    }
    if (!last) return;
    counts.textContent = [
      `✔ ${formatNumber(last.accepted, lang, 0)} ${t('liveAccepted', lang)}`,
      `✘ ${formatNumber(last.rejected, lang, 0)} ${t('liveRejected', lang)}`,
      `↻ ${formatNumber(last.duplicates, lang, 0)} ${t('liveDuplicates', lang)}`,
    ].join(' · ');
    const head = el('tr');
    for (const label of [
      t('area', lang),
      t('liveDay', lang),
      `${lang === 'en' ? 'PM2.5' : 'PM2,5'} (µg/m³)`,
      'NO2 (µg/m³)',
      t('liveObservations', lang),
    ])
      head.append(el('th', label));
    const body = el('tbody');
    for (const [nis, a] of [...areas].sort(([x], [y]) => x.localeCompare(y))) {
      const row = el('tr');
      for (const cell of [
        areaName(nis),
        a.day === undefined ? '–' : formatDay(a.day, lang),
        mean(a.pm25),
        mean(a.no2),
        formatNumber(a.observations, lang, 0),
      ])
        row.append(el('td', cell));
      body.append(row);
    }
    const thead = el('thead');
    thead.append(head);
    table.replaceChildren(thead, body);
  };

  const source = new EventSource(choice.url);
  const stop = (): void => {
    source.close();
    window.removeEventListener('hashchange', leave);
    if (stopFeed === stop) stopFeed = undefined;
  };
  // The shell redraws on hashchange before this listener runs: once the page is gone, stop listening to the feed.
  const leave = (): void => {
    if (!out.isConnected) stop();
  };
  window.addEventListener('hashchange', leave);
  stopFeed = stop;

  source.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (!out.isConnected) return stop();
    const message = typeof event.data === 'string' ? readLiveMessage(event.data) : undefined;
    if (!message) {
      notice.textContent = t('liveMalformed', lang);
      return;
    }
    if (message.kind === 'snapshot') areas = new Map();
    for (const [nis, a] of message.areas) if (areas.has(nis) || areas.size < MAX_AREAS) areas.set(nis, a);
    last = message;
    feedDown = false;
    draw();
  });
  source.addEventListener('open', () => {
    if (!out.isConnected) return stop();
    feedDown = false;
    draw();
  });
  // A dropped stream: the browser reconnects by itself (after the feed's `retry`) while the page is shown.
  source.addEventListener('error', () => {
    if (!out.isConnected) return stop();
    feedDown = true;
    draw();
  });
}
