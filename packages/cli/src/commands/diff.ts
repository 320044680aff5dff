/** `opencity diff`: classify the changes between two versions of a schema (or two schema folders) and say which release they need. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import {
  diffContract,
  diffSchemas,
  escapeTerminal,
  type JsonSchema,
  type SchemaChange,
  type SchemaDiff,
} from '@opencity/interop';
import { ExitCode, UsageError } from '../io';
import { defineCommand } from '../framework/command';
import { cliMessage } from '../messages';
import type { Lang } from '@opencity/models';

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
  const problem = schemaProblem(value);
  if (problem)
    throw new UsageError(problem.code, `${path}${problem.where ? ` ${problem.where}` : ''}: ${problem.message}`);
  return value as JsonSchema;
}

/** Schemas nested deeper than this are refused before comparing (real schemas stay far below it). */
export const MAX_SCHEMA_DEPTH = 256;

const pointerTo = (path: readonly (string | number)[]): string =>
  path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** Resolves a `#/…` JSON Pointer fragment inside `doc`, or `undefined` when it points to nothing. */
function resolveFragment(doc: unknown, fragment: string): unknown {
  if (fragment === '') return doc;
  if (!fragment.startsWith('/')) return undefined; // a plain-name anchor: left to the comparison
  let node: unknown = doc;
  for (const raw of fragment.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * What makes a schema document impossible to compare, found in one pass without recursion: nesting beyond
 * {@link MAX_SCHEMA_DEPTH}, a `$ref` that is not a string or not a URI reference, or a `#/…` reference to nothing.
 */
function schemaProblem(doc: unknown): { code: string; where: string; message: string } | undefined {
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: doc, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (path.length > MAX_SCHEMA_DEPTH)
      return {
        code: 'schema_too_deep',
        where: '',
        message: `is nested more than ${MAX_SCHEMA_DEPTH} levels deep (at ${pointerTo(path.slice(0, 6))}/…); opencity diff compares schemas up to ${MAX_SCHEMA_DEPTH} levels`,
      };
    if (!Array.isArray(node) && Object.hasOwn(node, '$ref')) {
      const ref = (node as Record<string, unknown>)['$ref'];
      const where = `${pointerTo(path)}/$ref`;
      if (typeof ref !== 'string')
        return {
          code: 'bad_ref',
          where,
          message: `$ref must be a string (a URI reference); got ${JSON.stringify(ref)}`,
        };
      let fragment: string | undefined;
      try {
        const url = new URL(ref, 'https://schema.invalid/root.json');
        fragment = ref.startsWith('#') ? decodeURIComponent(url.hash.slice(1)) : undefined;
      } catch {
        return { code: 'bad_ref', where, message: `$ref "${ref}" is not a valid URI reference` };
      }
      if (fragment !== undefined && fragment.startsWith('/') && resolveFragment(doc, fragment) === undefined)
        return { code: 'bad_ref', where, message: `$ref "${ref}" points to nothing in this schema` };
    }
    const entries = Array.isArray(node) ? node.map((v, i) => [i, v] as const) : Object.entries(node);
    for (const [key, value] of entries) stack.push({ node: value, path: [...path, key] });
  }
  return undefined;
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

function formatText(diff: SchemaDiff, lang: Lang): string {
  const lines = [cliMessage(lang, 'verdict', { verdict: diff.verdict })];
  if (diff.changes.length === 0) lines.push(cliMessage(lang, 'noChanges'));
  const width = Math.max(0, ...diff.changes.map((c) => c.breaks.length));
  for (const c of diff.changes) {
    const where = `${c.schema ? `${c.schema} ` : ''}${c.path === '' ? '(root)' : c.path}`;
    lines.push(
      escapeTerminal(
        `  ${c.impact.padEnd(5)}  ${cliMessage(lang, 'breaks', { who: c.breaks.padEnd(width) })}  ${where}  ${c.change}: ${c.message}`,
      ),
    );
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

/** `opencity diff`: classifies the changes between two versions of a schema and the release they need. */
export const diff = defineCommand({
  name: 'diff',
  summary: {
    en: 'classify schema changes (breaks producers / consumers / both) and the release they need',
    fr: 'classer les changements de schéma (cassent producteurs / consommateurs / les deux) et la version requise',
    nl: 'schemawijzigingen indelen (breken producenten / consumenten / beide) en de vereiste release',
  },
  description: {
    en: `Compares two versions of a JSON Schema and classifies every change by who it breaks:
narrowing (new required property, removed enum value, tighter bound…) breaks producers; widening (new enum value,
looser bound, optional property on a closed object…) breaks consumers; a type change or a rename breaks both;
annotations (title, description, examples, labels) are a patch. $refs are followed into $defs.
A schema file inside a schema tree (<root>/<group>/<Name>/schema.json, with <root>/common) resolves its $refs to
the other schemas of that tree, so changes in shared definitions count. Recursive schemas are compared once per pair
of definitions; what lies more than 256 levels deep is listed as not_compared and counts as breaking.`,
    fr: `Compare deux versions d’un schéma JSON et classe chaque changement selon qui il casse\u202f:
un resserrement (nouvelle propriété obligatoire, valeur d’énumération retirée, borne plus stricte…) casse les
producteurs\u202f; un élargissement (nouvelle valeur d’énumération, borne plus large…) casse les consommateurs\u202f; un
changement de type ou un renommage casse les deux\u202f; les annotations (titre, description, exemples) sont un correctif.
Les $ref sont suivis dans $defs et, dans une arborescence de schémas, vers les autres schémas de l’arborescence.
Les schémas récursifs sont comparés une fois par paire de définitions\u202f; ce qui se trouve à plus de 256 niveaux de
profondeur est listé comme not_compared et compte comme cassant.`,
    nl: `Vergelijkt twee versies van een JSON Schema en deelt elke wijziging in naar wie ze breekt:
vernauwing (nieuwe verplichte eigenschap, verwijderde enumwaarde, strengere grens…) breekt producenten; verruiming
(nieuwe enumwaarde, ruimere grens…) breekt consumenten; een typewijziging of hernoeming breekt beide; annotaties
(titel, beschrijving, voorbeelden) zijn een patch. $refs worden gevolgd in $defs en, in een schemaboom, naar de
andere schema’s van die boom. Recursieve schema’s worden één keer per paar definities vergeleken; wat meer dan 256
niveaus diep ligt, wordt als not_compared vermeld en telt als brekend.`,
  },
  arguments: [
    {
      name: 'old',
      required: true,
      description: {
        en: 'the old schema file, or a folder of schemas',
        fr: 'l’ancien schéma, ou un dossier de schémas',
        nl: 'het oude schema, of een map met schema’s',
      },
    },
    {
      name: 'new',
      required: true,
      description: {
        en: 'the new schema file, or a folder of schemas (matched by path)',
        fr: 'le nouveau schéma, ou un dossier de schémas (appariés par chemin)',
        nl: 'het nieuwe schema, of een map met schema’s (gekoppeld op pad)',
      },
    },
  ],
  options: {
    format: {
      type: 'string',
      default: 'text',
      choices: FORMATS,
      description: {
        en: 'output format; JSON is {"verdict", "changes": [{"path", "change", "breaks", …}]}',
        fr: 'format de sortie\u202f; le JSON est {"verdict", "changes": [{"path", "change", "breaks", …}]}',
        nl: 'uitvoerformaat; JSON is {"verdict", "changes": [{"path", "change", "breaks", …}]}',
      },
    },
  },
  exitCodes: {
    en: '0 the verdict is none, patch or minor; 1 it is major; 2 usage or input problem (one line on standard error)',
    fr: '0 le verdict est none, patch ou minor\u202f; 1 il est major\u202f; 2 problème d’utilisation ou d’entrée (une ligne sur la sortie d’erreur)',
    nl: '0 het oordeel is none, patch of minor; 1 het is major; 2 gebruiks- of invoerprobleem (één regel op de foutuitvoer)',
  },
  run: async ({ values, positionals, io, lang }) => {
    const [oldPath, newPath] = positionals.map((p) => resolve(io.cwd, p)) as [string, string];
    const [oldIsDir, newIsDir] = [await isDirectory(oldPath), await isDirectory(newPath)];
    if (oldIsDir !== newIsDir)
      throw new UsageError('bad_arguments', 'compare two files or two folders, not a file with a folder');
    const result = oldIsDir
      ? diffContract(await readSchemaTree(oldPath), await readSchemaTree(newPath))
      : diffSchemas(await readSchema(oldPath), await readSchema(newPath), {
          oldDocuments: await neighbours(oldPath),
          newDocuments: await neighbours(newPath),
        });
    io.stdout.write(values.format === 'json' ? toJson(result) : formatText(result, lang));
    return result.verdict === 'major' ? ExitCode.findings : ExitCode.ok;
  },
});
