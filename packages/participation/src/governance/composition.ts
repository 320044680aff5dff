/** Whether a board's composition on a day follows its rules: helices represented and balanced, one chair. */
import type { GovernanceBoard, Membership, Organisation, Stakeholder } from '@opencity/models';
import { ParticipationError } from '../errors';
import { dayOf } from '../entities/dates';
import {
  HELICES,
  defaultOrganisationHelix,
  helixLookup,
  isHelix,
  type Helix,
  type OrganisationType,
} from '../helix/helix';
import { helixBalance, type HelixBalance } from '../helix/helixBalance';
import { participationFinding, type ParticipationFinding } from '../findings';
import { activeMemberships, hasVote } from './memberships';

/** The composition rules of a board (a region's profile states them; defaults in {@link defaultCompositionRules}). */
export interface CompositionRules {
  /** Helices that must each hold at least one voting seat (default: all four). */
  readonly requiredHelices?: readonly Helix[];
  /** Largest share (0–1] of voting seats one helix may hold (default: no maximum). */
  readonly maxHelixShare?: number;
  /** Whether the board must have exactly one chair (default true). */
  readonly singleChair?: boolean;
  /** Whether the count of voting members must equal the board's votingSeats when stated (default true). */
  readonly matchVotingSeats?: boolean;
  /** How organisation kinds map to helices (default {@link defaultOrganisationHelix}). */
  readonly organisationHelix?: Readonly<Partial<Record<OrganisationType, Helix | undefined>>>;
}

/** The rules applied when none are given: every helix, one chair, voting seats as stated, no maximum share. */
export const defaultCompositionRules = Object.freeze({
  requiredHelices: HELICES,
  singleChair: true,
  matchVotingSeats: true,
}) satisfies CompositionRules;

/** One voting or non-voting member on the day checked. */
export interface BoardMember {
  /** The Membership id. */
  readonly membership: string;
  /** The member (Stakeholder or Organisation id). */
  readonly member: string;
  /** Role on the board. */
  readonly role: Membership['role'];
  /** Whether the seat votes. */
  readonly voting: boolean;
  /** The member's helix, when known. */
  readonly helix: Helix | undefined;
}

/** What {@link checkBoardComposition} returns. */
export interface CompositionCheck {
  /** The board. */
  readonly board: string;
  /** The day checked. */
  readonly date: string;
  /** Members whose membership runs that day. */
  readonly members: readonly BoardMember[];
  /** Helix balance of the voting members. */
  readonly votingBalance: HelixBalance;
  /** The rules applied, defaults included. */
  readonly rules: Required<Omit<CompositionRules, 'maxHelixShare' | 'organisationHelix'>> &
    Pick<CompositionRules, 'maxHelixShare'>;
  /** What breaks the rules. */
  readonly findings: readonly ParticipationFinding[];
  /** True when no finding is an error. */
  readonly valid: boolean;
}

/**
 * Checks a board's composition on `asOf`: memberships running that day (a term that ended the day before does not
 * count), every required helix among the voting members, no helix above the maximum share, exactly one chair, and the
 * voting members matching the board's `votingSeats`. Observers and secretaries count as members but not as voters.
 * @throws {@link ParticipationError} `invalid_option` for a non-date `asOf`, `invalid_rules` for a maximum share
 *   outside (0, 1] or an unknown helix.
 * @example
 * const check = checkBoardComposition(board, memberships, stakeholders, { maxHelixShare: 0.4 }, '2026-03-01');
 * check.findings.map((f) => f.code); // e.g. ['helix_not_represented']
 */
export function checkBoardComposition(
  board: GovernanceBoard,
  memberships: readonly Membership[],
  stakeholders: readonly Stakeholder[],
  rules: CompositionRules = {},
  asOf: string,
  organisations: readonly Organisation[] = [],
): CompositionCheck {
  const date = dayOf(asOf);
  if (date === undefined) throw new ParticipationError('invalid_option', `asOf must be a date; got ${String(asOf)}`);
  const max = rules.maxHelixShare;
  if (max !== undefined && !(Number.isFinite(max) && max > 0 && max <= 1))
    throw new ParticipationError('invalid_rules', `maxHelixShare must be in (0, 1]; got ${String(max)}`);
  const required = rules.requiredHelices ?? defaultCompositionRules.requiredHelices;
  const bad = required.find((h) => !isHelix(h));
  if (bad !== undefined) throw new ParticipationError('invalid_rules', `unknown helix "${String(bad)}"`);
  const applied = {
    requiredHelices: required,
    singleChair: rules.singleChair ?? true,
    matchVotingSeats: rules.matchVotingSeats ?? true,
    ...(max === undefined ? {} : { maxHelixShare: max }),
  };

  const lookup = helixLookup(
    new Map(stakeholders.map((s) => [s.id, s])),
    new Map(organisations.map((o) => [o.id, o])),
    rules.organisationHelix ?? defaultOrganisationHelix,
  );
  const findings: ParticipationFinding[] = [];
  const name = board.id;
  const established = dayOf(board.dateEstablished);
  const dissolved = dayOf(board.dateDissolved);
  if ((established !== undefined && established > date) || (dissolved !== undefined && dissolved < date))
    findings.push(
      participationFinding('board_not_active', board.id, {
        board: name,
        date,
        established: established ?? '—',
        dissolved: dissolved ?? '—',
      }),
    );
  for (const m of memberships) {
    if (m.refGovernanceBoard !== board.id) continue;
    const start = dayOf(m.startDate);
    const end = m.endDate === undefined ? undefined : dayOf(m.endDate);
    if (start === undefined || (m.endDate !== undefined && (end === undefined || end < start)))
      findings.push(
        participationFinding(
          'membership_dates_invalid',
          m.id,
          {
            membership: m.id,
            start: String(m.startDate),
            end: String(m.endDate ?? '—'),
          },
          start === undefined ? '/startDate' : '/endDate',
        ),
      );
  }

  const members: BoardMember[] = activeMemberships(memberships, board.id, date).map((m) => {
    if (!lookup.knows(m.refMember))
      findings.push(
        participationFinding('member_unknown', m.id, { membership: m.id, member: m.refMember }, '/refMember'),
      );
    const helix = lookup.helixOf(m.refMember) ?? (m.refOrganisation ? lookup.helixOf(m.refOrganisation) : undefined);
    return { membership: m.id, member: m.refMember, role: m.role, voting: hasVote(m), helix };
  });
  const voters = members.filter((m) => m.voting);
  for (const v of voters)
    if (v.helix === undefined && lookup.knows(v.member))
      findings.push(participationFinding('member_without_helix', v.membership, { member: v.member, board: name }));
  const votingBalance = helixBalance(voters.map((v) => v.helix));

  for (const h of required)
    if (votingBalance.counts[h] === 0)
      findings.push(participationFinding('helix_not_represented', board.id, { board: name, helix: h, date }));
  if (max !== undefined && votingBalance.shares.ok) {
    const classified = votingBalance.total - votingBalance.unclassified;
    for (const h of HELICES) {
      const share = votingBalance.shares.value[h];
      // Compare counts, not floating shares: 2 of 5 seats is exactly 40 %.
      if (votingBalance.counts[h] > max * classified + 1e-9)
        findings.push(
          participationFinding('helix_over_maximum', board.id, {
            board: name,
            helix: h,
            date,
            count: votingBalance.counts[h],
            total: classified,
            share: Math.round(share * 1000) / 10,
            max: Math.round(max * 1000) / 10,
          }),
        );
    }
  }
  const chairs = members.filter((m) => m.role === 'chair');
  if (applied.singleChair && chairs.length === 0)
    findings.push(participationFinding('chair_missing', board.id, { board: name, date }));
  if (applied.singleChair && chairs.length > 1)
    findings.push(
      participationFinding('chair_multiple', board.id, {
        board: name,
        date,
        count: chairs.length,
        members: chairs.map((c) => c.member).join(', '),
      }),
    );
  if (applied.matchVotingSeats && typeof board.votingSeats === 'number' && board.votingSeats !== voters.length)
    findings.push(
      participationFinding('voting_seats_mismatch', board.id, {
        board: name,
        date,
        count: voters.length,
        seats: board.votingSeats,
      }),
    );
  return {
    board: board.id,
    date,
    members,
    votingBalance,
    rules: applied,
    findings,
    valid: !findings.some((f) => f.severity === 'error'),
  };
}
