/** `opencity diff`: classify the changes between two versions of a schema (or two schema folders) and say which release they need. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { diffContract, diffSchemas, type JsonSchema, type SchemaChange, type SchemaDiff } from '@opencity/interop';
import { ExitCode, UsageError, type CommandIo } from '../io';

/** The `--help` text of `opencity diff`. */
export const diffHelp = `Usage: opencity diff <old> <new> [options]

Compares two versions of a JSON Schema and classifies every change by who it breaks:
narrowing (new required property, removed enum value, tighter bound…) breaks producers; widening (new enum value,
looser bound, optional property on a closed object…) breaks consumers; a type change or a rename breaks both;
annotations (title, description, examples, labels) are a patch. $refs are followed into $defs.
<old> and <new> are two schema files, or two folders of schemas (every schema.json below them, matched by path).
A schema file inside a schema tree (<root>/<group>/<Name>/schema.json, with <root>/common) resolves its $refs to
the other schemas of that tree, so changes in shared definitions count.

Options:
  --format <format>   text | json (default text). JSON: {"verdict", "changes": [{"path", "change", "breaks", …}]}
  -h, --help          show this help

Exit codes: 0 the verdict is none, patch or minor; 1 it is major; 2 usage or I/O problem (one line on stderr).`;

const FORMATS = ['text', 'json'] as const;
/** Folders of a schema tree that hold other documents than data schemas. */
const SKIPPED_DIRS = new Set(['node_modules', 'asyncapi', 'context', 'released', 'examples']);

async function readSchema(path: string): Promise<JsonSchema> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      'unreadable_file',
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { cause: error },
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError('invalid_json', `${path} is not JSON: ${(error as Error).message}`, { cause: error });
  }
  if (typeof value !== 'boolean' && (value === null || typeof value !== 'object' || Array.isArray(value)))
    throw new UsageError('not_a_schema', `${path} is not a JSON Schema (an object or a boolean)`);
  return value as JsonSchema;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    throw new UsageError(
      'unreadable_file',
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { cause: error },
    );
  }
}

/** Every schema.json under a folder, keyed by its folder relative to the root (e.g. `city/ParkingSpot`). */
async function readSchemaTree(root: string): Promise<Record<string, JsonSchema>> {
  const out: Record<string, JsonSchema> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) await walk(path);
      else if (entry.isFile() && entry.name === 'schema.json')
        out[relative(root, dir).split(sep).join('/') || '.'] = await readSchema(path);
    }
  };
  await walk(root);
  return out;
}

/**
 * The schemas a schema file may `$ref` by `$id`: when it sits in a schema tree (`<root>/<group>/<Name>/schema.json`),
 * every schema of that tree, so shared definitions (EntityBase…) are compared too; otherwise none.
 */
async function neighbours(file: string): Promise<JsonSchema[]> {
  if (basename(file) !== 'schema.json') return [];
  const root = dirname(dirname(dirname(file)));
  try {
    if (!(await stat(join(root, 'common'))).isDirectory()) return [];
  } catch {
    return [];
  }
  return Object.values(await readSchemaTree(root));
}

function formatText(diff: SchemaDiff): string {
  const lines = [`verdict: ${diff.verdict}`];
  if (diff.changes.length === 0) lines.push('no changes');
  const width = Math.max(0, ...diff.changes.map((c) => c.breaks.length));
  for (const c of diff.changes) {
    const where = `${c.schema ? `${c.schema} ` : ''}${c.path === '' ? '(root)' : c.path}`;
    lines.push(`  ${c.impact.padEnd(5)}  breaks ${c.breaks.padEnd(width)}  ${where}  ${c.change}: ${c.message}`);
  }
  return `${lines.join('\n')}\n`;
}

function toJson(diff: SchemaDiff): string {
  const changes = diff.changes.map((c: SchemaChange) => ({
    path: c.path,
    change: c.change,
    breaks: c.breaks,
    impact: c.impact,
    message: c.message,
    ...(c.schema ? { schema: c.schema } : {}),
  }));
  return `${JSON.stringify({ verdict: diff.verdict, changes }, null, 2)}\n`;
}

/** Runs `opencity diff` and resolves to its exit code: 1 when the verdict is major. */
export async function diffCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(`${diffHelp}\n`);
    return ExitCode.ok;
  }
  if (!(FORMATS as readonly string[]).includes(values.format))
    throw new UsageError('bad_option', `--format must be ${FORMATS.join(', ')}; got "${values.format}"`);
  if (positionals.length !== 2)
    throw new UsageError(
      'bad_arguments',
      `expects two schemas, <old> and <new>; got ${positionals.length} argument(s) (see opencity diff --help)`,
    );
  const [oldPath, newPath] = positionals.map((p) => resolve(io.cwd, p)) as [string, string];
  const [oldIsDir, newIsDir] = [await isDirectory(oldPath), await isDirectory(newPath)];
  if (oldIsDir !== newIsDir)
    throw new UsageError('bad_arguments', 'compare two files or two folders, not a file with a folder');
  const diff = oldIsDir
    ? diffContract(await readSchemaTree(oldPath), await readSchemaTree(newPath))
    : diffSchemas(await readSchema(oldPath), await readSchema(newPath), {
        oldDocuments: await neighbours(oldPath),
        newDocuments: await neighbours(newPath),
      });
  io.stdout.write(values.format === 'json' ? toJson(diff) : formatText(diff));
  return diff.verdict === 'major' ? ExitCode.findings : ExitCode.ok;
}
