/** `writeWorkspace(dir, content)`: lays out a new workspace from entities, statistics and observations. */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { csvCell } from '../csvCell';
import { WorkspaceError } from '../errors';
import { MANIFEST_FILE } from '../layout';

/** A table written as CSV: a file name (without extension), its columns, and its rows as objects. */
export interface CsvTable {
  /** For observations: the entity type of the rows; the file is `observations/<type>[.<label>].csv`. */
  readonly type?: string;
  /** Label of the file (`AirQualityObserved.2024.csv`), or for statistics its name (`statistics/<label>.csv`). */
  readonly label?: string;
  /** Column headers, in order (dotted for nested values). */
  readonly columns: readonly string[];
  /** Rows; a column's value is read at its dotted path. */
  readonly rows: Iterable<Record<string, unknown>>;
}

/** What {@link writeWorkspace} writes. */
export interface WorkspaceContent {
  /** The manifest (`opencity.json`, schema `WorkspaceManifest`; checked by `checkWorkspace`, not here). */
  readonly manifest: Readonly<Record<string, unknown>>;
  /** Entities of any types, written to `entities/<Type>.ndjson` in the order given. */
  readonly entities: Iterable<Record<string, unknown>>;
  /** Statistics tables, written to `statistics/<label>.csv`. */
  readonly statistics?: readonly CsvTable[];
  /** Observation tables, written to `observations/<type>[.<label>].csv`. */
  readonly observations?: readonly CsvTable[];
}

/** One file {@link writeWorkspace} wrote. */
export interface WrittenFile {
  readonly path: string;
  readonly records: number;
}

const at = (row: Record<string, unknown>, path: string): unknown => {
  let node: unknown = row;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
};

/** Writes lines through a stream in ~1 MiB chunks, waiting when the disk is slower than the generator. */
async function writeLines(file: string, lines: Iterable<string>): Promise<number> {
  await mkdir(dirname(file), { recursive: true });
  const stream = createWriteStream(file);
  let chunk = '';
  let count = 0;
  try {
    for (const line of lines) {
      chunk += `${line}\n`;
      count++;
      if (chunk.length >= 1 << 20) {
        if (!stream.write(chunk)) await once(stream, 'drain');
        chunk = '';
      }
    }
    stream.end(chunk);
    await once(stream, 'finish');
  } catch (error) {
    stream.destroy();
    throw new WorkspaceError('unwritable_file', `cannot write ${file}: ${(error as Error).message}`, { cause: error });
  }
  return count;
}

function* csvLines(table: CsvTable): Generator<string> {
  yield table.columns.map(csvCell).join(',');
  for (const row of table.rows) yield table.columns.map((c) => csvCell(at(row, c))).join(',');
}

/**
 * Writes a new workspace into an empty (or missing) folder: `opencity.json`, one NDJSON file per entity type, and the
 * statistics and observation tables as CSV. Large tables are streamed. Throws a `WorkspaceError` `not_empty` when the
 * folder already holds files.
 * @example
 * await writeWorkspace('my-office', { manifest, entities: [...themes, ...stakeholders] });
 */
export async function writeWorkspace(dir: string, content: WorkspaceContent): Promise<WrittenFile[]> {
  let existing: string[] = [];
  try {
    existing = await readdir(dir);
  } catch {
    existing = [];
  }
  if (existing.length > 0)
    throw new WorkspaceError('not_empty', `${dir} is not empty: a workspace is created in a new or empty folder`);
  await mkdir(dir, { recursive: true });
  const written: WrittenFile[] = [];
  await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(content.manifest, null, 2)}\n`);
  written.push({ path: MANIFEST_FILE, records: 1 });
  const byType = new Map<string, string[]>();
  for (const entity of content.entities) {
    const type = typeof entity['type'] === 'string' ? entity['type'] : '';
    if (!/^[A-Z][A-Za-z0-9]*$/.test(type))
      throw new WorkspaceError(
        'unknown_type',
        `cannot file an entity without a PascalCase type: ${JSON.stringify(entity['id'])}`,
      );
    const lines = byType.get(type);
    const line = JSON.stringify(entity);
    if (lines) lines.push(line);
    else byType.set(type, [line]);
  }
  for (const [type, lines] of [...byType].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const path = `entities/${type}.ndjson`;
    written.push({ path, records: await writeLines(join(dir, path), lines) });
  }
  for (const table of content.statistics ?? []) {
    const path = `statistics/${table.label ?? 'statistics'}.csv`;
    written.push({ path, records: (await writeLines(join(dir, path), csvLines(table))) - 1 });
  }
  for (const table of content.observations ?? []) {
    if (!table.type) throw new WorkspaceError('unknown_type', 'an observation table needs the entity type of its rows');
    const path = `observations/${table.type}${table.label ? `.${table.label}` : ''}.csv`;
    written.push({ path, records: (await writeLines(join(dir, path), csvLines(table))) - 1 });
  }
  return written;
}
