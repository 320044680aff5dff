/** The register of decisions: by board and date, with what each approved and whether its session could decide. */
import type { Decision, GovernanceBoard, LocalizedText, Meeting } from '@opencity/models';
import { dayOf } from '../entities/dates';
import { byId, type ParticipationEntities } from '../entities/entities';
import { participationFinding, type ParticipationFinding } from '../findings';
import { checkQuorum, type QuorumCheck } from './quorum';

/** One thing a decision approved or concerned. */
export type DecisionObject =
  | { readonly kind: 'roadmap'; readonly ref: string }
  | { readonly kind: 'factsheet'; readonly ref: string }
  | { readonly kind: 'kpiDefinition'; readonly ref: string }
  | { readonly kind: 'budget'; readonly amount: number }
  | { readonly kind: 'other'; readonly ref: string };

/** One entry of the register. */
export interface RegisterEntry {
  /** The Decision id. */
  readonly decision: string;
  /** Its number in the board's register, when stated. */
  readonly number: string | undefined;
  /** The deciding board. */
  readonly board: string;
  /** The board's type, when the board is in the dataset. */
  readonly boardType: GovernanceBoard['boardType'] | undefined;
  /** The board's name, when the board is in the dataset. */
  readonly boardName: LocalizedText | undefined;
  /** Day decided, when it is a date. */
  readonly date: string | undefined;
  /** Subject. */
  readonly subject: LocalizedText;
  /** approved, rejected, postponed or amended. */
  readonly outcome: Decision['outcome'];
  /** The decision's type, when stated. */
  readonly decisionType: Decision['decisionType'];
  /** What it approved or concerned: roadmap, factsheets, KPI definitions, a budget, other entities. */
  readonly objects: readonly DecisionObject[];
  /** The session, when stated. */
  readonly meeting: string | undefined;
  /** The session's quorum check, when the session and board are in the dataset. */
  readonly quorum: QuorumCheck | undefined;
  /** Votes, when the board voted. */
  readonly voteCount: Decision['voteCount'];
}

/** What {@link decisionRegister} returns. */
export interface DecisionRegister {
  /** Entries by board (in the boards' order, unknown boards last) then date, number and id. */
  readonly entries: readonly RegisterEntry[];
  /** Unknown boards, decisions at sessions without quorum, date and vote-count inconsistencies. */
  readonly findings: readonly ParticipationFinding[];
}

/** What a decision approved or concerned, in a fixed order: roadmap, factsheets, KPI definitions, budget, others. */
export function decisionObjects(d: Decision): DecisionObject[] {
  return [
    ...(d.refRoadmap ? [{ kind: 'roadmap', ref: d.refRoadmap } as const] : []),
    ...(d.refProjectFactsheet ?? []).map((ref) => ({ kind: 'factsheet', ref }) as const),
    ...(d.refKpiDefinition ?? []).map((ref) => ({ kind: 'kpiDefinition', ref }) as const),
    ...(typeof d.budgetApproved === 'number' && Number.isFinite(d.budgetApproved)
      ? [{ kind: 'budget', amount: d.budgetApproved } as const]
      : []),
    ...(d.refRelatedEntity ?? []).map((ref) => ({ kind: 'other', ref }) as const),
  ];
}

/**
 * The decision register of a dataset, with each decision's session checked: the board exists, the session had its
 * quorum, it took place on the day decided, and no more votes were cast than voting members present.
 * @example
 * const { entries, findings } = decisionRegister({ boards, decisions, meetings, memberships });
 */
export function decisionRegister(entities: ParticipationEntities): DecisionRegister {
  const boards = byId<GovernanceBoard>(entities.boards);
  const meetings = byId<Meeting>(entities.meetings);
  const memberships = entities.memberships ?? [];
  const order = new Map((entities.boards ?? []).map((b, k) => [b.id, k]));
  const findings: ParticipationFinding[] = [];
  const quorumBySession = new Map<string, QuorumCheck>();
  const entries = (entities.decisions ?? []).map((d): RegisterEntry => {
    const board = boards.get(d.refGovernanceBoard);
    const date = dayOf(d.dateDecided);
    if (!board)
      findings.push(
        participationFinding(
          'decision_board_unknown',
          d.id,
          { decision: d.id, board: d.refGovernanceBoard },
          '/refGovernanceBoard',
        ),
      );
    const session = d.refMeeting === undefined ? undefined : meetings.get(d.refMeeting);
    let quorum: QuorumCheck | undefined;
    if (board && session) {
      const key = `${board.id}\u0000${session.id}`;
      quorum = quorumBySession.get(key) ?? quorumBySession.set(key, checkQuorum(board, session, memberships)).get(key)!;
      if (quorum.quorate.ok && !quorum.quorate.value)
        findings.push(
          participationFinding(
            'decision_without_quorum',
            d.id,
            {
              decision: d.id,
              meeting: session.id,
              present: quorum.present,
              quorum: quorum.quorum ?? 0,
            },
            '/refMeeting',
          ),
        );
      if (date !== undefined && quorum.date !== undefined && date !== quorum.date)
        findings.push(
          participationFinding(
            'decision_session_date_mismatch',
            d.id,
            {
              decision: d.id,
              date,
              meeting: session.id,
              sessionDate: quorum.date,
            },
            '/dateDecided',
          ),
        );
    }
    const v = d.voteCount;
    if (v) {
      const votes = v.inFavour + v.against + (v.abstention ?? 0);
      const voters = quorum?.date !== undefined ? quorum.present : board?.votingSeats;
      if (typeof voters === 'number' && votes > voters)
        findings.push(
          participationFinding('votes_exceed_members', d.id, { decision: d.id, votes, voters }, '/voteCount'),
        );
    }
    return {
      decision: d.id,
      number: d.decisionNumber,
      board: d.refGovernanceBoard,
      boardType: board?.boardType,
      boardName: board?.name,
      date,
      subject: d.subject,
      outcome: d.outcome,
      decisionType: d.decisionType,
      objects: decisionObjects(d),
      meeting: d.refMeeting,
      quorum,
      voteCount: v,
    };
  });
  const rank = (b: string) => order.get(b) ?? Number.MAX_SAFE_INTEGER;
  const cmp = (a?: string, b?: string) =>
    (a ?? '\uffff') < (b ?? '\uffff') ? -1 : (a ?? '\uffff') > (b ?? '\uffff') ? 1 : 0;
  entries.sort(
    (a, b) =>
      rank(a.board) - rank(b.board) ||
      cmp(a.board, b.board) ||
      cmp(a.date, b.date) ||
      cmp(a.number, b.number) ||
      cmp(a.decision, b.decision),
  );
  return { entries, findings };
}
