/** The workspace layout (docs/guides/workspace.md): which file of the folder holds what, decided from its path alone. */

/** The name of the manifest at the root of every workspace. */
export const MANIFEST_FILE = 'opencity.json';

/** `$id` of the manifest's JSON Schema; a manifest names it in `$schema`. */
export const MANIFEST_SCHEMA_ID = 'https://w3id.org/opencity/schemas/workspace/WorkspaceManifest/v1/schema.json';

/** What a workspace file holds. */
export type WorkspaceFileKind = 'manifest' | 'entities' | 'observations' | 'statistics';

/** How a workspace file is written. */
export type WorkspaceFileFormat = 'json' | 'ndjson' | 'csv' | 'parquet';

/** A file the workspace reads, classified from its path. */
export interface WorkspaceFile {
  /** Path relative to the workspace folder, with `/` separators (`entities/Meeting.ndjson`). */
  readonly path: string;
  readonly kind: WorkspaceFileKind;
  readonly format: WorkspaceFileFormat;
  /** For entity and observation files: the entity type the file name declares. */
  readonly type?: string;
  /** For entity and observation files: the optional label between the type and the extension. */
  readonly label?: string;
}

/** The result of {@link classifyWorkspacePath}: a file to read, a file to skip silently, or one outside the layout. */
export type PathClass =
  | { readonly kind: 'file'; readonly file: WorkspaceFile }
  | { readonly kind: 'ignored' }
  | { readonly kind: 'unknown'; readonly expected: string };

const TYPED_NAME = /^([A-Z][A-Za-z0-9]*)(?:\.([A-Za-z0-9_-]+))?\.([A-Za-z]+)$/;
const ENTITY_EXTENSIONS: Readonly<Record<string, WorkspaceFileFormat>> = {
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  json: 'json',
};
const OBSERVATION_EXTENSIONS: Readonly<Record<string, WorkspaceFileFormat>> = {
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  csv: 'csv',
  parquet: 'parquet',
};
const STATISTIC_EXTENSIONS: Readonly<Record<string, WorkspaceFileFormat>> = {
  csv: 'csv',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  json: 'json',
};

const lookup = (table: Readonly<Record<string, WorkspaceFileFormat>>, ext: string): WorkspaceFileFormat | undefined =>
  Object.hasOwn(table, ext) ? table[ext] : undefined;

/**
 * Classifies a path of the workspace folder (relative, `/`-separated): the manifest, an entity, observation or
 * statistics file (with its format and declared type), a file that is skipped silently (hidden files and folders,
 * `node_modules`, READMEs), or a file outside the layout (reported as `unknown_workspace_file`).
 * @example
 * classifyWorkspacePath('entities/Meeting.2027.ndjson');
 * // { kind: 'file', file: { path: 'entities/Meeting.2027.ndjson', kind: 'entities', format: 'ndjson', type: 'Meeting', label: '2027' } }
 */
export function classifyWorkspacePath(path: string): PathClass {
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  const name = segments.at(-1) ?? '';
  if (segments.some((s) => s.startsWith('.') || s === 'node_modules') || /^readme(\.|$)/i.test(name))
    return { kind: 'ignored' };
  const clean = segments.join('/');
  if (segments.length === 1 && name === MANIFEST_FILE)
    return { kind: 'file', file: { path: clean, kind: 'manifest', format: 'json' } };
  const folder = segments.length > 1 ? segments[0] : undefined;
  const ext = (/\.([A-Za-z0-9]+)$/.exec(name)?.[1] ?? '').toLowerCase();
  if (folder === 'entities' || folder === 'observations') {
    const table = folder === 'entities' ? ENTITY_EXTENSIONS : OBSERVATION_EXTENSIONS;
    const match = TYPED_NAME.exec(name);
    const format = lookup(table, ext);
    if (!match || !format)
      return {
        kind: 'unknown',
        expected: `${folder}/<Type>[.<label>].${Object.keys(table).join('|')}`,
      };
    return {
      kind: 'file',
      file: {
        path: clean,
        kind: folder,
        format,
        type: match[1]!,
        ...(match[2] === undefined ? {} : { label: match[2] }),
      },
    };
  }
  if (folder === 'statistics') {
    const format = lookup(STATISTIC_EXTENSIONS, ext);
    if (!format) return { kind: 'unknown', expected: `statistics/*.${Object.keys(STATISTIC_EXTENSIONS).join('|')}` };
    return { kind: 'file', file: { path: clean, kind: 'statistics', format } };
  }
  return { kind: 'unknown', expected: `${MANIFEST_FILE}, entities/, observations/ or statistics/` };
}

const KIND_ORDER: Readonly<Record<WorkspaceFileKind, number>> = {
  manifest: 0,
  entities: 1,
  statistics: 2,
  observations: 3,
};

/**
 * The order files are read in: the manifest, then entities (so that most references are resolved as soon as they
 * are read), statistics, and observations last; by path within each kind.
 */
export function compareWorkspaceFiles(a: WorkspaceFile, b: WorkspaceFile): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
