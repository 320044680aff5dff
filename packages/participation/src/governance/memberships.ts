/** Which seats of a board are held on a given day, and which of them vote. */
import type { Membership } from '@opencity/models';
import { dayOf } from '../entities/dates';

/**
 * True when the membership runs on `day`: its start is on or before the day and its end (the last day of the
 * membership, inclusive) absent or on or after it. A membership whose end is the day before does not count.
 */
export function isActiveOn(membership: Membership, day: string): boolean {
  const start = dayOf(membership.startDate);
  const end = membership.endDate === undefined ? undefined : dayOf(membership.endDate);
  if (start === undefined || (membership.endDate !== undefined && end === undefined)) return false;
  return start <= day && (end === undefined || end >= day);
}

/**
 * True when the seat carries a vote: `votingRights` when stated, else by role — chairs and members vote, observers
 * and secretaries do not (the usual rules of procedure; state `votingRights` where yours differ).
 */
export function hasVote(membership: Membership): boolean {
  if (typeof membership.votingRights === 'boolean') return membership.votingRights;
  return membership.role === 'chair' || membership.role === 'member';
}

/** The memberships of one board running on a day. */
export function activeMemberships(
  memberships: readonly Membership[] | undefined,
  board: string,
  day: string,
): Membership[] {
  return (memberships ?? []).filter((m) => m.refGovernanceBoard === board && isActiveOn(m, day));
}
