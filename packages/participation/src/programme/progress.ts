/** Where each commitment of an engagement programme stands on a given day, with the evidence behind it. */
import type { GovernanceBoard, LocalizedText, Organisation, Stakeholder } from '@opencity/models';
import { ParticipationError } from '../errors';
import { dayNumber, dayOf } from '../entities/dates';
import { byId, type ParticipationEntities } from '../entities/entities';
import { distinct } from '../entities/events';
import { HELICES, defaultOrganisationHelix, helixLookup, type Helix, type OrganisationType } from '../helix/helix';
import type { ProgrammeItem, ProgrammeItemKind, ProgrammePlan } from './plan';

/**
 * Where an item stands: `done` (every condition met, on any day up to the as-of date), `late` (not done and past due),
 * `not-started` (nothing counted yet, not yet due) or `on-track` (some evidence, not yet due).
 */
export type ItemStatus = 'done' | 'on-track' | 'late' | 'not-started';

/** The evidence of one theme of an item with `perTheme`. */
export interface ThemeProgress {
  /** Theme id. */
  readonly theme: string;
  /** Evidence needed for this theme. */
  readonly target: number;
  /** Evidence counted for this theme. */
  readonly achieved: number;
}

/** Progress of one item of a plan. */
export interface ItemProgress {
  /** Item id. */
  readonly id: string;
  /** Item label. */
  readonly label: LocalizedText;
  /** Kind of evidence. */
  readonly kind: ProgrammeItemKind;
  /** Evidence needed. */
  readonly target: number;
  /** Evidence counted (may exceed the target). */
  readonly achieved: number;
  /** Ids of the evidence counted, oldest first. */
  readonly evidence: readonly string[];
  /** Ids of matching entities without a usable date (not counted). */
  readonly undated: readonly string[];
  /** First day evidence counts. */
  readonly start: string;
  /** Due date. */
  readonly due: string;
  /** Status on the as-of date. */
  readonly status: ItemStatus;
  /** For a done item: the day its last condition was met. */
  readonly completedOn?: string;
  /** For a done item: whether that was on or before the due date. */
  readonly onTime?: boolean;
  /** Evidence an even pace from start to due would have produced by the as-of date (rounded down). */
  readonly expectedByNow: number;
  /** For items with `perTheme`: each theme's evidence. */
  readonly byTheme?: readonly ThemeProgress[];
  /** For items with `requireHelices`: the helices required, those the participants covered and those missing. */
  readonly helices?: {
    readonly required: readonly Helix[];
    readonly covered: readonly Helix[];
    readonly missing: readonly Helix[];
  };
}

/** What {@link programmeProgress} returns. */
export interface ProgrammeProgress {
  /** Plan id. */
  readonly plan: string;
  /** Plan name. */
  readonly name: LocalizedText;
  /** Plan period. */
  readonly period: ProgrammePlan['period'];
  /** The day progress is measured on. */
  readonly asOf: string;
  /** Each item, in plan order. */
  readonly items: readonly ItemProgress[];
  /** Items per status. */
  readonly summary: Readonly<Record<ItemStatus, number>>;
}

/** Options of {@link programmeProgress}. */
export interface ProgrammeProgressOptions {
  /** How organisation kinds map to helices for `requireHelices` (default {@link defaultOrganisationHelix}). */
  readonly organisationHelix?: Readonly<Partial<Record<OrganisationType, Helix | undefined>>>;
}

interface Evidence {
  readonly id: string;
  readonly day: string | undefined;
  readonly themes: readonly string[];
  readonly participants: readonly string[];
}

/**
 * Progress of every item of a plan on `asOf`: the evidence counted (entities of the item's kind that match its filters,
 * dated from the item's start up to `asOf`; later ones have not happened yet), the status and, when done, the day it
 * was completed.
 * @throws {@link ParticipationError} `invalid_option` when `asOf` is not a date.
 * @example
 * const progress = programmeProgress(plan, { meetings, workshops, decisions, boards, stakeholders }, '2026-04-30');
 * progress.items.map((i) => `${i.id}: ${i.achieved}/${i.target} ${i.status}`);
 */
export function programmeProgress(
  plan: ProgrammePlan,
  entities: ParticipationEntities,
  asOf: string,
  options: ProgrammeProgressOptions = {},
): ProgrammeProgress {
  const today = dayOf(asOf);
  if (today === undefined) throw new ParticipationError('invalid_option', `asOf must be a date; got ${String(asOf)}`);
  const lookup = helixLookup(
    byId<Stakeholder>(entities.stakeholders),
    byId<Organisation>(entities.organisations),
    options.organisationHelix ?? defaultOrganisationHelix,
  );
  const boards = byId<GovernanceBoard>(entities.boards);
  const items = plan.items.map((item) => progressOf(item, plan, entities, boards, today, lookup.helixOf));
  const summary: Record<ItemStatus, number> = { done: 0, 'on-track': 0, late: 0, 'not-started': 0 };
  for (const i of items) summary[i.status]++;
  return { plan: plan.id, name: plan.name, period: plan.period, asOf: today, items, summary };
}

function candidates(
  item: ProgrammeItem,
  entities: ParticipationEntities,
  boards: ReadonlyMap<string, GovernanceBoard>,
): Evidence[] {
  const themed = (themes: readonly string[]) => !item.themes || themes.some((t) => item.themes!.includes(t));
  switch (item.kind) {
    case 'meeting': {
      const types = item.meetingType ?? ['bilateral', 'multilateral'];
      return (entities.meetings ?? [])
        .filter((m) => types.includes(m.meetingType))
        .map((m) => ({
          id: m.id,
          day: dayOf(m.startDate),
          themes: distinct(m.refTheme),
          participants: distinct(m.refParticipant),
        }))
        .filter((e) => themed(e.themes));
    }
    case 'workshop':
      return (entities.workshops ?? [])
        .filter((w) => !item.workshopType || item.workshopType.includes(w.workshopType))
        .map((w) => ({
          id: w.id,
          day: dayOf(w.startDate),
          themes: typeof w.refTheme === 'string' ? [w.refTheme] : [],
          participants: distinct(w.refParticipant),
        }))
        .filter((e) => themed(e.themes));
    case 'contribution':
      return (entities.contributions ?? [])
        .filter((c) => !item.channel || item.channel.includes(c.channel))
        .map((c) => ({ id: c.id, day: dayOf(c.dateReceived), themes: distinct(c.refTheme), participants: [] }))
        .filter((e) => themed(e.themes));
    case 'decision':
      return (entities.decisions ?? [])
        .filter(
          (d) =>
            (d.outcome === 'approved' || d.outcome === 'amended') &&
            (!item.decisionType || (d.decisionType !== undefined && item.decisionType.includes(d.decisionType))) &&
            (!item.boardType || item.boardType.some((t) => boards.get(d.refGovernanceBoard)?.boardType === t)) &&
            (!item.relatedBoardType ||
              (d.refRelatedEntity ?? []).some((id) => {
                const related = boards.get(id);
                return related !== undefined && item.relatedBoardType!.includes(related.boardType);
              })),
        )
        .map((d) => ({ id: d.id, day: dayOf(d.dateDecided), themes: [], participants: [] }));
    case 'board':
      return (entities.boards ?? [])
        .filter((b) => !item.boardType || item.boardType.includes(b.boardType))
        .map((b) => ({ id: b.id, day: dayOf(b.dateEstablished), themes: [], participants: [] }));
  }
}

function progressOf(
  item: ProgrammeItem,
  plan: ProgrammePlan,
  entities: ParticipationEntities,
  boards: ReadonlyMap<string, GovernanceBoard>,
  today: string,
  helixOf: (id: string) => Helix | undefined,
): ItemProgress {
  const start = item.start ?? plan.period.start;
  const all = candidates(item, entities, boards);
  const undated = all.filter((e) => e.day === undefined).map((e) => e.id);
  const counted = all
    .filter((e) => e.day !== undefined && e.day >= start && e.day <= today)
    .sort((a, b) => (a.day! < b.day! ? -1 : a.day! > b.day! ? 1 : 0));

  const perTheme = item.themes && item.perTheme !== undefined ? new Map(item.themes.map((t) => [t, 0])) : undefined;
  const required = item.requireHelices ? [...new Set(item.requireHelices)] : undefined;
  const covered = new Set<Helix>();
  const met = (count: number) =>
    count >= item.target &&
    (!perTheme || [...perTheme.values()].every((n) => n >= item.perTheme!)) &&
    (!required || required.every((h) => covered.has(h)));
  let completedOn: string | undefined;
  counted.forEach((e, k) => {
    if (perTheme) for (const t of e.themes) if (perTheme.has(t)) perTheme.set(t, perTheme.get(t)! + 1);
    if (required)
      for (const p of e.participants) {
        const h = helixOf(p);
        if (h) covered.add(h);
      }
    if (completedOn === undefined && met(k + 1)) completedOn = e.day;
  });

  const achieved = counted.length;
  const status: ItemStatus =
    completedOn !== undefined ? 'done' : today > item.due ? 'late' : achieved === 0 ? 'not-started' : 'on-track';
  const span = dayNumber(item.due) - dayNumber(start) + 1;
  const elapsed = Math.min(span, Math.max(0, dayNumber(today) - dayNumber(start) + 1));
  return {
    id: item.id,
    label: item.label,
    kind: item.kind,
    target: item.target,
    achieved,
    evidence: counted.map((e) => e.id),
    undated,
    start,
    due: item.due,
    status,
    ...(completedOn !== undefined ? { completedOn, onTime: completedOn <= item.due } : {}),
    expectedByNow: Math.floor((item.target * elapsed) / span),
    ...(perTheme
      ? { byTheme: [...perTheme].map(([theme, n]) => ({ theme, target: item.perTheme!, achieved: n })) }
      : {}),
    ...(required
      ? {
          helices: {
            required,
            covered: HELICES.filter((h) => covered.has(h)),
            missing: required.filter((h) => !covered.has(h)),
          },
        }
      : {}),
  };
}
