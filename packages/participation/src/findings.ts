/**
 * What the participation and governance checks find in a dataset: stable codes, a severity, the record concerned and
 * the values the EN/FR/NL message is built from. Codes are never renamed or reused; new rules get new codes.
 */
import {
  createFinding,
  defineFindingCatalogue,
  renderTemplate,
  type Finding,
  type FindingCode,
  type FindingDefinition,
  type Lang,
} from '@opencity/models';

const t = (en: string, fr: string, nl: string) => ({ en, fr, nl });

/**
 * Every finding this package can produce, with its severity and EN/FR/NL title, message and fix; the codes form
 * {@link ParticipationFindingCode}.
 */
export const participationFindingCatalogue = defineFindingCatalogue([
  {
    code: 'helix_not_represented',
    severity: 'error',
    title: t('Helix not represented', 'Hélice non représentée', 'Helix niet vertegenwoordigd'),
    message: t(
      '{board} has no voting member of the {helix} helix on {date}',
      '{board} n’a aucun membre votant de l’hélice {helix} au {date}',
      '{board} heeft op {date} geen stemgerechtigd lid van de helix {helix}',
    ),
    fix: t(
      'Appoint a voting member of that helix, or record the membership that is missing.',
      'Nommez un membre votant de cette hélice, ou enregistrez le mandat manquant.',
      'Benoem een stemgerechtigd lid van die helix, of registreer het ontbrekende lidmaatschap.',
    ),
  },
  {
    code: 'helix_over_maximum',
    severity: 'error',
    title: t(
      'Helix above its maximum share',
      'Hélice au-delà de sa part maximale',
      'Helix boven haar maximale aandeel',
    ),
    message: t(
      'The {helix} helix holds {count} of {total} voting seats of {board} on {date} ({share} %), above the maximum of {max} %',
      'L’hélice {helix} détient {count} des {total} sièges votants de {board} au {date} ({share} %), au-delà du maximum de {max} %',
      'De helix {helix} heeft op {date} {count} van de {total} stemgerechtigde zetels van {board} ({share} %), boven het maximum van {max} %',
    ),
    fix: t(
      'Rebalance the board: appoint members of the other helices or turn seats into observer seats.',
      'Rééquilibrez l’organe : nommez des membres des autres hélices ou transformez des sièges en sièges d’observateur.',
      'Herstel het evenwicht: benoem leden van de andere helices of maak van zetels waarnemerszetels.',
    ),
  },
  {
    code: 'chair_missing',
    severity: 'error',
    title: t('No chair', 'Pas de président', 'Geen voorzitter'),
    message: t(
      '{board} has no chair on {date}',
      '{board} n’a pas de président au {date}',
      '{board} heeft op {date} geen voorzitter',
    ),
    fix: t(
      'Record the chair’s membership (role chair) with its start date.',
      'Enregistrez le mandat du président (rôle chair) avec sa date de début.',
      'Registreer het lidmaatschap van de voorzitter (rol chair) met de begindatum.',
    ),
  },
  {
    code: 'chair_multiple',
    severity: 'error',
    title: t('More than one chair', 'Plusieurs présidents', 'Meer dan één voorzitter'),
    message: t(
      '{board} has {count} chairs on {date}: {members}',
      '{board} a {count} présidents au {date} : {members}',
      '{board} heeft op {date} {count} voorzitters: {members}',
    ),
    fix: t(
      'End the previous chair’s membership the day before the new chair’s starts.',
      'Terminez le mandat du président précédent la veille du début du nouveau.',
      'Beëindig het lidmaatschap van de vorige voorzitter de dag voor dat van de nieuwe begint.',
    ),
  },
  {
    code: 'member_unknown',
    severity: 'warning',
    title: t('Member not in the register', 'Membre absent du registre', 'Lid niet in het register'),
    message: t(
      'Membership {membership} names {member}, which is neither a Stakeholder nor an Organisation of the dataset',
      'Le mandat {membership} désigne {member}, qui n’est ni une partie prenante ni une organisation des données',
      'Lidmaatschap {membership} verwijst naar {member}, dat geen belanghebbende of organisatie van de dataset is',
    ),
    fix: t(
      'Add the member to the participation register or correct the reference.',
      'Ajoutez le membre au registre de participation ou corrigez la référence.',
      'Voeg het lid toe aan het participatieregister of verbeter de verwijzing.',
    ),
  },
  {
    code: 'member_without_helix',
    severity: 'warning',
    title: t('Member without a helix', 'Membre sans hélice', 'Lid zonder helix'),
    message: t(
      'Member {member} of {board} has no helix category: it is left out of the helix rules',
      'Le membre {member} de {board} n’a pas de catégorie d’hélice : il est exclu des règles d’hélice',
      'Lid {member} van {board} heeft geen helixcategorie: het telt niet mee voor de helixregels',
    ),
    fix: t(
      'Give the stakeholder a helixCategory, or the organisation a type the helix table knows.',
      'Donnez à la partie prenante une helixCategory, ou à l’organisation un type connu de la table des hélices.',
      'Geef de belanghebbende een helixCategory, of de organisatie een type dat de helixtabel kent.',
    ),
  },
  {
    code: 'voting_seats_mismatch',
    severity: 'warning',
    title: t('Voting seats differ', 'Sièges votants différents', 'Aantal stemgerechtigde zetels wijkt af'),
    message: t(
      '{board} has {count} voting members on {date}; its votingSeats says {seats}',
      '{board} compte {count} membres votants au {date} ; son votingSeats indique {seats}',
      '{board} heeft op {date} {count} stemgerechtigde leden; votingSeats zegt {seats}',
    ),
    fix: t(
      'Record the missing or ended memberships, or correct votingSeats.',
      'Enregistrez les mandats manquants ou terminés, ou corrigez votingSeats.',
      'Registreer de ontbrekende of beëindigde lidmaatschappen, of verbeter votingSeats.',
    ),
  },
  {
    code: 'membership_dates_invalid',
    severity: 'error',
    title: t('Membership dates invalid', 'Dates de mandat invalides', 'Ongeldige lidmaatschapsdata'),
    message: t(
      'Membership {membership} runs from {start} to {end}',
      'Le mandat {membership} court du {start} au {end}',
      'Lidmaatschap {membership} loopt van {start} tot {end}',
    ),
    fix: t(
      'Give real dates, the end on or after the start.',
      'Indiquez des dates réelles, la fin au plus tôt le jour du début.',
      'Geef echte data, het einde op of na het begin.',
    ),
  },
  {
    code: 'board_not_active',
    severity: 'error',
    title: t('Board not active', 'Organe inactif', 'Orgaan niet actief'),
    message: t(
      '{board} did not exist on {date} (established {established}, dissolved {dissolved})',
      '{board} n’existait pas au {date} (créé le {established}, dissous le {dissolved})',
      '{board} bestond niet op {date} (opgericht {established}, ontbonden {dissolved})',
    ),
    fix: t(
      'Check the date, or the board’s dateEstablished and dateDissolved.',
      'Vérifiez la date, ou les dateEstablished et dateDissolved de l’organe.',
      'Controleer de datum, of dateEstablished en dateDissolved van het orgaan.',
    ),
  },
  {
    code: 'quorum_not_met',
    severity: 'error',
    title: t('Quorum not met', 'Quorum non atteint', 'Quorum niet bereikt'),
    message: t(
      '{present} voting members of {board} attended {meeting}; the quorum is {quorum}',
      '{present} membres votants de {board} ont assisté à {meeting} ; le quorum est de {quorum}',
      '{present} stemgerechtigde leden van {board} woonden {meeting} bij; het quorum is {quorum}',
    ),
    fix: t(
      'Decisions of that session are not valid: hold them again at a quorate session, or record the missing attendees.',
      'Les décisions de cette séance ne sont pas valables : reprenez-les en séance au quorum, ou enregistrez les présents manquants.',
      'Beslissingen van die zitting zijn niet geldig: neem ze opnieuw op een zitting met quorum, of registreer de ontbrekende aanwezigen.',
    ),
  },
  {
    code: 'quorum_undefined',
    severity: 'warning',
    title: t('No quorum defined', 'Quorum non défini', 'Geen quorum bepaald'),
    message: t(
      '{board} states no quorum: whether {meeting} could decide cannot be checked',
      '{board} n’indique pas de quorum : impossible de vérifier si {meeting} pouvait décider',
      '{board} vermeldt geen quorum: of {meeting} kon beslissen, valt niet na te gaan',
    ),
    fix: t(
      'Record the board’s quorum (its rules of procedure give it).',
      'Enregistrez le quorum de l’organe (son règlement d’ordre intérieur le fixe).',
      'Registreer het quorum van het orgaan (het huishoudelijk reglement bepaalt het).',
    ),
  },
  {
    code: 'session_board_mismatch',
    severity: 'error',
    title: t('Session of another board', 'Séance d’un autre organe', 'Zitting van een ander orgaan'),
    message: t(
      'Meeting {meeting} is not a session of {board}',
      'La réunion {meeting} n’est pas une séance de {board}',
      'Vergadering {meeting} is geen zitting van {board}',
    ),
    fix: t(
      'Set the meeting’s meetingType to boardSession and refGovernanceBoard to the board.',
      'Indiquez meetingType boardSession et refGovernanceBoard vers l’organe.',
      'Zet meetingType op boardSession en refGovernanceBoard op het orgaan.',
    ),
  },
  {
    code: 'decision_board_unknown',
    severity: 'error',
    title: t('Deciding board unknown', 'Organe décideur inconnu', 'Beslissend orgaan onbekend'),
    message: t(
      'Decision {decision} names {board}, which is not a GovernanceBoard of the dataset',
      'La décision {decision} désigne {board}, qui n’est pas un organe des données',
      'Beslissing {decision} verwijst naar {board}, dat geen orgaan van de dataset is',
    ),
    fix: t(
      'Add the GovernanceBoard or correct refGovernanceBoard.',
      'Ajoutez l’organe ou corrigez refGovernanceBoard.',
      'Voeg het orgaan toe of verbeter refGovernanceBoard.',
    ),
  },
  {
    code: 'decision_without_quorum',
    severity: 'error',
    title: t('Decision without quorum', 'Décision sans quorum', 'Beslissing zonder quorum'),
    message: t(
      'Decision {decision} was taken at {meeting}, where {present} voting members attended for a quorum of {quorum}',
      'La décision {decision} a été prise en séance {meeting}, avec {present} membres votants pour un quorum de {quorum}',
      'Beslissing {decision} werd genomen op {meeting}, met {present} stemgerechtigde leden voor een quorum van {quorum}',
    ),
    fix: t(
      'Take the decision again at a quorate session.',
      'Reprenez la décision lors d’une séance au quorum.',
      'Neem de beslissing opnieuw op een zitting met quorum.',
    ),
  },
  {
    code: 'decision_session_date_mismatch',
    severity: 'warning',
    title: t(
      'Decision and session dates differ',
      'Dates de décision et de séance différentes',
      'Beslissings- en zittingsdatum verschillen',
    ),
    message: t(
      'Decision {decision} is dated {date}, its session {meeting} took place on {sessionDate}',
      'La décision {decision} est datée du {date}, sa séance {meeting} a eu lieu le {sessionDate}',
      'Beslissing {decision} is gedateerd {date}, haar zitting {meeting} vond plaats op {sessionDate}',
    ),
    fix: t(
      'Correct dateDecided or refMeeting.',
      'Corrigez dateDecided ou refMeeting.',
      'Verbeter dateDecided of refMeeting.',
    ),
  },
  {
    code: 'votes_exceed_members',
    severity: 'error',
    title: t('More votes than voters', 'Plus de voix que de votants', 'Meer stemmen dan stemmers'),
    message: t(
      'Decision {decision} counts {votes} votes; only {voters} voting members could vote',
      'La décision {decision} compte {votes} voix ; seuls {voters} membres votants pouvaient voter',
      'Beslissing {decision} telt {votes} stemmen; slechts {voters} stemgerechtigde leden konden stemmen',
    ),
    fix: t(
      'Correct the vote count, or record the attendees and memberships.',
      'Corrigez le décompte, ou enregistrez les présents et les mandats.',
      'Verbeter de stemming, of registreer de aanwezigen en lidmaatschappen.',
    ),
  },
  {
    code: 'roadmap_published_without_government_approval',
    severity: 'error',
    title: t(
      'Roadmap published without the Government’s approval',
      'Feuille de route publiée sans approbation du Gouvernement',
      'Roadmap gepubliceerd zonder goedkeuring van de Regering',
    ),
    message: t(
      'Decision {decision} publishes roadmap {roadmap} on {date}, but no board of type government approved it by then',
      'La décision {decision} publie la feuille de route {roadmap} le {date}, sans approbation préalable d’un organe de type government',
      'Beslissing {decision} publiceert roadmap {roadmap} op {date}, zonder voorafgaande goedkeuring door een orgaan van het type government',
    ),
    fix: t(
      'Record the Government’s approving decision (refRoadmap, outcome approved) dated on or before the publication.',
      'Enregistrez la décision d’approbation du Gouvernement (refRoadmap, outcome approved) datée au plus tard du jour de la publication.',
      'Registreer de goedkeuringsbeslissing van de Regering (refRoadmap, outcome approved), ten laatste op de dag van publicatie.',
    ),
  },
  {
    code: 'roadmap_approved_without_selection',
    severity: 'warning',
    title: t(
      'Roadmap approved without selection',
      'Feuille de route approuvée sans sélection',
      'Roadmap goedgekeurd zonder selectie',
    ),
    message: t(
      'Roadmap {roadmap} was approved by {decision} on {date} with no prior selection by a jury',
      'La feuille de route {roadmap} a été approuvée par {decision} le {date} sans sélection préalable par un jury',
      'Roadmap {roadmap} werd op {date} goedgekeurd door {decision} zonder voorafgaande selectie door een jury',
    ),
    fix: t(
      'Record the jury’s selection decision (a board of type jury, refRoadmap).',
      'Enregistrez la décision de sélection du jury (organe de type jury, refRoadmap).',
      'Registreer de selectiebeslissing van de jury (orgaan van het type jury, refRoadmap).',
    ),
  },
  {
    code: 'roadmap_approval_not_by_government',
    severity: 'warning',
    title: t('Approval by another board', 'Approbation par un autre organe', 'Goedkeuring door een ander orgaan'),
    message: t(
      'Decision {decision} approves roadmap {roadmap}, but {board} is not a board of type government: the roadmap is not approved by the Government',
      'La décision {decision} approuve la feuille de route {roadmap}, mais {board} n’est pas un organe de type government : elle n’est pas approuvée par le Gouvernement',
      'Beslissing {decision} keurt roadmap {roadmap} goed, maar {board} is geen orgaan van het type government: ze is niet door de Regering goedgekeurd',
    ),
    fix: t(
      'Submit the roadmap to the Government and record its decision.',
      'Soumettez la feuille de route au Gouvernement et enregistrez sa décision.',
      'Leg de roadmap voor aan de Regering en registreer haar beslissing.',
    ),
  },
  {
    code: 'roadmap_not_approved',
    severity: 'info',
    title: t('Roadmap not approved', 'Feuille de route non approuvée', 'Roadmap niet goedgekeurd'),
    message: t(
      'Decision {decision} ({outcome}) on roadmap {roadmap} on {date}',
      'Décision {decision} ({outcome}) sur la feuille de route {roadmap} le {date}',
      'Beslissing {decision} ({outcome}) over roadmap {roadmap} op {date}',
    ),
    fix: t(
      'Revise the roadmap and submit it again.',
      'Révisez la feuille de route et soumettez-la à nouveau.',
      'Herwerk de roadmap en leg ze opnieuw voor.',
    ),
  },
  {
    code: 'contribution_merge_target_unknown',
    severity: 'error',
    title: t(
      'Merged into an unknown contribution',
      'Fusionnée dans une contribution inconnue',
      'Samengevoegd met een onbekende bijdrage',
    ),
    message: t(
      'Contribution {contribution} is merged into {target}, which is not a Contribution of the dataset',
      'La contribution {contribution} est fusionnée dans {target}, qui n’est pas une contribution des données',
      'Bijdrage {contribution} is samengevoegd met {target}, dat geen bijdrage van de dataset is',
    ),
    fix: t('Correct refMergedInto.', 'Corrigez refMergedInto.', 'Verbeter refMergedInto.'),
  },
  {
    code: 'contribution_merge_cycle',
    severity: 'error',
    title: t('Merge cycle', 'Fusion circulaire', 'Kringverwijzing bij samenvoegen'),
    message: t(
      'Contribution {contribution} is merged in a cycle: {chain}',
      'La contribution {contribution} est fusionnée en boucle : {chain}',
      'Bijdrage {contribution} is in een kring samengevoegd: {chain}',
    ),
    fix: t(
      'A merge chain must end at a contribution that is not merged.',
      'Une chaîne de fusions doit aboutir à une contribution non fusionnée.',
      'Een keten van samenvoegingen moet eindigen bij een niet-samengevoegde bijdrage.',
    ),
  },
  {
    code: 'contribution_merged_without_target',
    severity: 'warning',
    title: t('Merged without a target', 'Fusionnée sans cible', 'Samengevoegd zonder doel'),
    message: t(
      'Contribution {contribution} has status merged but no refMergedInto',
      'La contribution {contribution} a le statut merged mais pas de refMergedInto',
      'Bijdrage {contribution} heeft status merged maar geen refMergedInto',
    ),
    fix: t(
      'Name the contribution it was folded into.',
      'Indiquez la contribution qui l’a absorbée.',
      'Vermeld de bijdrage waarin ze opging.',
    ),
  },
  {
    code: 'contribution_status_mismatch',
    severity: 'warning',
    title: t(
      'Status differs from its history',
      'Statut différent de son historique',
      'Status verschilt van de historiek',
    ),
    message: t(
      'Contribution {contribution} has status {status}, but its history ends with {last}',
      'La contribution {contribution} a le statut {status}, mais son historique se termine par {last}',
      'Bijdrage {contribution} heeft status {status}, maar de historiek eindigt met {last}',
    ),
    fix: t(
      'Append the latest change to statusHistory.',
      'Ajoutez le dernier changement à statusHistory.',
      'Voeg de laatste wijziging toe aan statusHistory.',
    ),
  },
  {
    code: 'contribution_history_out_of_order',
    severity: 'error',
    title: t('Status history out of order', 'Historique des statuts désordonné', 'Statushistoriek niet chronologisch'),
    message: t(
      'Contribution {contribution}: status change {index} ({date}) is earlier than {previous}',
      'Contribution {contribution} : le changement {index} ({date}) précède {previous}',
      'Bijdrage {contribution}: statuswijziging {index} ({date}) valt vóór {previous}',
    ),
    fix: t(
      'List the changes oldest first, each on or after the day the contribution was received.',
      'Listez les changements du plus ancien au plus récent, aucun avant la réception.',
      'Zet de wijzigingen van oud naar nieuw, geen enkele vóór de ontvangst.',
    ),
  },
  {
    code: 'contribution_factsheet_unknown',
    severity: 'warning',
    title: t('Unknown project factsheet', 'Fiche projet inconnue', 'Onbekende projectfiche'),
    message: t(
      'Contribution {contribution} fed {factsheet}, which is not a ProjectFactsheet of the dataset',
      'La contribution {contribution} a alimenté {factsheet}, qui n’est pas une fiche projet des données',
      'Bijdrage {contribution} voedde {factsheet}, dat geen projectfiche van de dataset is',
    ),
    fix: t(
      'Add the factsheet or correct refProjectFactsheet.',
      'Ajoutez la fiche ou corrigez refProjectFactsheet.',
      'Voeg de fiche toe of verbeter refProjectFactsheet.',
    ),
  },
]);

/** A stable code of the participation and governance findings. */
export type ParticipationFindingCode = FindingCode<typeof participationFindingCatalogue>;

/**
 * One thing a participation or governance check found: a `Finding` of @opencity/models (message in English; use
 * {@link describeFinding} for another language) and the id of the record it is about. `instancePath` points into that
 * record (e.g. `/endDate`), `""` for the record as a whole.
 */
export interface ParticipationFinding extends Finding<ParticipationFindingCode> {
  /** Id of the record the finding is about. */
  readonly entity: string;
}

/** A finding of `code` about the record `entity`, with the values its message names. */
export function participationFinding(
  code: ParticipationFindingCode,
  entity: string,
  params: Readonly<Record<string, string | number>>,
  instancePath = '',
): ParticipationFinding {
  return { ...createFinding(participationFindingCatalogue, code, 'en', { params, instancePath }), entity };
}

/**
 * The finding's message in a language.
 * @example
 * describeFinding(finding, 'nl'); // 'Bijdrage … is samengevoegd met …, dat geen bijdrage van de dataset is'
 */
export function describeFinding(finding: ParticipationFinding, lang: Lang): string {
  const definition: FindingDefinition<ParticipationFindingCode> = participationFindingCatalogue[finding.code];
  return renderTemplate(definition.message[lang], finding.params);
}
