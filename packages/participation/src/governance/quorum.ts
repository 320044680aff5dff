/** Whether a board session had its quorum: voting members present against the board's quorum. */
import type { GovernanceBoard, Meeting, Membership } from '@opencity/models';
import { computed, notComputable, type Outcome } from '@opencity/kpi';
import { dayOf } from '../entities/dates';
import { distinct } from '../entities/events';
import { participationFinding, type ParticipationFinding } from '../findings';
import { activeMemberships, hasVote } from './memberships';

/** What {@link checkQuorum} returns. */
export interface QuorumCheck {
  /** The board. */
  readonly board: string;
  /** The session. */
  readonly meeting: string;
  /** The session's day, when its start is a date. */
  readonly date: string | undefined;
  /** The board's quorum, when stated. */
  readonly quorum: number | undefined;
  /** Voting members (by member id) whose membership ran that day and who are among the participants. */
  readonly presentVoters: readonly string[];
  /** How many of them: the number compared with the quorum. */
  readonly present: number;
  /** Voting members whose membership ran that day, present or not. */
  readonly votingMembers: number;
  /** Participants holding a non-voting seat (observers, secretaries): present, not counted. */
  readonly presentNonVoting: readonly string[];
  /** Whether present ≥ quorum (a tie at exactly the quorum is quorate); not computable without a quorum or a date. */
  readonly quorate: Outcome<boolean>;
  /** Findings: quorum not met or undefined, a session of another board. */
  readonly findings: readonly ParticipationFinding[];
}

/**
 * Counts the voting members present at a board session — participants whose membership of the board runs on the
 * session's day and carries a vote; each member once — and compares them with the board's quorum.
 * @example
 * const q = checkQuorum(board, session, memberships);
 * if (q.quorate.ok && !q.quorate.value) console.log(`${q.present} present, quorum ${q.quorum}`);
 */
export function checkQuorum(board: GovernanceBoard, meeting: Meeting, memberships: readonly Membership[]): QuorumCheck {
  const findings: ParticipationFinding[] = [];
  if (meeting.refGovernanceBoard !== undefined && meeting.refGovernanceBoard !== board.id)
    findings.push(
      participationFinding(
        'session_board_mismatch',
        meeting.id,
        { meeting: meeting.id, board: board.id },
        '/refGovernanceBoard',
      ),
    );
  const date = dayOf(meeting.startDate);
  const quorum =
    typeof board.quorum === 'number' && Number.isInteger(board.quorum) && board.quorum >= 0 ? board.quorum : undefined;
  const base = { board: board.id, meeting: meeting.id, date, quorum };
  if (date === undefined)
    return {
      ...base,
      presentVoters: [],
      present: 0,
      votingMembers: 0,
      presentNonVoting: [],
      quorate: notComputable('invalid_input', `the start of ${meeting.id} is not a date`),
      findings,
    };
  const participants = new Set(distinct(meeting.refParticipant));
  const active = activeMemberships(memberships, board.id, date);
  const voters = new Set(active.filter(hasVote).map((m) => m.refMember));
  const presentVoters = [...voters].filter((id) => participants.has(id));
  const presentNonVoting = [
    ...new Set(active.filter((m) => !hasVote(m) && !voters.has(m.refMember)).map((m) => m.refMember)),
  ].filter((id) => participants.has(id));
  let quorate: Outcome<boolean>;
  if (quorum === undefined) {
    quorate = notComputable('missing_input', `${board.id} states no quorum`, 'quorum');
    findings.push(participationFinding('quorum_undefined', board.id, { board: board.id, meeting: meeting.id }));
  } else {
    quorate = computed(presentVoters.length >= quorum);
    if (presentVoters.length < quorum)
      findings.push(
        participationFinding(
          'quorum_not_met',
          meeting.id,
          {
            board: board.id,
            meeting: meeting.id,
            present: presentVoters.length,
            quorum,
          },
          '/refParticipant',
        ),
      );
  }
  return {
    ...base,
    presentVoters,
    present: presentVoters.length,
    votingMembers: voters.size,
    presentNonVoting,
    quorate,
    findings,
  };
}
