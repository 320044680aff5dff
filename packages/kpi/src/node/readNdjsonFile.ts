/** NDJSON files read as streams, whole or by byte range (so several workers can share one large file). */
import { createReadStream } from 'node:fs';
import { KpiError } from '../errors';
import { parseNdjson } from '../observations/readObservations';

/**
 * Streams the JSON values of an NDJSON file, one per line, without loading the file.
 * @example
 * for await (const row of readNdjsonFile('observations.ndjson')) feed(row);
 */
export function readNdjsonFile(
  path: string,
  onError?: (line: number, message: string) => void,
): AsyncGenerator<unknown> {
  return parseNdjson(createReadStream(path), onError);
}

/**
 * Streams the JSON values of the lines that start within bytes [start, end) of an NDJSON file. Ranges that tile the
 * file yield every line exactly once.
 */
export async function* readNdjsonRange(
  path: string,
  start: number,
  end: number,
  onError?: (message: string) => void,
): AsyncGenerator<unknown> {
  if (!(start >= 0 && end >= start)) throw new KpiError('invalid_option', `bad byte range [${start}, ${end})`);
  if (end === start) return;
  const decoder = new TextDecoder();
  // Read from start − 1: when that byte is a newline, the line starting at `start` is ours.
  const from = start === 0 ? 0 : start - 1;
  let pending: Uint8Array = new Uint8Array(0);
  let offset = from; // file offset of pending[0]
  let skipFirst = start > 0;
  const emit = (bytes: Uint8Array, lineStart: number): { stop: boolean; value?: unknown } => {
    if (lineStart >= end) return { stop: true };
    const text = decoder.decode(bytes).trim();
    if (text === '') return { stop: false };
    try {
      return { stop: false, value: JSON.parse(text) };
    } catch (e) {
      const message = `${path} byte ${lineStart}: ${(e as Error).message}`;
      if (!onError) throw new KpiError('invalid_observation', message);
      onError(message);
      return { stop: false };
    }
  };
  for await (const chunk of createReadStream(path, { start: from }) as AsyncIterable<Uint8Array>) {
    const buf = pending.length ? concat(pending, chunk) : chunk;
    let lineStart = 0;
    let nl = buf.indexOf(10);
    while (nl >= 0) {
      if (skipFirst) skipFirst = false;
      else {
        const r = emit(buf.subarray(lineStart, nl), offset + lineStart);
        if (r.stop) return;
        if (r.value !== undefined) yield r.value;
      }
      lineStart = nl + 1;
      nl = buf.indexOf(10, lineStart);
    }
    pending = buf.slice(lineStart);
    offset += lineStart;
  }
  if (!skipFirst && pending.length) {
    const r = emit(pending, offset);
    if (!r.stop && r.value !== undefined) yield r.value;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
