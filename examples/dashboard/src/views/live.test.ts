import { describe, expect, it } from 'vitest';
import { chooseFeed, readLiveMessage } from './live';

describe('chooseFeed', () => {
  const page = 'https://dashboard.example.be/opencity/?x=1#/live';
  const allowed = ['http://127.0.0.1:8090'];

  it('follows nothing when no feed is configured', () => {
    expect(chooseFeed('', page, allowed)).toEqual({ kind: 'none' });
    expect(chooseFeed('?live=%20', page, allowed)).toEqual({ kind: 'none' });
  });

  it('follows a feed of its own origin, relative or absolute, and of an allowed origin', () => {
    expect(chooseFeed('?live=/feeds/live', page, allowed)).toEqual({
      kind: 'follow',
      url: 'https://dashboard.example.be/feeds/live',
    });
    expect(chooseFeed('?live=http://127.0.0.1:8090/live', page, allowed)).toEqual({
      kind: 'follow',
      url: 'http://127.0.0.1:8090/live',
    });
  });

  it('refuses any other origin, another scheme, and text that is not a URL', () => {
    for (const live of [
      'https://evil.example.org/live',
      'http://dashboard.example.be/live', // same host, other scheme: another origin
      'https://dashboard.example.be:8443/live',
      'http://127.0.0.1:8091/live',
      'javascript:alert(1)',
      'data:text/event-stream,data: {}',
      '//evil.example.org/live',
    ])
      expect(chooseFeed(`?live=${encodeURIComponent(live)}`, page, allowed).kind).toBe('refused');
  });
});

describe('readLiveMessage', () => {
  const ok = {
    kind: 'update',
    accepted: 3,
    rejected: 1,
    duplicates: 0,
    areas: { '21004': { day: '2026-03-02', pm25: 12.3, no2: null, observations: 3 } },
    lastMessageAt: '2026-03-02T10:00:00.000Z',
    broker: { state: 'connected', since: '2026-03-02T09:00:00.000Z' },
    stale: false,
    at: '2026-03-02T10:00:01.000Z',
  };

  it('reads a message of the sensor-stream feed', () => {
    const m = readLiveMessage(JSON.stringify(ok));
    expect(m?.kind).toBe('update');
    expect(m?.areas.get('21004')).toEqual({ day: '2026-03-02', pm25: 12.3, no2: null, observations: 3 });
  });

  it('reads the older form (a full snapshot without kind or status) as a snapshot', () => {
    const m = readLiveMessage(JSON.stringify({ accepted: 1, rejected: 0, areas: {}, at: 'x' }));
    expect(m).toMatchObject({ kind: 'snapshot', duplicates: 0, lastMessageAt: null, stale: false });
  });

  it('ignores a message whose fields are not what they claim to be', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    for (const bad of [
      { ...ok, accepted: hostile },
      { ...ok, rejected: -1 },
      { ...ok, duplicates: '1' },
      { ...ok, kind: hostile },
      { ...ok, areas: [] },
      { ...ok, areas: { '21004': { ...ok.areas['21004'], observations: hostile } } },
      { ...ok, areas: { '21004': { ...ok.areas['21004'], pm25: '12' } } },
      { ...ok, areas: { '21004': { ...ok.areas['21004'], day: hostile } } },
      { ...ok, lastMessageAt: hostile },
      { ...ok, broker: { state: hostile, since: ok.at } },
      { ...ok, stale: 'no' },
    ])
      expect(readLiveMessage(JSON.stringify(bad))).toBeUndefined();
    expect(readLiveMessage('not json')).toBeUndefined();
    expect(readLiveMessage('null')).toBeUndefined();
  });
});
