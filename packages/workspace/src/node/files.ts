/** Reads a workspace folder: which files it holds (by the layout) and their records, whatever their format. */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse';
import type * as Hyparquet from 'hyparquet';
import { readRecords, type InputFile } from '@opencity/interop/node';
import type { RecordInput, RecordSource } from '@opencity/interop';
import { planRow, rowToEntity, type RowPlan } from '../csvRow';
import { WorkspaceError } from '../errors';
import { classifyWorkspacePath, compareWorkspaceFiles, MANIFEST_FILE, type WorkspaceFile } from '../layout';

/** A workspace file found on disk. */
export interface WorkspaceDiskFile extends WorkspaceFile {
  /** Absolute path. */
  readonly absolute: string;
  /** Size in bytes. */
  readonly bytes: number;
}

/** The files of a workspace folder: those the layout reads, in reading order, and those it does not. */
export interface WorkspaceListing {
  readonly root: string;
  readonly files: readonly WorkspaceDiskFile[];
  readonly unknown: readonly { readonly path: string; readonly expected: string }[];
}

async function walk(root: string, relative: string, out: { path: string; absolute: string }[]): Promise<void> {
  const dir = relative ? join(root, relative) : root;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new WorkspaceError(
      'unreadable_file',
      `cannot read ${relative || root}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { cause: error },
    );
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    // Symbolic links are not followed (Dirent reports them as neither file nor directory), so loops cannot happen.
    if (entry.isDirectory()) await walk(root, path, out);
    else if (entry.isFile()) out.push({ path, absolute: join(root, path) });
  }
}

/**
 * Lists a workspace folder: every file the layout reads (manifest, entities, statistics, observations, in that order)
 * and every other file. Throws a {@link WorkspaceError} `not_a_workspace` when the folder has no `opencity.json`.
 * @example
 * const { files, unknown } = await listWorkspace('my-office');
 */
export async function listWorkspace(root: string): Promise<WorkspaceListing> {
  let info;
  try {
    info = await stat(root);
  } catch (error) {
    throw new WorkspaceError('not_a_workspace', `${root} does not exist`, { cause: error });
  }
  if (!info.isDirectory()) throw new WorkspaceError('not_a_workspace', `${root} is not a folder`);
  const found: { path: string; absolute: string }[] = [];
  await walk(root, '', found);
  const files: WorkspaceDiskFile[] = [];
  const unknown: { path: string; expected: string }[] = [];
  for (const f of found) {
    const c = classifyWorkspacePath(f.path);
    if (c.kind === 'ignored') continue;
    if (c.kind === 'unknown') unknown.push({ path: f.path, expected: c.expected });
    else files.push({ ...c.file, absolute: f.absolute, bytes: (await stat(f.absolute)).size });
  }
  if (!files.some((f) => f.kind === 'manifest'))
    throw new WorkspaceError(
      'not_a_workspace',
      `${root} is not an OpenCity workspace: it has no ${MANIFEST_FILE} (create one with "opencity workspace init")`,
    );
  files.sort(compareWorkspaceFiles);
  return { root, files, unknown };
}

/** One item a file yields: a record to check, or a part of the file that could not be read. */
export type FileItem =
  | { readonly kind: 'record'; readonly input: RecordInput; readonly derivedId?: boolean }
  | {
      readonly kind: 'unreadable';
      readonly source: RecordSource;
      readonly code: 'unparseable_csv' | 'unreadable_parquet';
      readonly reason: string;
    };

/** Options of {@link readWorkspaceFile}. */
export interface ReadFileOptions {
  /** NDJSON lines and CSV rows larger than this are reported, not parsed (default 16 MiB). */
  readonly maxRecordBytes?: number;
}

/** The identifier an observation row without one gets: stable while the file keeps its rows in order. */
export function derivedObservationId(file: WorkspaceFile, position: number): string {
  const stem = basename(file.path)
    .replace(/\.[^.]+$/, '')
    .replace(/[^A-Za-z0-9_.-]/g, '-');
  return `urn:ngsi-ld:${file.type ?? 'Observation'}:${stem}:${position}`;
}

const newlines = (cells: readonly string[]): number => {
  let n = 0;
  for (const c of cells) for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) n++;
  return n;
};

/** The schema rows of a CSV or Parquet file follow: the file's entity type, or `Statistic`. */
function rowPlan(file: WorkspaceFile, headers: readonly string[]): RowPlan {
  return file.kind === 'statistics' ? planRow('Statistic', headers, { entity: false }) : planRow(file.type!, headers);
}

function withId(file: WorkspaceFile, entity: Record<string, unknown>, position: number): boolean {
  if (file.kind !== 'observations' || entity['id'] !== undefined) return false;
  entity['id'] = derivedObservationId(file, position);
  return true;
}

async function* csvItems(file: WorkspaceDiskFile, options: ReadFileOptions): AsyncGenerator<FileItem> {
  const parser = createReadStream(file.absolute).pipe(
    parseCsv({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      max_record_size: options.maxRecordBytes ?? 16 * 1024 * 1024,
    }),
  );
  let plan: RowPlan | undefined;
  let width = 0;
  try {
    for await (const chunk of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = chunk.info.lines - newlines(chunk.record);
      const source = { file: file.path, line };
      if (!plan) {
        plan = rowPlan(file, chunk.record);
        width = chunk.record.length;
        if (plan.problems.length > 0)
          yield {
            kind: 'unreadable',
            source,
            code: 'unparseable_csv',
            reason: plan.problems.map((p) => `column ${p.column} "${p.header}": ${p.reason}`).join('; '),
          };
        continue;
      }
      if (chunk.record.length > width) {
        yield {
          kind: 'unreadable',
          source,
          code: 'unparseable_csv',
          reason: `${chunk.record.length} cells for ${width} headers`,
        };
        continue;
      }
      const entity = rowToEntity(plan, chunk.record);
      const derivedId = withId(file, entity, line);
      yield { kind: 'record', input: { source, value: entity }, ...(derivedId ? { derivedId } : {}) };
    }
  } catch (error) {
    const e = error as { code?: string; message?: string; lines?: number };
    if (typeof e.code !== 'string' || !e.code.startsWith('CSV_')) throw error;
    yield {
      kind: 'unreadable',
      source: { file: file.path, ...(e.lines ? { line: e.lines } : {}) },
      code: 'unparseable_csv',
      reason: e.message ?? e.code,
    };
  }
}

/** Parquet values as JSON values: safe 64-bit integers as numbers, timestamps as ISO 8601 strings. */
function plainParquetValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().replace('.000Z', 'Z');
  if (Array.isArray(value)) return value.map(plainParquetValue);
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plainParquetValue(v);
    return out;
  }
  return value;
}

async function* parquetItems(file: WorkspaceDiskFile): AsyncGenerator<FileItem> {
  const unreadable = (error: unknown): FileItem => ({
    kind: 'unreadable',
    source: { file: file.path },
    code: 'unreadable_parquet',
    reason: error instanceof Error ? error.message : String(error),
  });
  let hp: typeof Hyparquet;
  let buffer: Awaited<ReturnType<typeof Hyparquet.asyncBufferFromFile>>;
  let metadata: Awaited<ReturnType<typeof Hyparquet.parquetMetadataAsync>>;
  try {
    hp = await import('hyparquet');
    buffer = await hp.asyncBufferFromFile(file.absolute);
    metadata = await hp.parquetMetadataAsync(buffer);
  } catch (error) {
    yield unreadable(error);
    return;
  }
  // Top-level columns: nested groups arrive as objects, which the plan keeps as they are.
  const names = hp.parquetSchema(metadata).children.map((c) => c.element.name);
  const plan = rowPlan(file, names);
  let row = 0;
  for (const group of metadata.row_groups) {
    const count = Number(group.num_rows);
    let rows: Record<string, unknown>[];
    try {
      rows = (await hp.parquetReadObjects({ file: buffer, metadata, rowStart: row, rowEnd: row + count })) as Record<
        string,
        unknown
      >[];
    } catch (error) {
      yield unreadable(error);
      return;
    }
    for (const r of rows) {
      const entity = rowToEntity(
        plan,
        plan.columns.map((c) => plainParquetValue(r[c.header])),
      );
      const derivedId = withId(file, entity, row);
      yield {
        kind: 'record',
        input: { source: { file: file.path, index: row }, value: entity },
        ...(derivedId ? { derivedId } : {}),
      };
      row++;
    }
  }
}

/**
 * Streams the records of one workspace file: NDJSON lines and `.json` documents as raw text (so syntax errors become
 * findings), CSV and Parquet rows as entities built by the header rules, and what could not be read.
 * @example
 * for await (const item of readWorkspaceFile(file)) if (item.kind === 'record') use(item.input);
 */
export async function* readWorkspaceFile(
  file: WorkspaceDiskFile,
  options: ReadFileOptions = {},
): AsyncGenerator<FileItem> {
  if (file.format === 'csv') return yield* csvItems(file, options);
  if (file.format === 'parquet') return yield* parquetItems(file);
  const input: InputFile = { path: file.path, absolute: file.absolute, format: file.format, bytes: file.bytes };
  try {
    for await (const record of readRecords(input, options)) yield { kind: 'record', input: record };
  } catch (error) {
    const e = error as { name?: string; message?: string };
    if (e.name === 'InputError')
      throw new WorkspaceError('unreadable_file', e.message ?? String(error), { cause: error });
    throw error;
  }
}
