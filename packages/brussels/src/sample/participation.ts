/**
 * The synthetic participation and governance of the sample (seeded, labelled synthetic): the participation register
 * (organisations and individuals of the four helices across the 19 municipalities), the 20 bilateral meetings, the 4
 * collaborative and 20 multidisciplinary workshops of 2026, about 300 contributions with their status histories traced
 * to the sample's project factsheets, the Government, the Smart City Governance Board and the jury with their seats,
 * sessions and decisions, and the roadmap they select, approve and publish. Consistent with the sample's factsheets,
 * jury scores (the jurors of `sampleJuryScores`) and roadmap; checked as a workspace by the sample's tests.
 */
import type {
  CompleteText,
  Contribution,
  Decision,
  GovernanceBoard,
  Meeting,
  Membership,
  Organisation,
  Roadmap,
  Stakeholder,
  Workshop,
} from '@opencity/models';
import { seededRandom, type SeededRandom } from '@opencity/roadmap';
import { municipalities } from '../municipalities';
import { themes, type ThemeId } from '../themes';
import { DEFAULT_SEED, SYNTHETIC_PROVIDER } from './notice';
import { implementedNote, rejectionReasons, suggestionTexts } from './participationTexts';
import { sampleProjects } from './projects';
import defaultRoadmap from './sampleRoadmap.json' with { type: 'json' };

/** Options of {@link sampleParticipation}. */
export interface SampleParticipationOptions {
  /** Seed of the generator (default {@link DEFAULT_SEED}). */
  readonly seed?: number;
  /**
   * The roadmap the jury selects, the Government approves and the Board publishes (default: for the default seed, the
   * one kept in `sampleRoadmap.json`). With another seed, pass `await computeSampleRoadmap({ seed })`; without it the
   * sample has no roadmap and none of those three decisions.
   */
  readonly roadmap?: Roadmap;
  /** Ids of the jurors J1…J7 of `sampleJuryScores` (default `urn:ngsi-ld:Stakeholder:brussels-synthetic-juror-<n>`). */
  readonly jurorId?: (n: number) => string;
  /** How many jurors sit (default 7, as `sampleJuryScores`). */
  readonly jurors?: number;
}

/** The sample's participation and governance entities, by type. */
export interface SampleParticipation {
  readonly organisations: Organisation[];
  readonly stakeholders: Stakeholder[];
  readonly meetings: Meeting[];
  readonly workshops: Workshop[];
  readonly contributions: Contribution[];
  readonly boards: GovernanceBoard[];
  readonly memberships: Membership[];
  readonly decisions: Decision[];
  readonly roadmaps: Roadmap[];
}

/** The Smart City Office of the sample (an Organisation). */
export const SAMPLE_OFFICE_ID = 'urn:ngsi-ld:Organisation:brussels-synthetic-smart-city-office';
/** The sample's Smart City Governance Board. */
export const SAMPLE_GOVERNANCE_BOARD_ID = 'urn:ngsi-ld:GovernanceBoard:brussels-synthetic:smart-city-governance-board';
/** The sample's Government. */
export const SAMPLE_GOVERNMENT_ID = 'urn:ngsi-ld:GovernanceBoard:brussels-synthetic:government';
/**
 * The sample's selection jury: the seven jurors of `sampleJuryScores`, set up by the Government once the factsheets
 * exist (October 2026). The jury board and its seats belong to this module; the sample workspace takes them from here.
 */
export const SAMPLE_JURY_ID = 'urn:ngsi-ld:GovernanceBoard:brussels-synthetic-jury';

const P = SYNTHETIC_PROVIDER;
const t = (en: string, fr: string, nl: string): CompleteText => ({ en, fr, nl });
const theme = (id: ThemeId) => `urn:ngsi-ld:Theme:brussels:${id}`;
const THEME_IDS: readonly ThemeId[] = themes.map((x) => x.id);
const LAST_DAY = '2026-11-30';
const defaultJurorId = (n: number) => `urn:ngsi-ld:Stakeholder:brussels-synthetic-juror-${n}`;

type Helix = Stakeholder['helixCategory'];
type OrgSeed = readonly [
  key: string,
  type: Organisation['organisationType'],
  helix: Helix,
  fr: string,
  nl: string,
  en: string,
  theme: ThemeId,
];

// Invented organisations (every name says "synthetic"), six or so per helix.
const orgSeeds: readonly OrgSeed[] = [
  [
    'cs-connected-neighbourhoods',
    'citizenCollective',
    'civilSociety',
    'Collectif Quartiers connectés (synthétique)',
    'Collectief Verbonden wijken (synthetisch)',
    'Connected Neighbourhoods collective (synthetic)',
    'society',
  ],
  [
    'cs-cyclists',
    'nonProfit',
    'civilSociety',
    'Ligue des cyclistes (synthétique)',
    'Fietsersbond (synthetisch)',
    'Cyclists’ league (synthetic)',
    'mobility',
  ],
  [
    'cs-community-centre',
    'nonProfit',
    'civilSociety',
    'Maison de quartier (synthétique)',
    'Buurthuis (synthetisch)',
    'Community centre (synthetic)',
    'society',
  ],
  [
    'cs-digital-inclusion',
    'nonProfit',
    'civilSociety',
    'Association pour l’inclusion numérique (synthétique)',
    'Vereniging voor digitale inclusie (synthetisch)',
    'Digital inclusion association (synthetic)',
    'digital',
  ],
  [
    'cs-seniors',
    'nonProfit',
    'civilSociety',
    'Plateforme des seniors (synthétique)',
    'Seniorenplatform (synthetisch)',
    'Seniors’ platform (synthetic)',
    'society',
  ],
  [
    'cs-energy-coop',
    'citizenCollective',
    'civilSociety',
    'Coopérative énergétique citoyenne (synthétique)',
    'Burgerenergiecoöperatie (synthetisch)',
    'Citizens’ energy cooperative (synthetic)',
    'environment',
  ],
  [
    'ac-university',
    'university',
    'academia',
    'Université de Bruxelles (synthétique)',
    'Universiteit Brussel (synthetisch)',
    'University of Brussels (synthetic)',
    'digital',
  ],
  [
    'ac-college',
    'university',
    'academia',
    'Haute école des métiers urbains (synthétique)',
    'Hogeschool voor stedelijke beroepen (synthetisch)',
    'College of urban professions (synthetic)',
    'economy',
  ],
  [
    'ac-urban-research',
    'researchCentre',
    'academia',
    'Centre de recherche urbaine (synthétique)',
    'Centrum voor stedelijk onderzoek (synthetisch)',
    'Urban research centre (synthetic)',
    'society',
  ],
  [
    'ac-open-data-lab',
    'researchCentre',
    'academia',
    'Laboratoire des données ouvertes (synthétique)',
    'Open-datalab (synthetisch)',
    'Open data lab (synthetic)',
    'digital',
  ],
  [
    'ac-mobility-institute',
    'researchCentre',
    'academia',
    'Institut de la mobilité (synthétique)',
    'Mobiliteitsinstituut (synthetisch)',
    'Mobility institute (synthetic)',
    'mobility',
  ],
  [
    'pu-mobility',
    'publicAuthority',
    'public',
    'Administration régionale de la mobilité (synthétique)',
    'Gewestelijk mobiliteitsbestuur (synthetisch)',
    'Regional mobility administration (synthetic)',
    'mobility',
  ],
  [
    'pu-environment',
    'publicAuthority',
    'public',
    'Administration régionale de l’environnement (synthétique)',
    'Gewestelijk leefmilieubestuur (synthetisch)',
    'Regional environment administration (synthetic)',
    'environment',
  ],
  [
    'pu-digital',
    'publicBody',
    'public',
    'Agence régionale du numérique (synthétique)',
    'Gewestelijk digitaal agentschap (synthetisch)',
    'Regional digital agency (synthetic)',
    'digital',
  ],
  [
    'pu-economy',
    'publicBody',
    'public',
    'Agence régionale de l’économie (synthétique)',
    'Gewestelijk economisch agentschap (synthetisch)',
    'Regional economic agency (synthetic)',
    'economy',
  ],
  [
    'pu-social',
    'publicAuthority',
    'public',
    'Administration régionale de la cohésion sociale (synthétique)',
    'Gewestelijk bestuur sociale cohesie (synthetisch)',
    'Regional social cohesion administration (synthetic)',
    'society',
  ],
  [
    'pu-municipalities',
    'publicBody',
    'public',
    'Conférence des communes (synthétique)',
    'Conferentie van de gemeenten (synthetisch)',
    'Conference of municipalities (synthetic)',
    'society',
  ],
  [
    'pr-datapark',
    'company',
    'private',
    'DataPark SA (synthétique)',
    'DataPark NV (synthetisch)',
    'DataPark Ltd (synthetic)',
    'mobility',
  ],
  [
    'pr-shared-mobility',
    'company',
    'private',
    'Mobilité partagée SRL (synthétique)',
    'Deelmobiliteit BV (synthetisch)',
    'Shared mobility Ltd (synthetic)',
    'mobility',
  ],
  [
    'pr-chamber',
    'company',
    'private',
    'Chambre de commerce (synthétique)',
    'Kamer van koophandel (synthetisch)',
    'Chamber of commerce (synthetic)',
    'economy',
  ],
  [
    'pr-greentech',
    'company',
    'private',
    'GreenTech SA (synthétique)',
    'GreenTech NV (synthetisch)',
    'GreenTech Ltd (synthetic)',
    'environment',
  ],
  [
    'pr-digital-federation',
    'company',
    'private',
    'Fédération des entreprises numériques (synthétique)',
    'Federatie van digitale bedrijven (synthetisch)',
    'Digital business federation (synthetic)',
    'digital',
  ],
  [
    'pr-incubator',
    'company',
    'private',
    'Incubateur urbain (synthétique)',
    'Stedelijke incubator (synthetisch)',
    'Urban incubator (synthetic)',
    'economy',
  ],
];

// Invented names: the surnames are made up from words for "example" and "sample", so that they belong to nobody.
const firstNames = [
  'Amélie',
  'Bram',
  'Chaïma',
  'Dries',
  'Elif',
  'Femke',
  'Gaspard',
  'Hanne',
  'Ilias',
  'Jana',
  'Karim',
  'Lieve',
  'Mathis',
  'Nora',
  'Olivier',
  'Pauline',
  'Quentin',
  'Ruth',
  'Samir',
  'Tine',
  'Ugo',
  'Vera',
  'Wout',
  'Yasmine',
  'Zoé',
  'Arno',
  'Bilal',
  'Clara',
  'Dounia',
  'Emiel',
];
const lastNames = [
  'Exemplaire',
  'Voorbeeldt',
  'Fictiau',
  'Proefmans',
  'Testaert',
  'Modèlegem',
  'Échantier',
  'Steekhout',
  'Maquettier',
  'Schetsens',
  'Essaimont',
  'Simulier',
  'Probeers',
  'Dummaert',
  'Ébauchet',
  'Kladmans',
];

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const at = (day: string, time: string) =>
  `${day}T${time}:00${day >= '2026-03-29' && day < '2026-10-25' ? '+02:00' : '+01:00'}`;
/** The next weekday on or after a day. */
function weekday(day: string): string {
  let d = day;
  for (;;) {
    const w = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (w !== 0 && w !== 6) return d;
    d = addDays(d, 1);
  }
}

function pickMany<T>(random: SeededRandom, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(random.next() * pool.length), 1)[0]!);
  return out;
}

/**
 * The synthetic participation and governance of the sample.
 * @example
 * const p = sampleParticipation();
 * p.meetings.filter((m) => m.meetingType === 'bilateral').length; // 20
 */
export function sampleParticipation(options: SampleParticipationOptions = {}): SampleParticipation {
  const seed = options.seed ?? DEFAULT_SEED;
  const roadmap = options.roadmap ?? (seed === DEFAULT_SEED ? (defaultRoadmap as unknown as Roadmap) : undefined);
  const jurorId = options.jurorId ?? defaultJurorId;
  const jurorCount = options.jurors ?? 7;
  const random = seededRandom(seed + 13);
  const nis = municipalities.map((m) => m.nis);

  // --- The register: organisations, their stakeholder entries, individuals ---------------------------------------
  const organisations: Organisation[] = [
    {
      id: SAMPLE_OFFICE_ID,
      type: 'Organisation',
      name: t('Smart City Office (synthetic)', 'Smart City Office (synthétique)', 'Smart City Office (synthetisch)'),
      organisationType: 'publicBody',
      dataProvider: P,
    },
    ...orgSeeds.map(([key, organisationType, , fr, nl, en]) => ({
      id: `urn:ngsi-ld:Organisation:brussels-synthetic:${key}`,
      type: 'Organisation' as const,
      name: { fr, nl, en },
      organisationType,
      dataProvider: P,
    })),
  ];
  const orgStakeholder = (key: string) => `urn:ngsi-ld:Stakeholder:brussels-synthetic:${key}`;
  const stakeholders: Stakeholder[] = orgSeeds.map(([key, , helix, fr, nl, en, th]) => ({
    id: orgStakeholder(key),
    type: 'Stakeholder',
    name: { fr, nl, en },
    stakeholderKind: 'organisation',
    helixCategory: helix,
    refOrganisation: `urn:ngsi-ld:Organisation:brussels-synthetic:${key}`,
    refTheme: [theme(th)],
    nisCode: random.pick(nis),
    dateRegistered: addDays('2025-11-03', random.int(0, 60)),
    dataProvider: P,
  }));
  const orgsOf = (helix: Helix) => orgSeeds.filter((o) => o[2] === helix);
  let personNo = 0;
  const person = (
    helix: Helix,
    extra: Partial<Stakeholder> = {},
    consentToListing = random.next() < 0.12,
  ): Stakeholder => {
    personNo++;
    // (7r mod 30, q) for person 30q + r is one-to-one: no two people share a full name.
    const first = firstNames[(personNo * 7) % firstNames.length]!;
    const last = lastNames[Math.floor(personNo / firstNames.length) % lastNames.length]!;
    const registered = addDays('2025-11-03', random.int(0, 300));
    const employer = helix === 'civilSociety' ? undefined : random.pick(orgsOf(helix))[0];
    const withContact = random.next() < 0.65;
    return {
      id: `urn:ngsi-ld:Stakeholder:brussels-synthetic:p-${String(personNo).padStart(4, '0')}`,
      type: 'Stakeholder',
      name: `${first} ${last}`,
      stakeholderKind: 'individual',
      helixCategory: helix,
      ...(employer ? { refOrganisation: `urn:ngsi-ld:Organisation:brussels-synthetic:${employer}` } : {}),
      refTheme: pickMany(random, THEME_IDS, random.int(1, 2)).map(theme) as [string, ...string[]],
      preferredLanguage: random.next() < 0.6 ? 'fr' : random.next() < 0.8 ? 'nl' : 'en',
      nisCode: random.pick(nis),
      ...(withContact
        ? {
            contactPoint: {
              email: `${ascii(first)}.${ascii(last)}.${personNo}@example.org`,
              consent: { dateGiven: registered, purpose: ['participationUpdates', 'workshopInvitations'] as const },
            },
          }
        : {}),
      ...(consentToListing ? { publicListingConsent: { dateGiven: registered } } : {}),
      dateRegistered: registered,
      dataProvider: P,
      ...extra,
    } as Stakeholder;
  };
  const individuals: Record<Helix, Stakeholder[]> = { civilSociety: [], academia: [], public: [], private: [] };
  for (const [helix, n] of [
    ['civilSociety', 62],
    ['academia', 16],
    ['public', 20],
    ['private', 16],
  ] as const)
    for (let k = 0; k < n; k++) individuals[helix].push(person(helix));
  stakeholders.push(...Object.values(individuals).flat());
  // Named roles: the Board's chair (consents to be listed), its secretary and the Government's eight members.
  const chair = person(
    'public',
    { jobTitle: 'Director of the Smart City Office (synthetic)', refOrganisation: SAMPLE_OFFICE_ID },
    true,
  );
  const secretary = person(
    'public',
    { jobTitle: 'Secretary of the Governance Board (synthetic)', refOrganisation: SAMPLE_OFFICE_ID },
    false,
  );
  const ministers = Array.from({ length: 8 }, (_, k) =>
    person(
      'public',
      { jobTitle: k === 0 ? 'Minister-President (synthetic)' : 'Member of the Government (synthetic)' },
      false,
    ),
  );
  stakeholders.push(chair, secretary, ...ministers);

  // --- Boards and seats --------------------------------------------------------------------------------------------
  const boards: GovernanceBoard[] = [
    {
      id: SAMPLE_GOVERNMENT_ID,
      type: 'GovernanceBoard',
      name: t('Government (synthetic)', 'Gouvernement (synthétique)', 'Regering (synthetisch)'),
      boardType: 'government',
      mandate: t(
        'Gives final approval to the common vision, the priority projects and the roadmap.',
        'Donne l’approbation finale de la vision commune, des projets prioritaires et de la feuille de route.',
        'Keurt de gemeenschappelijke visie, de prioritaire projecten en de roadmap definitief goed.',
      ),
      votingSeats: 8,
      quorum: 5,
      dateEstablished: '2024-07-18',
      dataProvider: P,
    },
    {
      id: SAMPLE_GOVERNANCE_BOARD_ID,
      type: 'GovernanceBoard',
      name: t(
        'Smart City Governance Board (synthetic)',
        'Smart City Governance Board (synthétique)',
        'Smart City Governance Board (synthetisch)',
      ),
      boardType: 'steeringCommittee',
      mandate: t(
        'Steers the Smart City programme with representatives of the four helices: proposes the vision and the roadmap, follows the KPIs.',
        'Pilote le programme Smart City avec des représentants des quatre hélices : propose la vision et la feuille de route, suit les KPI.',
        'Stuurt het Smart City-programma met vertegenwoordigers van de vier helices: stelt de visie en de roadmap voor, volgt de KPI’s op.',
      ),
      refOrganisation: SAMPLE_OFFICE_ID,
      meetingCadence: 'P3M',
      votingSeats: 12,
      quorum: 7,
      legalBasis: t(
        'Synthetic: Government decision of 5 February 2026.',
        'Fictif : décision du Gouvernement du 5 février 2026.',
        'Fictief: regeringsbeslissing van 5 februari 2026.',
      ),
      dateEstablished: '2026-02-05',
      dataProvider: P,
    },
    {
      id: SAMPLE_JURY_ID,
      type: 'GovernanceBoard',
      name: t(
        'Project selection jury 2026 (synthetic)',
        'Jury de sélection des projets 2026 (synthétique)',
        'Selectiejury projecten 2026 (synthetisch)',
      ),
      boardType: 'jury',
      mandate: t(
        'Scores the project factsheets on the approved criteria and selects the roadmap.',
        'Note les fiches projet sur les critères approuvés et sélectionne la feuille de route.',
        'Beoordeelt de projectfiches op de goedgekeurde criteria en selecteert de roadmap.',
      ),
      votingSeats: jurorCount,
      quorum: Math.floor(jurorCount / 2) + 2 > jurorCount ? jurorCount : Math.floor(jurorCount / 2) + 2,
      dateEstablished: '2026-10-01',
      dateDissolved: '2026-11-30',
      dataProvider: P,
    },
  ];
  const memberships: Membership[] = [];
  const seat = (
    board: string,
    key: string,
    member: string,
    role: Membership['role'],
    startDate: string,
    extra: Partial<Membership> = {},
  ) => {
    memberships.push({
      id: `urn:ngsi-ld:Membership:brussels-synthetic:${key}`,
      type: 'Membership',
      refGovernanceBoard: board,
      refMember: member,
      role,
      votingRights: role === 'chair' || role === 'member',
      startDate,
      dataProvider: P,
      ...extra,
    });
    return member;
  };
  const GOV_DECISION_BOARD = 'urn:ngsi-ld:Decision:brussels-synthetic:gov-2026-02-05-appoint-board';
  ministers.forEach((m, k) =>
    seat(SAMPLE_GOVERNMENT_ID, `government-${k + 1}`, m.id, k === 0 ? 'chair' : 'member', '2024-07-18'),
  );
  const board = SAMPLE_GOVERNANCE_BOARD_ID;
  const from = '2026-02-05';
  const boardSeat = (key: string, member: string, role: Membership['role'], extra: Partial<Membership> = {}) =>
    seat(board, `board-${key}`, member, role, from, { refDecision: GOV_DECISION_BOARD, ...extra });
  const voters = [
    boardSeat('chair', chair.id, 'chair'),
    boardSeat('cs-1', orgStakeholder('cs-connected-neighbourhoods'), 'member'),
    boardSeat('cs-2', orgStakeholder('cs-digital-inclusion'), 'member'),
    boardSeat('cs-3', individuals.civilSociety[0]!.id, 'member'),
    boardSeat('ac-1', orgStakeholder('ac-university'), 'member'),
    boardSeat('ac-2', orgStakeholder('ac-urban-research'), 'member'),
    boardSeat('ac-3', individuals.academia[0]!.id, 'member'),
    boardSeat('pu-1', orgStakeholder('pu-mobility'), 'member'),
    boardSeat('pu-2', orgStakeholder('pu-digital'), 'member'),
    boardSeat('pr-1', orgStakeholder('pr-datapark'), 'member', { endDate: '2026-06-30' }),
    boardSeat('pr-2', orgStakeholder('pr-chamber'), 'member'),
    boardSeat('pr-3', individuals.private[0]!.id, 'member'),
  ];
  // The data company leaves on 30 June; the incubator takes the seat from 1 July (no day without a private voter).
  seat(board, 'board-pr-1b', orgStakeholder('pr-incubator'), 'member', '2026-07-01', {
    refDecision: 'urn:ngsi-ld:Decision:brussels-synthetic:board-2026-06-09-replacement',
  });
  boardSeat('secretary', secretary.id, 'secretary');
  boardSeat('observer', orgStakeholder('pu-municipalities'), 'observer');
  const jurors = Array.from({ length: jurorCount }, (_, k) =>
    seat(SAMPLE_JURY_ID, '', jurorId(k + 1), k === 0 ? 'chair' : 'member', '2026-10-01', {
      id: `urn:ngsi-ld:Membership:brussels-synthetic-jury:J${k + 1}`,
      endDate: '2026-11-30',
      refDecision: 'urn:ngsi-ld:Decision:brussels-synthetic:gov-2026-10-01-jury',
    }),
  );

  // --- Meetings: 20 bilateral ones with the quadruple helix, then the boards' sessions ----------------------------
  const meetings: Meeting[] = [];
  const bilateralWith = (['civilSociety', 'academia', 'public', 'private'] as const).flatMap((h) =>
    orgsOf(h)
      .filter((o) => o[0] !== 'pu-municipalities')
      .slice(0, 5),
  );
  let day = '2026-01-12';
  bilateralWith
    .map((o, k) => ({ o, k, order: random.next() }))
    .sort((a, b) => a.order - b.order)
    .forEach(({ o }, k) => {
      day = weekday(addDays(day, k === 0 ? 0 : random.int(2, 4)));
      meetings.push({
        id: `urn:ngsi-ld:Meeting:brussels-synthetic:bilateral-${String(k + 1).padStart(2, '0')}`,
        type: 'Meeting',
        name: t(`Bilateral meeting: ${o[5]}`, `Réunion bilatérale : ${o[3]}`, `Bilateraal overleg: ${o[4]}`),
        meetingType: 'bilateral',
        startDate: at(day, '10:00'),
        endDate: at(day, '11:30'),
        attendanceMode: random.next() < 0.7 ? 'inPerson' : 'online',
        refOrganiser: SAMPLE_OFFICE_ID,
        refParticipant: [orgStakeholder(o[0])],
        refTheme: [theme(o[6])],
        accessRights: 'PUBLIC',
        dataProvider: P,
      });
    });
  const session = (key: string, boardId: string, date: string, participants: string[], name: CompleteText): string => {
    const id = `urn:ngsi-ld:Meeting:brussels-synthetic:${key}`;
    meetings.push({
      id,
      type: 'Meeting',
      name,
      meetingType: 'boardSession',
      startDate: at(date, '14:00'),
      endDate: at(date, '16:30'),
      attendanceMode: 'inPerson',
      refOrganiser: SAMPLE_OFFICE_ID,
      refParticipant: participants as [string, ...string[]],
      refGovernanceBoard: boardId,
      accessRights: 'PUBLIC',
      dataProvider: P,
    });
    return id;
  };
  const ministersPresent = (absent: number) => ministers.filter((_, k) => k === 0 || k > absent).map((m) => m.id);
  const govSession = (date: string, absent: number) =>
    session(
      `government-${date}`,
      SAMPLE_GOVERNMENT_ID,
      date,
      ministersPresent(absent),
      t(`Government session of ${date}`, `Séance du Gouvernement du ${date}`, `Regeringszitting van ${date}`),
    );
  const boardVoters = (date: string) =>
    memberships
      .filter(
        (m) =>
          m.refGovernanceBoard === board &&
          m.votingRights &&
          m.startDate <= date &&
          (m.endDate === undefined || m.endDate >= date),
      )
      .map((m) => m.refMember);
  const boardSession = (n: number, date: string, absent: number) =>
    session(
      `board-session-${n}`,
      board,
      date,
      [...boardVoters(date).slice(0, 12 - absent), secretary.id],
      t(`Governance Board session ${n}`, `Séance ${n} du Governance Board`, `Zitting ${n} van de Governance Board`),
    );
  const g1 = govSession('2026-02-05', 2);
  const s1 = boardSession(1, '2026-03-10', 1);
  const g2 = govSession('2026-04-23', 1);
  const s2 = boardSession(2, '2026-06-09', 2);
  const s3 = boardSession(3, '2026-09-15', 3);
  const g3 = govSession('2026-10-01', 2);
  const j1 = session(
    'jury-session-2026-10-27',
    SAMPLE_JURY_ID,
    '2026-10-27',
    jurors,
    t('Jury deliberation', 'Délibération du jury', 'Beraadslaging van de jury'),
  );
  const g4 = govSession('2026-11-19', 1);
  const s4 = boardSession(4, '2026-12-01', 1);
  void voters;

  // --- Workshops ---------------------------------------------------------------------------------------------------
  const workshops: Workshop[] = [];
  const all = stakeholders.filter((s) => !ministers.includes(s) && s !== secretary);
  const interestedIn = (th: ThemeId) => all.filter((s) => s.refTheme?.includes(theme(th)));
  const collaborative: readonly [string, ThemeId][] = [
    ['2026-02-10', 'digital'],
    ['2026-02-24', 'mobility'],
    ['2026-03-10', 'environment'],
    ['2026-03-24', 'society'],
  ];
  collaborative.forEach(([date, th], k) => {
    const publicOrgs = orgsOf('public').map((o) => orgStakeholder(o[0]));
    const participants = [
      ...pickMany(random, publicOrgs, 4),
      ...pickMany(random, individuals.public, 5).map((s) => s.id),
      ...pickMany(random, interestedIn(th), 3).map((s) => s.id),
    ];
    const unique = [...new Set(participants)];
    workshops.push({
      id: `urn:ngsi-ld:Workshop:brussels-synthetic:collaborative-${k + 1}`,
      type: 'Workshop',
      name: t(
        `Collaborative workshop with the regional administrations: ${themes.find((x) => x.id === th)!.label.en}`,
        `Atelier collaboratif avec les administrations régionales : ${themes.find((x) => x.id === th)!.label.fr}`,
        `Co-creatieve workshop met de gewestelijke besturen: ${themes.find((x) => x.id === th)!.label.nl}`,
      ),
      workshopType: 'collaborative',
      refTheme: theme(th),
      startDate: at(date, '09:30'),
      endDate: at(date, '12:30'),
      attendanceMode: 'inPerson',
      venue: 'Synthetic venue',
      refFacilitator: [SAMPLE_OFFICE_ID],
      refParticipant: unique as [string, ...string[]],
      participantCount: unique.length + random.int(8, 20),
      dataProvider: P,
    });
  });
  let wday = '2026-04-07';
  for (let k = 0; k < 20; k++) {
    const th = THEME_IDS[k % THEME_IDS.length]!;
    // Every nine days or so from 7 April: the twentieth falls before the end of September.
    if (k > 0) wday = weekday(addDays('2026-04-07', k * 9));
    const mix = [
      ...pickMany(random, interestedIn(th), random.int(6, 10)),
      ...pickMany(random, individuals.academia, 1),
      ...pickMany(random, individuals.private, 1),
      ...pickMany(random, individuals.public, 1),
    ].map((s) => s.id);
    const unique = [...new Set(mix)];
    workshops.push({
      id: `urn:ngsi-ld:Workshop:brussels-synthetic:multidisciplinary-${String(k + 1).padStart(2, '0')}`,
      type: 'Workshop',
      name: t(
        `Multidisciplinary workshop ${Math.floor(k / THEME_IDS.length) + 1}: ${themes.find((x) => x.id === th)!.label.en}`,
        `Atelier multidisciplinaire ${Math.floor(k / THEME_IDS.length) + 1} : ${themes.find((x) => x.id === th)!.label.fr}`,
        `Multidisciplinaire workshop ${Math.floor(k / THEME_IDS.length) + 1}: ${themes.find((x) => x.id === th)!.label.nl}`,
      ),
      workshopType: 'multidisciplinary',
      refTheme: theme(th),
      startDate: at(wday, '18:30'),
      endDate: at(wday, '21:00'),
      attendanceMode: random.next() < 0.8 ? 'inPerson' : 'hybrid',
      venue: 'Synthetic venue',
      refFacilitator: [SAMPLE_OFFICE_ID],
      refParticipant: unique as [string, ...string[]],
      participantCount: unique.length + random.int(5, 18),
      dataProvider: P,
    });
  }

  // --- Contributions, with their status histories -------------------------------------------------------------------
  const projects = sampleProjects({ seed });
  const factsheetsOf = (th: ThemeId) =>
    projects.filter((p) => p.theme === th).map((p) => `urn:ngsi-ld:ProjectFactsheet:${p.id}`);
  const contributions: Contribution[] = [];
  const acceptedByTheme = new Map<ThemeId, string[]>();
  const themeOf = (id: string) => id.slice(id.lastIndexOf(':') + 1) as ThemeId;
  const contribute = (source: {
    channel: Contribution['channel'];
    day: string;
    theme: ThemeId;
    stakeholder?: string;
    workshop?: string;
    meeting?: string;
  }) => {
    const n = contributions.length + 1;
    const pool = suggestionTexts[source.theme];
    const text = pool[random.int(0, pool.length - 1)]!;
    const contributionType: Contribution['contributionType'] = text.en.startsWith('Concern')
      ? 'concern'
      : random.next() < 0.5
        ? 'idea'
        : 'suggestion';
    const lang = random.next() < 0.6 ? 'fr' : random.next() < 0.85 ? 'nl' : 'en';
    const history: NonNullable<Contribution['statusHistory']>[number][] = [{ status: 'received', date: source.day }];
    let status: Contribution['status'] = 'received';
    const extra: Partial<Contribution> = {};
    const answered = addDays(source.day, random.next() < 0.8 ? random.int(2, 28) : random.int(31, 55));
    if (answered <= LAST_DAY) {
      history.push({ status: 'underReview', date: answered });
      status = 'underReview';
      const decided = addDays(answered, random.int(7, 60));
      const roll = random.next();
      if (decided <= LAST_DAY && roll < 0.85) {
        const accepted = acceptedByTheme.get(source.theme) ?? [];
        if (roll < 0.45 || (roll < 0.6 && accepted.length === 0)) {
          status = 'accepted';
          const fs = factsheetsOf(source.theme);
          extra.refProjectFactsheet = [fs[random.int(0, fs.length - 1)]!];
          accepted.push(`urn:ngsi-ld:Contribution:brussels-synthetic:c-${String(n).padStart(4, '0')}`);
          acceptedByTheme.set(source.theme, accepted);
        } else if (roll < 0.6) {
          status = 'merged';
          extra.refMergedInto = accepted[random.int(0, accepted.length - 1)]!;
        } else if (roll < 0.8) {
          status = 'rejected';
        } else {
          status = 'implemented';
        }
        history.push({
          status,
          date: decided,
          ...(status === 'rejected' ? { reason: rejectionReasons[random.int(0, rejectionReasons.length - 1)]! } : {}),
          ...(status === 'implemented' ? { reason: implementedNote } : {}),
        });
      }
    }
    contributions.push({
      id: `urn:ngsi-ld:Contribution:brussels-synthetic:c-${String(n).padStart(4, '0')}`,
      type: 'Contribution',
      text: lang === 'en' ? { en: text.en, fr: text.fr, nl: text.nl } : { [lang]: text[lang], en: text.en },
      originalLanguage: lang,
      contributionType,
      channel: source.channel,
      ...(source.workshop ? { refWorkshop: source.workshop } : {}),
      ...(source.meeting ? { refMeeting: source.meeting } : {}),
      ...(source.stakeholder ? { refStakeholder: source.stakeholder } : {}),
      refTheme: [theme(source.theme)],
      dateReceived: source.day,
      ...(random.next() < 0.5 && source.channel !== 'writtenSubmission' ? { supportCount: random.int(0, 40) } : {}),
      status,
      statusHistory: history as [(typeof history)[number], ...typeof history],
      ...extra,
      dataProvider: P,
    });
  };
  // Sources in date order, so that a contribution is only merged into an earlier one.
  const sources: Parameters<typeof contribute>[0][] = [];
  for (const m of meetings.filter((x) => x.meetingType === 'bilateral'))
    for (let k = 0; k < 2; k++)
      sources.push({
        channel: 'meeting',
        day: m.startDate.slice(0, 10),
        theme: themeOf(m.refTheme![0]!),
        stakeholder: m.refParticipant[0]!,
        meeting: m.id,
      });
  for (const w of workshops) {
    const n = w.workshopType === 'collaborative' ? 8 : random.int(7, 9);
    for (let k = 0; k < n; k++) {
      const who = random.next() < 0.85 ? random.pick(w.refParticipant!) : undefined;
      sources.push({
        channel: 'workshop',
        day: w.startDate.slice(0, 10),
        theme: themeOf(w.refTheme),
        workshop: w.id,
        ...(who ? { stakeholder: who } : {}),
      });
    }
  }
  const citizens = individuals.civilSociety;
  for (let k = 0; k < 56; k++) {
    const who = random.next() < 0.7 ? random.pick(citizens).id : undefined;
    sources.push({
      channel: 'onlinePlatform',
      day: addDays('2026-01-15', random.int(0, 310)),
      theme: random.pick(THEME_IDS),
      ...(who ? { stakeholder: who } : {}),
    });
  }
  for (let k = 0; k < 14; k++)
    sources.push({
      channel: 'writtenSubmission',
      day: weekday(addDays('2026-02-01', random.int(0, 270))),
      theme: random.pick(THEME_IDS),
      stakeholder: random.pick(all).id,
    });
  sources.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)).forEach(contribute);
  for (const w of workshops) {
    const made = contributions.filter((c) => c.refWorkshop === w.id).map((c) => c.id);
    if (made.length) w.refContribution = made as [string, ...string[]];
  }

  // --- Decisions -------------------------------------------------------------------------------------------------------
  const scheduled = roadmap?.scheduledProjects.map((p) => p.refProjectFactsheet) ?? [];
  const budgets = new Map(projects.map((p) => [`urn:ngsi-ld:ProjectFactsheet:${p.id}`, p.costKEur * 1000]));
  const decision = (
    key: string,
    d: Partial<Decision> & Pick<Decision, 'refGovernanceBoard' | 'dateDecided' | 'subject' | 'outcome'>,
  ): Decision => ({ ...d, id: `urn:ngsi-ld:Decision:brussels-synthetic:${key}`, type: 'Decision', dataProvider: P });
  const boardSeats = memberships.filter((m) => m.refGovernanceBoard === board && m.startDate === from).map((m) => m.id);
  const roadmapDecisions = (roadmapId: string): Decision[] => [
    decision('jury-2026-10-27-selection', {
      refGovernanceBoard: SAMPLE_JURY_ID,
      decisionNumber: 'JURY/2026/01',
      dateDecided: '2026-10-27',
      refMeeting: j1,
      subject: t(
        'Selection of the roadmap’s projects',
        'Sélection des projets de la feuille de route',
        'Selectie van de projecten van de roadmap',
      ),
      outcome: 'approved',
      decisionType: 'selectProjects',
      refRoadmap: roadmapId,
      refProjectFactsheet: scheduled as [string, ...string[]],
      voteCount: { inFavour: jurorCount, against: 0 },
    }),
    decision('gov-2026-11-19-roadmap', {
      refGovernanceBoard: SAMPLE_GOVERNMENT_ID,
      decisionNumber: 'GOV/2026/11/19-02',
      dateDecided: '2026-11-19',
      refMeeting: g4,
      subject: t(
        'Approval of the Smart City roadmap 2027–2029',
        'Approbation de la feuille de route Smart City 2027–2029',
        'Goedkeuring van de Smart City-roadmap 2027–2029',
      ),
      outcome: 'approved',
      decisionType: 'approveRoadmap',
      refRoadmap: roadmapId,
      refProjectFactsheet: scheduled as [string, ...string[]],
      budgetApproved: scheduled.reduce((sum, id) => sum + (budgets.get(id) ?? 0), 0),
      legalBasis: t(
        'Synthetic: Government delegation order, article 4.',
        'Fictif : arrêté de délégation du Gouvernement, article 4.',
        'Fictief: delegatiebesluit van de Regering, artikel 4.',
      ),
    }),
    decision('board-2026-12-01-publication', {
      refGovernanceBoard: board,
      decisionNumber: 'SCGB/2026/05',
      dateDecided: '2026-12-01',
      refMeeting: s4,
      subject: t(
        'Publication of the approved roadmap and of the “you said, we did” report',
        'Publication de la feuille de route approuvée et du rapport « vous avez dit, nous avons fait »',
        'Publicatie van de goedgekeurde roadmap en van het rapport „u zei, wij deden”',
      ),
      outcome: 'approved',
      decisionType: 'publishRoadmap',
      refRoadmap: roadmapId,
      voteCount: { inFavour: 11, against: 0 },
    }),
  ];
  const decisions: Decision[] = [
    decision('gov-2026-02-05-establish-board', {
      refGovernanceBoard: SAMPLE_GOVERNMENT_ID,
      decisionNumber: 'GOV/2026/02/05-03',
      dateDecided: '2026-02-05',
      refMeeting: g1,
      subject: t(
        'Setting up the Smart City Governance Board',
        'Institution du Smart City Governance Board',
        'Oprichting van de Smart City Governance Board',
      ),
      outcome: 'approved',
      decisionType: 'establishBoard',
      refRelatedEntity: [board],
    }),
    decision('gov-2026-02-05-appoint-board', {
      refGovernanceBoard: SAMPLE_GOVERNMENT_ID,
      decisionNumber: 'GOV/2026/02/05-04',
      dateDecided: '2026-02-05',
      refMeeting: g1,
      subject: t(
        'Appointing the members of the Governance Board',
        'Nomination des membres du Governance Board',
        'Benoeming van de leden van de Governance Board',
      ),
      outcome: 'approved',
      decisionType: 'appointMembers',
      refRelatedEntity: boardSeats as [string, ...string[]],
    }),
    decision('board-2026-03-10-working-method', {
      refGovernanceBoard: board,
      decisionNumber: 'SCGB/2026/01',
      dateDecided: '2026-03-10',
      refMeeting: s1,
      subject: t(
        'Rules of procedure and shared way of working',
        'Règlement d’ordre intérieur et méthode de travail commune',
        'Huishoudelijk reglement en gemeenschappelijke werkwijze',
      ),
      outcome: 'approved',
      decisionType: 'other',
      voteCount: { inFavour: 11, against: 0, abstention: 0 },
    }),
    decision('gov-2026-04-23-ambition-note', {
      refGovernanceBoard: SAMPLE_GOVERNMENT_ID,
      decisionNumber: 'GOV/2026/04/23-11',
      dateDecided: '2026-04-23',
      refMeeting: g2,
      subject: t(
        'Approval of the Smart City ambition note 2027–2029',
        'Approbation de la note d’ambition Smart City 2027–2029',
        'Goedkeuring van de Smart City-ambitienota 2027–2029',
      ),
      outcome: 'approved',
      decisionType: 'approveVision',
    }),
    decision('board-2026-06-09-kpis', {
      refGovernanceBoard: board,
      decisionNumber: 'SCGB/2026/02',
      dateDecided: '2026-06-09',
      refMeeting: s2,
      subject: t(
        'Adoption of the participation KPIs (PAR-01 to PAR-11) for the dashboard',
        'Adoption des KPI de participation (PAR-01 à PAR-11) pour le tableau de bord',
        'Aanneming van de participatie-KPI’s (PAR-01 tot PAR-11) voor het dashboard',
      ),
      outcome: 'approved',
      decisionType: 'adoptKpis',
      voteCount: { inFavour: 9, against: 0, abstention: 1 },
    }),
    decision('board-2026-06-09-replacement', {
      refGovernanceBoard: board,
      decisionNumber: 'SCGB/2026/03',
      dateDecided: '2026-06-09',
      refMeeting: s2,
      subject: t(
        'Replacement of a private-sector member from 1 July',
        'Remplacement d’un membre du secteur privé à partir du 1er juillet',
        'Vervanging van een lid uit de privésector vanaf 1 juli',
      ),
      outcome: 'approved',
      decisionType: 'appointMembers',
      voteCount: { inFavour: 10, against: 0 },
    }),
    decision('board-2026-09-15-factsheets', {
      refGovernanceBoard: board,
      decisionNumber: 'SCGB/2026/04',
      dateDecided: '2026-09-15',
      refMeeting: s3,
      subject: t(
        'Project factsheets built from the workshops, sent to the jury',
        'Fiches projet issues des ateliers, transmises au jury',
        'Projectfiches uit de workshops, doorgestuurd naar de jury',
      ),
      outcome: 'amended',
      amendment: t(
        'Two factsheets merged with a digital-inclusion requirement.',
        'Deux fiches complétées par une exigence d’inclusion numérique.',
        'Twee fiches aangevuld met een vereiste van digitale inclusie.',
      ),
      decisionType: 'amendFactsheets',
      refProjectFactsheet: projects.map((p) => `urn:ngsi-ld:ProjectFactsheet:${p.id}`) as [string, ...string[]],
      voteCount: { inFavour: 8, against: 1, abstention: 0 },
    }),
    decision('gov-2026-10-01-jury', {
      refGovernanceBoard: SAMPLE_GOVERNMENT_ID,
      decisionNumber: 'GOV/2026/10/01-07',
      dateDecided: '2026-10-01',
      refMeeting: g3,
      subject: t(
        'Setting up the project selection jury and appointing its members',
        'Institution du jury de sélection des projets et nomination de ses membres',
        'Oprichting van de selectiejury en benoeming van haar leden',
      ),
      outcome: 'approved',
      decisionType: 'establishBoard',
      refRelatedEntity: [SAMPLE_JURY_ID],
    }),
  ];
  if (roadmap) decisions.push(...roadmapDecisions(roadmap.id));

  return {
    organisations,
    stakeholders,
    meetings,
    workshops,
    contributions,
    boards,
    memberships,
    decisions,
    roadmaps: roadmap ? [roadmap] : [],
  };
}
