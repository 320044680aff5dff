import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../src/backoff';
import { LiveState } from '../src/liveState';
import { RecentKeys } from '../src/recentKeys';

const at = (iso: string) => Date.parse(iso);

describe('LiveState', () => {
  it('keeps per area the means of its latest day; late observations are counted but do not mix days', () => {
    const s = new LiveState({ now: () => at('2026-03-03T12:00:00Z') });
    s.accept('21004', at('2026-03-02T10:00:00Z'), { pm25: 10, no2: 30 });
    s.accept('21004', at('2026-03-03T09:00:00Z'), { pm25: 20 });
    s.accept('21004', at('2026-03-03T10:00:00Z'), { pm25: 25, no2: 40 });
    s.accept('21004', at('2026-03-02T11:00:00Z'), { pm25: 99 });
    expect(s.snapshot().areas['21004']).toEqual({ day: '2026-03-03', pm25: 22.5, no2: 40, observations: 4 });
  });

  it('keeps observations dated far in the future out of the means', () => {
    const s = new LiveState({ now: () => at('2026-03-03T12:00:00Z') });
    s.accept('21004', at('2026-03-03T10:00:00Z'), { pm25: 10 });
    s.accept('21004', at('2099-01-01T00:00:00Z'), { pm25: 500 });
    expect(s.snapshot().areas['21004']).toMatchObject({ day: '2026-03-03', pm25: 10, observations: 2 });
  });

  it('sends in an update only the areas changed since the previous one', () => {
    const s = new LiveState();
    s.accept('21001', Date.now(), { pm25: 1 });
    s.accept('21002', Date.now(), { pm25: 2 });
    expect(Object.keys(s.takeUpdate().areas)).toEqual(['21001', '21002']);
    expect(s.changed).toBe(false);
    s.accept('21002', Date.now(), { pm25: 4 });
    s.reject();
    const u = s.takeUpdate();
    expect(u).toMatchObject({ kind: 'update', accepted: 3, rejected: 1 });
    expect(Object.keys(u.areas)).toEqual(['21002']);
    expect(Object.keys(s.snapshot().areas)).toEqual(['21001', '21002']);
  });

  it('tracks at most maxAreas areas and counts the rest', () => {
    const s = new LiveState({ maxAreas: 2 });
    for (const nis of ['a', 'b', 'c', 'd', 'a']) s.accept(nis, Date.now(), { pm25: 1 });
    expect(Object.keys(s.snapshot().areas)).toEqual(['a', 'b']);
    expect(s.snapshot()).toMatchObject({ accepted: 5, untrackedAreas: 2 });
  });

  it('is stale while the broker is away and when no message came for staleAfterMs', () => {
    let now = at('2026-03-03T12:00:00Z');
    const s = new LiveState({ staleAfterMs: 60_000, now: () => now });
    expect(s.snapshot()).toMatchObject({ stale: true, broker: { state: 'reconnecting' } });
    s.setBroker('connected');
    expect(s.snapshot()).toMatchObject({ stale: false, lastMessageAt: null });
    s.accept('21004', now, { pm25: 1 });
    now += 61_000;
    expect(s.snapshot()).toMatchObject({ stale: true, lastMessageAt: '2026-03-03T12:00:00.000Z' });
    s.setBroker('reconnecting');
    expect(s.snapshot().broker).toEqual({ state: 'reconnecting', since: '2026-03-03T12:01:01.000Z' });
  });
});

describe('backoffDelay', () => {
  it('doubles from initialMs, stays within the upper half of its step, and never passes maxMs', () => {
    const o = { initialMs: 100, maxMs: 1000 };
    expect([0, 1, 2, 3, 4, 50, 5000].map((n) => backoffDelay(n, o, () => 0))).toEqual([
      50, 100, 200, 400, 500, 500, 500,
    ]);
    expect([0, 1, 2, 3, 4, 5000].map((n) => backoffDelay(n, o, () => 0.999999))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
    expect(() => backoffDelay(0, { initialMs: 0 })).toThrow(RangeError);
  });
});

describe('RecentKeys', () => {
  it('recognises a key seen among the last `capacity` and forgets older ones', () => {
    const k = new RecentKeys(3);
    expect(['a', 'b', 'a', 'c', 'd'].map((x) => k.add(x))).toEqual([true, true, false, true, true]);
    expect(k.size).toBe(3);
    expect(k.add('a')).toBe(true); // evicted by "d"
    expect(k.add('d')).toBe(false);
  });
});
