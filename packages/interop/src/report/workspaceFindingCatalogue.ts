/**
 * Findings of `opencity workspace check` beyond the schema findings: rules over the dataset as a whole (identifiers,
 * references, dates, seats, KPI inputs, sensors) and the workspace's own readers (layout, CSV, Parquet). The rules run
 * in @opencity/workspace; the catalogue lives here so that reports and the published findings reference know every
 * code. Codes are stable: never renamed, never reused for another meaning.
 */
import { defineFindingCatalogue, type FindingCode } from '@opencity/models';

/** Every finding the workspace check adds to record validation, keyed by code. */
export const workspaceFindingCatalogue = defineFindingCatalogue([
  {
    code: 'duplicate_id',
    severity: 'error',
    title: { en: 'Duplicate identifier', fr: 'Identifiant en double', nl: 'Dubbele identificator' },
    message: {
      en: 'the id {id} is already used by the record at {first}',
      fr: 'l’identifiant {id} est déjà utilisé par l’enregistrement en {first}',
      nl: 'de identificator {id} wordt al gebruikt door het record op {first}',
    },
    fix: {
      en: 'Give every entity its own id across the whole workspace; if both records describe the same entity, keep one and merge what differs.',
      fr: 'Donnez à chaque entité son propre identifiant dans tout l’espace de travail ; si les deux enregistrements décrivent la même entité, gardez-en un et fusionnez ce qui diffère.',
      nl: 'Geef elke entiteit een eigen identificator in de hele werkruimte; beschrijven beide records dezelfde entiteit, houd er dan één en voeg samen wat verschilt.',
    },
  },
  {
    code: 'reference_not_found',
    severity: 'error',
    title: {
      en: 'Reference to a missing entity',
      fr: 'Référence à une entité absente',
      nl: 'Verwijzing naar een ontbrekende entiteit',
    },
    message: {
      en: '{property} points to {target}, but the workspace has no entity with that id (expected: {expected})',
      fr: '{property} pointe vers {target}, mais l’espace de travail n’a aucune entité portant cet identifiant (attendu : {expected})',
      nl: '{property} verwijst naar {target}, maar de werkruimte heeft geen entiteit met die identificator (verwacht: {expected})',
    },
    fix: {
      en: 'Add the missing entity to the workspace, correct the identifier, or — if the entity is kept in another register — declare its id prefix in externalIdPrefixes of opencity.json.',
      fr: 'Ajoutez l’entité manquante à l’espace de travail, corrigez l’identifiant ou, si l’entité est tenue dans un autre registre, déclarez le préfixe de son identifiant dans externalIdPrefixes d’opencity.json.',
      nl: 'Voeg de ontbrekende entiteit toe aan de werkruimte, verbeter de identificator of — als de entiteit in een ander register staat — geef het voorvoegsel van haar identificator op in externalIdPrefixes van opencity.json.',
    },
  },
  {
    code: 'reference_wrong_type',
    severity: 'error',
    title: {
      en: 'Reference to an entity of the wrong type',
      fr: 'Référence à une entité du mauvais type',
      nl: 'Verwijzing naar een entiteit van het verkeerde type',
    },
    message: {
      en: '{property} points to {target}, which is a {got}; it must be: {expected}',
      fr: '{property} pointe vers {target}, qui est de type {got} ; il faut : {expected}',
      nl: '{property} verwijst naar {target}, een {got}; vereist: {expected}',
    },
    fix: {
      en: 'Point the relationship at an entity of an allowed type (the schema reference lists them per property); a copied identifier is the usual cause.',
      fr: 'Faites pointer la relation vers une entité d’un type autorisé (la référence des schémas les donne par propriété) ; un identifiant mal copié en est la cause habituelle.',
      nl: 'Laat de relatie verwijzen naar een entiteit van een toegelaten type (de schemareferentie geeft ze per eigenschap); een verkeerd gekopieerde identificator is de gewone oorzaak.',
    },
  },
  {
    code: 'date_order',
    severity: 'error',
    title: {
      en: 'Dates in the wrong order',
      fr: 'Dates dans le mauvais ordre',
      nl: 'Datums in de verkeerde volgorde',
    },
    message: {
      en: '{property} ({value}) is before {limitOf} ({limit})',
      fr: '{property} ({value}) est antérieur à {limitOf} ({limit})',
      nl: '{property} ({value}) ligt vóór {limitOf} ({limit})',
    },
    fix: {
      en: 'Check both dates: an end cannot precede its start, and a decision or contribution cannot precede the meeting or workshop it came from. Swapped start and end dates are the usual cause.',
      fr: 'Vérifiez les deux dates : une fin ne peut précéder son début, ni une décision ou une contribution la réunion ou l’atelier d’où elle vient. Un début et une fin inversés en sont la cause habituelle.',
      nl: 'Controleer beide datums: een einde kan niet vóór zijn begin liggen, en een beslissing of bijdrage niet vóór de vergadering of workshop waaruit ze voortkomt. Verwisselde begin- en einddatums zijn de gewone oorzaak.',
    },
  },
  {
    code: 'outside_programme_period',
    severity: 'warning',
    title: {
      en: 'Outside the programme period',
      fr: 'Hors de la période du programme',
      nl: 'Buiten de programmaperiode',
    },
    message: {
      en: '{property} ({value}) is outside the programme period {start} – {end} of opencity.json',
      fr: '{property} ({value}) est hors de la période du programme {start} – {end} d’opencity.json',
      nl: '{property} ({value}) valt buiten de programmaperiode {start} – {end} van opencity.json',
    },
    fix: {
      en: 'Correct the date, or widen programme.start / programme.end in opencity.json if the programme really ran longer.',
      fr: 'Corrigez la date, ou élargissez programme.start / programme.end dans opencity.json si le programme a vraiment duré plus longtemps.',
      nl: 'Verbeter de datum, of verruim programme.start / programme.end in opencity.json als het programma echt langer liep.',
    },
  },
  {
    code: 'membership_overlap',
    severity: 'error',
    title: { en: 'Overlapping memberships', fr: 'Mandats qui se chevauchent', nl: 'Overlappende lidmaatschappen' },
    message: {
      en: '{member} already holds a seat on {board} from {otherStart} to {otherEnd} (membership {other}); the two periods overlap',
      fr: '{member} occupe déjà un siège dans {board} du {otherStart} au {otherEnd} (mandat {other}) ; les deux périodes se chevauchent',
      nl: '{member} heeft al een zetel in {board} van {otherStart} tot {otherEnd} (lidmaatschap {other}); de twee periodes overlappen',
    },
    fix: {
      en: 'Close the earlier membership (endDate the day before the new one starts) or remove the duplicate; a change of role is a new membership after the old one ends.',
      fr: 'Clôturez le mandat précédent (endDate la veille du début du nouveau) ou supprimez le doublon ; un changement de rôle est un nouveau mandat après la fin de l’ancien.',
      nl: 'Sluit het vorige lidmaatschap af (endDate de dag voor het nieuwe begint) of verwijder het dubbel; een andere rol is een nieuw lidmaatschap na het einde van het oude.',
    },
  },
  {
    code: 'kpi_input_missing',
    severity: 'warning',
    title: { en: 'KPI without input data', fr: 'Indicateur sans données d’entrée', nl: 'KPI zonder invoergegevens' },
    message: {
      en: 'the target asks for {kpi} in {period} (area {area}), but the workspace has no {missing} for that period (periods ended by {asOf} are checked)',
      fr: 'la cible demande {kpi} pour {period} (zone {area}), mais l’espace de travail n’a pas de {missing} pour cette période (sont vérifiées les périodes terminées au {asOf})',
      nl: 'het doel vraagt {kpi} voor {period} (gebied {area}), maar de werkruimte heeft geen {missing} voor die periode (gecontroleerd worden periodes die op {asOf} voorbij zijn)',
    },
    fix: {
      en: 'Add the missing statistics (statistics/, long format area, period, variable, value) or observations for that period, or remove the target if the KPI is no longer followed.',
      fr: 'Ajoutez les statistiques manquantes (statistics/, format long area, period, variable, value) ou les observations de cette période, ou retirez la cible si l’indicateur n’est plus suivi.',
      nl: 'Voeg de ontbrekende statistieken (statistics/, lang formaat area, period, variable, value) of waarnemingen voor die periode toe, of verwijder het doel als de KPI niet meer gevolgd wordt.',
    },
  },
  {
    code: 'observation_unknown_sensor',
    severity: 'error',
    title: {
      en: 'Observation from an unknown sensor',
      fr: 'Observation d’un capteur inconnu',
      nl: 'Waarneming van een onbekende sensor',
    },
    message: {
      en: 'the observation’s {property} names {target}, which is not a Device of the workspace',
      fr: 'le champ {property} de l’observation désigne {target}, qui n’est pas un Device de l’espace de travail',
      nl: '{property} van de waarneming noemt {target}, geen Device van de werkruimte',
    },
    fix: {
      en: 'Register the sensor as a Device entity (entities/Device.ndjson, with its address.nisCode so observations get an area), or correct the device id in the observations.',
      fr: 'Enregistrez le capteur comme entité Device (entities/Device.ndjson, avec son address.nisCode pour situer les observations), ou corrigez l’identifiant dans les observations.',
      nl: 'Registreer de sensor als Device-entiteit (entities/Device.ndjson, met address.nisCode zodat waarnemingen een gebied krijgen), of verbeter de identificator in de waarnemingen.',
    },
  },
  {
    code: 'file_type_mismatch',
    severity: 'error',
    title: {
      en: 'Record in the wrong file',
      fr: 'Enregistrement dans le mauvais fichier',
      nl: 'Record in het verkeerde bestand',
    },
    message: {
      en: 'the record’s type is {type}, but the file name says it holds {fileType} entities',
      fr: 'le type de l’enregistrement est {type}, mais le nom du fichier indique des entités {fileType}',
      nl: 'het type van het record is {type}, maar de bestandsnaam zegt dat het {fileType}-entiteiten bevat',
    },
    fix: {
      en: 'Move the record to a file named after its type (entities/<Type>.ndjson), or correct its type.',
      fr: 'Déplacez l’enregistrement vers un fichier nommé d’après son type (entities/<Type>.ndjson), ou corrigez son type.',
      nl: 'Verplaats het record naar een bestand genoemd naar zijn type (entities/<Type>.ndjson), of verbeter zijn type.',
    },
  },
  {
    code: 'unknown_workspace_file',
    severity: 'warning',
    title: {
      en: 'File outside the workspace layout',
      fr: 'Fichier hors de l’organisation de l’espace',
      nl: 'Bestand buiten de indeling van de werkruimte',
    },
    message: {
      en: 'this file is not part of the workspace layout and was not read ({expected})',
      fr: 'ce fichier ne fait pas partie de l’organisation de l’espace de travail et n’a pas été lu ({expected})',
      nl: 'dit bestand hoort niet bij de indeling van de werkruimte en werd niet gelezen ({expected})',
    },
    fix: {
      en: 'Entities go in entities/<Type>[.<label>].ndjson|jsonl|json, observations in observations/<Type>[.<label>].ndjson|jsonl|csv|parquet, statistics in statistics/*.csv|ndjson|jsonl|json; see docs/guides/workspace.md.',
      fr: 'Les entités vont dans entities/<Type>[.<label>].ndjson|jsonl|json, les observations dans observations/<Type>[.<label>].ndjson|jsonl|csv|parquet, les statistiques dans statistics/*.csv|ndjson|jsonl|json ; voir docs/guides/workspace.md.',
      nl: 'Entiteiten horen in entities/<Type>[.<label>].ndjson|jsonl|json, waarnemingen in observations/<Type>[.<label>].ndjson|jsonl|csv|parquet, statistieken in statistics/*.csv|ndjson|jsonl|json; zie docs/guides/workspace.md.',
    },
  },
  {
    code: 'unparseable_csv',
    severity: 'error',
    title: { en: 'Not valid CSV', fr: 'CSV invalide', nl: 'Geen geldige CSV' },
    message: {
      en: 'the row cannot be read as CSV: {reason}',
      fr: 'la ligne ne peut pas être lue comme du CSV : {reason}',
      nl: 'de rij kan niet als CSV gelezen worden: {reason}',
    },
    fix: {
      en: 'Save the sheet as “CSV UTF-8 (comma delimited)”; quote cells that contain commas, quotes or line breaks, and keep one cell per header on every row.',
      fr: 'Enregistrez la feuille en « CSV UTF-8 (délimité par des virgules) » ; mettez entre guillemets les cellules qui contiennent des virgules, des guillemets ou des retours à la ligne, et gardez une cellule par en-tête sur chaque ligne.',
      nl: 'Sla het blad op als „CSV UTF-8 (door komma’s gescheiden)”; zet cellen met komma’s, aanhalingstekens of regeleinden tussen aanhalingstekens en houd één cel per kop op elke rij.',
    },
  },
  {
    code: 'unreadable_parquet',
    severity: 'error',
    title: { en: 'Unreadable Parquet file', fr: 'Fichier Parquet illisible', nl: 'Onleesbaar Parquet-bestand' },
    message: {
      en: 'the Parquet file cannot be read: {reason}',
      fr: 'le fichier Parquet ne peut pas être lu : {reason}',
      nl: 'het Parquet-bestand kan niet gelezen worden: {reason}',
    },
    fix: {
      en: 'Write the file again with a current Parquet writer (uncompressed or Snappy-compressed); check that it was not truncated.',
      fr: 'Réécrivez le fichier avec un outil Parquet récent (sans compression ou en Snappy) ; vérifiez qu’il n’a pas été tronqué.',
      nl: 'Schrijf het bestand opnieuw met een recente Parquet-writer (zonder compressie of met Snappy); controleer dat het niet afgekapt is.',
    },
  },
]);

/** The codes of {@link workspaceFindingCatalogue}. */
export type WorkspaceFindingCode = FindingCode<typeof workspaceFindingCatalogue>;
