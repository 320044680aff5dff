/**
 * What `participation` and `governance` read from a workspace: its manifest, the office entities that validate
 * against the contract (the others are counted and left to `opencity workspace check`), where each record was read, and
 * the region profile's programme plan, board rules and ambition-note texts.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  brusselsAmbitionProfile,
  brusselsCompositionRules,
  brusselsProgrammePlan,
  municipalities,
  syntheticNotice,
} from '@opencity/brussels';
import type { RecordSource } from '@opencity/interop';
import { validate, type CompleteText, type Lang, type WorkspaceManifest } from '@opencity/models';
import {
  PARTICIPATION_TYPES,
  collectEntities,
  isParticipationError,
  parseProgrammePlan,
  type AmbitionProfile,
  type CollectedEntities,
  type CompositionRules,
  type ProgrammePlan,
} from '@opencity/participation';
import { isWorkspaceError } from '@opencity/workspace';
import { loadWorkspace } from '@opencity/workspace/node';
import { formatMessage, type Message, type MessageParams } from '../framework/i18n';
import { UsageError } from '../io';

/** What a region profile gives the participation and governance commands. */
export interface OfficeProfile {
  readonly plan?: ProgrammePlan;
  readonly rules?: Readonly<Record<string, CompositionRules>>;
  readonly ambition?: AmbitionProfile;
  /** The name of an area code (a municipality) in a language. */
  readonly areaName?: (code: string, lang: Lang) => string | undefined;
}

/** The profiles the CLI knows, by the manifest's `profile`. */
const profiles: Readonly<Record<string, OfficeProfile>> = {
  brussels: {
    plan: brusselsProgrammePlan,
    rules: brusselsCompositionRules,
    ambition: brusselsAmbitionProfile,
    areaName: (code, lang) => municipalities.find((m) => m.nis === code)?.name[lang],
  },
};

/** An office workspace read for the participation and governance commands. */
export interface OfficeWorkspace {
  readonly root: string;
  readonly manifest: WorkspaceManifest;
  /** Entities of the participation types that validate, by type. */
  readonly entities: CollectedEntities;
  /** Where each entity was read, by id. */
  readonly sources: ReadonlyMap<string, RecordSource>;
  /** Records of those types that do not validate (left out; `opencity workspace check` says why). */
  readonly leftOut: number;
  readonly profile: OfficeProfile;
  /** The synthetic-data notice when the manifest says `synthetic: true`. */
  readonly notice: CompleteText | undefined;
}

const en = {
  leftOut: {
    one: '{count} record does not match its schema and was left out: run "opencity workspace check {dir}"',
    other: '{count} records do not match their schema and were left out: run "opencity workspace check {dir}"',
  },
  badDate: '{option} must be a date YYYY-MM-DD; got "{value}"',
  badPlan: 'cannot use the plan {file}: {reason}',
  synthetic: 'Synthetic data: the figures are invented for demonstration.',
  wrote: 'wrote {file}',
} satisfies Record<string, Message>;

/** Keys of the messages of the participation and governance commands. */
export type OfficeMessageKey = keyof typeof en;

/** The messages of the participation and governance commands in every language. */
export const officeMessages: Readonly<Record<Lang, Readonly<Record<OfficeMessageKey, Message>>>> = {
  en,
  fr: {
    leftOut: {
      one: '{count} enregistrement ne respecte pas son schéma et a été écarté\u202f: lancez «\u00a0opencity workspace check {dir}\u00a0»',
      other:
        '{count} enregistrements ne respectent pas leur schéma et ont été écartés\u202f: lancez «\u00a0opencity workspace check {dir}\u00a0»',
    },
    badDate: '{option} doit être une date AAAA-MM-JJ\u202f; reçu «\u00a0{value}\u00a0»',
    badPlan: 'impossible d’utiliser le plan {file}\u202f: {reason}',
    synthetic: 'Données synthétiques\u202f: les chiffres sont inventés pour la démonstration.',
    wrote: '{file} écrit',
  },
  nl: {
    leftOut: {
      one: '{count} record voldoet niet aan zijn schema en werd weggelaten: voer "opencity workspace check {dir}" uit',
      other:
        '{count} records voldoen niet aan hun schema en werden weggelaten: voer "opencity workspace check {dir}" uit',
    },
    badDate: '{option} moet een datum JJJJ-MM-DD zijn; ontvangen "{value}"',
    badPlan: 'het plan {file} kan niet gebruikt worden: {reason}',
    synthetic: 'Synthetische gegevens: de cijfers zijn verzonnen ter demonstratie.',
    wrote: '{file} geschreven',
  },
};

/** A message of the participation and governance commands. */
export function officeMessage(lang: Lang, key: OfficeMessageKey, params: MessageParams = {}): string {
  return formatMessage(officeMessages[lang][key], lang, params);
}

/** The day of `--as-of` (default: today, UTC), checked. */
export function asOfDay(value: string | undefined, lang: Lang, today: () => Date = () => new Date()): string {
  if (value === undefined) return today().toISOString().slice(0, 10);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!d || d.toISOString().slice(0, 10) !== value)
    throw new UsageError('bad_option', officeMessage(lang, 'badDate', { option: '--as-of', value }));
  return value;
}

/**
 * Reads a workspace for the participation and governance commands.
 * @throws UsageError (exit 2) when the folder is not a workspace or a plan file cannot be used.
 */
export async function readOfficeWorkspace(
  dir: string,
  cwd: string,
  lang: Lang,
  options: { readonly plan?: string } = {},
): Promise<OfficeWorkspace> {
  const root = resolve(cwd, dir);
  let ws: Awaited<ReturnType<typeof loadWorkspace>>;
  try {
    ws = await loadWorkspace(root);
  } catch (error) {
    if (isWorkspaceError(error)) throw new UsageError(error.code, error.message, { cause: error });
    throw error;
  }
  if (!ws.manifest || typeof ws.manifest !== 'object')
    throw new UsageError('not_a_workspace', `${dir}: opencity.json is not a workspace manifest`);
  const sources = new Map<string, RecordSource>();
  const records: unknown[] = [];
  let leftOut = 0;
  for (const type of PARTICIPATION_TYPES) {
    for (const { entity, source } of ws.entities(type)) {
      if (!validate(type, entity).ok) {
        leftOut++;
        continue;
      }
      records.push(entity);
      if (typeof entity['id'] === 'string' && !sources.has(entity['id'])) sources.set(entity['id'], source);
    }
  }
  const known = profiles[String(ws.manifest.profile)] ?? {};
  let profile: OfficeProfile = known;
  if (options.plan !== undefined) {
    try {
      const plan = parseProgrammePlan(JSON.parse(await readFile(resolve(cwd, options.plan), 'utf8')) as unknown);
      profile = { ...known, plan };
    } catch (error) {
      const reason = isParticipationError(error)
        ? error.message
        : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
      throw new UsageError('bad_plan', officeMessage(lang, 'badPlan', { file: options.plan, reason }), {
        cause: error,
      });
    }
  }
  const synthetic = ws.manifest.synthetic === true;
  const notice: CompleteText | undefined = synthetic
    ? String(ws.manifest.profile) === 'brussels'
      ? syntheticNotice
      : {
          en: officeMessage('en', 'synthetic'),
          fr: officeMessage('fr', 'synthetic'),
          nl: officeMessage('nl', 'synthetic'),
        }
    : undefined;
  return { root, manifest: ws.manifest, entities: collectEntities(records), sources, leftOut, profile, notice };
}

/** Where a record was read, for messages: `entities/Meeting.ndjson:12`. */
export function whereOf(source: RecordSource | undefined): string {
  if (!source?.file) return '';
  return source.line !== undefined
    ? `${source.file}:${source.line}`
    : source.index !== undefined
      ? `${source.file}[${source.index}]`
      : source.file;
}
