/**
 * Every human-facing string of this package's documents and reports, in French, Dutch and English. The table is typed
 * so a missing language is a compile error; a test also fails on an empty one.
 */
import { renderTemplate, type Lang, type CompleteText } from '@opencity/models';

const m = (en: string, fr: string, nl: string): CompleteText => ({ en, fr, nl });

/** The message table. */
export const messages = {
  // Helices
  'helix.civilSociety': m('Civil society', 'Société civile', 'Middenveld'),
  'helix.academia': m('Academia', 'Monde académique', 'Academische wereld'),
  'helix.public': m('Public partners', 'Partenaires publics', 'Publieke partners'),
  'helix.private': m('Private partners', 'Partenaires privés', 'Private partners'),
  'helix.unclassified': m('Unclassified', 'Non classé', 'Niet ingedeeld'),
  // Programme statuses
  'status.done': m('Done', 'Réalisé', 'Gerealiseerd'),
  'status.on-track': m('On track', 'En cours', 'Op schema'),
  'status.late': m('Late', 'En retard', 'Achterstand'),
  'status.not-started': m('Not started', 'Pas commencé', 'Niet gestart'),
  // Contribution fates
  'fate.implemented': m('Implemented', 'Mise en œuvre', 'Uitgevoerd'),
  'fate.scheduled': m('In the roadmap', 'Dans la feuille de route', 'In de roadmap'),
  'fate.inFactsheet': m('In a project factsheet', 'Dans une fiche projet', 'In een projectfiche'),
  'fate.accepted': m('Accepted', 'Acceptée', 'Aanvaard'),
  'fate.rejected': m('Not retained', 'Non retenue', 'Niet weerhouden'),
  'fate.underReview': m('Under review', 'En examen', 'In behandeling'),
  'fate.received': m('Received', 'Reçue', 'Ontvangen'),
  'fate.merged': m('Merged (target unknown)', 'Fusionnée (cible inconnue)', 'Samengevoegd (doel onbekend)'),
  // Channels
  'channel.workshop': m('Workshop', 'Atelier', 'Workshop'),
  'channel.meeting': m('Meeting', 'Réunion', 'Vergadering'),
  'channel.onlinePlatform': m('Online platform', 'Plateforme en ligne', 'Onlineplatform'),
  'channel.writtenSubmission': m('Written submission', 'Contribution écrite', 'Schriftelijke inzending'),
  // Contribution types
  'contributionType.idea': m('Idea', 'Idée', 'Idee'),
  'contributionType.suggestion': m('Suggestion', 'Suggestion', 'Suggestie'),
  'contributionType.concern': m('Concern', 'Préoccupation', 'Bezorgdheid'),
  // Roadmap stages
  'stage.draft': m('Draft', 'Projet', 'Ontwerp'),
  'stage.selected': m('Selected by the jury', 'Sélectionnée par le jury', 'Geselecteerd door de jury'),
  'stage.approved': m('Approved by the Government', 'Approuvée par le Gouvernement', 'Goedgekeurd door de Regering'),
  'stage.published': m('Published', 'Publiée', 'Gepubliceerd'),
  // Board types
  'board.government': m('Government', 'Gouvernement', 'Regering'),
  'board.steeringCommittee': m('Steering committee', 'Comité de pilotage', 'Stuurcomité'),
  'board.advisoryBoard': m('Advisory board', 'Conseil consultatif', 'Adviesraad'),
  'board.jury': m('Jury', 'Jury', 'Jury'),
  'board.workingGroup': m('Working group', 'Groupe de travail', 'Werkgroep'),
  'board.other': m('Other board', 'Autre organe', 'Ander orgaan'),
  // Meeting and workshop types
  'meeting.bilateral': m('Bilateral meetings', 'Réunions bilatérales', 'Bilaterale vergaderingen'),
  'meeting.multilateral': m('Multilateral meetings', 'Réunions multilatérales', 'Multilaterale vergaderingen'),
  'meeting.boardSession': m('Board sessions', 'Séances d’organes', 'Zittingen van organen'),
  'workshop.collaborative': m('Collaborative workshops', 'Ateliers collaboratifs', 'Co-creatieve workshops'),
  'workshop.multidisciplinary': m(
    'Multidisciplinary workshops',
    'Ateliers multidisciplinaires',
    'Multidisciplinaire workshops',
  ),
  // Decision outcomes
  'outcome.approved': m('Approved', 'Approuvée', 'Goedgekeurd'),
  'outcome.rejected': m('Rejected', 'Rejetée', 'Verworpen'),
  'outcome.postponed': m('Postponed', 'Reportée', 'Uitgesteld'),
  'outcome.amended': m('Approved with amendments', 'Approuvée avec amendements', 'Goedgekeurd met wijzigingen'),
  // Roles
  'role.chair': m('Chair', 'Président', 'Voorzitter'),
  // Severities
  'severity.error': m('Error', 'Erreur', 'Fout'),
  'severity.warning': m('Warning', 'Avertissement', 'Waarschuwing'),
  'severity.info': m('Info', 'Info', 'Info'),
  // Ambition note
  'note.title': m(
    '{office} — Ambition note {start}–{end}',
    '{office} — Note d’ambition {start}–{end}',
    '{office} — Ambitienota {start}–{end}',
  ),
  'note.titleNoHorizon': m('{office} — Ambition note', '{office} — Note d’ambition', '{office} — Ambitienota'),
  'note.intro': m(
    'This note sets out the common vision, the priorities and the projects proposed for the coming years, built with the participation of the quadruple helix, for approval by the Government. Situation on {date}.',
    'Cette note présente la vision commune, les priorités et les projets proposés pour les années à venir, construits avec la participation de la quadruple hélice, pour approbation par le Gouvernement. Situation au {date}.',
    'Deze nota zet de gemeenschappelijke visie, de prioriteiten en de voorgestelde projecten voor de komende jaren uiteen, opgebouwd met de deelname van de quadruple helix, ter goedkeuring door de Regering. Toestand op {date}.',
  ),
  'note.vision': m('Vision and priorities', 'Vision et priorités', 'Visie en prioriteiten'),
  'note.priorities': m('The priorities:', 'Les priorités :', 'De prioriteiten:'),
  'note.participation': m('Participation', 'Participation', 'Participatie'),
  'note.participationSummary': m(
    '{meetings} and {workshops} brought together {participants} of the register ({attendance} at workshops); {contributions}.',
    '{meetings} et {workshops} ont réuni {participants} du registre ({attendance} aux ateliers) ; {contributions}.',
    '{meetings} en {workshops} brachten {participants} uit het register samen ({attendance} op workshops); {contributions}.',
  ),
  'note.helixTitle': m(
    'Balance across the quadruple helix',
    'Équilibre entre les quatre hélices',
    'Evenwicht over de quadruple helix',
  ),
  'note.evenness': m(
    'Evenness of the participants over the four helices (Pielou’s J, 0 to 1): {value}.',
    'Équilibre des participants entre les quatre hélices (J de Pielou, de 0 à 1) : {value}.',
    'Evenwicht van de deelnemers over de vier helices (Pielou’s J, 0 tot 1): {value}.',
  ),
  'note.evennessNone': m(
    'Evenness over the four helices cannot be computed: {reason}.',
    'L’équilibre entre les quatre hélices n’est pas calculable : {reason}.',
    'Het evenwicht over de vier helices is niet berekenbaar: {reason}.',
  ),
  'note.municipalities': m(
    'Participants came from {count}.',
    'Les participants venaient de {count}.',
    'De deelnemers kwamen uit {count}.',
  ),
  'note.programme': m('Engagement programme', 'Programme de participation', 'Participatieprogramma'),
  'note.contributionsTitle': m(
    'What became of the contributions',
    'Ce que sont devenues les contributions',
    'Wat er met de bijdragen gebeurde',
  ),
  'note.projects': m('Selected projects', 'Projets sélectionnés', 'Geselecteerde projecten'),
  'note.roadmapStage': m('{roadmap}: {stage}.', '{roadmap} : {stage}.', '{roadmap}: {stage}.'),
  'note.noRoadmap': m(
    'No roadmap has been scheduled yet.',
    'Aucune feuille de route n’a encore été planifiée.',
    'Er is nog geen roadmap gepland.',
  ),
  'note.budgetTitle': m('Budget by year', 'Budget par année', 'Budget per jaar'),
  'note.expectedKpis': m('Expected results', 'Résultats attendus', 'Verwachte resultaten'),
  'note.kpiTarget': m(
    '{project}: {kpi} from {baseline} to {target} by {year}',
    '{project} : {kpi} de {baseline} à {target} d’ici {year}',
    '{project}: {kpi} van {baseline} naar {target} tegen {year}',
  ),
  'note.kpiTargetNoBaseline': m(
    '{project}: {kpi} to {target} by {year}',
    '{project} : {kpi} à {target} d’ici {year}',
    '{project}: {kpi} naar {target} tegen {year}',
  ),
  'note.governance': m('Governance', 'Gouvernance', 'Governance'),
  'note.approvalChain': m(
    'Approval of the roadmap',
    'Approbation de la feuille de route',
    'Goedkeuring van de roadmap',
  ),
  'note.decisions': m('Decisions', 'Décisions', 'Beslissingen'),
  'note.footer': m(
    'Generated by OpenCity from the Office’s data on {date}. Individuals are named only with their consent to public listing; contact details are never published.',
    'Généré par OpenCity à partir des données du Smart City Office le {date}. Les personnes ne sont nommées qu’avec leur consentement à être citées publiquement ; les coordonnées ne sont jamais publiées.',
    'Gegenereerd door OpenCity uit de gegevens van het Office op {date}. Personen worden enkel genoemd met hun toestemming voor publieke vermelding; contactgegevens worden nooit gepubliceerd.',
  ),
  'note.chairNotListed': m(
    'a member (not listed publicly)',
    'un membre (non cité publiquement)',
    'een lid (niet publiek vermeld)',
  ),
  // Participation report
  'report.title': m('Participation report', 'Rapport de participation', 'Participatierapport'),
  'report.asOf': m('Situation on {date}.', 'Situation au {date}.', 'Toestand op {date}.'),
  'report.balanceByTheme': m('Participants by theme', 'Participants par thème', 'Deelnemers per thema'),
  'report.balanceByMunicipality': m(
    'Participants by municipality',
    'Participants par commune',
    'Deelnemers per gemeente',
  ),
  'report.traceTitle': m(
    'From contributions to projects',
    'Des contributions aux projets',
    'Van bijdragen naar projecten',
  ),
  'report.responses': m(
    'Answered within {days}: {share} of {due}; median response time {median}.',
    'Réponse sous {days} : {share} sur {due} ; délai médian de réponse {median}.',
    'Binnen {days} beantwoord: {share} van {due}; mediane antwoordtermijn {median}.',
  ),
  'report.youSaid': m('You said, we did', 'Vous avez dit, nous avons fait', 'U zei, wij deden'),
  'report.noTheme': m('No theme', 'Sans thème', 'Zonder thema'),
  'report.findings': m('Data findings', 'Constats sur les données', 'Vaststellingen over de gegevens'),
  'report.noFindings': m('No findings.', 'Aucun constat.', 'Geen vaststellingen.'),
  // Governance check
  'governance.title': m('Governance check', 'Contrôle de la gouvernance', 'Governancecontrole'),
  'governance.composition': m('Board composition', 'Composition des organes', 'Samenstelling van de organen'),
  'governance.sessions': m('Board sessions and quorum', 'Séances et quorum', 'Zittingen en quorum'),
  'governance.summary': m(
    '{errors}, {warnings}, {infos}.',
    '{errors}, {warnings}, {infos}.',
    '{errors}, {warnings}, {infos}.',
  ),
  // Column headers
  'col.item': m('Commitment', 'Engagement', 'Engagement'),
  'col.achieved': m('Achieved', 'Réalisé', 'Gerealiseerd'),
  'col.target': m('Target', 'Objectif', 'Doel'),
  'col.due': m('Due', 'Échéance', 'Deadline'),
  'col.status': m('Status', 'Statut', 'Status'),
  'col.helix': m('Helix', 'Hélice', 'Helix'),
  'col.register': m('Register', 'Registre', 'Register'),
  'col.participants': m('Participants', 'Participants', 'Deelnemers'),
  'col.share': m('Share', 'Part', 'Aandeel'),
  'col.evenness': m('Evenness (J)', 'Équilibre (J)', 'Evenwicht (J)'),
  'col.missing': m('Missing helices', 'Hélices manquantes', 'Ontbrekende helices'),
  'col.theme': m('Theme', 'Thème', 'Thema'),
  'col.municipality': m('Municipality', 'Commune', 'Gemeente'),
  'col.channel': m('Channel', 'Canal', 'Kanaal'),
  'col.count': m('Number', 'Nombre', 'Aantal'),
  'col.fate': m('Outcome', 'Suite donnée', 'Gevolg'),
  'col.contribution': m('Contribution', 'Contribution', 'Bijdrage'),
  'col.reason': m('Reason', 'Motif', 'Reden'),
  'col.project': m('Project', 'Projet', 'Project'),
  'col.years': m('Years', 'Années', 'Jaren'),
  'col.total': m('Total', 'Total', 'Totaal'),
  'col.contributions': m('Contributions', 'Contributions', 'Bijdragen'),
  'col.jury': m('Jury (scored / abstained)', 'Jury (notes / abstentions)', 'Jury (gescoord / onthouden)'),
  'col.roadmap': m('Roadmap', 'Feuille de route', 'Roadmap'),
  'col.board': m('Board', 'Organe', 'Orgaan'),
  'col.type': m('Type', 'Type', 'Type'),
  'col.votingMembers': m('Voting members', 'Membres votants', 'Stemgerechtigde leden'),
  'col.quorum': m('Quorum', 'Quorum', 'Quorum'),
  'col.chair': m('Chair', 'Présidence', 'Voorzitter'),
  'col.date': m('Date', 'Date', 'Datum'),
  'col.stage': m('Stage', 'Étape', 'Stap'),
  'col.decision': m('Decision', 'Décision', 'Beslissing'),
  'col.subject': m('Subject', 'Objet', 'Onderwerp'),
  'col.outcome': m('Outcome', 'Issue', 'Uitkomst'),
  'col.meeting': m('Session', 'Séance', 'Zitting'),
  'col.present': m('Voting members present', 'Membres votants présents', 'Aanwezige stemgerechtigde leden'),
  'col.quorate': m('Quorate', 'Quorum atteint', 'Quorum bereikt'),
  'col.severity': m('Severity', 'Gravité', 'Ernst'),
  'col.code': m('Code', 'Code', 'Code'),
  'col.record': m('Record', 'Enregistrement', 'Record'),
  'col.message': m('Message', 'Message', 'Bericht'),
  'col.notScheduled': m('not scheduled', 'non planifié', 'niet gepland'),
  'col.notSelected': m('not selected', 'non retenu', 'niet geselecteerd'),
  yes: m('yes', 'oui', 'ja'),
  no: m('no', 'non', 'nee'),
  none: m('none', 'aucune', 'geen'),
  notComputable: m('not computable', 'non calculable', 'niet berekenbaar'),
} as const satisfies Record<string, CompleteText>;

/** A key of the message table. */
export type MessageKey = keyof typeof messages;

/**
 * A message in a language, with `{placeholders}` filled.
 * @example
 * message('report.asOf', 'nl', { date: '1 juli 2026' }); // 'Toestand op 1 juli 2026.'
 */
export function message(key: MessageKey, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return renderTemplate(messages[key][lang], params);
}

/** Forms of a counted phrase in one language, by `Intl.PluralRules` category (`other` always); `{n}` is the number. */
export type CountedForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

const c = (en: CountedForms, fr: CountedForms, nl: CountedForms): Readonly<Record<Lang, CountedForms>> => ({
  en,
  fr,
  nl,
});

/** Counted phrases of the reports ("1 error", "0 erreur", "2 fouten"), the form chosen by the language's plural rules. */
export const countedMessages = {
  errors: c(
    { one: '{n} error', other: '{n} errors' },
    { one: '{n} erreur', other: '{n} erreurs' },
    { one: '{n} fout', other: '{n} fouten' },
  ),
  warnings: c(
    { one: '{n} warning', other: '{n} warnings' },
    { one: '{n} avertissement', other: '{n} avertissements' },
    { one: '{n} waarschuwing', other: '{n} waarschuwingen' },
  ),
  notes: c(
    { one: '{n} note', other: '{n} notes' },
    { one: '{n} remarque', other: '{n} remarques' },
    { one: '{n} opmerking', other: '{n} opmerkingen' },
  ),
  meetings: c(
    { one: '{n} meeting', other: '{n} meetings' },
    { one: '{n} réunion', other: '{n} réunions' },
    { one: '{n} vergadering', other: '{n} vergaderingen' },
  ),
  workshops: c(
    { one: '{n} workshop', other: '{n} workshops' },
    { one: '{n} atelier', other: '{n} ateliers' },
    { one: '{n} workshop', other: '{n} workshops' },
  ),
  participants: c(
    { one: '{n} participant', other: '{n} participants' },
    { one: '{n} participant', other: '{n} participants' },
    { one: '{n} deelnemer', other: '{n} deelnemers' },
  ),
  attendances: c(
    { one: '{n} attendance', other: '{n} attendances' },
    { one: '{n} présence', other: '{n} présences' },
    { one: '{n} aanwezigheid', other: '{n} aanwezigheden' },
  ),
  contributionsReceived: c(
    { one: '{n} contribution was received', other: '{n} contributions were received' },
    { one: '{n} contribution a été reçue', other: '{n} contributions ont été reçues' },
    { one: '{n} bijdrage werd ontvangen', other: '{n} bijdragen werden ontvangen' },
  ),
  contributionsDue: c(
    { one: '{n} contribution due', other: '{n} contributions due' },
    { one: '{n} contribution échue', other: '{n} contributions échues' },
    { one: '{n} vervallen bijdrage', other: '{n} vervallen bijdragen' },
  ),
  municipalities: c(
    { one: '{n} municipality', other: '{n} municipalities' },
    { one: '{n} commune', other: '{n} communes' },
    { one: '{n} gemeente', other: '{n} gemeenten' },
  ),
  days: c(
    { one: '{n} day', other: '{n} days' },
    { one: '{n} jour', other: '{n} jours' },
    { one: '{n} dag', other: '{n} dagen' },
  ),
} as const;

/** A key of the counted phrases. */
export type CountedKey = keyof typeof countedMessages;
