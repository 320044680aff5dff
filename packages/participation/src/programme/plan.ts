/**
 * An engagement programme as data: what the Office committed to (20 bilateral meetings covering the four helices,
 * 4 collaborative workshops, 20 multidisciplinary workshops across the themes, the Government's approval of the
 * ambition note…), by when, and which entities count as evidence.
 */
import type { Contribution, Decision, GovernanceBoard, LocalizedText, Meeting, Workshop } from '@opencity/models';
import * as z from 'zod/mini';
import { ParticipationError } from '../errors';
import { dayOf } from '../entities/dates';
import { HELICES, type Helix } from '../helix/helix';

/** What every item of a plan states. */
export interface ProgrammeItemBase {
  /** Stable identifier of the item within the plan (kebab-case). */
  readonly id: string;
  /** What the item is, in the plan's languages. */
  readonly label: LocalizedText;
  /** How many pieces of evidence complete it (a whole number ≥ 1). */
  readonly target: number;
  /** First day evidence counts (default: the plan's start). */
  readonly start?: string;
  /** Day by which the item is due. */
  readonly due: string;
  /** Meetings, workshops and contributions: only evidence about one of these Theme ids counts (default: all). */
  readonly themes?: readonly string[];
  /** With `themes`: each of them needs at least this much evidence too. */
  readonly perTheme?: number;
  /** Meetings and workshops: their participants, over all the evidence, must include each of these helices. */
  readonly requireHelices?: readonly Helix[];
}

/** A plan item and the entities that count as its evidence, by entity kind. */
export type ProgrammeItem =
  | (ProgrammeItemBase & {
      /** Meetings count (dated by their start). */
      readonly kind: 'meeting';
      /** Only meetings of these types (default: bilateral and multilateral). */
      readonly meetingType?: readonly Meeting['meetingType'][];
    })
  | (ProgrammeItemBase & {
      /** Workshops count (dated by their start). */
      readonly kind: 'workshop';
      /** Only workshops of these types (default: any). */
      readonly workshopType?: readonly Workshop['workshopType'][];
    })
  | (ProgrammeItemBase & {
      /** Contributions count (dated by their reception). */
      readonly kind: 'contribution';
      /** Only contributions received through these channels (default: any). */
      readonly channel?: readonly Contribution['channel'][];
    })
  | (ProgrammeItemBase & {
      /** Decisions that approve (outcome approved or amended) count, dated by the day decided. */
      readonly kind: 'decision';
      /** Only decisions of these types (default: any). */
      readonly decisionType?: readonly NonNullable<Decision['decisionType']>[];
      /** Only decisions of boards of these types (default: any). */
      readonly boardType?: readonly GovernanceBoard['boardType'][];
      /**
       * Only decisions about a board of these types (a GovernanceBoard among their `refRelatedEntity`), e.g. the
       * founding of the steering committee rather than of a jury (default: any).
       */
      readonly relatedBoardType?: readonly GovernanceBoard['boardType'][];
    })
  | (ProgrammeItemBase & {
      /** Boards count, dated by their establishment. */
      readonly kind: 'board';
      /** Only boards of these types (default: any). */
      readonly boardType?: readonly GovernanceBoard['boardType'][];
    });

/** The kind of a {@link ProgrammeItem}. */
export type ProgrammeItemKind = ProgrammeItem['kind'];

/** An engagement programme: its period and its items. */
export interface ProgrammePlan {
  /** Identifier of the plan. */
  readonly id: string;
  /** Name of the plan in the region's languages. */
  readonly name: LocalizedText;
  /** First and last day of the programme. */
  readonly period: { readonly start: string; readonly end: string };
  /** The commitments, in the order reports list them. */
  readonly items: readonly ProgrammeItem[];
}

const date = z.string().check(z.refine((s) => dayOf(s) === s, { message: 'must be a calendar date YYYY-MM-DD' }));
const ids = z.array(z.string().check(z.minLength(1)));
const text = z.record(z.string(), z.string());
const base = {
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case')),
  label: text,
  target: z.int().check(z.gte(1)),
  start: z.optional(date),
  due: date,
  themes: z.optional(ids.check(z.minLength(1))),
  perTheme: z.optional(z.int().check(z.gte(1))),
  requireHelices: z.optional(z.array(z.enum(HELICES as [Helix, ...Helix[]]))),
};
const boardTypes = z.array(
  z.enum(['government', 'steeringCommittee', 'advisoryBoard', 'jury', 'workingGroup', 'other']),
);
const itemSchema = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('meeting'),
    meetingType: z.optional(z.array(z.enum(['bilateral', 'multilateral', 'boardSession']))),
  }),
  z.object({
    ...base,
    kind: z.literal('workshop'),
    workshopType: z.optional(z.array(z.enum(['collaborative', 'multidisciplinary']))),
  }),
  z.object({
    ...base,
    kind: z.literal('contribution'),
    channel: z.optional(z.array(z.enum(['workshop', 'meeting', 'onlinePlatform', 'writtenSubmission']))),
  }),
  z.object({
    ...base,
    kind: z.literal('decision'),
    decisionType: z.optional(
      z.array(
        z.enum([
          'establishBoard',
          'appointMembers',
          'approveVision',
          'selectProjects',
          'approveRoadmap',
          'publishRoadmap',
          'adoptKpis',
          'approveBudget',
          'amendFactsheets',
          'other',
        ]),
      ),
    ),
    boardType: z.optional(boardTypes),
    relatedBoardType: z.optional(boardTypes),
  }),
  z.object({ ...base, kind: z.literal('board'), boardType: z.optional(boardTypes) }),
]);
const planSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: text,
  period: z.object({ start: date, end: date }),
  items: z.array(itemSchema).check(z.minLength(1)),
});

/**
 * Checks a plan read from a file (JSON) and returns it typed.
 * @throws {@link ParticipationError} `invalid_plan` naming every problem (path and reason), also for an item whose
 *   due date falls before its start, a `perTheme` without `themes`, or two items with one id.
 * @example
 * const plan = parseProgrammePlan(JSON.parse(readFileSync('programme.json', 'utf8')));
 */
export function parseProgrammePlan(input: unknown): ProgrammePlan {
  const parsed = planSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(plan)'}: ${i.message}`);
    throw new ParticipationError('invalid_plan', `invalid programme plan: ${problems.join('; ')}`);
  }
  const plan = parsed.data as ProgrammePlan;
  const problems: string[] = [];
  if (plan.period.end < plan.period.start) problems.push('period: end is before start');
  const seen = new Set<string>();
  plan.items.forEach((item, k) => {
    if (seen.has(item.id)) problems.push(`items.${k}.id: duplicate id "${item.id}"`);
    seen.add(item.id);
    if (item.due < (item.start ?? plan.period.start)) problems.push(`items.${k}.due: before the item's start`);
    if (item.perTheme !== undefined && !item.themes) problems.push(`items.${k}.perTheme: needs themes`);
    if (item.requireHelices && item.kind !== 'meeting' && item.kind !== 'workshop')
      problems.push(`items.${k}.requireHelices: only meetings and workshops have participants`);
    if (item.themes && (item.kind === 'decision' || item.kind === 'board'))
      problems.push(`items.${k}.themes: decisions and boards are not filed by theme`);
  });
  if (problems.length) throw new ParticipationError('invalid_plan', `invalid programme plan: ${problems.join('; ')}`);
  return plan;
}
