/** UTF-8 well-formedness (RFC 3629), checked on bytes before they are decoded: a lossy decoder hides bad bytes. */

/**
 * Offset of the first byte of the first sequence that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
 * past U+10FFFF, no truncated sequence), or -1 when all bytes are well-formed. Browser-safe; meant to say *where* once a fast check
 * (Node's `buffer.isUtf8`) has said *whether*.
 * @example
 * firstInvalidUtf8(new Uint8Array([0x7b, 0xe9, 0x7d])); // 1 (a Latin-1 "é")
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const trailing = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (trailing === 0) return i;
    // The second byte's range excludes overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4).
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= trailing; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += trailing + 1;
  }
  return -1;
}
