/**
 * Participation KPIs: who the Office reached across the quadruple helix, how evenly, how fast it answered
 * contributions, and how widely the city took part. Their inputs are counted from the contract's entities (Stakeholder,
 * Meeting, Workshop, Contribution) by `participationKpiInputs` of @opencity/participation; the definitions stay
 * city-neutral — areas are the region, its municipalities (NIS codes) and, for workshop attendance, the themes.
 */
import type { KpiDefinition } from '@opencity/models';
import { define, input, ratio, units } from './define';

const REGISTER = 'Participation register: Meeting and Workshop participants (Stakeholder entities)';
const CONTRIBUTIONS = 'Contribution entities and their status history';
const WORKSHOPS = 'Workshop entities (participantCount, else registered participants)';
const POPULATION = 'Official population on 1 January';
const text = (en: string, fr: string, nl: string) => ({ en, fr, nl });

const QUADRUPLE_HELIX = {
  framework: 'other',
  code: 'Quadruple helix (Carayannis & Campbell 2009)',
  note: 'civil society, academia, public and private partners; E. G. Carayannis, D. F. J. Campbell, Int. J. Technology Management 46 (2009) 201–234',
} as const;
const COMMUNITY_INVOLVEMENT = {
  framework: 'CITYkeys',
  code: 'Governance: community involvement',
  note: 'aligned with the CITYkeys governance subtheme',
} as const;

const helices = [
  ['civilSociety', 'CivilSociety', 'civil society', 'société civile', 'middenveld'],
  ['academia', 'Academia', 'academia', 'monde académique', 'academische wereld'],
  ['public', 'Public', 'public partners', 'partenaires publics', 'publieke partners'],
  ['private', 'Private', 'private partners', 'partenaires privés', 'private partners'],
] as const;

const reachedInput = (suffix: string, en: string, fr: string, nl: string) =>
  input(
    `reached${suffix}`,
    units.count,
    REGISTER,
    text(`Stakeholders reached: ${en}`, `Parties prenantes atteintes : ${fr}`, `Bereikte belanghebbenden: ${nl}`),
  );

/** Participation definitions (ids PAR-*). */
export const participation: readonly KpiDefinition[] = [
  ...helices.map(([, suffix, en, fr, nl], k) =>
    define({
      id: `PAR-0${k + 1}`,
      name: text(
        `Stakeholders reached: ${en}`,
        `Parties prenantes atteintes : ${fr}`,
        `Bereikte belanghebbenden: ${nl}`,
      ),
      description: text(
        `Distinct stakeholders of the ${en} helix who took part in at least one bilateral or multilateral meeting or workshop of the period (board sessions excluded; an organisation taking part directly counts in the helix of its kind).`,
        `Parties prenantes distinctes de l’hélice « ${fr} » ayant pris part à au moins une réunion bilatérale ou multilatérale ou un atelier de la période (séances d’organes exclues ; une organisation participant directement compte dans l’hélice de sa nature).`,
        `Afzonderlijke belanghebbenden van de helix „${nl}” die deelnamen aan minstens één bilaterale of multilaterale vergadering of workshop van de periode (zittingen van organen niet meegeteld; een organisatie die zelf deelneemt telt in de helix van haar soort).`,
      ),
      domain: 'society',
      references: [QUADRUPLE_HELIX, COMMUNITY_INVOLVEMENT],
      unit: units.count,
      direction: 'increase',
      indicatorType: 'output',
      formula: { kind: 'expression', expression: `reached${suffix}` },
      inputs: [reachedInput(suffix, en, fr, nl)],
      rollUp: { method: 'poolInputs' },
      areaLevels: ['region', 'municipality', 'programme'],
    }),
  ),
  define({
    id: 'PAR-05',
    name: text(
      'Quadruple-helix evenness of participation (Pielou’s J)',
      'Équilibre de la participation entre les quatre hélices (J de Pielou)',
      'Evenwicht van de deelname over de vier helices (Pielou’s J)',
    ),
    description: text(
      'Pielou’s evenness of the stakeholders reached over the four helices, J = −Σ pᵢ ln pᵢ ÷ ln 4 with pᵢ the share of helix i (0 · ln 0 = 0): 1 when the four helices are equally represented, 0 when one helix holds everyone; not computable when nobody was reached.',
      'Équitabilité de Pielou des parties prenantes atteintes entre les quatre hélices, J = −Σ pᵢ ln pᵢ ÷ ln 4, pᵢ étant la part de l’hélice i (0 · ln 0 = 0) : 1 si les quatre hélices sont également représentées, 0 si une seule les rassemble toutes ; non calculable si personne n’a été atteint.',
      'Pielou’s gelijkmatigheid van de bereikte belanghebbenden over de vier helices, J = −Σ pᵢ ln pᵢ ÷ ln 4 met pᵢ het aandeel van helix i (0 · ln 0 = 0): 1 als de vier helices even sterk vertegenwoordigd zijn, 0 als één helix iedereen omvat; niet berekenbaar als niemand bereikt werd.',
    ),
    domain: 'society',
    references: [
      {
        framework: 'other',
        code: 'Pielou evenness J (Pielou 1966)',
        note: 'E. C. Pielou, J. Theor. Biol. 13 (1966) 131–144; here over a fixed set of four categories (ln 4)',
      },
      QUADRUPLE_HELIX,
    ],
    unit: units.ratio,
    direction: 'increase',
    indicatorType: 'outcome',
    // −Σ cᵢ ln(cᵢ / n) ÷ (n ln 4) = −Σ pᵢ ln pᵢ ÷ ln 4; the division by n makes an empty set "zero denominator".
    formula: {
      kind: 'expression',
      expression:
        '-(if(reachedCivilSociety > 0, reachedCivilSociety * ln(reachedCivilSociety / (reachedCivilSociety + reachedAcademia + reachedPublic + reachedPrivate)), 0)' +
        ' + if(reachedAcademia > 0, reachedAcademia * ln(reachedAcademia / (reachedCivilSociety + reachedAcademia + reachedPublic + reachedPrivate)), 0)' +
        ' + if(reachedPublic > 0, reachedPublic * ln(reachedPublic / (reachedCivilSociety + reachedAcademia + reachedPublic + reachedPrivate)), 0)' +
        ' + if(reachedPrivate > 0, reachedPrivate * ln(reachedPrivate / (reachedCivilSociety + reachedAcademia + reachedPublic + reachedPrivate)), 0))' +
        ' / ((reachedCivilSociety + reachedAcademia + reachedPublic + reachedPrivate) * ln(4))',
    },
    inputs: helices.map(([, suffix, en, fr, nl]) => reachedInput(suffix, en, fr, nl)),
    rollUp: { method: 'poolInputs' },
    areaLevels: ['region', 'municipality', 'programme'],
    bounds: { min: 0, max: 1, source: 'definition of Pielou’s J' },
  }),
  define({
    id: 'PAR-06',
    name: text(
      'Contributions answered within 30 days',
      'Contributions ayant reçu une réponse dans les 30 jours',
      'Bijdragen binnen 30 dagen beantwoord',
    ),
    description: text(
      'Contributions received in the period whose first status after “received” (under review, accepted, merged, rejected, implemented) came within 30 days, as a share of the contributions received in the period that were answered or whose 30 days had run out on the day of calculation (more recent unanswered ones are not judged yet).',
      'Contributions reçues dans la période dont le premier statut après « reçue » (en examen, acceptée, fusionnée, rejetée, mise en œuvre) est intervenu dans les 30 jours, en part des contributions reçues dans la période qui ont reçu une réponse ou dont les 30 jours étaient écoulés au jour du calcul (les plus récentes sans réponse ne sont pas encore jugées).',
      'Bijdragen ontvangen in de periode waarvan de eerste status na „ontvangen” (in behandeling, aanvaard, samengevoegd, afgewezen, uitgevoerd) binnen 30 dagen kwam, als aandeel van de in de periode ontvangen bijdragen die beantwoord werden of waarvan de 30 dagen op de berekeningsdag verstreken waren (recentere onbeantwoorde worden nog niet beoordeeld).',
    ),
    domain: 'society',
    references: [
      {
        framework: 'other',
        code: 'Aarhus Convention art. 4(2)',
        note: 'aligned with the one-month limit for answering requests for environmental information (UNECE, 1998)',
        url: 'https://unece.org/environment-policy/public-participation/aarhus-convention/text',
      },
      COMMUNITY_INVOLVEMENT,
    ],
    unit: units.percent,
    direction: 'increase',
    indicatorType: 'process',
    formula: ratio('answeredWithin30Days', 'contributionsDue', 100),
    inputs: [
      input(
        'answeredWithin30Days',
        units.count,
        CONTRIBUTIONS,
        text('Answered within 30 days', 'Réponse dans les 30 jours', 'Binnen 30 dagen beantwoord'),
      ),
      input(
        'contributionsDue',
        units.count,
        CONTRIBUTIONS,
        text(
          'Contributions answered or past 30 days',
          'Contributions avec réponse ou de plus de 30 jours',
          'Bijdragen beantwoord of ouder dan 30 dagen',
        ),
      ),
    ],
    rollUp: { method: 'poolInputs' },
    areaLevels: ['region', 'municipality', 'programme'],
  }),
  define({
    id: 'PAR-07',
    name: text(
      'Median response time to contributions',
      'Délai médian de réponse aux contributions',
      'Mediane antwoordtermijn op bijdragen',
    ),
    description: text(
      'Median number of days from receiving a contribution to its first status after “received”, over the contributions received in the period and answered (the mean of the two middle values for an even count). Medians do not add up: a region’s value is computed from all its contributions, never from its municipalities’ medians.',
      'Nombre médian de jours entre la réception d’une contribution et son premier statut après « reçue », sur les contributions reçues dans la période et ayant reçu une réponse (moyenne des deux valeurs centrales pour un nombre pair). Les médianes ne s’additionnent pas : la valeur régionale est calculée sur toutes les contributions, jamais à partir des médianes communales.',
      'Mediaan aantal dagen tussen de ontvangst van een bijdrage en haar eerste status na „ontvangen”, over de in de periode ontvangen en beantwoorde bijdragen (gemiddelde van de twee middelste waarden bij een even aantal). Medianen tellen niet op: de gewestelijke waarde wordt berekend op alle bijdragen, nooit uit de gemeentelijke medianen.',
    ),
    domain: 'society',
    references: [COMMUNITY_INVOLVEMENT],
    unit: units.days,
    direction: 'decrease',
    indicatorType: 'process',
    formula: { kind: 'expression', expression: 'medianResponseDays' },
    inputs: [
      input(
        'medianResponseDays',
        units.days,
        CONTRIBUTIONS,
        text('Median response time (days)', 'Délai médian de réponse (jours)', 'Mediane antwoordtermijn (dagen)'),
        false,
      ),
    ],
    rollUp: { method: 'none' },
    areaLevels: ['region', 'municipality', 'programme'],
  }),
  define({
    id: 'PAR-08',
    name: text(
      'Contributions per 100 000 inhabitants',
      'Contributions pour 100 000 habitants',
      'Bijdragen per 100 000 inwoners',
    ),
    description: text(
      'Contributions (ideas, suggestions, concerns, through any channel) received in the period, divided by the population ÷ 100 000. A municipality counts the contributions of stakeholders registered there; anonymous ones count for the region only.',
      'Contributions (idées, suggestions, préoccupations, par tout canal) reçues dans la période, divisées par la population ÷ 100 000. Une commune compte les contributions des parties prenantes qui y sont inscrites ; les anonymes ne comptent que pour la région.',
      'Bijdragen (ideeën, suggesties, bezorgdheden, via elk kanaal) ontvangen in de periode, gedeeld door de bevolking ÷ 100 000. Een gemeente telt de bijdragen van de daar ingeschreven belanghebbenden; anonieme tellen enkel voor het gewest.',
    ),
    domain: 'society',
    references: [COMMUNITY_INVOLVEMENT],
    unit: { symbol: 'per 100 000 inhabitants' },
    direction: 'increase',
    indicatorType: 'output',
    formula: ratio('contributions', 'population', 100_000),
    inputs: [
      input('contributions', units.count, CONTRIBUTIONS, text('Contributions', 'Contributions', 'Bijdragen')),
      input('population', units.persons, POPULATION, text('Population', 'Population', 'Bevolking')),
    ],
    rollUp: { method: 'poolInputs' },
    areaLevels: ['region', 'municipality'],
  }),
  define({
    id: 'PAR-09',
    name: text(
      'Municipalities represented among participants',
      'Communes représentées parmi les participants',
      'Gemeenten vertegenwoordigd onder de deelnemers',
    ),
    description: text(
      'Distinct municipalities (the NIS code of the stakeholder’s record) of the stakeholders who took part in a meeting or workshop of the period. A count of distinct codes: it does not add up over areas.',
      'Communes distinctes (code INS de l’inscription) des parties prenantes ayant pris part à une réunion ou un atelier de la période. Un nombre de codes distincts : il ne s’additionne pas entre zones.',
      'Afzonderlijke gemeenten (NIS-code van de inschrijving) van de belanghebbenden die deelnamen aan een vergadering of workshop van de periode. Een aantal verschillende codes: het telt niet op over gebieden.',
    ),
    domain: 'society',
    references: [COMMUNITY_INVOLVEMENT],
    unit: units.count,
    direction: 'increase',
    indicatorType: 'output',
    formula: { kind: 'expression', expression: 'municipalitiesRepresented' },
    inputs: [
      input(
        'municipalitiesRepresented',
        units.count,
        REGISTER,
        text('Municipalities represented', 'Communes représentées', 'Vertegenwoordigde gemeenten'),
        false,
      ),
    ],
    rollUp: { method: 'none' },
    areaLevels: ['region', 'programme'],
  }),
  define({
    id: 'PAR-10',
    name: text('Workshop attendance', 'Participation aux ateliers', 'Opkomst op workshops'),
    description: text(
      'People who attended the workshops of the period (a workshop’s participantCount, which includes people outside the register, else its registered participants); per theme, the workshops about that theme.',
      'Personnes ayant assisté aux ateliers de la période (participantCount de l’atelier, qui inclut les personnes hors registre, sinon ses participants inscrits) ; par thème, les ateliers consacrés à ce thème.',
      'Personen die de workshops van de periode bijwoonden (participantCount van de workshop, inclusief personen buiten het register, anders de ingeschreven deelnemers); per thema de workshops over dat thema.',
    ),
    domain: 'society',
    references: [COMMUNITY_INVOLVEMENT],
    unit: units.persons,
    direction: 'increase',
    indicatorType: 'output',
    formula: { kind: 'expression', expression: 'workshopAttendance' },
    inputs: [input('workshopAttendance', units.persons, WORKSHOPS, text('Attendance', 'Participants', 'Deelnemers'))],
    rollUp: { method: 'poolInputs' },
    areaLevels: ['programme'],
  }),
  define({
    id: 'PAR-11',
    name: text('Mean attendance per workshop', 'Participation moyenne par atelier', 'Gemiddelde opkomst per workshop'),
    description: text(
      'Workshop attendance divided by the number of workshops of the period (per theme: of that theme).',
      'Participation aux ateliers divisée par le nombre d’ateliers de la période (par thème : de ce thème).',
      'Opkomst op workshops gedeeld door het aantal workshops van de periode (per thema: van dat thema).',
    ),
    domain: 'society',
    references: [COMMUNITY_INVOLVEMENT],
    unit: { symbol: 'persons per workshop' },
    direction: 'increase',
    indicatorType: 'output',
    formula: ratio('workshopAttendance', 'workshops', 1),
    inputs: [
      input('workshopAttendance', units.persons, WORKSHOPS, text('Attendance', 'Participants', 'Deelnemers')),
      input('workshops', units.count, WORKSHOPS, text('Workshops', 'Ateliers', 'Workshops')),
    ],
    rollUp: { method: 'poolInputs' },
    areaLevels: ['programme'],
  }),
];
