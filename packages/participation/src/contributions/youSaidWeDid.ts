/** "You said, we did": what became of each suggestion, grouped by theme, channel or fate. */
import type { Contribution, LocalizedText } from '@opencity/models';
import { byId, type ParticipationEntities } from '../entities/entities';
import {
  CONTRIBUTION_FATES,
  byFate,
  traceContributions,
  type ContributionFate,
  type ContributionTraceability,
  type TraceOptions,
} from './traceContributions';

/** How {@link youSaidWeDid} groups contributions. */
export type YouSaidWeDidGrouping = 'theme' | 'channel' | 'fate';

/** One suggestion and what became of it. */
export interface YouSaidWeDidItem {
  /** The Contribution id. */
  readonly id: string;
  /** What was said, in its languages (never who said it). */
  readonly text: LocalizedText;
  /** idea, suggestion or concern. */
  readonly contributionType: Contribution['contributionType'];
  /** How it reached the Office. */
  readonly channel: Contribution['channel'];
  /** What became of it. */
  readonly fate: ContributionFate;
  /** Why it was rejected, when recorded. */
  readonly reason?: LocalizedText;
  /** Factsheets it fed (ids). */
  readonly factsheets: readonly string[];
  /** Days to the first answer, when answered. */
  readonly responseDays?: number;
}

/** One group of the report. */
export interface YouSaidWeDidGroup {
  /** Theme id, channel code or fate; `''` for contributions without a theme. */
  readonly key: string;
  /** Contributions per fate. */
  readonly counts: Readonly<Record<ContributionFate, number>>;
  /** The contributions, most advanced fate first. */
  readonly items: readonly YouSaidWeDidItem[];
}

/** What {@link youSaidWeDid} returns. */
export interface YouSaidWeDid {
  /** The grouping used. */
  readonly groupBy: YouSaidWeDidGrouping;
  /** Contributions per fate over the whole report (each contribution once). */
  readonly totals: Readonly<Record<ContributionFate, number>>;
  /** The groups: themes in the Theme entities' order (no theme last), channels and fates in their fixed order. */
  readonly groups: readonly YouSaidWeDidGroup[];
}

/** Options of {@link youSaidWeDid}. */
export interface YouSaidWeDidOptions extends TraceOptions {
  /** Grouping (default `theme`; a contribution about two themes is listed under both). */
  readonly groupBy?: YouSaidWeDidGrouping;
  /** A trace already computed with {@link traceContributions} on the same entities. */
  readonly trace?: ContributionTraceability;
}

const CHANNELS: readonly Contribution['channel'][] = ['workshop', 'meeting', 'onlinePlatform', 'writtenSubmission'];

const zero = (): Record<ContributionFate, number> =>
  Object.fromEntries(CONTRIBUTION_FATES.map((f) => [f, 0])) as Record<ContributionFate, number>;

/**
 * The "you said, we did" report: every contribution's text and fate, grouped. Contributors are never named: the
 * report says what was said and what the Office did, not who said it.
 * @example
 * const report = youSaidWeDid(entities, { groupBy: 'channel' });
 * report.groups.map((g) => `${g.key}: ${g.counts.implemented} implemented`);
 */
export function youSaidWeDid(entities: ParticipationEntities, options: YouSaidWeDidOptions = {}): YouSaidWeDid {
  const groupBy = options.groupBy ?? 'theme';
  const trace = options.trace ?? traceContributions(entities, options);
  const contributions = byId<Contribution>(entities.contributions);
  const groups = new Map<string, YouSaidWeDidItem[]>();
  const totals = zero();
  for (const t of byFate(trace.contributions)) {
    totals[t.fate]++;
    const c = contributions.get(t.id);
    const item: YouSaidWeDidItem = {
      id: t.id,
      text: c?.text ?? {},
      contributionType: t.contributionType,
      channel: t.channel,
      fate: t.fate,
      ...(t.rejectionReason ? { reason: t.rejectionReason } : {}),
      factsheets: t.factsheets,
      ...(t.responseDays.ok ? { responseDays: t.responseDays.value } : {}),
    };
    const keys =
      groupBy === 'theme' ? (t.themes.length ? t.themes : ['']) : [groupBy === 'channel' ? t.channel : t.fate];
    for (const k of keys) (groups.get(k) ?? groups.set(k, []).get(k)!).push(item);
  }
  const themeOrder = new Map((entities.themes ?? []).map((th) => [th.id, th.order]));
  const fixed: readonly string[] = groupBy === 'channel' ? CHANNELS : groupBy === 'fate' ? CONTRIBUTION_FATES : [];
  const keys = [...groups.keys()].sort((a, b) => {
    if (groupBy !== 'theme') return fixed.indexOf(a) - fixed.indexOf(b);
    if (a === '' || b === '') return a === '' ? 1 : b === '' ? -1 : 0;
    return (
      (themeOrder.get(a) ?? Number.MAX_SAFE_INTEGER) - (themeOrder.get(b) ?? Number.MAX_SAFE_INTEGER) ||
      (a < b ? -1 : a > b ? 1 : 0)
    );
  });
  return {
    groupBy,
    totals,
    groups: keys.map((key) => {
      const items = groups.get(key)!;
      const counts = zero();
      for (const i of items) counts[i.fate]++;
      return { key, counts, items };
    }),
  };
}
