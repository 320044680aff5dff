/**
 * The approval lifecycle of a roadmap, derived from decisions: draft → selected by the jury → approved by the
 * Government → published. A roadmap is never "published" without an approving decision of a board of type
 * `government` dated on or before the publication.
 */
import type { Decision, GovernanceBoard, Roadmap } from '@opencity/models';
import { dayOf } from '../entities/dates';
import { byId, type ParticipationEntities } from '../entities/entities';
import { participationFinding, type ParticipationFinding } from '../findings';

/** A stage of a roadmap's approval, in order. */
export type RoadmapStage = 'draft' | 'selected' | 'approved' | 'published';

/** The stages in lifecycle order. */
export const ROADMAP_STAGES: readonly RoadmapStage[] = Object.freeze([
  'draft',
  'selected',
  'approved',
  'published',
] as const);

/** One stage reached, with the decision behind it (none for the draft). */
export interface ApprovalStep {
  /** The stage. */
  readonly stage: RoadmapStage;
  /** The decision that reached it. */
  readonly decision?: string;
  /** The day it was decided. */
  readonly date?: string;
  /** The board that decided. */
  readonly board?: string;
}

/** What {@link roadmapApproval} returns. */
export interface RoadmapApproval {
  /** The Roadmap id. */
  readonly roadmap: string;
  /** The furthest stage validly reached. */
  readonly stage: RoadmapStage;
  /** The stages reached, in lifecycle order, each with its decision. */
  readonly steps: readonly ApprovalStep[];
  /** Publication without the Government's approval, approval by another board or without selection, rejections. */
  readonly findings: readonly ParticipationFinding[];
}

type Step = 'select' | 'approve' | 'publish';

/**
 * What a decision on a roadmap does: its `decisionType` when stated (selectProjects, approveRoadmap, publishRoadmap),
 * otherwise its board's type — a jury selects, a government approves. Publication is only ever explicit.
 */
function stepOf(d: Decision, board: GovernanceBoard | undefined): Step | undefined {
  switch (d.decisionType) {
    case 'selectProjects':
      return 'select';
    case 'approveRoadmap':
      return 'approve';
    case 'publishRoadmap':
      return 'publish';
    case undefined:
      return board?.boardType === 'jury' ? 'select' : board?.boardType === 'government' ? 'approve' : undefined;
    default:
      return undefined;
  }
}

const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * The approval lifecycle of one roadmap from the dataset's decisions that reference it (`refRoadmap`). Only approving
 * decisions (outcome approved or amended) move it forward; the first decision of each step counts.
 * @example
 * const a = roadmapApproval(roadmap, { decisions, boards });
 * a.stage; // 'approved'
 * a.steps.map((s) => `${s.stage} ${s.decision ?? ''}`);
 */
export function roadmapApproval(roadmap: Roadmap, entities: ParticipationEntities): RoadmapApproval {
  const boards = byId<GovernanceBoard>(entities.boards);
  const findings: ParticipationFinding[] = [];
  const approving: { d: Decision; step: Step; date: string; board: GovernanceBoard | undefined }[] = [];
  for (const d of entities.decisions ?? []) {
    if (d.refRoadmap !== roadmap.id) continue;
    const date = dayOf(d.dateDecided);
    const board = boards.get(d.refGovernanceBoard);
    const step = stepOf(d, board);
    if (date === undefined || step === undefined) continue;
    if (d.outcome === 'rejected' || d.outcome === 'postponed') {
      findings.push(
        participationFinding('roadmap_not_approved', d.id, {
          decision: d.id,
          outcome: d.outcome,
          roadmap: roadmap.id,
          date,
        }),
      );
      continue;
    }
    if (step === 'approve' && board?.boardType !== 'government') {
      findings.push(
        participationFinding('roadmap_approval_not_by_government', d.id, {
          decision: d.id,
          roadmap: roadmap.id,
          board: d.refGovernanceBoard,
        }),
      );
      continue;
    }
    approving.push({ d, step, date, board });
  }
  approving.sort(byDate);
  const first = (step: Step) => approving.find((a) => a.step === step);
  const steps: ApprovalStep[] = [{ stage: 'draft' }];
  const toStep = (stage: RoadmapStage, a: (typeof approving)[number]): ApprovalStep => ({
    stage,
    decision: a.d.id,
    date: a.date,
    board: a.d.refGovernanceBoard,
  });
  const selected = first('select');
  const approved = first('approve');
  if (selected) steps.push(toStep('selected', selected));
  if (approved) {
    if (!selected || selected.date > approved.date)
      findings.push(
        participationFinding('roadmap_approved_without_selection', approved.d.id, {
          roadmap: roadmap.id,
          decision: approved.d.id,
          date: approved.date,
        }),
      );
    steps.push(toStep('approved', approved));
  }
  for (const p of approving.filter((a) => a.step === 'publish')) {
    if (approved && approved.date <= p.date) {
      steps.push(toStep('published', p));
      break;
    }
    findings.push(
      participationFinding('roadmap_published_without_government_approval', p.d.id, {
        decision: p.d.id,
        roadmap: roadmap.id,
        date: p.date,
      }),
    );
  }
  return { roadmap: roadmap.id, stage: steps[steps.length - 1]!.stage, steps, findings };
}

/**
 * The roadmap a report should present: the one furthest along its approval (published, then approved, selected,
 * draft), the latest decided among equals, else the last listed. `undefined` when there is none.
 */
export function currentRoadmap(
  entities: ParticipationEntities,
): { roadmap: Roadmap; approval: RoadmapApproval } | undefined {
  let best: { roadmap: Roadmap; approval: RoadmapApproval; rank: number; date: string } | undefined;
  for (const roadmap of entities.roadmaps ?? []) {
    const approval = roadmapApproval(roadmap, entities);
    const rank = ROADMAP_STAGES.indexOf(approval.stage);
    const date = approval.steps[approval.steps.length - 1]!.date ?? '';
    if (!best || rank > best.rank || (rank === best.rank && date >= best.date))
      best = { roadmap, approval, rank, date };
  }
  return best && { roadmap: best.roadmap, approval: best.approval };
}
