import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { admitMessage, firstInvalidUtf8, nestsDeeperThan } from '../src/admission';

const topic = 'city/21004/AirQualityObserved/v1/urn:ngsi-ld:AirQualityObserved:a';
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
    expect(r).toMatchObject({ ok: false, reason: 'binary_content' });
    expect(!r.ok && r.report.findings[0]?.params).toEqual({ position: 3 });
  });

  it('refuses nesting deeper than the limit without parsing, and ignores brackets inside strings', () => {
    expect(admitMessage(topic, bytes('['.repeat(65) + ']'.repeat(65)), 'en')).toMatchObject({
      reason: 'too_deeply_nested',
    });
    expect(nestsDeeperThan(JSON.stringify({ s: '[[[[[[[[[[' }), 2)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ s: '\\"[[[', a: [[[1]]] }), 3)).toBe(true);
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
});

describe('firstInvalidUtf8', () => {
  // Oracle: the WHATWG decoder in fatal mode (the Encoding Standard's UTF-8 decoder).
  const fatal = new TextDecoder('utf-8', { fatal: true });
  const decodes = (b: Uint8Array) => {
    try {
      fatal.decode(b);
      return true;
    } catch {
      return false;
    }
  };

  it('agrees with the WHATWG decoder on arbitrary bytes, and everything before the offset decodes', () => {
    const bytesArb = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      // Mostly valid text with a few bytes flipped: errors deep inside multi-byte sequences.
      fc
        .tuple(
          fc.array(
            fc.integer({ min: 0, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff),
            { maxLength: 12 },
          ),
          fc.nat(),
          fc.integer({ min: 0x80, max: 0xff }),
        )
        .map(([codePoints, i, b]) => {
          const a = new TextEncoder().encode(String.fromCodePoint(...codePoints));
          if (a.length > 0) a[i % a.length] = b;
          return a;
        }),
    );
    fc.assert(
      fc.property(bytesArb, (b) => {
        const at = firstInvalidUtf8(b);
        return at === -1 ? decodes(b) : !decodes(b) && decodes(b.subarray(0, at));
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects overlong forms, surrogates and code points past U+10FFFF (RFC 3629, section 3)', () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8(Uint8Array.from([0xe0, 0x80, 0xaf]))).toBe(0); // overlong, 3 bytes
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // U+D800
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // U+110000
    expect(firstInvalidUtf8(Uint8Array.from([0xf0, 0x9f, 0x98, 0x80]))).toBe(-1); // U+1F600
  });
});
