/**
 * Node-only input for validation reports: files, folders (recursive), `.json` documents, `.ndjson`/`.jsonl` streamed
 * line by line with byte-exact size limits, and standard input. Everything else lives in the browser-safe core.
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { ReportBuilder, type ValidateRecordsOptions } from '../report/ReportBuilder';
import type { RecordInput, ValidationReport } from '../report/types';
import { firstInvalidUtf8 } from '../report/utf8';

/** An input problem that prevents reading (missing or unreadable file, unreadable folder). */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly code: string;
  /** The path the problem is about, as given or found (for callers that word the message themselves). */
  readonly file: string | undefined;
  /** Why it could not be read: the system's error code (ENOENT, EACCES…), possibly with a note. */
  readonly reason: string | undefined;
  constructor(code: string, message: string, options?: { cause?: unknown; file?: string; reason?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.file = options?.file;
    this.reason = options?.reason;
  }
}

/** One input to read: a file found from the arguments, or standard input. */
export interface InputFile {
  /** The path as shown in reports (relative as given, or joined under the folder argument); `-` for stdin. */
  readonly path: string;
  /** Absolute path on disk (absent for stdin). */
  readonly absolute?: string;
  /** `ndjson` for .ndjson/.jsonl, `json` for any other file; stdin is sniffed. */
  readonly format: 'json' | 'ndjson' | 'sniff';
  /** Size in bytes when known. */
  readonly bytes?: number;
}

/** Options of the readers. */
export interface ReadOptions {
  /** NDJSON lines longer than this are skipped and reported as `record_too_large` (default 16 MiB). */
  readonly maxRecordBytes?: number;
  /** `.json` documents (and non-NDJSON stdin) larger than this are not read (default 256 MiB). */
  readonly maxDocumentBytes?: number;
}

const DEFAULT_MAX_RECORD = 16 * 1024 * 1024;
const DEFAULT_MAX_DOCUMENT = 256 * 1024 * 1024;
const RECORD_EXTENSIONS = new Set(['.json', '.ndjson', '.jsonl']);
const formatOf = (path: string): 'json' | 'ndjson' =>
  ['.ndjson', '.jsonl'].includes(extname(path).toLowerCase()) ? 'ndjson' : 'json';

/** What a folder walk has seen, by real path: folders (so a link back to an ancestor cannot loop) and files. */
interface Seen {
  readonly dirs: Set<string>;
  readonly files: Set<string>;
}

const ioError = (shown: string, error: unknown, note = ''): InputError => {
  const reason = `${(error as NodeJS.ErrnoException).code ?? String(error)}${note}`;
  return new InputError('unreadable_file', `cannot read ${shown}: ${reason}`, { cause: error, file: shown, reason });
};

async function walk(dir: string, shown: string, out: InputFile[], seen: Seen): Promise<void> {
  let real: string;
  let entries;
  try {
    real = await realpath(dir);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw ioError(shown, error);
  }
  // A folder reached twice (two links to it, or a link back to an ancestor) is read once: nothing counted twice, no loop.
  if (seen.dirs.has(real)) return;
  seen.dirs.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const absolute = join(dir, entry.name);
    const path = join(shown, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Symbolic links are followed to what they point to; a broken one is an input problem, said as such.
      let info;
      try {
        info = await stat(absolute);
      } catch (error) {
        throw ioError(path, error, ' (a symbolic link to a missing or unreadable target)');
      }
      isDirectory = info.isDirectory();
      isFile = info.isFile();
    }
    if (isDirectory) await walk(absolute, path, out, seen);
    else if (isFile && RECORD_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      const [info, target] = await Promise.all([stat(absolute), realpath(absolute)]);
      if (seen.files.has(target)) continue;
      seen.files.add(target);
      out.push({ path, absolute, format: formatOf(entry.name), bytes: info.size });
    }
  }
}

/**
 * Expands command-line style arguments into the inputs to read: files as given, folders recursively (only
 * `.json`, `.ndjson`, `.jsonl`; hidden entries and node_modules skipped; symbolic links followed, each folder and file
 * read once by its real path, so link cycles end), `-` for standard input.
 * Throws {@link InputError} for a path that does not exist or cannot be read, and for a folder without any such file.
 */
export async function listInputFiles(paths: readonly string[], cwd: string): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const path of paths) {
    if (path === '-') {
      out.push({ path: '-', format: 'sniff' });
      continue;
    }
    const absolute = resolve(cwd, path);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      throw ioError(path, error);
    }
    if (info.isDirectory()) {
      const before = out.length;
      await walk(absolute, path, out, { dirs: new Set(), files: new Set() });
      // A folder without any record file is almost always the wrong folder: say so rather than pass with 0 records.
      if (out.length === before)
        throw new InputError('no_input_files', `no .json, .ndjson or .jsonl file in ${path}`, { file: path });
    } else out.push({ path, absolute, format: formatOf(path), bytes: info.size });
  }
  return out;
}

/** Splits a byte stream into NDJSON records with their 1-based line numbers; blank lines are not records. */
export async function* ndjsonRecords(
  stream: AsyncIterable<Uint8Array | string>,
  file: string,
  options: ReadOptions = {},
): AsyncGenerator<RecordInput> {
  for await (const batch of ndjsonBatches(stream, file, options)) yield* batch;
}

/** The records of each chunk of an NDJSON stream as one array: one await per chunk instead of one per line. */
async function* ndjsonBatches(
  stream: AsyncIterable<Uint8Array | string>,
  file: string,
  options: ReadOptions = {},
): AsyncGenerator<RecordInput[]> {
  const limit = options.maxRecordBytes ?? DEFAULT_MAX_RECORD;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  /** Whether every piece of the pending line came from a chunk that is UTF-8 as a whole (then the line is too). */
  let pendingClean = true;
  let line = 1;
  /** Offset in the stream of the current chunk, and of the pending line. */
  let chunkOffset = 0;
  let pendingOffset = 0;
  /** The record of the line `buf[start, end)`, found at `offset` in the stream; `clean`: its bytes are known UTF-8. */
  const make = (buf: Buffer, start: number, end: number, offset: number, clean: boolean): RecordInput | undefined => {
    // A lossy decoder would turn bad bytes into U+FFFD and the record could pass: check the bytes first.
    if (!clean) {
      const bytes = buf.subarray(start, end);
      if (!isUtf8(bytes)) {
        const at = firstInvalidUtf8(bytes);
        return { source: { file, line }, invalidUtf8: { offset: offset + at, byte: bytes[at]! } };
      }
    }
    let t = buf.toString('utf8', start, end);
    if (t.charCodeAt(t.length - 1) === 0x0d) t = t.slice(0, -1);
    if (line === 1 && t.charCodeAt(0) === 0xfeff) t = t.slice(1);
    const c = t.charCodeAt(0);
    // Blank lines (only JSON whitespace) hold no record; anything else on a line is a record, even if unreadable.
    if (t.length === 0 || ((c === 0x20 || c === 0x09) && /^[ \t]*$/.test(t))) return undefined;
    return { source: { file, line }, text: t, bytes: end - start };
  };
  for await (const chunk of stream) {
    const buf =
      typeof chunk === 'string'
        ? Buffer.from(chunk)
        : Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    // One native pass per chunk: when the chunk is UTF-8 as a whole, so is every line in it (0x0A is never inside a
    // multi-byte sequence), and only chunks that fail (or split a character at their edges) are checked line by line.
    const clean = isUtf8(buf);
    const batch: RecordInput[] = [];
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(10, start);
      const end = nl === -1 ? buf.length : nl;
      if (pendingBytes > 0 || nl === -1) {
        // The line continues from an earlier chunk or into the next one: buffer it, unless it is already too long.
        if (pendingBytes === 0) pendingOffset = chunkOffset + start;
        if (pendingBytes + (end - start) > limit) pending = [];
        else if (end > start) pending.push(buf.subarray(start, end));
        pendingBytes += end - start;
        pendingClean &&= clean;
        if (nl === -1) break;
        const bytes = pendingBytes;
        const record =
          bytes > limit
            ? { source: { file, line }, oversize: { bytes, limit } }
            : make(Buffer.concat(pending), 0, bytes, pendingOffset, pendingClean);
        pending = [];
        pendingBytes = 0;
        pendingClean = true;
        if (record) batch.push(record);
      } else if (end - start > limit) {
        batch.push({ source: { file, line }, oversize: { bytes: end - start, limit } });
      } else {
        const record = make(buf, start, end, chunkOffset + start, clean);
        if (record) batch.push(record);
      }
      line++;
      start = nl + 1;
    }
    chunkOffset += buf.length;
    if (batch.length > 0) yield batch;
  }
  if (pendingBytes > 0) {
    const record =
      pendingBytes > limit
        ? { source: { file, line }, oversize: { bytes: pendingBytes, limit } }
        : make(Buffer.concat(pending), 0, pendingBytes, pendingOffset, pendingClean);
    if (record) yield [record];
  }
}

/** Reads a whole stream into one buffer, or reports its size when it exceeds `limit`. */
async function slurp(
  stream: AsyncIterable<Uint8Array | string>,
  limit: number,
  head: Buffer[] = [],
): Promise<{ data: Buffer } | { oversize: number }> {
  const parts = [...head];
  let bytes = head.reduce((n, b) => n + b.length, 0);
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    bytes += buf.length;
    if (bytes <= limit) parts.push(buf);
    else parts.length = 0;
  }
  return bytes > limit ? { oversize: bytes } : { data: Buffer.concat(parts) };
}

/** One JSON document as a record: its text without a byte order mark, or where its bytes stop being UTF-8. */
function documentRecord(file: string, data: Buffer): RecordInput {
  if (!isUtf8(data)) {
    const at = firstInvalidUtf8(data);
    return { source: { file }, invalidUtf8: { offset: at, byte: data[at]! } };
  }
  let text = data.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { source: { file }, text, bytes: data.length, document: true };
}

/** Yields the records of one input: a `.json` document, NDJSON lines, or standard input (sniffed). */
export async function* readRecords(
  input: InputFile,
  options: ReadOptions & { stdin?: AsyncIterable<Uint8Array | string> } = {},
): AsyncGenerator<RecordInput> {
  for await (const batch of readBatches(input, options)) yield* batch;
}

/** {@link readRecords} in batches (one per chunk read), which keeps per-record async overhead off the hot path. */
async function* readBatches(
  input: InputFile,
  options: ReadOptions & { stdin?: AsyncIterable<Uint8Array | string> } = {},
): AsyncGenerator<RecordInput[]> {
  const docLimit = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT;
  const source = { file: input.path };
  if (input.format === 'sniff') {
    if (!options.stdin) throw new InputError('no_stdin', 'standard input is not available');
    yield* sniffed(options.stdin, input.path, options);
    return;
  }
  const absolute = input.absolute ?? input.path;
  try {
    if (input.format === 'ndjson') {
      yield* ndjsonBatches(createReadStream(absolute, { highWaterMark: 1 << 20 }), input.path, options);
      return;
    }
    const size = input.bytes ?? (await stat(absolute)).size;
    if (size > docLimit) {
      yield [{ source, oversize: { bytes: size, limit: docLimit } }];
      return;
    }
    yield [documentRecord(input.path, await readFile(absolute))];
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw ioError(input.path, error);
  }
}

/**
 * Standard input can be NDJSON or one JSON document: a first non-blank character `[`, or a first line that is not
 * a complete JSON value by itself (a pretty-printed object), means a document; otherwise the stream is NDJSON.
 */
async function* sniffed(
  stdin: AsyncIterable<Uint8Array | string>,
  file: string,
  options: ReadOptions,
): AsyncGenerator<RecordInput[]> {
  const iterator = stdin[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let done = false;
  for (;;) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(typeof next.value === 'string' ? Buffer.from(next.value) : Buffer.from(next.value));
    if (head[head.length - 1]!.includes(10)) break;
  }
  const rest: AsyncIterable<Uint8Array | string> = {
    [Symbol.asyncIterator]: () => (done ? { next: async () => ({ done: true, value: undefined }) } : iterator),
  };
  const start = Buffer.concat(head)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const firstLine = start.split('\n', 1)[0]!.trim();
  let ndjson = false;
  if (!start.trimStart().startsWith('[') && firstLine !== '') {
    try {
      JSON.parse(firstLine);
      ndjson = true;
    } catch {
      ndjson = false;
    }
  }
  if (ndjson) {
    yield* ndjsonBatches(
      (async function* () {
        yield* head;
        yield* rest;
      })(),
      file,
      options,
    );
    return;
  }
  const limit = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT;
  const whole = await slurp(rest, limit, head);
  if ('oversize' in whole) yield [{ source: { file }, oversize: { bytes: whole.oversize, limit } }];
  else yield [documentRecord(file, whole.data)];
}

/** Progress of {@link validateFiles}, reported at most every few thousand records and at the end of each input. */
export interface FileProgress {
  readonly file: string;
  readonly bytesDone: number;
  /** Total bytes of the inputs whose size is known (stdin is not). */
  readonly bytesTotal: number;
  readonly records: number;
}

/** Options of {@link validateFiles}. */
export interface ValidateFilesOptions extends ValidateRecordsOptions, ReadOptions {
  /** Directory relative paths resolve against (default `process.cwd()`). */
  readonly cwd?: string;
  /** Standard input, read when a path is `-` (default `process.stdin`). */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  readonly onProgress?: (progress: FileProgress) => void;
}

/**
 * Validates files, folders and standard input and resolves to the report: the Node entry point of the engine.
 * Throws {@link InputError} for missing or unreadable inputs (before or while reading) and `ReportOptionsError` for bad options.
 * @example
 * const report = await validateFiles(['exports/'], { lang: 'fr' });
 */
export async function validateFiles(
  paths: readonly string[],
  options: ValidateFilesOptions = {},
): Promise<ValidationReport> {
  const builder = new ReportBuilder(options);
  const inputs = await listInputFiles(paths, options.cwd ?? process.cwd());
  const bytesTotal = inputs.reduce((n, i) => n + (i.bytes ?? 0), 0);
  let bytesDone = 0;
  let sinceReport = 0;
  for (const input of inputs) {
    builder.beginInput({
      file: input.path,
      format: input.format === 'ndjson' ? 'ndjson' : 'json',
      ...(input.bytes === undefined ? {} : { bytes: input.bytes }),
    });
    for await (const batch of readBatches(input, { ...options, stdin: options.stdin ?? process.stdin })) {
      for (const record of batch) {
        builder.add(record);
        bytesDone += (record.bytes ?? record.oversize?.bytes ?? 0) + (record.source.line === undefined ? 0 : 1);
      }
      sinceReport += batch.length;
      if (options.onProgress && sinceReport >= 2000) {
        sinceReport = 0;
        options.onProgress({ file: input.path, bytesDone, bytesTotal, records: builder.progress.total });
      }
    }
    options.onProgress?.({ file: input.path, bytesDone, bytesTotal, records: builder.progress.total });
  }
  return builder.build();
}
