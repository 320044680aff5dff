/**
 * The ambition note: the document an Office puts before its Government — vision and priorities, the participation
 * behind them, the selected projects with their budget by year and expected results, and the governance set-up — in
 * French, Dutch or English, as Markdown and as one self-contained HTML page.
 */
import type {
  CompleteText,
  GovernanceBoard,
  KpiDefinition,
  Lang,
  LocalizedText,
  Organisation,
  ProjectFactsheet,
  Stakeholder,
} from '@opencity/models';
import { catalogue } from '@opencity/kpi';
import { ParticipationError } from '../errors';
import { dayOf } from '../entities/dates';
import { byId, type ParticipationEntities } from '../entities/entities';
import { HELICES, defaultOrganisationHelix, type Helix, type OrganisationType } from '../helix/helix';
import type { ProgrammePlan } from '../programme/plan';
import { currentRoadmap } from '../approval/roadmapApproval';
import { checkBoardComposition } from '../governance/composition';
import { activeMemberships } from '../governance/memberships';
import { decisionRegister } from '../governance/decisionRegister';
import { renderHtml, renderMarkdown, type Block, type Document } from '../document/document';
import { formatter } from '../text/format';
import { isLang, textIn } from '@opencity/models';
import { message, type MessageKey } from '../text/messages';
import { publicName } from '../text/publicName';
import { helixRows, participationReport, participationSummary, programmeTable, themeName } from './participationReport';

// Unit symbols that read the same in every language; the catalogue's other units are English words, left out (the
// KPI's name says what it counts).
const NEUTRAL_UNITS = new Set(['%', 'µg/m³', 'km', 'km²', 'ha', 'kWh', 't', 't CO2e', '€']);

/** What a region's profile says in the note: who speaks, the vision and the priorities. */
export interface AmbitionProfile {
  /** Name of the Office or region, e.g. "Smart City Office of the Brussels-Capital Region". */
  readonly name: LocalizedText;
  /** The common vision, one paragraph. */
  readonly vision: LocalizedText;
  /** The strategy priorities, in order. */
  readonly priorities: readonly {
    readonly code: string;
    readonly label: string | LocalizedText;
    readonly description?: string | LocalizedText;
  }[];
}

/** What {@link ambitionNote} reads. */
export interface AmbitionNoteInput {
  /** The Office's entities (a workspace's, or collected with `collectEntities`). */
  readonly entities: ParticipationEntities;
  /** Vision and priorities. */
  readonly profile: AmbitionProfile;
  /** The day the note describes. */
  readonly asOf: string;
  /** The engagement programme, to report its progress. */
  readonly plan?: ProgrammePlan;
  /** KPI definitions that name the expected results (default: the @opencity/kpi catalogue). */
  readonly kpiDefinitions?: readonly KpiDefinition[];
  /** A notice shown under the title (e.g. that the data are synthetic). */
  readonly notice?: LocalizedText | CompleteText;
  /** How organisation kinds map to helices. */
  readonly organisationHelix?: Readonly<Partial<Record<OrganisationType, Helix | undefined>>>;
}

/** The note in one language. */
export interface AmbitionNote {
  /** Its language. */
  readonly lang: Lang;
  /** Its title. */
  readonly title: string;
  /** The document model. */
  readonly document: Document;
  /** Markdown. */
  readonly markdown: string;
  /** A self-contained HTML page (inline style, no script, no external resource). */
  readonly html: string;
}

/**
 * Writes the ambition note in `lang`. Individuals appear by name only with their consent to public listing
 * (organisations always); no contact detail ever appears.
 * @throws {@link ParticipationError} `invalid_option` for an unknown language or a non-date `asOf`.
 * @example
 * const note = ambitionNote({ entities, profile, asOf: '2026-07-01', plan }, { lang: 'nl' });
 * writeFileSync('ambitienota.html', note.html);
 */
export function ambitionNote(input: AmbitionNoteInput, options: { readonly lang: Lang }): AmbitionNote {
  const { lang } = options;
  if (!isLang(lang)) throw new ParticipationError('invalid_option', `lang must be fr, nl or en; got ${String(lang)}`);
  const asOf = dayOf(input.asOf);
  if (asOf === undefined)
    throw new ParticipationError('invalid_option', `asOf must be a date; got ${String(input.asOf)}`);
  const { entities, profile } = input;
  const f = formatter(lang);
  const stakeholders = byId<Stakeholder>(entities.stakeholders);
  const organisations = byId<Organisation>(entities.organisations);
  const factsheets = byId<ProjectFactsheet>(entities.factsheets);
  const office = textIn(profile.name, lang) ?? '';
  const current = currentRoadmap({
    ...entities,
    decisions: (entities.decisions ?? []).filter((d) => (dayOf(d.dateDecided) ?? '9999') <= asOf),
  });
  const horizon = current?.roadmap.horizon;
  const title = horizon
    ? message('note.title', lang, { office, start: horizon.startYear, end: horizon.endYear })
    : message('note.titleNoHorizon', lang, { office });
  const report = participationReport(entities, {
    asOf,
    ...(input.plan ? { plan: input.plan } : {}),
    ...(current ? { roadmap: current.roadmap.id } : {}),
    ...(input.organisationHelix ? { organisationHelix: input.organisationHelix } : {}),
  });

  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: title },
    ...(input.notice ? [{ kind: 'note', text: textIn(input.notice, lang) ?? '' } as const] : []),
    { kind: 'paragraph', text: message('note.intro', lang, { date: f.date(asOf) }) },
    { kind: 'heading', level: 2, text: message('note.vision', lang) },
    { kind: 'paragraph', text: textIn(profile.vision, lang) ?? '' },
  ];
  if (profile.priorities.length)
    blocks.push(
      { kind: 'paragraph', text: message('note.priorities', lang) },
      {
        kind: 'list',
        items: profile.priorities.map((p) =>
          p.description
            ? `${textIn(p.label, lang) ?? p.code} — ${textIn(p.description, lang) ?? ''}`
            : (textIn(p.label, lang) ?? p.code),
        ),
      },
    );

  // Participation
  const participants = report.balance.participants;
  const municipalities = report.balance.byMunicipality.length;
  blocks.push(
    { kind: 'heading', level: 2, text: message('note.participation', lang) },
    participationSummary(report, lang, f),
  );
  if (report.programme)
    blocks.push(
      { kind: 'heading', level: 3, text: message('note.programme', lang) },
      programmeTable(report.programme, lang, f),
    );
  blocks.push(
    { kind: 'heading', level: 3, text: message('note.helixTitle', lang) },
    {
      kind: 'table',
      columns: [
        { label: message('col.helix', lang) },
        { label: message('col.participants', lang), align: 'right' },
        { label: message('col.share', lang), align: 'right' },
      ],
      rows: helixRows([participants], lang, f),
    },
    {
      kind: 'paragraph',
      text: participants.evenness.ok
        ? message('note.evenness', lang, { value: f.number(participants.evenness.value, 2) })
        : message('note.evennessNone', lang, { reason: participants.evenness.reason.message }),
    },
    ...(municipalities > 0
      ? [
          {
            kind: 'paragraph',
            text: message('note.municipalities', lang, { count: f.count('municipalities', municipalities) }),
          } as const,
        ]
      : []),
    { kind: 'heading', level: 3, text: message('note.contributionsTitle', lang) },
    {
      kind: 'table',
      columns: [{ label: message('col.fate', lang) }, { label: message('col.count', lang), align: 'right' }],
      rows: (Object.keys(report.contributions.byFate) as (keyof typeof report.contributions.byFate)[])
        .filter((k) => report.contributions.byFate[k] > 0)
        .map((k) => [message(`fate.${k}` as MessageKey, lang), f.number(report.contributions.byFate[k])]),
    },
  );

  // Selected projects
  blocks.push({ kind: 'heading', level: 2, text: message('note.projects', lang) });
  if (!current) blocks.push({ kind: 'paragraph', text: message('note.noRoadmap', lang) });
  else {
    const { roadmap, approval } = current;
    blocks.push({
      kind: 'paragraph',
      text: message('note.roadmapStage', lang, {
        roadmap: textIn(roadmap.name, lang) ?? roadmap.id,
        stage: message(`stage.${approval.stage}` as MessageKey, lang),
      }),
    });
    const years: number[] = [];
    for (let y = roadmap.horizon.startYear; y <= roadmap.horizon.endYear && years.length < 50; y++) years.push(y);
    const totals = years.map(() => 0);
    let grand = 0;
    const rows = roadmap.scheduledProjects.map((p) => {
      const fs = factsheets.get(p.refProjectFactsheet);
      const perYear = years.map(() => 0);
      let total = 0;
      for (const b of fs?.budgetByYear ?? []) {
        const k = p.startYear + b.projectYear - 1 - roadmap.horizon.startYear;
        if (Number.isFinite(b.amount) && k >= 0 && k < years.length) perYear[k]! += b.amount;
        if (Number.isFinite(b.amount)) total += b.amount;
      }
      perYear.forEach((v, k) => (totals[k]! += v));
      grand += total;
      return [
        fs ? (textIn(fs.name, lang) ?? fs.id) : p.refProjectFactsheet,
        fs ? themeName(fs.refTheme, entities, lang) : '',
        p.startYear === p.endYear ? String(p.startYear) : `${p.startYear}–${p.endYear}`,
        ...perYear.map((v) => (v ? f.euros(v) : '')),
        fs ? f.euros(total) : '—',
      ];
    });
    rows.push([message('col.total', lang), '', '', ...totals.map((v) => f.euros(v)), f.euros(grand)]);
    blocks.push(
      { kind: 'heading', level: 3, text: message('note.budgetTitle', lang) },
      {
        kind: 'table',
        columns: [
          { label: message('col.project', lang) },
          { label: message('col.theme', lang) },
          { label: message('col.years', lang) },
          ...years.map((y) => ({ label: String(y), align: 'right' as const })),
          { label: message('col.total', lang), align: 'right' },
        ],
        rows,
      },
    );
    const definitions = input.kpiDefinitions ?? catalogue;
    const kpiItems = roadmap.scheduledProjects.flatMap((p) => {
      const fs = factsheets.get(p.refProjectFactsheet);
      return (fs?.expectedKpis ?? []).map((k) => {
        const id = k.kpi.slice(k.kpi.lastIndexOf(':') + 1);
        const d = definitions.find((x) => x.id === id || x.id === k.kpi);
        const unit = d && NEUTRAL_UNITS.has(d.unit.symbol) ? ` ${d.unit.symbol}` : '';
        const params = {
          project: textIn(fs!.name, lang) ?? fs!.id,
          kpi: d ? `${textIn(d.name, lang) ?? ''} (${d.id})` : k.kpi,
          target: `${f.number(k.target, 2)}${unit}`,
          year: k.targetYear ?? p.endYear,
        };
        return k.baseline === undefined
          ? message('note.kpiTargetNoBaseline', lang, params)
          : message('note.kpiTarget', lang, { ...params, baseline: `${f.number(k.baseline, 2)}${unit}` });
      });
    });
    if (kpiItems.length)
      blocks.push(
        { kind: 'heading', level: 3, text: message('note.expectedKpis', lang) },
        { kind: 'list', items: kpiItems },
      );
  }

  // Governance
  blocks.push({ kind: 'heading', level: 2, text: message('note.governance', lang) });
  const boards = (entities.boards ?? []).filter((b) => {
    const est = dayOf(b.dateEstablished);
    const dis = dayOf(b.dateDissolved);
    return (est === undefined || est <= asOf) && (dis === undefined || dis >= asOf || b.boardType === 'jury');
  });
  if (boards.length)
    blocks.push({
      kind: 'table',
      columns: [
        { label: message('col.board', lang) },
        { label: message('col.type', lang) },
        { label: message('col.votingMembers', lang), align: 'right' },
        ...HELICES.map((h) => ({ label: message(`helix.${h}` as MessageKey, lang), align: 'right' as const })),
        { label: message('col.quorum', lang), align: 'right' },
        { label: message('col.chair', lang) },
      ],
      rows: boards.map((b) => boardRow(b, entities, asOf, lang, stakeholders, organisations, input.organisationHelix)),
    });
  if (current) {
    blocks.push(
      { kind: 'heading', level: 3, text: message('note.approvalChain', lang) },
      {
        kind: 'table',
        columns: [
          { label: message('col.stage', lang) },
          { label: message('col.date', lang) },
          { label: message('col.board', lang) },
          { label: message('col.decision', lang) },
        ],
        rows: current.approval.steps.map((s) => {
          const board = s.board ? (entities.boards ?? []).find((b) => b.id === s.board) : undefined;
          const decision = s.decision ? (entities.decisions ?? []).find((d) => d.id === s.decision) : undefined;
          return [
            message(`stage.${s.stage}` as MessageKey, lang),
            s.date ? f.date(s.date) : '',
            board ? (textIn(board.name, lang) ?? board.id) : (s.board ?? ''),
            decision?.decisionNumber ?? s.decision ?? '',
          ];
        }),
      },
    );
  }
  const register = decisionRegister(entities).entries.filter((e) => e.date !== undefined && e.date <= asOf);
  if (register.length)
    blocks.push(
      { kind: 'heading', level: 3, text: message('note.decisions', lang) },
      {
        kind: 'table',
        columns: [
          { label: message('col.date', lang) },
          { label: message('col.board', lang) },
          { label: message('col.subject', lang) },
          { label: message('col.outcome', lang) },
        ],
        rows: [...register]
          .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0))
          .map((e) => [
            f.date(e.date!),
            e.boardName ? (textIn(e.boardName, lang) ?? e.board) : e.board,
            textIn(e.subject, lang) ?? '',
            message(`outcome.${e.outcome}` as MessageKey, lang),
          ]),
      },
    );
  blocks.push({ kind: 'note', text: message('note.footer', lang, { date: f.date(asOf) }) });
  const document: Document = { lang, title, blocks };
  return { lang, title, document, markdown: renderMarkdown(document), html: renderHtml(document) };
}

function boardRow(
  board: GovernanceBoard,
  entities: ParticipationEntities,
  asOf: string,
  lang: Lang,
  stakeholders: ReadonlyMap<string, Stakeholder>,
  organisations: ReadonlyMap<string, Organisation>,
  organisationHelix: AmbitionNoteInput['organisationHelix'],
): string[] {
  const f = formatter(lang);
  const dissolved = dayOf(board.dateDissolved);
  // A dissolved jury is described as it sat: on its last day.
  const day = dissolved !== undefined && dissolved < asOf ? dissolved : asOf;
  const check = checkBoardComposition(
    board,
    entities.memberships ?? [],
    entities.stakeholders ?? [],
    { organisationHelix: organisationHelix ?? defaultOrganisationHelix, matchVotingSeats: false },
    day,
    entities.organisations ?? [],
  );
  const chairs = activeMemberships(entities.memberships, board.id, day).filter((m) => m.role === 'chair');
  const chair = chairs
    .map((m) => {
      const name = publicName(m.refMember, stakeholders, organisations, lang);
      if (name) return name;
      const org = m.refOrganisation ? publicName(m.refOrganisation, stakeholders, organisations, lang) : undefined;
      return org ? `${message('note.chairNotListed', lang)} — ${org}` : message('note.chairNotListed', lang);
    })
    .join(', ');
  const voters = check.votingBalance;
  return [
    textIn(board.name, lang) ?? board.id,
    message(`board.${board.boardType}` as MessageKey, lang),
    f.number(voters.total),
    ...HELICES.map((h) => f.number(voters.counts[h])),
    board.quorum === undefined ? '—' : f.number(board.quorum),
    chair || '—',
  ];
}
