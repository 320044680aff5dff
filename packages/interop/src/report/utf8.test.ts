import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from './utf8';

const at = (...bytes: number[]) => firstInvalidUtf8(new Uint8Array(bytes));

describe('firstInvalidUtf8', () => {
  it('finds the first ill-formed sequence of RFC 3629 (table 3-7 of the Unicode Standard)', () => {
    expect(at(0x7b, 0x22, 0x61, 0x22, 0x7d)).toBe(-1);
    expect(at(0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80)).toBe(-1); // é € 😀
    expect(at(0x63, 0x61, 0x66, 0xe9)).toBe(3); // Latin-1 "café"
    expect(at(0xc0, 0xaf)).toBe(0); // overlong "/"
    expect(at(0xe0, 0x80, 0xaf)).toBe(0); // overlong, three bytes
    expect(at(0xed, 0xa0, 0x80)).toBe(0); // a UTF-16 surrogate (U+D800)
    expect(at(0xf4, 0x90, 0x80, 0x80)).toBe(0); // past U+10FFFF
    expect(at(0xf5, 0x80)).toBe(0);
    expect(at(0x41, 0xe2, 0x82)).toBe(1); // truncated at the end
    expect(at(0x41, 0xe2, 0x41)).toBe(1); // interrupted
    expect(at(0x80)).toBe(0); // a lone continuation byte
  });

  it('agrees with the WHATWG decoder in fatal mode: everything before the offset decodes, the whole does not', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    const decodes = (b: Uint8Array) => {
      try {
        fatal.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    // Valid text with one byte replaced: errors deep inside multi-byte sequences.
    const flipped = fc
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
      });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 40 }), flipped), (b) => {
        const at = firstInvalidUtf8(b);
        return at === -1 ? decodes(b) : !decodes(b) && decodes(b.subarray(0, at));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with Node’s validator (simdutf) on arbitrary bytes, and says where', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      // Mostly well-formed text with a few stray bytes: where real files go wrong.
      fc
        .tuple(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.uint8Array({ maxLength: 3 }), fc.nat())
        .map(([text, junk, pos]) => {
          const good = Buffer.from(text);
          const i = pos % (good.length + 1);
          return new Uint8Array(Buffer.concat([good.subarray(0, i), junk, good.subarray(i)]));
        }),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const offset = firstInvalidUtf8(b);
        expect(offset === -1).toBe(isUtf8(b));
        if (offset >= 0) {
          // Everything before is well-formed, and the sequence that starts there is not.
          expect(isUtf8(b.subarray(0, offset))).toBe(true);
          expect(isUtf8(b.subarray(0, Math.min(b.length, offset + 4)))).toBe(false);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
