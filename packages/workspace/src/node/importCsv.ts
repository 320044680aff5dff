/**
 * `importCsv(dir, type, file)`: a spreadsheet of entities into `entities/<Type>.ndjson`, all or nothing. Every row is
 * converted and validated, and its id checked against the file and the workspace, before anything is written.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { workspaceFindingCatalogue } from '@opencity/interop';
import { createFinding, listEntityTypes, validate, type Lang, type Severity } from '@opencity/models';
import { closestName } from '@opencity/models/internal';
import { columnAt, planRow, rowToEntity } from '../csvRow';
import { WorkspaceError } from '../errors';
import { listWorkspace, readWorkspaceFile } from './files';

/** Options of {@link importCsv}. */
export interface ImportOptions {
  /** Check and report what would be written, and write nothing (default false). */
  readonly dryRun?: boolean;
  /** Language of the problems' messages (default `en`). */
  readonly lang?: Lang;
}

/** One problem of one row (or of the header, line 1): where, which code, what. */
export interface ImportProblem {
  /** 1-based line of the CSV file where the row starts. */
  readonly line: number;
  /** 1-based column, when the problem is in one cell. */
  readonly column?: number;
  /** The header of that column. */
  readonly header?: string;
  /** Finding code (schema findings, `duplicate_id`, `unparseable_csv`). */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
}

/** What an import did, or would do. */
export interface ImportResult {
  readonly type: string;
  /** The entity file the rows go to, relative to the workspace. */
  readonly file: string;
  /** Rows read (header excluded). */
  readonly rows: number;
  /** Ids of the rows that are new, that replace a different record, and that are already there as they are. */
  readonly created: readonly string[];
  readonly updated: readonly string[];
  readonly unchanged: readonly string[];
  /** Every problem; any error means nothing was written. */
  readonly problems: readonly ImportProblem[];
  /** True when the entity file was written (false on a dry run, on errors, or when nothing changed). */
  readonly written: boolean;
  /** The records the rows became, in row order (what a dry run would write). */
  readonly records: readonly Record<string, unknown>[];
}

const newlines = (cells: readonly string[]): number => cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);

/** A stable id for a row without one: the type and a hash of the row's content. */
function derivedId(type: string, entity: Record<string, unknown>): string {
  const hash = createHash('sha256').update(JSON.stringify(entity)).digest('hex').slice(0, 16);
  return `urn:ngsi-ld:${type}:${hash}`;
}

/**
 * Imports a CSV file of entities of one type into a workspace. Headers name properties (dotted for nested values,
 * `name.fr` for localized text, numbers for list positions), cells are typed from the schema, `;` separates list
 * items. If any row is invalid nothing is written and every bad row is in `problems` with its line and column. Rows
 * replace the records with the same id in `entities/<Type>.ndjson` and new ones are appended: importing the same file
 * twice changes nothing. Throws a `WorkspaceError` for a folder that is not a workspace, an unknown type or an
 * unreadable file.
 * @example
 * const result = await importCsv('my-office', 'Stakeholder', 'stakeholders.csv', { dryRun: true });
 * result.problems; // [] when every row is valid
 */
export async function importCsv(
  dir: string,
  type: string,
  csvFile: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const lang = options.lang ?? 'en';
  const listing = await listWorkspace(dir);
  if (!listEntityTypes().includes(type)) {
    const suggestion = closestName(type, listEntityTypes());
    throw new WorkspaceError(
      'unknown_type',
      `unknown entity type "${type}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
    );
  }
  let text: string;
  try {
    text = await readFile(csvFile, 'utf8');
  } catch (error) {
    throw new WorkspaceError(
      'unreadable_file',
      `cannot read ${csvFile}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { cause: error },
    );
  }
  const target = `entities/${type}.ndjson`;
  const problems: ImportProblem[] = [];
  const problem = (p: ImportProblem): void => void problems.push(p);
  const unparseable = (line: number, reason: string): void =>
    problem({
      line,
      code: 'unparseable_csv',
      severity: 'error',
      message: createFinding(workspaceFindingCatalogue, 'unparseable_csv', lang, { params: { reason } }).message,
    });

  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parseCsv(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof rows;
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    unparseable(e.lines ?? 1, e.message ?? String(error));
    return {
      type,
      file: target,
      rows: 0,
      created: [],
      updated: [],
      unchanged: [],
      problems,
      written: false,
      records: [],
    };
  }
  const [header, ...body] = rows;
  if (!header) throw new WorkspaceError('bad_csv', `${csvFile} is empty: expected a header row and one row per entity`);
  const plan = planRow(type, header.record);
  for (const p of plan.problems)
    problem({
      line: 1,
      column: p.column,
      header: p.header,
      code: 'unparseable_csv',
      severity: 'error',
      message: p.reason,
    });

  // Ids of the workspace outside the target file, where they are.
  const elsewhere = new Map<string, string>();
  for (const file of listing.files) {
    if (file.kind !== 'entities' || file.path === target) continue;
    for await (const item of readWorkspaceFile(file)) {
      if (item.kind !== 'record' || item.input.text === undefined) continue;
      try {
        const value: unknown = JSON.parse(item.input.text);
        const list = Array.isArray(value) ? value : [value];
        list.forEach((v: unknown, i) => {
          const id = (v as { id?: unknown } | null)?.id;
          if (typeof id === 'string')
            elsewhere.set(id, `${file.path}${item.input.source.line ? `:${item.input.source.line}` : `[${i}]`}`);
        });
      } catch {
        // an unreadable record names no id; `workspace check` reports it
      }
    }
  }

  const records: Record<string, unknown>[] = [];
  const seen = new Map<string, number>();
  const duplicate = (line: number, id: string, first: string, column?: number): void =>
    problem({
      line,
      ...(column === undefined ? {} : { column, header: 'id' }),
      code: 'duplicate_id',
      severity: 'error',
      message: createFinding(workspaceFindingCatalogue, 'duplicate_id', lang, { params: { id, first } }).message,
    });
  for (const row of body) {
    const line = row.info.lines - newlines(row.record);
    if (row.record.length > header.record.length) {
      unparseable(line, `${row.record.length} cells for ${header.record.length} headers`);
      continue;
    }
    const entity = rowToEntity(plan, row.record);
    if (entity['id'] === undefined) entity['id'] = derivedId(type, entity);
    // `id` and `type` first, as in every entity file.
    const { id, type: t, ...rest } = entity;
    const ordered = { id, type: t, ...rest };
    records.push(ordered);
    const result = validate(type, ordered, { lang });
    for (const f of result.findings) {
      if (f.severity !== 'error') continue;
      const col = columnAt(plan, f.instancePath);
      problem({
        line,
        ...(col ? { column: col.column, header: col.header } : {}),
        code: f.code,
        severity: f.severity,
        message: f.message,
      });
    }
    if (typeof id === 'string') {
      const idColumn = plan.columns.find((c) => c.pointer === '/id')?.column;
      const first = seen.get(id);
      if (first !== undefined) duplicate(line, id, `${csvFile}:${first}`, idColumn);
      else if (elsewhere.has(id)) duplicate(line, id, elsewhere.get(id)!, idColumn);
      else seen.set(id, line);
    }
  }

  const created: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  const base = { type, file: target, rows: body.length, problems, records };
  if (problems.some((p) => p.severity === 'error')) return { ...base, created, updated, unchanged, written: false };

  // Merge: replace records with the same id where they are, append new ones in row order.
  const path = join(listing.root, target);
  let existing: string[] = [];
  try {
    existing = (await readFile(path, 'utf8')).split('\n');
    if (existing.at(-1) === '') existing.pop();
  } catch {
    existing = [];
  }
  const incoming = new Map(records.map((r) => [r['id'] as string, JSON.stringify(r)]));
  const placed = new Set<string>();
  const lines = existing.map((l) => {
    let id: unknown;
    try {
      id = (JSON.parse(l) as { id?: unknown } | null)?.id;
    } catch {
      return l; // kept as it is; `workspace check` reports it
    }
    if (typeof id !== 'string' || !incoming.has(id) || placed.has(id)) return l;
    placed.add(id);
    const next = incoming.get(id)!;
    (next === l ? unchanged : updated).push(id);
    return next;
  });
  for (const [id, line] of incoming) {
    if (placed.has(id)) continue;
    created.push(id);
    lines.push(line);
  }
  const changed = created.length > 0 || updated.length > 0;
  if (changed && !options.dryRun) {
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(temporary, `${lines.join('\n')}\n`);
      await rename(temporary, path);
    } catch (error) {
      throw new WorkspaceError('unwritable_file', `cannot write ${target}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  return { ...base, created, updated, unchanged, written: changed && !options.dryRun };
}
