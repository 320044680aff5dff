/**
 * The live KPIs the ingester keeps, bounded whatever the traffic: per area only the latest observation day (PM2.5 and
 * NO2 means with the streaming `GroupedStats` aggregator of @opencity/kpi), the areas changed since the last update,
 * and the connection state. Recording a message is O(1); an update costs O(areas changed), a snapshot O(areas).
 */
import { GroupedStats } from '@opencity/kpi';

/** Live values of one area (municipality NIS code). */
export interface AreaLive {
  /** UTC day (YYYY-MM-DD) of the means: the latest day observed for this area. */
  readonly day: string;
  /** Mean PM2.5 of that day in µg/m³, rounded to 0.1 (null: none observed). */
  readonly pm25: number | null;
  /** Mean NO2 of that day in µg/m³, rounded to 0.1 (null: none observed). */
  readonly no2: number | null;
  /** Observations accepted for this area so far, all days. */
  readonly observations: number;
}

/** State of the ingester's broker connection. */
export interface BrokerState {
  readonly state: 'connected' | 'reconnecting';
  /** Since when (ISO time). */
  readonly since: string;
}

/** What the live feed sends: a full snapshot first, then updates carrying only the areas that changed. */
export interface LiveSnapshot {
  /** `snapshot`: `areas` holds every area; `update`: only the areas changed since the previous update. */
  readonly kind: 'snapshot' | 'update';
  /** Messages accepted, rejected (dead-lettered) and recognised as redeliveries (not counted twice) so far. */
  readonly accepted: number;
  readonly rejected: number;
  readonly duplicates: number;
  readonly areas: Readonly<Record<string, AreaLive>>;
  /** Accepted messages for areas beyond the tracking limit (counted, not shown). */
  readonly untrackedAreas: number;
  /** ISO time the last message arrived (null: none yet). */
  readonly lastMessageAt: string | null;
  readonly broker: BrokerState;
  /** True when the values may be out of date: the broker connection is down, or no message came for a while. */
  readonly stale: boolean;
  /** ISO time of this snapshot. */
  readonly at: string;
}

/** Options of {@link LiveState}. */
export interface LiveStateOptions {
  /** Areas tracked at most (default 1,000); observations for further areas are counted in `untrackedAreas`. */
  readonly maxAreas?: number;
  /** The feed is stale when no message came for this long, in milliseconds (default 10 minutes). */
  readonly staleAfterMs?: number;
  /** Observations dated further ahead of the ingester's clock are kept out of the means (default 24 hours). */
  readonly maxFutureMs?: number;
  /** Clock (tests pin it). */
  readonly now?: () => number;
}

/** The defaults of {@link LiveStateOptions}. */
export const LIVE_DEFAULTS = { maxAreas: 1000, staleAfterMs: 600_000, maxFutureMs: 86_400_000 } as const;

interface Area {
  day: string;
  pm25: GroupedStats;
  no2: GroupedStats;
  observations: number;
  view: AreaLive | undefined;
}

const DAY_MS = 86_400_000;

/** Counters, per-area means of the latest day, and what changed since the last {@link LiveState.takeUpdate}. */
export class LiveState {
  private readonly areas = new Map<string, Area>();
  private readonly dirty = new Set<string>();
  private readonly maxAreas: number;
  private readonly staleAfterMs: number;
  private readonly maxFutureMs: number;
  private readonly now: () => number;
  private accepted = 0;
  private rejected = 0;
  private duplicates = 0;
  private untracked = 0;
  private lastMessage: number | undefined;
  private broker: BrokerState;
  private changedSinceUpdate = false;

  /** An empty state; the broker counts as reconnecting until told otherwise. */
  constructor(options: LiveStateOptions = {}) {
    this.maxAreas = options.maxAreas ?? LIVE_DEFAULTS.maxAreas;
    this.staleAfterMs = options.staleAfterMs ?? LIVE_DEFAULTS.staleAfterMs;
    this.maxFutureMs = options.maxFutureMs ?? LIVE_DEFAULTS.maxFutureMs;
    this.now = options.now ?? Date.now;
    this.broker = { state: 'reconnecting', since: new Date(this.now()).toISOString() };
  }

  /** True when something changed since the last update was taken. */
  get changed(): boolean {
    return this.changedSinceUpdate;
  }

  /** Records an accepted observation of area `nis` at `time` (ms since the epoch). */
  accept(nis: string, time: number, values: { readonly pm25?: unknown; readonly no2?: unknown }): void {
    this.accepted++;
    this.touch();
    let area = this.areas.get(nis);
    if (area === undefined) {
      if (this.areas.size >= this.maxAreas) return void this.untracked++;
      area = {
        day: '',
        pm25: new GroupedStats({ periodUnit: 'day' }),
        no2: new GroupedStats({ periodUnit: 'day' }),
        observations: 0,
        view: undefined,
      };
      this.areas.set(nis, area);
    }
    area.observations++;
    area.view = undefined;
    this.dirty.add(nis);
    if (!Number.isFinite(time) || time > this.now() + this.maxFutureMs) return;
    const day = new Date(Math.floor(time / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
    if (day < area.day) return; // a late observation of an earlier day: counted, not part of the latest day's means
    if (day > area.day) {
      area.day = day;
      area.pm25 = new GroupedStats({ periodUnit: 'day' });
      area.no2 = new GroupedStats({ periodUnit: 'day' });
    }
    try {
      if (typeof values.pm25 === 'number') area.pm25.add(nis, time, values.pm25);
      if (typeof values.no2 === 'number') area.no2.add(nis, time, values.no2);
    } catch {
      // A time the aggregator cannot place in a calendar day: the observation stays counted, out of the means.
    }
  }

  /** Records a rejected (dead-lettered) message. */
  reject(): void {
    this.rejected++;
    this.touch();
  }

  /** Records a redelivery recognised as already processed. */
  duplicate(): void {
    this.duplicates++;
    this.changedSinceUpdate = true;
  }

  /** Records a change of the broker connection. */
  setBroker(state: BrokerState['state']): void {
    if (state === this.broker.state) return;
    this.broker = { state, since: new Date(this.now()).toISOString() };
    this.changedSinceUpdate = true;
  }

  /** Every area, for a client that just connected. */
  snapshot(): LiveSnapshot {
    return this.build('snapshot', this.areas.keys());
  }

  /** The areas changed since the previous update (and the counters); clears the change marks. */
  takeUpdate(): LiveSnapshot {
    const update = this.build('update', this.dirty);
    this.dirty.clear();
    this.changedSinceUpdate = false;
    return update;
  }

  private touch(): void {
    this.lastMessage = this.now();
    this.changedSinceUpdate = true;
  }

  private build(kind: LiveSnapshot['kind'], keys: Iterable<string>): LiveSnapshot {
    const areas: Record<string, AreaLive> = Object.create(null) as Record<string, AreaLive>;
    for (const nis of [...keys].sort()) {
      const area = this.areas.get(nis);
      if (area) areas[nis] = area.view ??= view(area);
    }
    const now = this.now();
    return {
      kind,
      accepted: this.accepted,
      rejected: this.rejected,
      duplicates: this.duplicates,
      areas,
      untrackedAreas: this.untracked,
      lastMessageAt: this.lastMessage === undefined ? null : new Date(this.lastMessage).toISOString(),
      broker: this.broker,
      stale:
        this.broker.state !== 'connected' ||
        (this.lastMessage !== undefined && now - this.lastMessage > this.staleAfterMs),
      at: new Date(now).toISOString(),
    };
  }
}

function view(area: Area): AreaLive {
  return { day: area.day, pm25: mean(area.pm25), no2: mean(area.no2), observations: area.observations };
}

function mean(stats: GroupedStats): number | null {
  const m = stats.results()[0]?.mean;
  return m === undefined || !Number.isFinite(m) ? null : Math.round(m * 10) / 10;
}
