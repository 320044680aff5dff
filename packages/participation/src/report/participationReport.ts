/**
 * The participation report: programme progress, helix balance, contributions traced to projects and "you said, we
 * did" — as aggregate data (what `--format json` prints) and as a document in FR, NL or EN. It names no individual and
 * lists no participant: counts, themes, projects and what was said.
 */
import type { Contribution, Lang, Meeting, Workshop } from '@opencity/models';
import { ParticipationError } from '../errors';
import { dayOf } from '../entities/dates';
import type { ParticipationEntities } from '../entities/entities';
import { participationEvents } from '../entities/events';
import { describeFinding, type ParticipationFinding } from '../findings';
import { HELICES, type Helix, type OrganisationType } from '../helix/helix';
import type { HelixBalance } from '../helix/helixBalance';
import { participationBalance, type MonthBalance } from '../helix/participationBalance';
import type { ProgrammePlan } from '../programme/plan';
import { programmeProgress, type ProgrammeProgress } from '../programme/progress';
import { responseStatistics, type ResponseStatistics } from '../contributions/responses';
import {
  CONTRIBUTION_FATES,
  traceContributions,
  type ContributionFate,
  type FactsheetTrace,
} from '../contributions/traceContributions';
import { youSaidWeDid, type YouSaidWeDid, type YouSaidWeDidGrouping } from '../contributions/youSaidWeDid';
import type { RoadmapStage } from '../approval/roadmapApproval';
import type { Block, Document } from '../document/document';
import { formatter, type Formatter } from '../text/format';
import { textIn } from '@opencity/models';
import { message, type MessageKey } from '../text/messages';

/** Options of {@link participationReport}. */
export interface ParticipationReportOptions {
  /** The day the report describes. */
  readonly asOf: string;
  /** The engagement programme to report progress on. */
  readonly plan?: ProgrammePlan;
  /** Days within which a contribution counts as answered in time (default 30). */
  readonly responseWindowDays?: number;
  /** Grouping of "you said, we did" (default `theme`). */
  readonly groupBy?: YouSaidWeDidGrouping;
  /** The Roadmap to trace against (default: the one furthest along its approval). */
  readonly roadmap?: string;
  /** How organisation kinds map to helices. */
  readonly organisationHelix?: Readonly<Partial<Record<OrganisationType, Helix | undefined>>>;
}

/** The participation report as data: aggregates only. */
export interface ParticipationReport {
  /** The day described. */
  readonly asOf: string;
  /** Programme progress, when a plan was given. */
  readonly programme?: ProgrammeProgress;
  /** Meetings and workshops held up to the as-of date, by type, and workshop attendance. */
  readonly events: {
    readonly meetings: Readonly<Record<Meeting['meetingType'], number>>;
    readonly workshops: Readonly<Record<Workshop['workshopType'], number>>;
    readonly workshopAttendance: number;
  };
  /** Helix balance of the register and of the participants, per theme, municipality and month. */
  readonly balance: {
    readonly register: HelixBalance;
    readonly participants: HelixBalance;
    readonly byTheme: readonly { readonly theme: string; readonly balance: HelixBalance }[];
    readonly byMunicipality: readonly { readonly nisCode: string; readonly balance: HelixBalance }[];
    readonly overTime: readonly MonthBalance[];
  };
  /** Contributions by channel and fate, and the response statistics. */
  readonly contributions: {
    readonly total: number;
    readonly byChannel: Readonly<Record<Contribution['channel'], number>>;
    readonly byFate: Readonly<Record<ContributionFate, number>>;
    readonly responses: ResponseStatistics;
  };
  /** Each factsheet with the contributions behind it, the jury's evaluations and its place in the roadmap. */
  readonly factsheets: readonly FactsheetTrace[];
  /** The roadmap traced against. */
  readonly roadmap: { readonly id: string; readonly stage: RoadmapStage } | undefined;
  /** What became of each suggestion. */
  readonly youSaidWeDid: YouSaidWeDid;
  /** Data findings of the trace (broken merge chains, inconsistent histories…). */
  readonly findings: readonly ParticipationFinding[];
}

/**
 * Builds the participation report of a dataset on `asOf` (events and contributions dated later are left out).
 * @throws {@link ParticipationError} `invalid_option` when `asOf` is not a date.
 * @example
 * const report = participationReport(entities, { asOf: '2026-07-01', plan });
 * renderMarkdown(participationReportDocument(report, entities, 'fr'));
 */
export function participationReport(
  entities: ParticipationEntities,
  options: ParticipationReportOptions,
): ParticipationReport {
  const asOf = dayOf(options.asOf);
  if (asOf === undefined)
    throw new ParticipationError('invalid_option', `asOf must be a date; got ${String(options.asOf)}`);
  const until = <T>(list: readonly T[] | undefined, day: (x: T) => unknown) =>
    (list ?? []).filter((x) => {
      const d = dayOf(day(x));
      return d !== undefined && d <= asOf;
    });
  const seen: ParticipationEntities = {
    ...entities,
    meetings: until(entities.meetings, (m) => m.startDate),
    workshops: until(entities.workshops, (w) => w.startDate),
    contributions: until(entities.contributions, (c) => c.dateReceived),
    decisions: until(entities.decisions, (d) => d.dateDecided),
  };
  const balance = participationBalance(
    seen,
    options.organisationHelix ? { organisationHelix: options.organisationHelix } : {},
  );
  const trace = traceContributions(seen, options.roadmap === undefined ? {} : { roadmap: options.roadmap });
  const meetings: Record<Meeting['meetingType'], number> = { bilateral: 0, multilateral: 0, boardSession: 0 };
  for (const m of seen.meetings ?? []) meetings[m.meetingType]++;
  const workshops: Record<Workshop['workshopType'], number> = { collaborative: 0, multidisciplinary: 0 };
  for (const w of seen.workshops ?? []) workshops[w.workshopType]++;
  const byChannel: Record<Contribution['channel'], number> = {
    workshop: 0,
    meeting: 0,
    onlinePlatform: 0,
    writtenSubmission: 0,
  };
  for (const c of seen.contributions ?? []) byChannel[c.channel]++;
  const byFate = Object.fromEntries(CONTRIBUTION_FATES.map((f) => [f, 0])) as Record<ContributionFate, number>;
  for (const t of trace.contributions) byFate[t.fate]++;
  return {
    asOf,
    ...(options.plan
      ? {
          programme: programmeProgress(
            options.plan,
            entities,
            asOf,
            options.organisationHelix ? { organisationHelix: options.organisationHelix } : {},
          ),
        }
      : {}),
    events: {
      meetings,
      workshops,
      workshopAttendance: participationEvents(seen)
        .filter((e) => e.kind === 'workshop')
        .reduce((n, e) => n + e.attendance, 0),
    },
    balance: {
      register: balance.register,
      participants: balance.participants,
      byTheme: balance.byTheme,
      byMunicipality: balance.byMunicipality,
      overTime: balance.overTime,
    },
    contributions: {
      total: seen.contributions?.length ?? 0,
      byChannel,
      byFate,
      responses: responseStatistics(seen.contributions ?? [], {
        asOf,
        ...(options.responseWindowDays === undefined ? {} : { windowDays: options.responseWindowDays }),
      }),
    },
    factsheets: trace.factsheets,
    roadmap: trace.roadmap,
    youSaidWeDid: youSaidWeDid(seen, {
      trace,
      ...(options.groupBy ? { groupBy: options.groupBy } : {}),
    }),
    findings: trace.findings,
  };
}

/** Table rows of a helix balance: one per helix, then the unclassified, with counts and shares. */
export function helixRows(balances: readonly HelixBalance[], lang: Lang, f: Formatter): string[][] {
  const rows = HELICES.map((h) => [
    message(`helix.${h}` as MessageKey, lang),
    ...balances.flatMap((b) => [f.number(b.counts[h]), b.shares.ok ? f.percent(b.shares.value[h]) : '—']),
  ]);
  if (balances.some((b) => b.unclassified > 0))
    rows.push([message('helix.unclassified', lang), ...balances.flatMap((b) => [f.number(b.unclassified), ''])]);
  return rows;
}

/** Name of a theme in a language (its Theme entity's name, else the id). */
export function themeName(id: string, entities: ParticipationEntities, lang: Lang): string {
  if (id === '') return message('report.noTheme', lang);
  const t = (entities.themes ?? []).find((x) => x.id === id);
  return t ? (textIn(t.name, lang) ?? id) : id;
}

/** The sentence that sums up the participation: meetings, workshops, participants, attendance, contributions. */
export function participationSummary(report: ParticipationReport, lang: Lang, f: Formatter): Block {
  return {
    kind: 'paragraph',
    text: message('note.participationSummary', lang, {
      meetings: f.count('meetings', report.events.meetings.bilateral + report.events.meetings.multilateral),
      workshops: f.count(
        'workshops',
        report.events.workshops.collaborative + report.events.workshops.multidisciplinary,
      ),
      participants: f.count('participants', report.balance.participants.total),
      attendance: f.count('attendances', report.events.workshopAttendance),
      contributions: f.count('contributionsReceived', report.contributions.total),
    }),
  };
}

/** The programme progress as a table block. */
export function programmeTable(progress: ProgrammeProgress, lang: Lang, f: Formatter): Block {
  return {
    kind: 'table',
    columns: [
      { label: message('col.item', lang) },
      { label: message('col.achieved', lang), align: 'right' },
      { label: message('col.target', lang), align: 'right' },
      { label: message('col.due', lang) },
      { label: message('col.status', lang) },
    ],
    rows: progress.items.map((i) => [
      textIn(i.label, lang) ?? i.id,
      f.number(i.achieved),
      f.number(i.target),
      f.date(i.due),
      message(`status.${i.status}` as MessageKey, lang),
    ]),
  };
}

/** The findings as a table block (or a sentence when there are none). */
export function findingsBlocks(findings: readonly ParticipationFinding[], lang: Lang): Block[] {
  if (findings.length === 0) return [{ kind: 'paragraph', text: message('report.noFindings', lang) }];
  return [
    {
      kind: 'table',
      columns: [
        { label: message('col.severity', lang) },
        { label: message('col.code', lang) },
        { label: message('col.message', lang) },
      ],
      rows: findings.map((x) => [
        message(`severity.${x.severity}` as MessageKey, lang),
        x.code,
        describeFinding(x, lang),
      ]),
    },
  ];
}

/** Options of {@link participationReportDocument}. */
export interface ReportDocumentOptions {
  /** A notice shown under the title (e.g. that the data are synthetic), in the document's language. */
  readonly notice?: string;
  /** The name of an area code (a municipality's NIS code) in a language, from the region's profile. */
  readonly areaName?: (code: string, lang: Lang) => string | undefined;
}

/**
 * The participation report as a document in one language (render it with `renderMarkdown`, `renderHtml` or
 * `renderText`). `entities` give the names of themes and factsheets.
 */
export function participationReportDocument(
  report: ParticipationReport,
  entities: ParticipationEntities,
  lang: Lang,
  options: ReportDocumentOptions = {},
): Document {
  const { notice } = options;
  const areaName = (code: string) => {
    const name = options.areaName?.(code, lang);
    return name ? `${name} (${code})` : code;
  };
  const f = formatter(lang);
  const title = message('report.title', lang);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: title },
    ...(notice ? [{ kind: 'note', text: notice } as const] : []),
    { kind: 'paragraph', text: message('report.asOf', lang, { date: f.date(report.asOf) }) },
  ];
  if (report.programme) {
    blocks.push(
      { kind: 'heading', level: 2, text: message('note.programme', lang) },
      programmeTable(report.programme, lang, f),
    );
  }
  const participants = report.balance.participants;
  blocks.push(
    { kind: 'heading', level: 2, text: message('note.participation', lang) },
    participationSummary(report, lang, f),
    {
      kind: 'table',
      columns: [{ label: message('col.type', lang) }, { label: message('col.count', lang), align: 'right' }],
      rows: [
        [message('meeting.bilateral', lang), f.number(report.events.meetings.bilateral)],
        [message('meeting.multilateral', lang), f.number(report.events.meetings.multilateral)],
        [message('workshop.collaborative', lang), f.number(report.events.workshops.collaborative)],
        [message('workshop.multidisciplinary', lang), f.number(report.events.workshops.multidisciplinary)],
      ],
    },
    { kind: 'heading', level: 3, text: message('note.helixTitle', lang) },
    {
      kind: 'table',
      columns: [
        { label: message('col.helix', lang) },
        { label: message('col.register', lang), align: 'right' },
        { label: message('col.share', lang), align: 'right' },
        { label: message('col.participants', lang), align: 'right' },
        { label: message('col.share', lang), align: 'right' },
      ],
      rows: helixRows([report.balance.register, participants], lang, f),
    },
    {
      kind: 'paragraph',
      text: participants.evenness.ok
        ? message('note.evenness', lang, { value: f.number(participants.evenness.value, 2) })
        : message('note.evennessNone', lang, { reason: participants.evenness.reason.message }),
    },
    { kind: 'heading', level: 3, text: message('report.balanceByTheme', lang) },
    balanceTable(
      report.balance.byTheme.map((t) => [themeName(t.theme, entities, lang), t.balance]),
      message('col.theme', lang),
      lang,
      f,
    ),
    { kind: 'heading', level: 3, text: message('report.balanceByMunicipality', lang) },
    balanceTable(
      report.balance.byMunicipality.map((m) => [areaName(m.nisCode), m.balance]),
      message('col.municipality', lang),
      lang,
      f,
    ),
  );

  const r = report.contributions.responses;
  blocks.push(
    { kind: 'heading', level: 2, text: message('report.traceTitle', lang) },
    {
      kind: 'paragraph',
      text: message('report.responses', lang, {
        days: f.count('days', r.windowDays),
        share: r.shareInTime.ok ? f.percent(r.shareInTime.value) : message('notComputable', lang),
        due: f.count('contributionsDue', r.due),
        median: r.medianDays.ok ? f.count('days', r.medianDays.value, 1) : message('notComputable', lang),
      }),
    },
    {
      kind: 'table',
      columns: [{ label: message('col.fate', lang) }, { label: message('col.count', lang), align: 'right' }],
      rows: CONTRIBUTION_FATES.filter((x) => x !== 'merged' || report.contributions.byFate.merged > 0).map((x) => [
        message(`fate.${x}` as MessageKey, lang),
        f.number(report.contributions.byFate[x]),
      ]),
    },
    {
      kind: 'table',
      columns: [{ label: message('col.channel', lang) }, { label: message('col.count', lang), align: 'right' }],
      rows: (Object.keys(report.contributions.byChannel) as Contribution['channel'][]).map((c) => [
        message(`channel.${c}` as MessageKey, lang),
        f.number(report.contributions.byChannel[c]),
      ]),
    },
    factsheetTable(report, entities, lang, f),
    { kind: 'heading', level: 2, text: message('report.youSaid', lang) },
  );
  for (const g of report.youSaidWeDid.groups) {
    const heading =
      report.youSaidWeDid.groupBy === 'theme'
        ? themeName(g.key, entities, lang)
        : report.youSaidWeDid.groupBy === 'channel'
          ? message(`channel.${g.key}` as MessageKey, lang)
          : message(`fate.${g.key}` as MessageKey, lang);
    blocks.push(
      { kind: 'heading', level: 3, text: heading },
      {
        kind: 'table',
        columns: [
          { label: message('col.contribution', lang) },
          { label: message('col.fate', lang) },
          { label: message('col.reason', lang) },
        ],
        rows: g.items.map((i) => [
          textIn(i.text, lang) ?? '',
          message(`fate.${i.fate}` as MessageKey, lang) +
            (i.factsheets.length
              ? ` — ${i.factsheets.map((id) => factsheetName(id, report.factsheets, lang)).join(', ')}`
              : ''),
          i.reason ? (textIn(i.reason, lang) ?? '') : '',
        ]),
      },
    );
  }
  blocks.push(
    { kind: 'heading', level: 2, text: message('report.findings', lang) },
    ...findingsBlocks(report.findings, lang),
  );
  return { lang, title, blocks };
}

function balanceTable(
  rows: readonly (readonly [string, HelixBalance])[],
  label: string,
  lang: Lang,
  f: Formatter,
): Block {
  return {
    kind: 'table',
    columns: [
      { label },
      { label: message('col.participants', lang), align: 'right' },
      ...HELICES.map((h) => ({ label: message(`helix.${h}` as MessageKey, lang), align: 'right' as const })),
      { label: message('col.evenness', lang), align: 'right' },
    ],
    rows: rows.map(([name, b]) => [
      name,
      f.number(b.total),
      ...HELICES.map((h) => f.number(b.counts[h])),
      f.outcome(b.evenness),
    ]),
  };
}

function factsheetName(id: string, factsheets: readonly FactsheetTrace[], lang: Lang): string {
  const name = factsheets.find((x) => x.factsheet === id)?.name;
  return name === undefined ? id : (textIn(name, lang) ?? id);
}

function factsheetTable(report: ParticipationReport, entities: ParticipationEntities, lang: Lang, f: Formatter): Block {
  return {
    kind: 'table',
    columns: [
      { label: message('col.project', lang) },
      { label: message('col.theme', lang) },
      { label: message('col.contributions', lang), align: 'right' },
      { label: message('col.jury', lang), align: 'right' },
      { label: message('col.roadmap', lang) },
    ],
    rows: report.factsheets.map((x) => [
      factsheetName(x.factsheet, report.factsheets, lang),
      x.theme ? themeName(x.theme, entities, lang) : '',
      f.number(x.contributions.length),
      `${f.number(x.jury.scored)} / ${f.number(x.jury.abstained)}`,
      x.roadmap.status === 'scheduled'
        ? x.roadmap.startYear === x.roadmap.endYear
          ? String(x.roadmap.startYear)
          : `${x.roadmap.startYear}–${x.roadmap.endYear}`
        : message(x.roadmap.status === 'notSelected' ? 'col.notSelected' : 'col.notScheduled', lang),
    ]),
  };
}
