/** Meetings and workshops read as participation events: who took part, when, about which themes. */
import type { Meeting, Workshop } from '@opencity/models';
import { dayOf } from './dates';
import type { ParticipationEntities } from './entities';

/** A meeting or a workshop, as participation analyses see it. */
export interface ParticipationEvent {
  /** The Meeting or Workshop id. */
  readonly id: string;
  /** Which entity type it is. */
  readonly kind: 'meeting' | 'workshop';
  /** The meeting type (bilateral, multilateral, boardSession) or workshop type (collaborative, multidisciplinary). */
  readonly subtype: Meeting['meetingType'] | Workshop['workshopType'];
  /** Calendar day it started, or `undefined` when the start date is not a date. */
  readonly day: string | undefined;
  /** Theme ids it was about. */
  readonly themes: readonly string[];
  /** Distinct participant ids (Stakeholder or Organisation). */
  readonly participants: readonly string[];
  /** People who attended, counting those outside the register (workshops' participantCount, else the participants). */
  readonly attendance: number;
}

/** Options of {@link participationEvents}. */
export interface ParticipationEventOptions {
  /** Count board sessions as participation (default false: they are governance, not engagement). */
  readonly includeBoardSessions?: boolean;
}

/** The meetings and workshops of a dataset as {@link ParticipationEvent}s, meetings first, each in input order. */
export function participationEvents(
  entities: ParticipationEntities,
  options: ParticipationEventOptions = {},
): ParticipationEvent[] {
  const out: ParticipationEvent[] = [];
  for (const m of entities.meetings ?? []) {
    if (m.meetingType === 'boardSession' && !options.includeBoardSessions) continue;
    const participants = distinct(m.refParticipant);
    out.push({
      id: m.id,
      kind: 'meeting',
      subtype: m.meetingType,
      day: dayOf(m.startDate),
      themes: distinct(m.refTheme),
      participants,
      attendance: participants.length,
    });
  }
  for (const w of entities.workshops ?? []) {
    const participants = distinct(w.refParticipant);
    const counted = w.participantCount;
    out.push({
      id: w.id,
      kind: 'workshop',
      subtype: w.workshopType,
      day: dayOf(w.startDate),
      themes: typeof w.refTheme === 'string' ? [w.refTheme] : [],
      participants,
      attendance:
        typeof counted === 'number' && Number.isInteger(counted) && counted >= participants.length
          ? counted
          : participants.length,
    });
  }
  return out;
}

/** The distinct strings of a list, in first-seen order (anything else is dropped). */
export function distinct(list: readonly unknown[] | undefined): string[] {
  if (!Array.isArray(list)) return [];
  return [...new Set(list.filter((x): x is string => typeof x === 'string'))];
}
