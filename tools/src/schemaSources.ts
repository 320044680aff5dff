/** Reads the contract in `schemas/`: one folder per schema, `<group>/<Name>/schema.json` plus its examples. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_ID_BASE } from '@opencity/models/internal';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const schemasRoot = join(repoRoot, 'schemas');

/** Folders under schemas/ that hold other kinds of documents, not JSON Schemas of data. */
const NOT_SCHEMA_GROUPS = new Set(['asyncapi', 'context', 'released']);

export type JsonSchema = Record<string, unknown> & { $id: string; title?: string; description?: string };

export interface SchemaSource {
  /** The folder name, which is also the type name (`AirQualityObserved`). */
  name: string;
  /** The group folder (`common`, `city`, `office`, …). */
  group: string;
  dir: string;
  schema: JsonSchema;
  /** Example files as [file name, parsed JSON]. */
  examples: { valid: [string, unknown][]; invalid: [string, unknown][] };
}

function readExamples(dir: string): [string, unknown][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown]);
}

/**
 * Every schema of the contract under `root` (the repository's schemas/, or a copy with the same layout such as the
 * released baseline), sorted by group then name. `examples: false` skips reading the example files.
 */
export function loadSchemaSources(root = schemasRoot, options: { examples?: boolean } = {}): SchemaSource[] {
  const withExamples = options.examples !== false;
  const out: SchemaSource[] = [];
  if (!existsSync(root)) return out;
  for (const group of readdirSync(root, { withFileTypes: true })) {
    if (!group.isDirectory() || NOT_SCHEMA_GROUPS.has(group.name)) continue;
    for (const entry of readdirSync(join(root, group.name), { withFileTypes: true })) {
      const dir = join(root, group.name, entry.name);
      const file = join(dir, 'schema.json');
      if (!entry.isDirectory() || !existsSync(file)) continue;
      const schema = JSON.parse(readFileSync(file, 'utf8')) as JsonSchema;
      out.push({
        name: entry.name,
        group: group.name,
        dir,
        schema,
        examples: withExamples
          ? {
              valid: readExamples(join(dir, 'examples', 'valid')),
              invalid: readExamples(join(dir, 'examples', 'invalid')),
            }
          : { valid: [], invalid: [] },
      });
    }
  }
  return out.sort((a, b) => a.group.localeCompare(b.group) || a.name.localeCompare(b.name));
}

/** The `$id` a schema must have, from its group, name and `x-version`. */
export function expectedId(source: Pick<SchemaSource, 'group' | 'name' | 'schema'>): string {
  const version = String(source.schema['x-version'] ?? '0.0.0');
  return `${SCHEMA_ID_BASE}/${source.group}/${source.name}/v${version.split('.')[0]}/schema.json`;
}
