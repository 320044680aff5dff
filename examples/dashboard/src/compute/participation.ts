/**
 * The Participation and Governance pages of the dashboard, computed at build time with @opencity/participation from
 * the office's entities (the embedded sample, or a workspace's valid records): programme progress, helix balance
 * over time and by theme, the contributions funnel by theme and channel, the participation KPIs, the boards'
 * composition, the decision register and the roadmap's approval chain. Aggregates only: individuals appear by name
 * only with their consent to public listing, contact details never.
 */
import { computeDataset, listDefinitions, type InputRow, type NotComputableCode, type Outcome } from '@opencity/kpi';
import type { CompleteText, Lang, Organisation, Stakeholder } from '@opencity/models';
import {
  CONTRIBUTION_FATES,
  activeMemberships,
  checkGovernance,
  currentRoadmap,
  describeFinding,
  message,
  participationKpiInputs,
  participationReport,
  publicName,
  traceContributions,
  type BoardMember,
  type CompositionRules,
  type ContributionFate,
  type DecisionObject,
  type Helix,
  type HelixBalance,
  type ItemStatus,
  type ParticipationEntities,
  type ProgrammePlan,
  type RegisterEntry,
  type RoadmapStage,
} from '@opencity/participation';
import { textIn } from '@opencity/models';

/** A text in the three languages. */
const all = (f: (lang: Lang) => string): CompleteText => ({ fr: f('fr'), nl: f('nl'), en: f('en') });
const label = (text: Parameters<typeof textIn>[0], fallback: string): CompleteText =>
  all((lang) => textIn(text, lang) ?? fallback);

/** Counts per helix. */
export type HelixCounts = Readonly<Record<Helix, number>>;

/**
 * How a group spreads over the quadruple helix (from the library's `HelixBalance`): counts, shares, the helices
 * nobody represents and Pielou's J — a share or J that cannot be computed is null with the reason code.
 */
export interface HelixRow {
  readonly total: number;
  readonly counts: HelixCounts;
  readonly shares: HelixCounts | null;
  readonly missing: readonly Helix[];
  readonly evenness: number | null;
  /** Why shares or J are null. */
  readonly reason?: NotComputableCode;
}

/** A value or the reason code it is missing. */
export interface Figure {
  readonly value: number | null;
  readonly reason?: NotComputableCode;
}

/** The Participation page. */
export interface ParticipationView {
  /** The day described. */
  readonly asOf: string;
  /** The engagement programme's items, when the profile has a plan. */
  readonly programme: readonly {
    readonly id: string;
    readonly label: CompleteText;
    readonly target: number;
    readonly achieved: number;
    readonly expectedByNow: number;
    readonly start: string;
    readonly due: string;
    readonly status: ItemStatus;
    readonly completedOn?: string;
    readonly onTime?: boolean;
    /** Helices a required helix set still lacks. */
    readonly missingHelices: readonly Helix[];
  }[];
  /** Distinct participants up to the end of each month, per helix. */
  readonly overTime: readonly { readonly month: string; readonly balance: HelixRow }[];
  /** The register and the participants. */
  readonly balance: { readonly register: HelixRow; readonly participants: HelixRow };
  /** Participants per theme. */
  readonly byTheme: readonly { readonly theme: CompleteText; readonly balance: HelixRow }[];
  /** The contributions funnel, from received to implemented: each stage counts the contributions that reached it. */
  readonly funnel: readonly { readonly stage: FunnelStage; readonly count: number }[];
  /** Contributions per fate, by theme (a contribution under each of its themes) and by channel. */
  readonly fates: {
    readonly byTheme: readonly { readonly key: CompleteText; readonly counts: FateCounts }[];
    readonly byChannel: readonly { readonly key: string; readonly counts: FateCounts }[];
  };
  /** Share answered within the window and median response time (the PAR-06 and PAR-07 method). */
  readonly responses: {
    readonly shareInTime: Figure;
    readonly medianDays: Figure;
    readonly due: number;
    readonly windowDays: number;
  };
  /** The participation KPIs (PAR-*) of the programme area on the as-of year. */
  readonly kpis: readonly {
    readonly id: string;
    readonly name: CompleteText;
    readonly unit: string;
    readonly period: string;
    readonly value: number | null;
    readonly reason?: NotComputableCode;
  }[];
}

/** Contributions per fate. */
export type FateCounts = Readonly<Record<ContributionFate, number>>;

/** A stage of the contributions funnel. */
export type FunnelStage = 'received' | 'answered' | 'retained' | 'inFactsheet' | 'inRoadmap' | 'implemented';

/** The Governance page. */
export interface GovernanceView {
  /** The day described. */
  readonly asOf: string;
  /** Each board's voting members by helix on the day (a dissolved board on its last day). */
  readonly boards: readonly {
    readonly id: string;
    readonly name: CompleteText;
    readonly type: string;
    readonly date: string;
    readonly voting: HelixRow;
    /** Members without a vote on the day (observers, secretaries) by helix; they count for no quorum or share. */
    readonly nonVoting: { readonly total: number; readonly counts: HelixCounts; readonly unclassified: number };
    readonly quorum: number | null;
    /** The chairs' public names (a chair who did not consent to public listing is described, not named). */
    readonly chair: CompleteText | null;
    readonly valid: boolean;
  }[];
  /** Decisions up to the day, newest first, with what each approved and its session's quorum. */
  readonly decisions: readonly {
    readonly date: string;
    readonly board: CompleteText;
    readonly number: string | null;
    readonly subject: CompleteText;
    readonly outcome: string;
    readonly decisionType: string | null;
    readonly objects: {
      readonly roadmap: number;
      readonly factsheet: number;
      readonly kpiDefinition: number;
      readonly other: number;
    };
    readonly budget: number | null;
    /** Voting members present and the quorum, when the session is recorded. */
    readonly session: {
      readonly present: number;
      readonly quorum: number | null;
      readonly quorate: boolean | null;
    } | null;
  }[];
  /** The roadmap's approval chain, when there is a roadmap. */
  readonly approval: {
    readonly roadmap: CompleteText;
    readonly stage: RoadmapStage;
    readonly steps: readonly {
      readonly stage: RoadmapStage;
      readonly date: string | null;
      readonly board: CompleteText | null;
      readonly decision: string | null;
      readonly subject: CompleteText | null;
    }[];
  } | null;
  /** The governance findings, each message in the three languages. */
  readonly findings: readonly { readonly severity: string; readonly code: string; readonly message: CompleteText }[];
}

/** What the profile gives the two pages. */
export interface ParticipationPageOptions {
  /** The day described. */
  readonly asOf: string;
  /** Programme area code for the KPIs (the region's). */
  readonly area: string;
  readonly plan?: ProgrammePlan;
  readonly rules?: Readonly<Record<string, CompositionRules>>;
  /** Population rows (area, period) for PAR-08; the latest year available is used for later periods. */
  readonly population?: readonly InputRow[];
}

const counts = (c: Readonly<Record<Helix, number>>): HelixCounts => ({
  civilSociety: c.civilSociety,
  academia: c.academia,
  public: c.public,
  private: c.private,
});

/** The page's form of a library `HelixBalance`. */
function helixRow(b: HelixBalance): HelixRow {
  const reason = !b.shares.ok ? b.shares.reason.code : !b.evenness.ok ? b.evenness.reason.code : undefined;
  return {
    total: b.total,
    counts: counts(b.counts),
    shares: b.shares.ok ? counts(b.shares.value) : null,
    missing: [...b.missing],
    evenness: b.evenness.ok ? b.evenness.value : null,
    ...(reason ? { reason } : {}),
  };
}

const figure = (o: Outcome<number>): Figure => (o.ok ? { value: o.value } : { value: null, reason: o.reason.code });

const CHANNELS: readonly string[] = ['workshop', 'meeting', 'onlinePlatform', 'writtenSubmission'];

/** Computes the Participation page. */
export async function participationView(
  entities: ParticipationEntities,
  options: ParticipationPageOptions,
): Promise<ParticipationView> {
  const { asOf } = options;
  const report = participationReport(entities, { asOf, ...(options.plan ? { plan: options.plan } : {}) });
  const trace = traceContributions(entities);
  const themeName = (id: string) => {
    const t = (entities.themes ?? []).find((x) => x.id === id);
    return t ? label(t.name, id) : all((lang) => (id === '' ? message('report.noTheme', lang) : id));
  };
  const zero = (): Record<ContributionFate, number> =>
    Object.fromEntries(CONTRIBUTION_FATES.map((f) => [f, 0])) as Record<ContributionFate, number>;
  const byTheme = new Map<string, Record<ContributionFate, number>>();
  const byChannel = new Map<string, Record<ContributionFate, number>>();
  const tally = (map: Map<string, Record<ContributionFate, number>>, key: string, fate: ContributionFate) => {
    const c = map.get(key) ?? map.set(key, zero()).get(key)!;
    c[fate]++;
  };
  // The contributions received by the day (an undated one counts: it is in the register); their fates are the
  // latest the records state.
  const received = trace.contributions.filter((c) => c.dateReceived === undefined || c.dateReceived <= asOf);
  const reached = { retained: 0, inFactsheet: 0, inRoadmap: 0, implemented: 0 };
  for (const c of received) {
    tally(byChannel, c.channel, c.fate);
    for (const theme of c.themes.length ? c.themes : ['']) tally(byTheme, theme, c.fate);
    if (RETAINED.has(c.fate)) reached.retained++;
    if (c.factsheets.length > 0) reached.inFactsheet++;
    if (c.scheduledFactsheets.length > 0) reached.inRoadmap++;
    if (c.fate === 'implemented') reached.implemented++;
  }
  const responses = report.contributions.responses;

  const period = asOf.slice(0, 4);
  const rows = [
    ...participationKpiInputs(entities, { area: options.area, asOf }),
    ...populationFor(options.population ?? [], options.area, period),
  ];
  const definitions = listDefinitions().filter((d) => d.id.startsWith('PAR-'));
  const values = await computeDataset({ definitions, inputs: rows });
  return {
    asOf,
    programme: (report.programme?.items ?? []).map((i) => ({
      id: i.id,
      label: label(i.label, i.id),
      target: i.target,
      achieved: i.achieved,
      expectedByNow: i.expectedByNow,
      start: i.start,
      due: i.due,
      status: i.status,
      ...(i.completedOn ? { completedOn: i.completedOn } : {}),
      ...(i.onTime === undefined ? {} : { onTime: i.onTime }),
      missingHelices: [...(i.helices?.missing ?? [])],
    })),
    overTime: report.balance.overTime.map((m) => ({ month: m.month, balance: helixRow(m.balance) })),
    balance: {
      register: helixRow(report.balance.register),
      participants: helixRow(report.balance.participants),
    },
    byTheme: report.balance.byTheme.map((t) => ({ theme: themeName(t.theme), balance: helixRow(t.balance) })),
    funnel: [
      { stage: 'received', count: received.length },
      // Answered: a first answer dated by the day, or a status that moved on without saying when.
      { stage: 'answered', count: responses.answered + responses.unknown },
      { stage: 'retained', count: reached.retained },
      { stage: 'inFactsheet', count: reached.inFactsheet },
      { stage: 'inRoadmap', count: reached.inRoadmap },
      { stage: 'implemented', count: reached.implemented },
    ],
    fates: {
      byTheme: [...byTheme].map(([key, c]) => ({ key: themeName(key), counts: c })),
      byChannel: [...byChannel]
        .sort(([a], [b]) => CHANNELS.indexOf(a) - CHANNELS.indexOf(b))
        .map(([key, c]) => ({ key, counts: c })),
    },
    responses: {
      shareInTime: figure(responses.shareInTime),
      medianDays: figure(responses.medianDays),
      due: responses.due,
      windowDays: responses.windowDays,
    },
    kpis: definitions.map((d) => {
      const v = values.find((x) => x.kpi === d.id && x.area === options.area && x.period === period);
      const value = v?.value ?? null;
      return {
        id: d.id,
        name: { fr: d.name.fr, nl: d.name.nl, en: d.name.en },
        unit: d.unit.symbol,
        period,
        value,
        ...(value === null ? { reason: v?.notComputable?.code ?? 'missing_input' } : {}),
      };
    }),
  };
}

/** Fates of a contribution the Office kept (accepted, carried into a factsheet or the roadmap, implemented). */
const RETAINED: ReadonlySet<ContributionFate> = new Set(['accepted', 'inFactsheet', 'scheduled', 'implemented']);

/**
 * Population rows for the as-of year: the area's own when the statistics have that year, else its latest earlier
 * year carried forward, else the sum of the other areas' (the municipalities') latest year — so that PAR-08 can be
 * computed; the row's source names the year the population is from.
 */
function populationFor(rows: readonly InputRow[], area: string, year: string): InputRow[] {
  const population = rows.filter((r) => r.variable === 'population' && String(r.period) <= year);
  const latest = (list: readonly InputRow[]) =>
    list.reduce((a, r) => (String(r.period) > a ? String(r.period) : a), '');
  const own = population.filter((r) => String(r.area) === area);
  if (own.length) {
    const period = latest(own);
    const row = own.find((r) => String(r.period) === period)!;
    return [{ ...row, period: year, source: `${row.source ?? 'population'} (${period})` }];
  }
  const period = latest(population);
  const parts = population.filter((r) => String(r.period) === period);
  if (!parts.length) return [];
  return [
    {
      area,
      period: year,
      variable: 'population',
      value: parts.reduce((sum, r) => sum + r.value, 0),
      source: `sum of ${parts.length} areas' population (${period})`,
    },
  ];
}

/** Computes the Governance page. */
export function governanceView(given: ParticipationEntities, options: ParticipationPageOptions): GovernanceView {
  const { asOf } = options;
  // The situation on the day: decisions taken after it have not happened yet (as in the library's ambition note).
  const entities: ParticipationEntities = {
    ...given,
    decisions: (given.decisions ?? []).filter(
      (d) => typeof d.dateDecided !== 'string' || d.dateDecided.slice(0, 10) <= asOf,
    ),
  };
  const check = checkGovernance(entities, { asOf, ...(options.rules ? { rules: options.rules } : {}) });
  const stakeholders = new Map((entities.stakeholders ?? []).map((s) => [s.id, s] as [string, Stakeholder]));
  const organisations = new Map((entities.organisations ?? []).map((o) => [o.id, o] as [string, Organisation]));
  const boards = new Map((entities.boards ?? []).map((b) => [b.id, b]));
  const decisionsById = new Map((entities.decisions ?? []).map((d) => [d.id, d]));
  const boardName = (id: string) => {
    const b = boards.get(id);
    return b ? label(b.name, id) : all(() => id);
  };
  const current = currentRoadmap(entities);
  const approval = current ? check.approvals.find((a) => a.roadmap === current.roadmap.id) : undefined;
  const decisions = check.register.entries.filter((e) => e.date !== undefined && e.date <= asOf);
  const objectCount = (e: RegisterEntry, kind: DecisionObject['kind']) =>
    e.objects.filter((o) => o.kind === kind).length;
  return {
    asOf,
    boards: check.boards.map((b) => {
      const board = boards.get(b.board)!;
      const chairs = activeMemberships(entities.memberships, b.board, b.date).filter((m) => m.role === 'chair');
      const chair = chairs.length
        ? all((lang) =>
            chairs
              .map(
                (m) =>
                  publicName(m.refMember, stakeholders, organisations, lang) ?? message('note.chairNotListed', lang),
              )
              .join(', '),
          )
        : null;
      return {
        id: b.board,
        name: label(board.name, b.board),
        type: board.boardType,
        date: b.date,
        voting: helixRow(b.votingBalance),
        nonVoting: nonVotingOf(b.members),
        quorum: board.quorum ?? null,
        chair,
        valid: b.valid,
      };
    }),
    decisions: [...decisions]
      .sort((a, b) => (a.date! < b.date! ? 1 : a.date! > b.date! ? -1 : 0))
      .map((e) => {
        const budget = e.objects.find((o) => o.kind === 'budget');
        return {
          date: e.date!,
          board: boardName(e.board),
          number: e.number ?? null,
          subject: label(e.subject, e.decision),
          outcome: e.outcome,
          decisionType: e.decisionType ?? null,
          objects: {
            roadmap: objectCount(e, 'roadmap'),
            factsheet: objectCount(e, 'factsheet'),
            kpiDefinition: objectCount(e, 'kpiDefinition'),
            other: objectCount(e, 'other'),
          },
          budget: budget?.kind === 'budget' ? budget.amount : null,
          session: e.quorum
            ? {
                present: e.quorum.present,
                quorum: e.quorum.quorum ?? null,
                quorate: e.quorum.quorate.ok ? e.quorum.quorate.value : null,
              }
            : null,
        };
      }),
    approval:
      current && approval
        ? {
            roadmap: label(current.roadmap.name, current.roadmap.id),
            stage: approval.stage,
            steps: approval.steps.map((step) => {
              const d = step.decision ? decisionsById.get(step.decision) : undefined;
              return {
                stage: step.stage,
                date: step.date ?? null,
                board: step.board ? boardName(step.board) : null,
                decision: step.decision ? (d?.decisionNumber ?? step.decision) : null,
                subject: d ? label(d.subject, d.id) : null,
              };
            }),
          }
        : null,
    findings: check.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      message: all((lang) => describeFinding(f, lang)),
    })),
  };
}

/** The members of a board on a day who have no vote, counted by helix. */
function nonVotingOf(members: readonly BoardMember[]): GovernanceView['boards'][number]['nonVoting'] {
  const c: Record<Helix, number> = { civilSociety: 0, academia: 0, public: 0, private: 0 };
  let unclassified = 0;
  const without = members.filter((m) => !m.voting);
  for (const m of without) {
    if (m.helix) c[m.helix]++;
    else unclassified++;
  }
  return { total: without.length, counts: c, unclassified };
}

/** Both pages from the office's entities, or nothing when there are no participation data at all. */
export async function officePages(
  entities: ParticipationEntities,
  options: ParticipationPageOptions,
): Promise<{ participation?: ParticipationView; governance?: GovernanceView }> {
  const any = (list: readonly unknown[] | undefined) => (list?.length ?? 0) > 0;
  const participation =
    any(entities.meetings) || any(entities.workshops) || any(entities.contributions) || any(entities.stakeholders)
      ? await participationView(entities, options)
      : undefined;
  const governance = any(entities.boards) ? governanceView(entities, options) : undefined;
  return { ...(participation ? { participation } : {}), ...(governance ? { governance } : {}) };
}
