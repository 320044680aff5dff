/** Helix balance of the register and of the people who actually took part: per event, theme, municipality and month. */
import type { Organisation, Stakeholder } from '@opencity/models';
import { byId, type ParticipationEntities } from '../entities/entities';
import { lastDayOfMonth, monthOf, monthsBetween } from '../entities/dates';
import { participationEvents, type ParticipationEvent, type ParticipationEventOptions } from '../entities/events';
import { defaultOrganisationHelix, helixLookup, type Helix, type OrganisationType } from './helix';
import { helixBalance, type HelixBalance } from './helixBalance';

/** Options of {@link participationBalance}. */
export interface ParticipationBalanceOptions extends ParticipationEventOptions {
  /** How organisation kinds map to helices (default {@link defaultOrganisationHelix}). */
  readonly organisationHelix?: Readonly<Partial<Record<OrganisationType, Helix | undefined>>>;
}

/** The balance of one meeting or workshop. */
export interface EventBalance {
  /** The event. */
  readonly event: ParticipationEvent;
  /** Its participants' balance. */
  readonly balance: HelixBalance;
}

/** The balance of distinct participants up to the end of one month. */
export interface MonthBalance {
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** Distinct participants of every event up to the month's last day. */
  readonly balance: HelixBalance;
}

/** What {@link participationBalance} returns. */
export interface ParticipationBalance {
  /** Everyone in the participation register. */
  readonly register: HelixBalance;
  /** Distinct participants of every meeting and workshop. */
  readonly participants: HelixBalance;
  /** Each meeting and workshop, in input order (meetings first). */
  readonly byEvent: readonly EventBalance[];
  /** Distinct participants of the events about each theme, by theme id (themes in the Theme entities' order first). */
  readonly byTheme: readonly { readonly theme: string; readonly balance: HelixBalance }[];
  /** Distinct participating stakeholders by their municipality's NIS code, in code order. */
  readonly byMunicipality: readonly { readonly nisCode: string; readonly balance: HelixBalance }[];
  /** Distinct participants up to the end of each month from the first event to the last. */
  readonly overTime: readonly MonthBalance[];
  /** Participant references that name no Stakeholder or Organisation of the dataset (counted as unclassified). */
  readonly unknownParticipants: readonly string[];
}

/**
 * The quadruple-helix balance of a programme: of the register, of the participants of its meetings and workshops
 * (board sessions left out unless asked), per event, per theme, per municipality and month by month.
 * @example
 * const b = participationBalance({ stakeholders, meetings, workshops });
 * b.participants.evenness; // Pielou's J over the four helices, or the reason it is not computable
 */
export function participationBalance(
  entities: ParticipationEntities,
  options: ParticipationBalanceOptions = {},
): ParticipationBalance {
  const stakeholders = byId<Stakeholder>(entities.stakeholders);
  const organisations = byId<Organisation>(entities.organisations);
  const lookup = helixLookup(stakeholders, organisations, options.organisationHelix ?? defaultOrganisationHelix);
  const events = participationEvents(entities, options);
  const balanceOf = (ids: Iterable<string>) => helixBalance([...ids].map((id) => lookup.helixOf(id)));

  const all = new Set<string>();
  const byTheme = new Map<string, Set<string>>();
  const byMunicipality = new Map<string, Set<string>>();
  const unknown = new Set<string>();
  for (const e of events) {
    for (const id of e.participants) {
      all.add(id);
      if (!lookup.knows(id)) unknown.add(id);
      const nis = stakeholders.get(id)?.nisCode;
      if (typeof nis === 'string') (byMunicipality.get(nis) ?? byMunicipality.set(nis, new Set()).get(nis)!).add(id);
      for (const t of e.themes) (byTheme.get(t) ?? byTheme.set(t, new Set()).get(t)!).add(id);
    }
  }
  const themeOrder = new Map((entities.themes ?? []).map((t) => [t.id, t.order]));
  const themes = [...byTheme.keys()].sort(
    (a, b) =>
      (themeOrder.get(a) ?? Number.MAX_SAFE_INTEGER) - (themeOrder.get(b) ?? Number.MAX_SAFE_INTEGER) ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
  return {
    register: helixBalance(entities.stakeholders ?? []),
    participants: balanceOf(all),
    byEvent: events.map((event) => ({ event, balance: balanceOf(event.participants) })),
    byTheme: themes.map((theme) => ({ theme, balance: balanceOf(byTheme.get(theme)!) })),
    byMunicipality: [...byMunicipality.keys()]
      .sort()
      .map((nisCode) => ({ nisCode, balance: balanceOf(byMunicipality.get(nisCode)!) })),
    overTime: overTime(events, balanceOf),
    unknownParticipants: [...unknown],
  };
}

function overTime(
  events: readonly ParticipationEvent[],
  balanceOf: (ids: Iterable<string>) => HelixBalance,
): MonthBalance[] {
  const dated = events
    .filter((e) => e.day !== undefined)
    .sort((a, b) => (a.day! < b.day! ? -1 : a.day! > b.day! ? 1 : 0));
  if (dated.length === 0) return [];
  const seen = new Set<string>();
  const out: MonthBalance[] = [];
  let i = 0;
  for (const month of monthsBetween(monthOf(dated[0]!.day!), monthOf(dated[dated.length - 1]!.day!))) {
    const end = lastDayOfMonth(month);
    while (i < dated.length && dated[i]!.day! <= end) for (const id of dated[i++]!.participants) seen.add(id);
    out.push({ month, balance: balanceOf(seen) });
  }
  return out;
}
