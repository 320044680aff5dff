/**
 * The Brussels participation and governance profile: the engagement programme the Smart City Office's mandate sets
 * (20 bilateral meetings with the quadruple helix, 4 collaborative workshops with the regional administrations, the
 * Smart City Governance Board, the ambition note, 20 multidisciplinary workshops over six months around the five
 * themes, the jury's selection and the Government's approval of the roadmap), the composition rules of its boards and
 * what the ambition note says about the Region's vision and priorities. Core packages take these as inputs.
 */
import type { CompleteText } from '@opencity/models';
import {
  parseProgrammePlan,
  type AmbitionProfile,
  type CompositionRules,
  type ProgrammePlan,
} from '@opencity/participation';
import { brusselsStrategyPriorities } from './strategyPriorities';
import { themes } from './themes';

const themeId = (id: string) => `urn:ngsi-ld:Theme:brussels:${id}`;
const t = (en: string, fr: string, nl: string): CompleteText => ({ en, fr, nl });

/**
 * The engagement programme of 2026, as the Smart City Office's mandate describes it. Dates are those of the synthetic
 * sample's calendar; an office copies the plan and sets its own.
 */
export const brusselsProgrammePlan: ProgrammePlan = parseProgrammePlan({
  id: 'brussels-smart-city-participation-2026',
  name: t(
    'Smart City participation programme 2026',
    'Programme de participation Smart City 2026',
    'Smart City-participatieprogramma 2026',
  ),
  period: { start: '2026-01-01', end: '2026-12-31' },
  items: [
    {
      id: 'bilateral-meetings',
      kind: 'meeting',
      meetingType: ['bilateral'],
      label: t(
        '20 bilateral meetings with the quadruple helix',
        '20 réunions bilatérales avec la quadruple hélice',
        '20 bilaterale vergaderingen met de quadruple helix',
      ),
      target: 20,
      due: '2026-03-31',
      requireHelices: ['civilSociety', 'academia', 'public', 'private'],
    },
    {
      id: 'collaborative-workshops',
      kind: 'workshop',
      workshopType: ['collaborative'],
      label: t(
        '4 collaborative workshops with the regional administrations',
        '4 ateliers collaboratifs avec les administrations régionales',
        '4 co-creatieve workshops met de gewestelijke besturen',
      ),
      target: 4,
      due: '2026-03-31',
    },
    {
      id: 'governance-board',
      kind: 'decision',
      decisionType: ['establishBoard'],
      boardType: ['government'],
      relatedBoardType: ['steeringCommittee'],
      label: t(
        'The Government sets up the Smart City Governance Board',
        'Le Gouvernement institue le Smart City Governance Board',
        'De Regering richt de Smart City Governance Board op',
      ),
      target: 1,
      due: '2026-03-31',
    },
    {
      id: 'ambition-note',
      kind: 'decision',
      decisionType: ['approveVision'],
      boardType: ['government'],
      label: t(
        'The Government approves the 3-year ambition note',
        'Le Gouvernement approuve la note d’ambition à 3 ans',
        'De Regering keurt de driejarige ambitienota goed',
      ),
      target: 1,
      due: '2026-04-30',
    },
    {
      id: 'multidisciplinary-workshops',
      kind: 'workshop',
      workshopType: ['multidisciplinary'],
      label: t(
        '20 multidisciplinary workshops over 6 months, 4 per theme',
        '20 ateliers multidisciplinaires en 6 mois, 4 par thème',
        '20 multidisciplinaire workshops in 6 maanden, 4 per thema',
      ),
      target: 20,
      start: '2026-04-01',
      due: '2026-09-30',
      themes: themes.map((x) => themeId(x.id)),
      perTheme: 4,
    },
    {
      id: 'contributions',
      kind: 'contribution',
      label: t(
        '250 suggestions collected through every channel',
        '250 suggestions recueillies par tous les canaux',
        '250 suggesties verzameld via alle kanalen',
      ),
      target: 250,
      due: '2026-10-31',
    },
    {
      id: 'jury-selection',
      kind: 'decision',
      decisionType: ['selectProjects'],
      boardType: ['jury'],
      label: t(
        'The jury selects the roadmap’s projects from the factsheets',
        'Le jury sélectionne les projets de la feuille de route sur la base des fiches',
        'De jury selecteert de projecten van de roadmap uit de projectfiches',
      ),
      target: 1,
      due: '2026-10-31',
    },
    {
      id: 'roadmap-approval',
      kind: 'decision',
      decisionType: ['approveRoadmap'],
      boardType: ['government'],
      label: t(
        'The Government approves the roadmap',
        'Le Gouvernement approuve la feuille de route',
        'De Regering keurt de roadmap goed',
      ),
      target: 1,
      due: '2026-12-31',
    },
  ],
});

/**
 * Composition rules of the Brussels boards by board type: the Smart City Governance Board (a steering committee) has
 * a voting member of each of the four helices and no helix above 40 % of the votes; the Government and the jury (its
 * members) have one chair and no helix rule.
 */
export const brusselsCompositionRules: Readonly<Record<string, CompositionRules>> = Object.freeze({
  steeringCommittee: { requiredHelices: ['civilSociety', 'academia', 'public', 'private'], maxHelixShare: 0.4 },
  government: { requiredHelices: [] },
  jury: { requiredHelices: [] },
});

/** What the Brussels ambition note says about the Region: the Office, the common vision and the strategy priorities. */
export const brusselsAmbitionProfile: AmbitionProfile = {
  name: t(
    'Smart City Office of the Brussels-Capital Region',
    'Smart City Office de la Région de Bruxelles-Capitale',
    'Smart City Office van het Brussels Hoofdstedelijk Gewest',
  ),
  vision: t(
    'A Region where digital technology and data serve every resident, business and visitor: public services that are simple and open to all, data shared between administrations and with the public, and projects chosen with the people they serve — across the 19 municipalities, in French and in Dutch.',
    'Une Région où le numérique et les données servent chaque habitant, entreprise et visiteur : des services publics simples et accessibles à tous, des données partagées entre administrations et avec le public, et des projets choisis avec celles et ceux qu’ils servent — dans les 19 communes, en français et en néerlandais.',
    'Een Gewest waar digitale technologie en data elke inwoner, onderneming en bezoeker dienen: eenvoudige openbare diensten die voor iedereen toegankelijk zijn, data die besturen onderling en met het publiek delen, en projecten gekozen samen met wie ze dienen — in de 19 gemeenten, in het Frans en in het Nederlands.',
  ),
  priorities: brusselsStrategyPriorities.criteria.map((c) => ({
    code: c.code,
    label: c.name ?? c.code,
    ...(c.description ? { description: c.description } : {}),
  })),
};
