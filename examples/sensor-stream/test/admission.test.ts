import { describe, expect, it } from 'vitest';
import { admitMessage } from '../src/admission';

const topic = 'city/21004/AirQualityObserved/v2/urn:ngsi-ld:AirQualityObserved:a';
const entity = {
  id: 'urn:ngsi-ld:AirQualityObserved:a',
  type: 'AirQualityObserved',
  dateObserved: '2026-03-02T10:00:00Z',
  location: { type: 'Point', coordinates: [4.35, 50.85] },
  pm25: 9.5,
};
const bytes = (text: string) => new TextEncoder().encode(text);

describe('admitMessage', () => {
  it('accepts a valid observation and reads the municipality from the topic', () => {
    const r = admitMessage(topic, bytes(JSON.stringify(entity)), 'en');
    expect(r.ok && r.parameters['municipality']).toBe('21004');
  });

  it('refuses a message over the size limit before decoding it, and says so in the ingester language', () => {
    const r = admitMessage(topic, bytes(JSON.stringify({ ...entity, pad: 'x'.repeat(300) })), 'fr', {
      maxMessageBytes: 256,
    });
    expect(r).toMatchObject({ ok: false, reason: 'record_too_large', text: undefined });
    expect(!r.ok && r.report.findings[0]?.message).toMatch(/plus que la limite de 256 octets/);
  });

  it('accepts a message of exactly the limit', () => {
    const text = JSON.stringify(entity);
    expect(admitMessage(topic, bytes(text), 'en', { maxMessageBytes: bytes(text).length }).ok).toBe(true);
  });

  it('refuses invalid UTF-8 instead of replacing the bad bytes, naming the first one', () => {
    const r = admitMessage(topic, Uint8Array.from([0x22, 0x61, 0xc3, 0x28, 0x22]), 'nl');
    expect(r).toMatchObject({ ok: false, reason: 'invalid_utf8' });
    expect(!r.ok && r.report.findings[0]?.params).toEqual({ offset: 2, byte: '0xC3' });
  });

  it('refuses nesting deeper than the limit without parsing, and ignores brackets inside strings', () => {
    expect(admitMessage(topic, bytes('['.repeat(65) + ']'.repeat(65)), 'en')).toMatchObject({
      reason: 'too_deeply_nested',
    });
    const inStrings = { ...entity, name: '['.repeat(100) };
    expect(admitMessage(topic, bytes(JSON.stringify(inStrings)), 'en').ok).toBe(true);
  });

  it('refuses text that is not JSON, a topic outside the contract and a schema violation, each with its reason', () => {
    expect(admitMessage(topic, bytes('{"a":'), 'en')).toMatchObject({ reason: 'message_not_json', text: '{"a":' });
    expect(admitMessage('somewhere/else', bytes(JSON.stringify(entity)), 'en')).toMatchObject({
      reason: 'unknown_topic',
    });
    const r = admitMessage(topic, bytes(JSON.stringify({ ...entity, pm25: 'high' })), 'en');
    expect(r).toMatchObject({ ok: false, reason: 'contract_violation' });
    expect(!r.ok && r.report.findings.map((f) => f.instancePath)).toContain('/pm25');
  });

  it('refuses a valid observation for a municipality outside the Brussels code list (99999, abcde)', () => {
    for (const code of ['99999', 'abcde']) {
      const r = admitMessage(topic.replace('/21004/', `/${code}/`), bytes(JSON.stringify(entity)), 'fr');
      expect(r).toMatchObject({ ok: false, reason: 'contract_violation' });
      expect(!r.ok && r.report.findings.map((f) => [f.code, f.params['got']])).toEqual([
        ['asyncapi_parameter_not_allowed', code],
      ]);
      expect(!r.ok && r.report.findings[0]!.message).toContain(
        `municipality = « ${code} », absent de sa liste de codes`,
      );
    }
  });
});
