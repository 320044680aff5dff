/**
 * A small hand-made programme (fictional people and organisations) whose every figure is checked by hand in the
 * tests: 8 stakeholders, 3 meetings, 2 workshops, 6 contributions, a steering committee, a jury, a government and a
 * roadmap with its decisions.
 */
import type {
  Contribution,
  Decision,
  GovernanceBoard,
  JuryEvaluation,
  Meeting,
  Membership,
  Organisation,
  ProjectFactsheet,
  Roadmap,
  Stakeholder,
  Theme,
  Workshop,
} from '@opencity/models';
import type { ParticipationEntities } from '../entities/entities';

const S = (id: string) => `urn:ngsi-ld:Stakeholder:t:${id}`;
const T = (id: string) => `urn:ngsi-ld:Theme:t:${id}`;
const F = (id: string) => `urn:ngsi-ld:ProjectFactsheet:t:${id}`;
const B = (id: string) => `urn:ngsi-ld:GovernanceBoard:t:${id}`;
export const ids = { S, T, F, B };

export const themes: Theme[] = [
  {
    id: T('mobility'),
    type: 'Theme',
    code: 'mobility',
    name: { fr: 'Mobilité', nl: 'Mobiliteit', en: 'Mobility' },
    order: 2,
  },
  {
    id: T('digital'),
    type: 'Theme',
    code: 'digital',
    name: { fr: 'Numérique', nl: 'Digitaal', en: 'Digital' },
    order: 1,
  },
];

const person = (
  id: string,
  name: string,
  helix: Stakeholder['helixCategory'],
  nis: string,
  extra: Partial<Stakeholder> = {},
): Stakeholder => ({
  id: S(id),
  type: 'Stakeholder',
  name,
  stakeholderKind: 'individual',
  helixCategory: helix,
  nisCode: nis,
  ...extra,
});

export const stakeholders: Stakeholder[] = [
  person('anna', 'Anna Testperson', 'civilSociety', '21004', {
    contactPoint: {
      email: 'anna.testperson@example.org',
      consent: { dateGiven: '2026-01-05', purpose: ['participationUpdates'] },
    },
  }),
  person('bram', 'Bram Voorbeeld', 'civilSociety', '21015', { publicListingConsent: { dateGiven: '2026-01-06' } }),
  person('chloe', 'Chloé Exemple', 'academia', '21004'),
  person('dirk', 'Dirk Proef', 'public', '21001'),
  person('eva', 'Eva Muster', 'public', '21001'),
  person('farid', 'Farid Essai', 'private', '21015'),
  {
    id: S('ulb'),
    type: 'Stakeholder',
    name: 'Université fictive de Bruxelles',
    stakeholderKind: 'organisation',
    helixCategory: 'academia',
  },
  person('gina', 'Gina Observer', 'private', '21009'),
];

export const organisations: Organisation[] = [
  {
    id: 'urn:ngsi-ld:Organisation:t:office',
    type: 'Organisation',
    name: { fr: 'Office fictif', nl: 'Fictief Office' },
    organisationType: 'publicBody',
  },
  {
    id: 'urn:ngsi-ld:Organisation:t:coop',
    type: 'Organisation',
    name: { fr: 'Coopérative fictive', nl: 'Fictieve coöperatie' },
    organisationType: 'citizenCollective',
  },
];

const meeting = (
  id: string,
  date: string,
  participants: [string, ...string[]],
  extra: Partial<Meeting> = {},
): Meeting => ({
  id: `urn:ngsi-ld:Meeting:t:${id}`,
  type: 'Meeting',
  meetingType: 'bilateral',
  startDate: `${date}T10:00:00+01:00`,
  refParticipant: participants,
  ...extra,
});

export const meetings: Meeting[] = [
  meeting('m1', '2026-01-20', [S('anna')], { refTheme: [T('mobility')] }),
  meeting('m2', '2026-02-10', [S('chloe'), S('ulb')], { refTheme: [T('digital')] }),
  meeting('m3', '2026-03-05', [S('dirk'), 'urn:ngsi-ld:Organisation:t:coop', 'urn:ngsi-ld:Stakeholder:t:ghost'], {
    meetingType: 'multilateral',
  }),
  // Board sessions: not participation.
  meeting('steer-1', '2026-03-20', [S('anna'), S('chloe'), S('dirk'), S('farid'), S('gina')], {
    meetingType: 'boardSession',
    refGovernanceBoard: B('steer'),
  }),
  meeting('steer-2', '2026-06-15', [S('anna'), S('chloe'), S('gina')], {
    meetingType: 'boardSession',
    refGovernanceBoard: B('steer'),
  }),
];

export const workshops: Workshop[] = [
  {
    id: 'urn:ngsi-ld:Workshop:t:w1',
    type: 'Workshop',
    name: { fr: 'Atelier mobilité', nl: 'Workshop mobiliteit' },
    workshopType: 'collaborative',
    refTheme: T('mobility'),
    startDate: '2026-02-20T18:00:00+01:00',
    refParticipant: [S('anna'), S('bram'), S('farid')],
    participantCount: 25,
  },
  {
    id: 'urn:ngsi-ld:Workshop:t:w2',
    type: 'Workshop',
    name: { fr: 'Atelier numérique', nl: 'Workshop digitaal' },
    workshopType: 'multidisciplinary',
    refTheme: T('digital'),
    startDate: '2026-04-02T09:00:00+02:00',
    refParticipant: [S('chloe'), S('eva'), S('farid')],
  },
];

const contribution = (
  id: string,
  extra: Partial<Contribution> & Pick<Contribution, 'status' | 'dateReceived'>,
): Contribution => ({
  id: `urn:ngsi-ld:Contribution:t:${id}`,
  type: 'Contribution',
  text: { fr: `Texte ${id}`, nl: `Tekst ${id}`, en: `Text ${id}` },
  contributionType: 'idea',
  channel: 'workshop',
  ...extra,
});

export const contributions: Contribution[] = [
  // Answered after 10 days, fed factsheet P1 (scheduled).
  contribution('c1', {
    dateReceived: '2026-02-20',
    status: 'accepted',
    refStakeholder: S('anna'),
    refTheme: [T('mobility')],
    refWorkshop: 'urn:ngsi-ld:Workshop:t:w1',
    statusHistory: [
      { status: 'received', date: '2026-02-20' },
      { status: 'underReview', date: '2026-03-02' },
      { status: 'accepted', date: '2026-04-01' },
    ],
    refProjectFactsheet: [F('p1')],
  }),
  // Merged into c1 after 40 days: shares c1's fate.
  contribution('c2', {
    dateReceived: '2026-02-20',
    status: 'merged',
    channel: 'onlinePlatform',
    refTheme: [T('mobility')],
    refMergedInto: 'urn:ngsi-ld:Contribution:t:c1',
    statusHistory: [
      { status: 'received', date: '2026-02-20' },
      { status: 'merged', date: '2026-04-01' },
    ],
  }),
  // Rejected after 5 days, with a reason.
  contribution('c3', {
    dateReceived: '2026-04-02',
    status: 'rejected',
    channel: 'meeting',
    refStakeholder: S('farid'),
    refTheme: [T('digital')],
    statusHistory: [
      { status: 'received', date: '2026-04-02' },
      {
        status: 'rejected',
        date: '2026-04-07',
        reason: { fr: 'Hors compétence régionale', nl: 'Geen gewestbevoegdheid', en: 'Not a regional competence' },
      },
    ],
  }),
  // Fed P2, not selected; answered after 20 days.
  contribution('c4', {
    dateReceived: '2026-04-02',
    status: 'accepted',
    channel: 'writtenSubmission',
    refStakeholder: S('chloe'),
    refTheme: [T('digital')],
    statusHistory: [
      { status: 'received', date: '2026-04-02' },
      { status: 'accepted', date: '2026-04-22' },
    ],
    refProjectFactsheet: [F('p2')],
  }),
  // Received 2026-06-10, never answered: on 2026-07-01 its 30 days have not run out.
  contribution('c5', {
    dateReceived: '2026-06-10',
    status: 'received',
    channel: 'onlinePlatform',
    statusHistory: [{ status: 'received', date: '2026-06-10' }],
  }),
  // Received 2026-05-01, never answered: on 2026-07-01 it is overdue.
  contribution('c6', {
    dateReceived: '2026-05-01',
    status: 'received',
    channel: 'onlinePlatform',
    refStakeholder: S('anna'),
  }),
];

export const factsheets: ProjectFactsheet[] = [
  {
    id: F('p1'),
    type: 'ProjectFactsheet',
    name: { fr: 'Parkings vélo connectés', nl: 'Verbonden fietsparkings', en: 'Connected bike parking' },
    objectives: ['More bike parking'],
    refTheme: T('mobility'),
    refOwner: 'urn:ngsi-ld:Organisation:t:office',
    budgetByYear: [
      { projectYear: 1, amount: 300_000 },
      { projectYear: 2, amount: 200_000 },
    ],
    duration: 2,
    expectedKpis: [{ kpi: 'PAR-08', baseline: 10, target: 25, targetYear: 2028 }],
  },
  {
    id: F('p2'),
    type: 'ProjectFactsheet',
    name: { fr: 'Guichet numérique', nl: 'Digitaal loket', en: 'Digital counter' },
    objectives: ['One counter'],
    refTheme: T('digital'),
    refOwner: 'urn:ngsi-ld:Organisation:t:office',
    budgetByYear: [{ projectYear: 1, amount: 150_000 }],
    duration: 1,
  },
];

export const juryEvaluations: JuryEvaluation[] = [
  {
    id: 'urn:ngsi-ld:JuryEvaluation:t:j1-p1',
    type: 'JuryEvaluation',
    refJuror: S('dirk'),
    refProjectFactsheet: F('p1'),
    status: 'scored',
    scores: [{ criterion: 'impact', score: 3 }],
  },
  {
    id: 'urn:ngsi-ld:JuryEvaluation:t:j2-p1',
    type: 'JuryEvaluation',
    refJuror: S('eva'),
    refProjectFactsheet: F('p1'),
    status: 'abstained',
    abstention: { reason: 'conflict-of-interest' },
  },
  {
    id: 'urn:ngsi-ld:JuryEvaluation:t:j1-p2',
    type: 'JuryEvaluation',
    refJuror: S('dirk'),
    refProjectFactsheet: F('p2'),
    status: 'scored',
    scores: [{ criterion: 'impact', score: 1 }],
  },
];

export const roadmap: Roadmap = {
  id: 'urn:ngsi-ld:Roadmap:t:2027-2029',
  type: 'Roadmap',
  name: { fr: 'Feuille de route 2027–2029', nl: 'Roadmap 2027–2029', en: 'Roadmap 2027–2029' },
  horizon: { startYear: 2027, endYear: 2029 },
  status: 'optimal',
  years: [
    { year: 2027, budget: 400_000, budgetAllocated: 300_000, projects: [F('p1')] },
    { year: 2028, budget: 400_000, budgetAllocated: 200_000, projects: [F('p1')] },
    { year: 2029, budget: 400_000, budgetAllocated: 0, projects: [] },
  ],
  scheduledProjects: [{ refProjectFactsheet: F('p1'), startYear: 2027, endYear: 2028, rank: 1 }],
  notSelected: [{ refProjectFactsheet: F('p2'), rank: 2, reason: 'below the budget line' }],
};

export const boards: GovernanceBoard[] = [
  {
    id: B('steer'),
    type: 'GovernanceBoard',
    name: { fr: 'Comité de pilotage fictif', nl: 'Fictief stuurcomité', en: 'Fictional steering committee' },
    boardType: 'steeringCommittee',
    mandate: { fr: 'Piloter', nl: 'Sturen' },
    votingSeats: 4,
    quorum: 3,
    dateEstablished: '2026-03-01',
  },
  {
    id: B('jury'),
    type: 'GovernanceBoard',
    name: { fr: 'Jury fictif', nl: 'Fictieve jury' },
    boardType: 'jury',
    mandate: { fr: 'Noter', nl: 'Scoren' },
    dateEstablished: '2026-05-01',
    dateDissolved: '2026-06-30',
  },
  {
    id: B('gov'),
    type: 'GovernanceBoard',
    name: { fr: 'Gouvernement fictif', nl: 'Fictieve regering' },
    boardType: 'government',
    mandate: { fr: 'Approuver', nl: 'Goedkeuren' },
  },
];

const seat = (
  id: string,
  member: string,
  role: Membership['role'],
  start: string,
  extra: Partial<Membership> = {},
): Membership => ({
  id: `urn:ngsi-ld:Membership:t:${id}`,
  type: 'Membership',
  refGovernanceBoard: B('steer'),
  refMember: S(member),
  role,
  startDate: start,
  ...extra,
});

/** Steering committee: anna chairs (civil society), chloe (academia), dirk (public), farid (private); gina observes. */
export const memberships: Membership[] = [
  seat('anna', 'anna', 'chair', '2026-03-01'),
  seat('chloe', 'chloe', 'member', '2026-03-01'),
  seat('dirk', 'dirk', 'member', '2026-03-01', { endDate: '2026-06-14' }),
  seat('farid', 'farid', 'member', '2026-03-01'),
  seat('gina', 'gina', 'observer', '2026-03-01'),
];

export const decisions: Decision[] = [
  {
    id: 'urn:ngsi-ld:Decision:t:steer-found',
    type: 'Decision',
    refGovernanceBoard: B('gov'),
    dateDecided: '2026-02-25',
    subject: { fr: 'Création du comité', nl: 'Oprichting van het comité', en: 'Setting up the committee' },
    outcome: 'approved',
    decisionType: 'establishBoard',
    refRelatedEntity: [B('steer')],
  },
  {
    id: 'urn:ngsi-ld:Decision:t:jury-select',
    type: 'Decision',
    refGovernanceBoard: B('jury'),
    dateDecided: '2026-06-20',
    subject: { fr: 'Sélection', nl: 'Selectie', en: 'Selection' },
    outcome: 'approved',
    refRoadmap: roadmap.id,
  },
  {
    id: 'urn:ngsi-ld:Decision:t:gov-approve',
    type: 'Decision',
    decisionNumber: 'GOV/2026/07',
    refGovernanceBoard: B('gov'),
    dateDecided: '2026-06-25',
    subject: {
      fr: 'Approbation de la feuille de route',
      nl: 'Goedkeuring van de roadmap',
      en: 'Approval of the roadmap',
    },
    outcome: 'approved',
    decisionType: 'approveRoadmap',
    refRoadmap: roadmap.id,
    refProjectFactsheet: [F('p1')],
    budgetApproved: 500_000,
  },
  {
    id: 'urn:ngsi-ld:Decision:t:steer-kpis',
    type: 'Decision',
    refGovernanceBoard: B('steer'),
    refMeeting: 'urn:ngsi-ld:Meeting:t:steer-2',
    dateDecided: '2026-06-15',
    subject: { fr: 'Adoption des KPI', nl: 'Aanneming van de KPI’s', en: 'Adopting the KPIs' },
    outcome: 'approved',
    decisionType: 'adoptKpis',
    refKpiDefinition: ['urn:ngsi-ld:KpiDefinition:PAR-06'],
    voteCount: { inFavour: 2, against: 0 },
  },
];

/** All of the above. */
export const small: ParticipationEntities = {
  stakeholders,
  organisations,
  meetings,
  workshops,
  contributions,
  boards,
  memberships,
  decisions,
  factsheets,
  juryEvaluations,
  roadmaps: [roadmap],
  themes,
};
