/**
 * The governance check of a dataset: every board's composition, every board session's quorum, the decision register
 * and every roadmap's approval chain, with all findings in one list — what `opencity governance check` prints.
 */
import type { Lang } from '@opencity/models';
import { ParticipationError } from '../errors';
import { dayOf } from '../entities/dates';
import { byId, type ParticipationEntities } from '../entities/entities';
import type { ParticipationFinding } from '../findings';
import { HELICES } from '../helix/helix';
import { checkBoardComposition, type CompositionCheck, type CompositionRules } from '../governance/composition';
import { checkQuorum, type QuorumCheck } from '../governance/quorum';
import { decisionRegister, type DecisionRegister } from '../governance/decisionRegister';
import { roadmapApproval, type RoadmapApproval } from '../approval/roadmapApproval';
import type { Block, Document } from '../document/document';
import { formatter } from '../text/format';
import { textIn } from '@opencity/models';
import { message, type MessageKey } from '../text/messages';
import { findingsBlocks } from './participationReport';

/** Options of {@link checkGovernance}. */
export interface GovernanceCheckOptions {
  /** The day board compositions are checked on (a dissolved board is checked on its last day). */
  readonly asOf: string;
  /**
   * Composition rules by board id or, failing that, by board type (`government`, `steeringCommittee`, `jury`…).
   * A board with neither is checked without helix rules (one chair, voting seats as stated).
   */
  readonly rules?: Readonly<Record<string, CompositionRules>>;
}

/** What {@link checkGovernance} returns. */
export interface GovernanceCheck {
  /** The day checked. */
  readonly asOf: string;
  /** Each board's composition. */
  readonly boards: readonly CompositionCheck[];
  /** Each board session (meetings of type boardSession naming a board of the dataset) up to the as-of date. */
  readonly sessions: readonly QuorumCheck[];
  /** The decision register. */
  readonly register: DecisionRegister;
  /** Each roadmap's approval lifecycle. */
  readonly approvals: readonly RoadmapApproval[];
  /** Every finding, boards first, then sessions, decisions and roadmaps. */
  readonly findings: readonly ParticipationFinding[];
  /** Findings per severity. */
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
}

/**
 * Checks the governance of a dataset.
 * @throws {@link ParticipationError} `invalid_option` for a non-date `asOf`; `invalid_rules` for invalid rules.
 * @example
 * const check = checkGovernance(entities, { asOf: '2026-07-01', rules: { steeringCommittee: { maxHelixShare: 0.4 } } });
 * process.exitCode = check.counts.error > 0 ? 1 : 0;
 */
export function checkGovernance(entities: ParticipationEntities, options: GovernanceCheckOptions): GovernanceCheck {
  const asOf = dayOf(options.asOf);
  if (asOf === undefined)
    throw new ParticipationError('invalid_option', `asOf must be a date; got ${String(options.asOf)}`);
  const rules = options.rules ?? {};
  const rulesOf = (id: string, type: string): CompositionRules =>
    (Object.hasOwn(rules, id) ? rules[id] : Object.hasOwn(rules, type) ? rules[type] : undefined) ?? {
      requiredHelices: [],
    };
  const boards = (entities.boards ?? []).map((b) => {
    const dissolved = dayOf(b.dateDissolved);
    const established = dayOf(b.dateEstablished);
    const day =
      dissolved !== undefined && dissolved < asOf
        ? dissolved
        : established !== undefined && established > asOf
          ? established
          : asOf;
    return checkBoardComposition(
      b,
      entities.memberships ?? [],
      entities.stakeholders ?? [],
      rulesOf(b.id, b.boardType),
      day,
      entities.organisations ?? [],
    );
  });
  const byBoard = byId(entities.boards);
  const sessions: QuorumCheck[] = [];
  for (const m of entities.meetings ?? []) {
    if (m.meetingType !== 'boardSession' || m.refGovernanceBoard === undefined) continue;
    const board = byBoard.get(m.refGovernanceBoard);
    const day = dayOf(m.startDate);
    if (board && (day === undefined || day <= asOf)) sessions.push(checkQuorum(board, m, entities.memberships ?? []));
  }
  const register = decisionRegister(entities);
  const approvals = (entities.roadmaps ?? []).map((r) => roadmapApproval(r, entities));
  const findings = [
    ...boards.flatMap((b) => b.findings),
    ...sessions.flatMap((s) => s.findings),
    ...register.findings,
    ...approvals.flatMap((a) => a.findings),
  ];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const x of findings) counts[x.severity]++;
  return { asOf, boards, sessions, register, approvals, findings, counts };
}

/** The governance check as a document in one language. */
export function governanceCheckDocument(check: GovernanceCheck, entities: ParticipationEntities, lang: Lang): Document {
  const f = formatter(lang);
  const boards = byId(entities.boards);
  const boardName = (id: string) => {
    const b = boards.get(id);
    return b ? (textIn(b.name, lang) ?? id) : id;
  };
  const title = message('governance.title', lang);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', text: message('report.asOf', lang, { date: f.date(check.asOf) }) },
    {
      kind: 'paragraph',
      text: message('governance.summary', lang, {
        errors: f.count('errors', check.counts.error),
        warnings: f.count('warnings', check.counts.warning),
        infos: f.count('notes', check.counts.info),
      }),
    },
    { kind: 'heading', level: 2, text: message('governance.composition', lang) },
    {
      kind: 'table',
      columns: [
        { label: message('col.board', lang) },
        { label: message('col.date', lang) },
        { label: message('col.votingMembers', lang), align: 'right' },
        ...HELICES.map((h) => ({ label: message(`helix.${h}` as MessageKey, lang), align: 'right' as const })),
        { label: message('col.evenness', lang), align: 'right' },
      ],
      rows: check.boards.map((b) => [
        boardName(b.board),
        f.date(b.date),
        f.number(b.votingBalance.total),
        ...HELICES.map((h) => f.number(b.votingBalance.counts[h])),
        f.outcome(b.votingBalance.evenness),
      ]),
    },
  ];
  if (check.sessions.length)
    blocks.push(
      { kind: 'heading', level: 2, text: message('governance.sessions', lang) },
      {
        kind: 'table',
        columns: [
          { label: message('col.meeting', lang) },
          { label: message('col.board', lang) },
          { label: message('col.date', lang) },
          { label: message('col.present', lang), align: 'right' },
          { label: message('col.quorum', lang), align: 'right' },
          { label: message('col.quorate', lang) },
        ],
        rows: check.sessions.map((s) => [
          s.meeting,
          boardName(s.board),
          s.date ? f.date(s.date) : '',
          f.number(s.present),
          s.quorum === undefined ? '—' : f.number(s.quorum),
          s.quorate.ok ? message(s.quorate.value ? 'yes' : 'no', lang) : message('notComputable', lang),
        ]),
      },
    );
  if (check.approvals.length)
    blocks.push(
      { kind: 'heading', level: 2, text: message('note.approvalChain', lang) },
      {
        kind: 'table',
        columns: [
          { label: message('col.roadmap', lang) },
          { label: message('col.stage', lang) },
          { label: message('col.date', lang) },
          { label: message('col.decision', lang) },
        ],
        rows: check.approvals.flatMap((a) =>
          a.steps.map((s) => [
            a.roadmap,
            message(`stage.${s.stage}` as MessageKey, lang),
            s.date ? f.date(s.date) : '',
            s.decision ?? '',
          ]),
        ),
      },
    );
  blocks.push(
    { kind: 'heading', level: 2, text: message('report.findings', lang) },
    ...findingsBlocks(check.findings, lang),
  );
  return { lang, title, blocks };
}
