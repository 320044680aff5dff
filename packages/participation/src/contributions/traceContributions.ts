/**
 * From contribution to roadmap: what became of every idea, suggestion and concern — its status history, the
 * contributions it was merged into, the project factsheets it fed, how the jury and the roadmap treated them — and how
 * long the Office took to answer it.
 */
import type { Contribution, JuryEvaluation, LocalizedText, ProjectFactsheet, Roadmap } from '@opencity/models';
import { computed, notComputable, type Outcome } from '@opencity/kpi';
import { dayOf, daysBetween } from '../entities/dates';
import { byId, type ParticipationEntities } from '../entities/entities';
import { distinct } from '../entities/events';
import { participationFinding, type ParticipationFinding } from '../findings';
import { currentRoadmap, roadmapApproval, type RoadmapStage } from '../approval/roadmapApproval';

/** A contribution's status, as the Contribution schema codes it. */
export type ContributionStatus = Contribution['status'];

/**
 * What became of a contribution, most advanced first: `implemented`; `scheduled` (it fed a factsheet scheduled in the
 * roadmap); `inFactsheet` (it fed a factsheet not, or not yet, in the roadmap); `accepted`; `rejected`; still
 * `underReview` or only `received`; or `merged` when the contribution it was merged into cannot be found. A merged
 * contribution shares the fate of the one it was folded into.
 */
export type ContributionFate =
  'implemented' | 'scheduled' | 'inFactsheet' | 'accepted' | 'rejected' | 'underReview' | 'received' | 'merged';

/** Every fate, in report order. */
export const CONTRIBUTION_FATES: readonly ContributionFate[] = Object.freeze([
  'implemented',
  'scheduled',
  'inFactsheet',
  'accepted',
  'rejected',
  'underReview',
  'received',
  'merged',
] as const);

/** One status change of a contribution. */
export interface StatusChange {
  /** The new status. */
  readonly status: ContributionStatus;
  /** Its day. */
  readonly date: string | undefined;
  /** Why, when stated. */
  readonly reason?: LocalizedText;
  /** The decision behind it, when stated. */
  readonly decision?: string;
}

/** The path of one contribution. */
export interface ContributionTrace {
  /** The Contribution id. */
  readonly id: string;
  /** How it reached the Office. */
  readonly channel: Contribution['channel'];
  /** idea, suggestion or concern. */
  readonly contributionType: Contribution['contributionType'];
  /** Theme ids. */
  readonly themes: readonly string[];
  /** The workshop or meeting it came from, when stated. */
  readonly source: string | undefined;
  /** Day received, when it is a date. */
  readonly dateReceived: string | undefined;
  /** Current status. */
  readonly status: ContributionStatus;
  /** Status changes, oldest first (the history as recorded). */
  readonly history: readonly StatusChange[];
  /** For a merged contribution: the one it was folded into. */
  readonly mergedInto?: string;
  /** For a merged contribution: the end of its merge chain (a contribution that is not merged), when it resolves. */
  readonly finalContribution?: string;
  /** Factsheets it fed, directly or through the end of its merge chain. */
  readonly factsheets: readonly string[];
  /** Of those, the ones scheduled in the roadmap. */
  readonly scheduledFactsheets: readonly string[];
  /** What became of it. */
  readonly fate: ContributionFate;
  /** The reason of a rejection, when recorded. */
  readonly rejectionReason?: LocalizedText;
  /** Days from reception to the first status after `received`; not computable while unanswered or undated. */
  readonly responseDays: Outcome<number>;
}

/** The contributions behind one factsheet and what the jury and the roadmap made of it. */
export interface FactsheetTrace {
  /** The ProjectFactsheet id. */
  readonly factsheet: string;
  /** Its name, when the factsheet is in the dataset. */
  readonly name: string | LocalizedText | undefined;
  /** Its theme, when the factsheet is in the dataset. */
  readonly theme: string | undefined;
  /** Contributions behind it (directly, or merged into one that is), in input order. */
  readonly contributions: readonly string[];
  /** Jurors' evaluations of it: how many scored and how many abstained. */
  readonly jury: { readonly scored: number; readonly abstained: number };
  /** In the roadmap: scheduled (with years and rank), left out (with the reason) or absent from it. */
  readonly roadmap:
    | { readonly status: 'scheduled'; readonly startYear: number; readonly endYear: number; readonly rank?: number }
    | { readonly status: 'notSelected'; readonly reason: string; readonly rank?: number }
    | { readonly status: 'absent' };
}

/** What {@link traceContributions} returns. */
export interface ContributionTraceability {
  /** Every contribution, in input order. */
  readonly contributions: readonly ContributionTrace[];
  /** Every factsheet of the dataset, then factsheets only referenced by contributions. */
  readonly factsheets: readonly FactsheetTrace[];
  /** The roadmap traced against, with its approval stage. */
  readonly roadmap: { readonly id: string; readonly stage: RoadmapStage } | undefined;
  /** Broken merge chains, histories out of order or at odds with the status, unknown factsheets. */
  readonly findings: readonly ParticipationFinding[];
}

/** Options of {@link traceContributions}. */
export interface TraceOptions {
  /** The Roadmap id to trace against (default: the one furthest along its approval, see `currentRoadmap`). */
  readonly roadmap?: string;
}

const RANK = new Map(CONTRIBUTION_FATES.map((f, k) => [f, k]));

/**
 * Traces every contribution of the dataset to the roadmap. Work is linear in the number of contributions: merge
 * chains are resolved once and cycles are reported, never followed forever.
 * @example
 * const t = traceContributions({ contributions, factsheets, juryEvaluations, roadmaps, decisions, boards });
 * t.factsheets.find((f) => f.factsheet === id)?.contributions; // the contributions behind a project
 * t.contributions[0]?.responseDays; // { ok: true, value: 12 }
 */
export function traceContributions(
  entities: ParticipationEntities,
  options: TraceOptions = {},
): ContributionTraceability {
  const contributions = entities.contributions ?? [];
  const byContribution = byId<Contribution>(contributions);
  const factsheets = byId<ProjectFactsheet>(entities.factsheets);
  const findings: ParticipationFinding[] = [];

  const chosen =
    options.roadmap === undefined
      ? currentRoadmap(entities)
      : (() => {
          const r = (entities.roadmaps ?? []).find((x) => x.id === options.roadmap);
          return r ? { roadmap: r, approval: roadmapApproval(r, entities) } : undefined;
        })();
  const inRoadmap = roadmapPlacement(chosen?.roadmap);

  const resolveMerge = mergeResolver(byContribution, findings);

  const traces = contributions.map((c): ContributionTrace => {
    const received = dayOf(c.dateReceived);
    const history = historyOf(c, received, findings);
    const { final, broken } = resolveMerge(c);
    const end = final === undefined ? undefined : byContribution.get(final);
    const factsheetIds = distinct([...(c.refProjectFactsheet ?? []), ...(end?.refProjectFactsheet ?? [])]);
    (c.refProjectFactsheet ?? []).forEach((f, k) => {
      if (!factsheets.has(f))
        findings.push(
          participationFinding(
            'contribution_factsheet_unknown',
            c.id,
            { contribution: c.id, factsheet: f },
            `/refProjectFactsheet/${k}`,
          ),
        );
    });
    const scheduled = factsheetIds.filter((f) => inRoadmap.get(f)?.status === 'scheduled');
    const decisive = end ?? c;
    const fate: ContributionFate =
      c.status === 'merged' && broken
        ? 'merged'
        : decisive.status === 'implemented'
          ? 'implemented'
          : decisive.status === 'rejected'
            ? 'rejected'
            : scheduled.length > 0
              ? 'scheduled'
              : factsheetIds.length > 0
                ? 'inFactsheet'
                : decisive.status === 'accepted'
                  ? 'accepted'
                  : decisive.status === 'underReview' || decisive.status === 'merged'
                    ? 'underReview'
                    : 'received';
    const rejection = fate === 'rejected' ? lastReason(decisive, 'rejected') : undefined;
    return {
      id: c.id,
      channel: c.channel,
      contributionType: c.contributionType,
      themes: distinct(c.refTheme),
      source: c.refWorkshop ?? c.refMeeting,
      dateReceived: received,
      status: c.status,
      history,
      ...(c.status === 'merged' && c.refMergedInto !== undefined ? { mergedInto: c.refMergedInto } : {}),
      ...(final !== undefined && final !== c.id ? { finalContribution: final } : {}),
      factsheets: factsheetIds,
      scheduledFactsheets: scheduled,
      fate,
      ...(rejection ? { rejectionReason: rejection } : {}),
      responseDays: responseDays(c, received, history),
    };
  });

  const behind = new Map<string, string[]>();
  for (const t of traces) for (const f of t.factsheets) (behind.get(f) ?? behind.set(f, []).get(f)!).push(t.id);
  const jury = new Map<string, { scored: number; abstained: number }>();
  for (const e of entities.juryEvaluations ?? ([] as readonly JuryEvaluation[])) {
    const j =
      jury.get(e.refProjectFactsheet) ??
      jury.set(e.refProjectFactsheet, { scored: 0, abstained: 0 }).get(e.refProjectFactsheet)!;
    if (e.status === 'abstained') j.abstained++;
    else j.scored++;
  }
  const factsheetIds = distinct([...(entities.factsheets ?? []).map((f) => f.id), ...behind.keys()]);
  return {
    contributions: traces,
    factsheets: factsheetIds.map((id) => ({
      factsheet: id,
      name: factsheets.get(id)?.name,
      theme: factsheets.get(id)?.refTheme,
      contributions: behind.get(id) ?? [],
      jury: jury.get(id) ?? { scored: 0, abstained: 0 },
      roadmap: inRoadmap.get(id) ?? { status: 'absent' },
    })),
    roadmap: chosen && { id: chosen.roadmap.id, stage: chosen.approval.stage },
    findings,
  };
}

/**
 * Resolves merge chains in linear time overall: each contribution is walked once, chains that meet an already resolved
 * one reuse its end, and a cycle is reported once and leaves every contribution on or into it unresolved.
 */
function mergeResolver(
  byContribution: ReadonlyMap<string, Contribution>,
  findings: ParticipationFinding[],
): (c: Contribution) => { final: string | undefined; broken: boolean } {
  const memo = new Map<string, { final: string | undefined; broken: boolean }>();
  return (start) => {
    const path: string[] = [];
    const onPath = new Set<string>();
    let cur: Contribution = start;
    let tail: { final: string | undefined; broken: boolean };
    for (;;) {
      const known = memo.get(cur.id);
      if (known) {
        tail = known;
        break;
      }
      if (onPath.has(cur.id)) {
        const cycle = path.slice(path.indexOf(cur.id));
        findings.push(
          participationFinding(
            'contribution_merge_cycle',
            cur.id,
            {
              contribution: cur.id,
              chain: [...cycle, cur.id].join(' → '),
            },
            '/refMergedInto',
          ),
        );
        tail = { final: undefined, broken: true };
        break;
      }
      onPath.add(cur.id);
      path.push(cur.id);
      if (cur.status !== 'merged') {
        tail = { final: cur.id, broken: false };
        break;
      }
      const target = cur.refMergedInto;
      if (target === undefined) {
        findings.push(
          participationFinding('contribution_merged_without_target', cur.id, { contribution: cur.id }, '/status'),
        );
        tail = { final: undefined, broken: true };
        break;
      }
      const next = byContribution.get(target);
      if (!next) {
        findings.push(
          participationFinding(
            'contribution_merge_target_unknown',
            cur.id,
            { contribution: cur.id, target },
            '/refMergedInto',
          ),
        );
        tail = { final: undefined, broken: true };
        break;
      }
      cur = next;
    }
    for (const id of path) memo.set(id, tail);
    return memo.get(start.id)!;
  };
}

/** Contributions ordered by fate (most advanced first), then input order: what a "you said, we did" list shows. */
export function byFate(traces: readonly ContributionTrace[]): ContributionTrace[] {
  return traces
    .map((t, k) => ({ t, k }))
    .sort((a, b) => RANK.get(a.t.fate)! - RANK.get(b.t.fate)! || a.k - b.k)
    .map((x) => x.t);
}

function roadmapPlacement(roadmap: Roadmap | undefined): Map<string, FactsheetTrace['roadmap']> {
  const out = new Map<string, FactsheetTrace['roadmap']>();
  if (!roadmap) return out;
  for (const p of roadmap.scheduledProjects ?? [])
    out.set(p.refProjectFactsheet, {
      status: 'scheduled',
      startYear: p.startYear,
      endYear: p.endYear,
      ...(p.rank === undefined ? {} : { rank: p.rank }),
    });
  for (const p of roadmap.notSelected ?? [])
    if (!out.has(p.refProjectFactsheet))
      out.set(p.refProjectFactsheet, {
        status: 'notSelected',
        reason: p.reason,
        ...(p.rank === undefined ? {} : { rank: p.rank }),
      });
  return out;
}

function historyOf(c: Contribution, received: string | undefined, findings: ParticipationFinding[]): StatusChange[] {
  const history: StatusChange[] = (c.statusHistory ?? []).map((h) => ({
    status: h.status,
    date: dayOf(h.date),
    ...(h.reason ? { reason: h.reason } : {}),
    ...(h.refDecision ? { decision: h.refDecision } : {}),
  }));
  let previous = received;
  let previousLabel = 'dateReceived';
  history.forEach((h, k) => {
    if (h.date !== undefined && previous !== undefined && h.date < previous)
      findings.push(
        participationFinding(
          'contribution_history_out_of_order',
          c.id,
          {
            contribution: c.id,
            index: k,
            date: h.date,
            previous: `${previousLabel} ${previous}`,
          },
          `/statusHistory/${k}/date`,
        ),
      );
    if (h.date !== undefined) {
      previous = h.date;
      previousLabel = `change ${k}`;
    }
  });
  const last = history[history.length - 1];
  if (last && last.status !== c.status)
    findings.push(
      participationFinding(
        'contribution_status_mismatch',
        c.id,
        {
          contribution: c.id,
          status: c.status,
          last: last.status,
        },
        '/status',
      ),
    );
  return history;
}

function responseDays(
  c: Contribution,
  received: string | undefined,
  history: readonly StatusChange[],
): Outcome<number> {
  if (received === undefined)
    return notComputable('invalid_input', `dateReceived of ${c.id} is not a date`, 'dateReceived');
  const answer = history.find((h) => h.status !== 'received');
  if (!answer) {
    return c.status === 'received'
      ? notComputable('missing_input', `${c.id} has not been answered yet`)
      : notComputable(
          'missing_input',
          `${c.id} has no status history: the day it was answered is unknown`,
          'statusHistory',
        );
  }
  if (answer.date === undefined)
    return notComputable('invalid_input', `the answer date of ${c.id} is not a date`, 'statusHistory');
  const days = daysBetween(received, answer.date);
  return days < 0
    ? notComputable(
        'invalid_input',
        `${c.id} was answered (${answer.date}) before it was received (${received})`,
        'statusHistory',
      )
    : computed(days);
}

function lastReason(c: Contribution, status: ContributionStatus): LocalizedText | undefined {
  const h = c.statusHistory ?? [];
  for (let k = h.length - 1; k >= 0; k--) if (h[k]!.status === status && h[k]!.reason) return h[k]!.reason;
  return undefined;
}
