/**
 * The findings `readJuryCsv` and `scoreRoadmap` report about a jury's data: a score sheet that cannot be read, a score
 * on a criterion no catalogue has, a project nobody scored… Codes are stable; messages exist in EN, FR and NL.
 */
import { defineFindingCatalogue, type Finding, type FindingCode } from '@opencity/models';

/** Every finding about a jury's score sheet, its entities and the roadmap built from them, keyed by code. */
export const roadmapFindingCatalogue = defineFindingCatalogue([
  {
    code: 'csv_malformed',
    severity: 'error',
    title: { en: 'Unreadable CSV', fr: 'CSV illisible', nl: 'Onleesbare CSV' },
    message: {
      en: 'line {line}: the CSV cannot be read ({detail})',
      fr: 'ligne {line} : le CSV est illisible ({detail})',
      nl: 'regel {line}: de CSV is onleesbaar ({detail})',
    },
    fix: {
      en: 'Export the sheet again as CSV (comma or semicolon separated, quotes doubled inside quoted cells).',
      fr: 'Exportez à nouveau la feuille en CSV (séparateur virgule ou point-virgule, guillemets doublés dans les cellules entre guillemets).',
      nl: 'Exporteer het blad opnieuw als CSV (komma of puntkomma als scheidingsteken, aanhalingstekens verdubbeld in cellen tussen aanhalingstekens).',
    },
  },
  {
    code: 'csv_missing_column',
    severity: 'error',
    title: { en: 'Missing column', fr: 'Colonne manquante', nl: 'Ontbrekende kolom' },
    message: {
      en: 'the header has no "{column}" column (header: {header})',
      fr: 'l’en-tête n’a pas de colonne « {column} » (en-tête : {header})',
      nl: 'de kop heeft geen kolom "{column}" (kop: {header})',
    },
    fix: {
      en: 'The first line must name the columns juror, project, criterion and score (abstention and comment are optional).',
      fr: 'La première ligne doit nommer les colonnes juror, project, criterion et score (abstention et comment sont facultatives).',
      nl: 'De eerste regel moet de kolommen juror, project, criterion en score noemen (abstention en comment zijn optioneel).',
    },
  },
  {
    code: 'csv_missing_value',
    severity: 'error',
    title: { en: 'Empty cell', fr: 'Cellule vide', nl: 'Lege cel' },
    message: {
      en: 'line {line}: the {column} is empty',
      fr: 'ligne {line} : la colonne {column} est vide',
      nl: 'regel {line}: de kolom {column} is leeg',
    },
    fix: {
      en: 'Fill in the cell; only the score may be empty, for an abstention.',
      fr: 'Remplissez la cellule ; seule la note peut être vide, pour une abstention.',
      nl: 'Vul de cel in; alleen de score mag leeg zijn, voor een onthouding.',
    },
  },
  {
    code: 'score_not_a_number',
    severity: 'error',
    title: { en: 'Score is not a number', fr: 'Note non numérique', nl: 'Score is geen getal' },
    message: {
      en: 'line {line}: the score "{got}" is not a number',
      fr: 'ligne {line} : la note « {got} » n’est pas un nombre',
      nl: 'regel {line}: de score "{got}" is geen getal',
    },
    fix: {
      en: 'Write the score as a number (3 or 3.5; a decimal comma is read in a semicolon-separated file).',
      fr: 'Écrivez la note en chiffres (3 ou 3,5 ; la virgule décimale est lue dans un fichier séparé par des points-virgules).',
      nl: 'Schrijf de score als getal (3 of 3,5; een decimale komma wordt gelezen in een bestand met puntkomma’s).',
    },
  },
  {
    code: 'duplicate_score',
    severity: 'error',
    title: { en: 'Score given twice', fr: 'Note donnée deux fois', nl: 'Score twee keer gegeven' },
    message: {
      en: '{juror} scored "{project}" on "{criterion}" twice ({where})',
      fr: '{juror} a noté « {project} » sur « {criterion} » deux fois ({where})',
      nl: '{juror} scoorde "{project}" op "{criterion}" twee keer ({where})',
    },
    fix: {
      en: 'Keep one score per juror, project and criterion.',
      fr: 'Gardez une note par juré, projet et critère.',
      nl: 'Houd één score per jurylid, project en criterium.',
    },
  },
  {
    code: 'scored_and_abstained',
    severity: 'error',
    title: {
      en: 'Both scored and abstained',
      fr: 'À la fois noté et abstenu',
      nl: 'Zowel gescoord als onthouden',
    },
    message: {
      en: '{juror} both scored and abstained on "{project}" ({where}); an abstention covers the whole project',
      fr: '{juror} a à la fois noté « {project} » et s’est abstenu ({where}) ; une abstention couvre tout le projet',
      nl: '{juror} heeft "{project}" zowel gescoord als zich onthouden ({where}); een onthouding geldt voor het hele project',
    },
    fix: {
      en: 'A juror with a conflict of interest leaves every score of that project empty.',
      fr: 'Un juré en conflit d’intérêts laisse vides toutes les notes de ce projet.',
      nl: 'Een jurylid met een belangenconflict laat alle scores van dat project leeg.',
    },
  },
  {
    code: 'no_evaluations',
    severity: 'error',
    title: { en: 'No evaluation', fr: 'Aucune évaluation', nl: 'Geen beoordeling' },
    message: {
      en: 'there is no jury evaluation to score',
      fr: 'il n’y a aucune évaluation du jury à traiter',
      nl: 'er is geen jurybeoordeling om te verwerken',
    },
    fix: {
      en: 'Give the jurors’ evaluations (JuryEvaluation entities or a score sheet).',
      fr: 'Fournissez les évaluations des jurés (entités JuryEvaluation ou une feuille de notes).',
      nl: 'Geef de beoordelingen van de juryleden (JuryEvaluation-entiteiten of een scoreblad).',
    },
  },
  {
    code: 'no_criteria',
    severity: 'error',
    title: { en: 'No criterion', fr: 'Aucun critère', nl: 'Geen criterium' },
    message: {
      en: 'there is no criterion to score the projects on',
      fr: 'il n’y a aucun critère pour noter les projets',
      nl: 'er is geen criterium om de projecten op te scoren',
    },
    fix: {
      en: 'Give the criteria of one or more catalogues (Criterion entities).',
      fr: 'Fournissez les critères d’un ou de plusieurs catalogues (entités Criterion).',
      nl: 'Geef de criteria van een of meer catalogi (Criterion-entiteiten).',
    },
  },
  {
    code: 'no_projects',
    severity: 'error',
    title: { en: 'No project', fr: 'Aucun projet', nl: 'Geen project' },
    message: {
      en: 'there is no candidate project to rank',
      fr: 'il n’y a aucun projet candidat à classer',
      nl: 'er is geen kandidaat-project om te rangschikken',
    },
    fix: {
      en: 'Give the candidate projects (ProjectFactsheet entities).',
      fr: 'Fournissez les projets candidats (entités ProjectFactsheet).',
      nl: 'Geef de kandidaat-projecten (ProjectFactsheet-entiteiten).',
    },
  },
  {
    code: 'duplicate_id',
    severity: 'error',
    title: { en: 'Identifier used twice', fr: 'Identifiant utilisé deux fois', nl: 'Identificator twee keer gebruikt' },
    message: {
      en: 'two {kind} entities have the id "{id}"',
      fr: 'deux entités {kind} ont l’identifiant « {id} »',
      nl: 'twee {kind}-entiteiten hebben de id "{id}"',
    },
    fix: {
      en: 'Give every entity its own id.',
      fr: 'Donnez à chaque entité son propre identifiant.',
      nl: 'Geef elke entiteit een eigen id.',
    },
  },
  {
    code: 'invalid_entity',
    severity: 'error',
    title: { en: 'Entity not usable', fr: 'Entité inutilisable', nl: 'Entiteit onbruikbaar' },
    message: {
      en: '{kind} "{id}": {detail}',
      fr: '{kind} « {id} » : {detail}',
      nl: '{kind} "{id}": {detail}',
    },
    fix: {
      en: 'Validate the entity against its schema (opencity validate) and correct it.',
      fr: 'Validez l’entité selon son schéma (opencity validate) et corrigez-la.',
      nl: 'Valideer de entiteit tegen haar schema (opencity validate) en verbeter ze.',
    },
  },
  {
    code: 'ambiguous_criterion',
    severity: 'error',
    title: { en: 'Ambiguous criterion', fr: 'Critère ambigu', nl: 'Dubbelzinnig criterium' },
    message: {
      en: 'the code "{criterion}" names a criterion of several catalogues ({catalogues})',
      fr: 'le code « {criterion} » désigne un critère de plusieurs catalogues ({catalogues})',
      nl: 'de code "{criterion}" duidt een criterium van meerdere catalogi aan ({catalogues})',
    },
    fix: {
      en: 'Score on the criterion’s full id (urn:ngsi-ld:Criterion:…), or combine catalogues whose codes differ.',
      fr: 'Notez sur l’identifiant complet du critère (urn:ngsi-ld:Criterion:…), ou combinez des catalogues aux codes distincts.',
      nl: 'Scoor op de volledige id van het criterium (urn:ngsi-ld:Criterion:…), of combineer catalogi met verschillende codes.',
    },
  },
  {
    code: 'unknown_criterion',
    severity: 'error',
    title: { en: 'Unknown criterion', fr: 'Critère inconnu', nl: 'Onbekend criterium' },
    message: {
      en: '{juror} scored "{project}" on "{criterion}", which is no criterion of {catalogues}',
      fr: '{juror} a noté « {project} » sur « {criterion} », qui n’est pas un critère de {catalogues}',
      nl: '{juror} scoorde "{project}" op "{criterion}", dat geen criterium is van {catalogues}',
    },
    fix: {
      en: 'Correct the criterion code, or add the catalogue it comes from.',
      fr: 'Corrigez le code du critère, ou ajoutez le catalogue dont il provient.',
      nl: 'Verbeter de code van het criterium, of voeg de catalogus toe waaruit het komt.',
    },
  },
  {
    code: 'unknown_project',
    severity: 'error',
    title: { en: 'Unknown project', fr: 'Projet inconnu', nl: 'Onbekend project' },
    message: {
      en: '{juror} evaluated "{project}", which is none of the project factsheets',
      fr: '{juror} a évalué « {project} », qui ne correspond à aucune fiche projet',
      nl: '{juror} beoordeelde "{project}", dat geen van de projectfiches is',
    },
    fix: {
      en: 'Correct the project id, or add its ProjectFactsheet.',
      fr: 'Corrigez l’identifiant du projet, ou ajoutez sa fiche projet (ProjectFactsheet).',
      nl: 'Verbeter de project-id, of voeg de projectfiche (ProjectFactsheet) toe.',
    },
  },
  {
    code: 'duplicate_evaluation',
    severity: 'error',
    title: { en: 'Evaluation given twice', fr: 'Évaluation donnée deux fois', nl: 'Beoordeling twee keer gegeven' },
    message: {
      en: '{juror} evaluated "{project}" twice in round {round}',
      fr: '{juror} a évalué « {project} » deux fois au tour {round}',
      nl: '{juror} beoordeelde "{project}" twee keer in ronde {round}',
    },
    fix: {
      en: 'Keep one evaluation per juror, project and round.',
      fr: 'Gardez une évaluation par juré, projet et tour.',
      nl: 'Houd één beoordeling per jurylid, project en ronde.',
    },
  },
  {
    code: 'mixed_selections',
    severity: 'error',
    title: { en: 'Several selections', fr: 'Plusieurs sélections', nl: 'Meerdere selecties' },
    message: {
      en: 'the evaluations come from several selections ({selections})',
      fr: 'les évaluations proviennent de plusieurs sélections ({selections})',
      nl: 'de beoordelingen komen uit meerdere selecties ({selections})',
    },
    fix: {
      en: 'Score one selection at a time (the selection option).',
      fr: 'Traitez une sélection à la fois (option selection).',
      nl: 'Verwerk één selectie tegelijk (optie selection).',
    },
  },
  {
    code: 'score_out_of_scale',
    severity: 'error',
    title: { en: 'Score outside the scale', fr: 'Note hors échelle', nl: 'Score buiten de schaal' },
    message: {
      en: '{juror} gave "{project}" {score} on "{criterion}", outside its scale {min}–{max}',
      fr: '{juror} a donné {score} à « {project} » sur « {criterion} », hors de son échelle {min}–{max}',
      nl: '{juror} gaf "{project}" {score} op "{criterion}", buiten de schaal {min}–{max}',
    },
    fix: {
      en: 'Correct the score: every criterion is scored on its catalogue’s scale.',
      fr: 'Corrigez la note : chaque critère est noté sur l’échelle de son catalogue.',
      nl: 'Verbeter de score: elk criterium wordt gescoord op de schaal van zijn catalogus.',
    },
  },
  {
    code: 'unscored_project',
    severity: 'error',
    title: { en: 'Project not scored', fr: 'Projet non noté', nl: 'Project niet gescoord' },
    message: {
      en: 'no juror scored "{project}"',
      fr: 'aucun juré n’a noté « {project} »',
      nl: 'geen enkel jurylid scoorde "{project}"',
    },
    fix: {
      en: 'Collect the jurors’ scores of the project, or leave its factsheet out of this call.',
      fr: 'Recueillez les notes des jurés pour ce projet, ou retirez sa fiche de cet appel.',
      nl: 'Verzamel de scores van de juryleden voor dit project, of laat de fiche weg uit deze oproep.',
    },
  },
  {
    code: 'unscored_cell',
    severity: 'error',
    title: { en: 'Criterion not scored', fr: 'Critère non noté', nl: 'Criterium niet gescoord' },
    message: {
      en: 'no juror scored "{project}" on "{criterion}"',
      fr: 'aucun juré n’a noté « {project} » sur « {criterion} »',
      nl: 'geen enkel jurylid scoorde "{project}" op "{criterion}"',
    },
    fix: {
      en: 'Every project needs at least one score on every criterion; check the sheet, or leave the criterion out.',
      fr: 'Chaque projet doit avoir au moins une note par critère ; vérifiez la feuille, ou retirez le critère.',
      nl: 'Elk project heeft minstens één score per criterium nodig; controleer het blad, of laat het criterium weg.',
    },
  },
  {
    code: 'incomplete_evaluation',
    severity: 'warning',
    title: { en: 'Incomplete evaluation', fr: 'Évaluation incomplète', nl: 'Onvolledige beoordeling' },
    message: {
      en: '{juror} did not score "{project}" on {missing}; the aggregate uses the other jurors',
      fr: '{juror} n’a pas noté « {project} » sur {missing} ; l’agrégat utilise les autres jurés',
      nl: '{juror} scoorde "{project}" niet op {missing}; het aggregaat gebruikt de andere juryleden',
    },
    fix: {
      en: 'Ask the juror for the missing scores, or record an abstention with its reason.',
      fr: 'Demandez au juré les notes manquantes, ou enregistrez une abstention motivée.',
      nl: 'Vraag het jurylid om de ontbrekende scores, of registreer een gemotiveerde onthouding.',
    },
  },
  {
    code: 'later_round_used',
    severity: 'info',
    title: { en: 'Later round used', fr: 'Tour ultérieur retenu', nl: 'Latere ronde gebruikt' },
    message: {
      en: '{juror}’s round {round} evaluation of "{project}" replaces round {earlier}',
      fr: 'l’évaluation de « {project} » par {juror} au tour {round} remplace celle du tour {earlier}',
      nl: 'de beoordeling van "{project}" door {juror} in ronde {round} vervangt ronde {earlier}',
    },
    fix: {
      en: 'Nothing to do: each juror’s latest round counts.',
      fr: 'Rien à faire : le dernier tour de chaque juré compte.',
      nl: 'Niets te doen: de laatste ronde van elk jurylid telt.',
    },
  },
  {
    code: 'disputed_score',
    severity: 'warning',
    title: { en: 'Jurors disagree', fr: 'Jurés en désaccord', nl: 'Juryleden oneens' },
    message: {
      en: '"{project}" on "{criterion}": the jurors disagree (interquartile range {iqr} > {limit})',
      fr: '« {project} » sur « {criterion} » : les jurés sont en désaccord (écart interquartile {iqr} > {limit})',
      nl: '"{project}" op "{criterion}": de juryleden zijn het oneens (interkwartielafstand {iqr} > {limit})',
    },
    fix: {
      en: 'Discuss the scores before publishing; a second round may settle them.',
      fr: 'Discutez les notes avant de publier ; un second tour peut les départager.',
      nl: 'Bespreek de scores voor publicatie; een tweede ronde kan ze beslechten.',
    },
  },
  {
    code: 'no_scale',
    severity: 'info',
    title: { en: 'Criterion without scale', fr: 'Critère sans échelle', nl: 'Criterium zonder schaal' },
    message: {
      en: 'criterion "{criterion}" has no scale, so the scores are normalised by their observed range (min-max)',
      fr: 'le critère « {criterion} » n’a pas d’échelle : les notes sont normalisées par leur étendue observée (min-max)',
      nl: 'criterium "{criterion}" heeft geen schaal: de scores worden genormaliseerd op hun waargenomen bereik (min-max)',
    },
    fix: {
      en: 'Give every criterion its scale (min and max) so a project’s score does not depend on the other candidates.',
      fr: 'Donnez à chaque critère son échelle (min et max) pour que la note d’un projet ne dépende pas des autres candidats.',
      nl: 'Geef elk criterium een schaal (min en max), zodat de score van een project niet afhangt van de andere kandidaten.',
    },
  },
  {
    code: 'invalid_budget',
    severity: 'error',
    title: { en: 'Budget not usable', fr: 'Budget inutilisable', nl: 'Budget onbruikbaar' },
    message: {
      en: '"{project}" {detail}',
      fr: '« {project} » {detail}',
      nl: '"{project}" {detail}',
    },
    fix: {
      en: 'Give one budget line per project year, within the project’s duration.',
      fr: 'Donnez une ligne de budget par année du projet, dans sa durée.',
      nl: 'Geef één budgetregel per projectjaar, binnen de looptijd van het project.',
    },
  },
  {
    code: 'unknown_dependency',
    severity: 'error',
    title: { en: 'Unknown dependency', fr: 'Dépendance inconnue', nl: 'Onbekende afhankelijkheid' },
    message: {
      en: '"{project}" depends on "{dependency}", which is none of the candidate projects',
      fr: '« {project} » dépend de « {dependency} », qui n’est aucun des projets candidats',
      nl: '"{project}" hangt af van "{dependency}", dat geen van de kandidaat-projecten is',
    },
    fix: {
      en: 'Add the project it depends on to the candidates, or remove the dependency if it is already delivered.',
      fr: 'Ajoutez le projet dont il dépend aux candidats, ou retirez la dépendance s’il est déjà réalisé.',
      nl: 'Voeg het project waarvan het afhangt toe aan de kandidaten, of verwijder de afhankelijkheid als het al opgeleverd is.',
    },
  },
  {
    code: 'dependency_cycle',
    severity: 'error',
    title: { en: 'Dependency cycle', fr: 'Dépendances circulaires', nl: 'Kringafhankelijkheid' },
    message: {
      en: 'the dependencies form a cycle: {cycle}',
      fr: 'les dépendances forment un cycle : {cycle}',
      nl: 'de afhankelijkheden vormen een kring: {cycle}',
    },
    fix: {
      en: 'Break the cycle: a project cannot wait for itself.',
      fr: 'Rompez le cycle : un projet ne peut pas s’attendre lui-même.',
      nl: 'Doorbreek de kring: een project kan niet op zichzelf wachten.',
    },
  },
]);

/** The code of a finding of {@link roadmapFindingCatalogue}. */
export type RoadmapFindingCode = FindingCode<typeof roadmapFindingCatalogue>;

/** A finding of {@link roadmapFindingCatalogue}. */
export type RoadmapFinding = Finding<RoadmapFindingCode>;
