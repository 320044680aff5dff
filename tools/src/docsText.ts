/**
 * The fixed words of the generated reference (headings, table headers, fixed sentences) in English, French and Dutch.
 * Text the contract holds per language (labels, descriptions, KPI names, finding messages) is not here: the generators
 * take it from the contract in the page's language. `{name}` placeholders are filled by {@link docText}.
 */
import type { CompleteText, Lang } from '@opencity/models';

const table = {
  // Every page
  generated: {
    en: 'Generated from {source} — do not edit.',
    fr: 'Généré à partir de {source} — ne pas modifier à la main.',
    nl: 'Gegenereerd uit {source} — niet met de hand bewerken.',
  },
  yes: { en: 'yes', fr: 'oui', nl: 'ja' },
  /** The colon as each language writes it (French: a narrow no-break space before it). */
  colon: { en: ':', fr: '\u202f:', nl: ':' },
  or: { en: 'or', fr: 'ou', nl: 'of' },
  'severity.error': { en: 'error', fr: 'erreur', nl: 'fout' },
  'severity.warning': { en: 'warning', fr: 'avertissement', nl: 'waarschuwing' },
  'severity.info': { en: 'info', fr: 'info', nl: 'info' },
  'col.code': { en: 'Code', fr: 'Code', nl: 'Code' },
  'col.severity': { en: 'Severity', fr: 'Gravité', nl: 'Ernst' },
  'col.title': { en: 'Title', fr: 'Titre', nl: 'Titel' },
  'col.message': { en: 'Message', fr: 'Message', nl: 'Bericht' },
  'col.fix': { en: 'How to fix', fr: 'Comment corriger', nl: 'Zo los je het op' },
  'col.status': { en: 'Status', fr: 'Statut', nl: 'Status' },
  'col.name': { en: 'Name', fr: 'Nom', nl: 'Naam' },
  'col.unit': { en: 'Unit', fr: 'Unité', nl: 'Eenheid' },
  'col.type': { en: 'Type', fr: 'Type', nl: 'Type' },
  'col.required': { en: 'Required', fr: 'Obligatoire', nl: 'Verplicht' },
  'col.description': { en: 'Description', fr: 'Description', nl: 'Beschrijving' },
  'col.label': { en: 'Label', fr: 'Libellé', nl: 'Label' },
  'col.version': { en: 'Version', fr: 'Version', nl: 'Versie' },
  'col.source': { en: 'Source', fr: 'Source', nl: 'Bron' },

  // Findings reference (docs/reference/findings/)
  'findings.title': { en: 'Findings', fr: 'Constats', nl: 'Bevindingen' },
  'findings.intro': {
    en: 'Every finding OpenCity reports has a stable code (never renamed, never reused), a severity and a title, message and fix in English, French and Dutch: `opencity validate`, `opencity workspace check` and AsyncAPI message validation (the validation catalogue, also published as [findings.json]({json})), and the jury pipeline (`opencity roadmap`) and participation and governance checks (`opencity participation`, `opencity governance check`).',
    fr: 'Chaque constat d’OpenCity a un code stable (jamais renommé ni réutilisé), une gravité ainsi qu’un titre, un message et une correction en anglais, en français et en néerlandais : `opencity validate`, `opencity workspace check` et la validation des messages AsyncAPI (le catalogue de validation, publié aussi sous la forme de [findings.json]({json})), puis la chaîne du jury (`opencity roadmap`) et les contrôles de participation et de gouvernance (`opencity participation`, `opencity governance check`).',
    nl: 'Elke bevinding van OpenCity heeft een vaste code (nooit hernoemd of hergebruikt), een ernst en een titel, bericht en oplossing in het Engels, Frans en Nederlands: `opencity validate`, `opencity workspace check` en de validatie van AsyncAPI-berichten (de validatiecatalogus, ook gepubliceerd als [findings.json]({json})), en de juryketen (`opencity roadmap`) en de participatie- en governancecontroles (`opencity participation`, `opencity governance check`).',
  },
  'findings.severities': {
    en: '**error** makes a record invalid (a MUST of the standard); **warning** flags a probable mistake or a deprecated usage; **info** is a hint. Severities change only in a release with a changeset note, and a profile can override them (`severityOverrides`).',
    fr: '**erreur** rend un enregistrement invalide (une obligation de la norme) ; **avertissement** signale une erreur probable ou un usage obsolète ; **info** est une indication. Une gravité ne change que dans une version publiée, avec une note de changement, et un profil peut la modifier (`severityOverrides`).',
    nl: '**fout** maakt een record ongeldig (een verplichting van de standaard); **waarschuwing** wijst op een waarschijnlijke vergissing of een verouderd gebruik; **info** is een tip. Een ernst verandert alleen in een release met een changeset-notitie, en een profiel kan hem aanpassen (`severityOverrides`).',
  },
  'findings.placeholders': {
    en: "Placeholders in braces, such as `{line}`, are filled from the finding's `params`, which the JSON report keeps next to the message.",
    fr: 'Les paramètres entre accolades, comme `{line}`, sont remplis à partir des `params` du constat, que le rapport JSON garde à côté du message.',
    nl: 'Plaatshouders tussen accolades, zoals `{line}`, worden ingevuld met de `params` van de bevinding, die het JSON-rapport naast het bericht bewaart.',
  },
  'findings.source.reader': {
    en: 'Reading records (JSON syntax, size and depth limits)',
    fr: 'Lecture des enregistrements (syntaxe JSON, limites de taille et de profondeur)',
    nl: 'Records lezen (JSON-syntaxis, grenzen aan grootte en diepte)',
  },
  'findings.source.schema': {
    en: 'Schema validation (the JSON Schemas of the contract)',
    fr: 'Validation par les schémas (les schémas JSON du contrat)',
    nl: 'Validatie tegen de schema’s (de JSON-schema’s van het contract)',
  },
  'findings.source.ngsi': {
    en: 'NGSI-LD structure (normalized and concise payloads)',
    fr: 'Structure NGSI-LD (charges utiles normalisées et concises)',
    nl: 'NGSI-LD-structuur (genormaliseerde en beknopte payloads)',
  },
  'findings.source.workspace': {
    en: 'Workspace checks (`opencity workspace check`: the dataset as a whole, layout, CSV and Parquet files)',
    fr: 'Contrôles de l’espace de travail (`opencity workspace check` : le jeu de données dans son ensemble, l’organisation, les fichiers CSV et Parquet)',
    nl: 'Controles van de werkruimte (`opencity workspace check`: de dataset als geheel, de indeling, CSV- en Parquet-bestanden)',
  },
  'findings.source.asyncapi': {
    en: 'AsyncAPI messages (a payload on a channel of the contract: `AsyncApiContract.validateMessage`)',
    fr: 'Messages AsyncAPI (une charge utile sur un canal du contrat : `AsyncApiContract.validateMessage`)',
    nl: 'AsyncAPI-berichten (een payload op een kanaal van het contract: `AsyncApiContract.validateMessage`)',
  },
  'findings.source.roadmap': {
    en: 'Jury and roadmap (`readJuryCsv`, `scoreRoadmap`, `opencity roadmap`: score sheets, criteria, projects)',
    fr: 'Jury et feuille de route (`readJuryCsv`, `scoreRoadmap`, `opencity roadmap` : grilles de notes, critères, projets)',
    nl: 'Jury en roadmap (`readJuryCsv`, `scoreRoadmap`, `opencity roadmap`: scoreformulieren, criteria, projecten)',
  },
  'findings.source.participation': {
    en: 'Participation and governance (`opencity participation`, `opencity governance check`)',
    fr: 'Participation et gouvernance (`opencity participation`, `opencity governance check`)',
    nl: 'Participatie en governance (`opencity participation`, `opencity governance check`)',
  },
  // Shared: marks text the contract holds in English only
  englishOnly: { en: ' *(in English)*', fr: ' *(en anglais)*', nl: ' *(in het Engels)*' },

  // KPI catalogue (docs/reference/kpi/)
  'kpi.title': { en: 'KPI catalogue', fr: 'Catalogue des indicateurs (KPI)', nl: 'Catalogus van indicatoren (KPI’s)' },
  'kpi.intro': {
    en: '{count} executable KPI definitions of `@opencity/kpi`, each validated by the [KpiDefinition]({schema}) schema. Regional values pool numerators and denominators; they never average or add ratios.',
    fr: '{count} définitions exécutables d’indicateurs de `@opencity/kpi`, chacune validée par le schéma [KpiDefinition]({schema}). Les valeurs régionales additionnent numérateurs et dénominateurs ; elles ne font jamais la moyenne ni la somme de ratios.',
    nl: '{count} uitvoerbare KPI-definities van `@opencity/kpi`, elk gevalideerd door het schema [KpiDefinition]({schema}). Gewestelijke waarden tellen tellers en noemers samen; ze middelen of tellen nooit verhoudingen op.',
  },
  'kpi.col.id': { en: 'Id', fr: 'Id', nl: 'Id' },
  'kpi.col.domain': { en: 'Domain', fr: 'Domaine', nl: 'Domein' },
  'kpi.col.direction': { en: 'Direction', fr: 'Sens', nl: 'Richting' },
  'kpi.col.frameworks': { en: 'Frameworks', fr: 'Cadres', nl: 'Kaders' },
  'kpi.col.formula': { en: 'Formula', fr: 'Formule', nl: 'Formule' },
  'kpi.col.rollUp': { en: 'Roll-up', fr: 'Agrégation territoriale', nl: 'Samenvoeging over gebieden' },
  'kpi.col.periodicity': { en: 'Periodicity', fr: 'Périodicité', nl: 'Periodiciteit' },
  'kpi.col.level': { en: 'Level', fr: 'Niveau', nl: 'Niveau' },
  'kpi.col.indicatorType': { en: 'Indicator type', fr: 'Type d’indicateur', nl: 'Soort indicator' },
  'kpi.col.bounds': { en: 'Scale bounds', fr: 'Bornes de l’échelle', nl: 'Grenzen van de schaal' },
  'kpi.col.sdg': { en: 'SDG', fr: 'ODD', nl: 'SDG' },
  'kpi.col.input': { en: 'Input', fr: 'Entrée', nl: 'Invoer' },
  'kpi.caveats': { en: 'Caveats', fr: 'Réserves', nl: 'Kanttekeningen' },
  'kpi.direction.increase': { en: '↑ higher is better', fr: '↑ plus haut est mieux', nl: '↑ hoger is beter' },
  'kpi.direction.decrease': { en: '↓ lower is better', fr: '↓ plus bas est mieux', nl: '↓ lager is beter' },
  'kpi.direction.target': {
    en: '◎ nearer the target is better',
    fr: '◎ plus proche de la cible est mieux',
    nl: '◎ dichter bij het doel is beter',
  },
  'kpi.direction.context': { en: '○ context only', fr: '○ contexte seulement', nl: '○ alleen context' },
  'kpi.domain.economy': { en: 'Economy', fr: 'Économie', nl: 'Economie' },
  'kpi.domain.digital': { en: 'Digital', fr: 'Numérique', nl: 'Digitaal' },
  'kpi.domain.environment': { en: 'Environment', fr: 'Environnement', nl: 'Milieu' },
  'kpi.domain.mobility': { en: 'Mobility', fr: 'Mobilité', nl: 'Mobiliteit' },
  'kpi.domain.society': { en: 'Society', fr: 'Société', nl: 'Samenleving' },
  'kpi.domain.project': { en: 'Projects', fr: 'Projets', nl: 'Projecten' },
  'kpi.periodicity.yearly': { en: 'yearly', fr: 'annuelle', nl: 'jaarlijks' },
  'kpi.periodicity.quarterly': { en: 'quarterly', fr: 'trimestrielle', nl: 'per kwartaal' },
  'kpi.periodicity.monthly': { en: 'monthly', fr: 'mensuelle', nl: 'maandelijks' },
  'kpi.rollUp.poolInputs': {
    en: 'pool the inputs (sum numerators and denominators, then apply the formula)',
    fr: 'mise en commun des entrées (somme des numérateurs et des dénominateurs, puis application de la formule)',
    nl: 'invoer samenvoegen (tellers en noemers optellen, dan de formule toepassen)',
  },
  'kpi.rollUp.sum': { en: 'sum of the values', fr: 'somme des valeurs', nl: 'som van de waarden' },
  'kpi.rollUp.weightedMean': {
    en: 'mean weighted by {weight}',
    fr: 'moyenne pondérée par {weight}',
    nl: 'gemiddelde gewogen naar {weight}',
  },
  'kpi.rollUp.none': {
    en: 'none (not combined across areas)',
    fr: 'aucune (pas de combinaison entre zones)',
    nl: 'geen (niet samengevoegd over gebieden)',
  },
  'kpi.level.core': { en: 'core', fr: 'essentiel', nl: 'kern' },
  'kpi.level.supporting': { en: 'supporting', fr: 'complémentaire', nl: 'ondersteunend' },
  'kpi.level.advanced': { en: 'advanced', fr: 'avancé', nl: 'geavanceerd' },
  'kpi.type.input': { en: 'input', fr: 'ressources', nl: 'input' },
  'kpi.type.process': { en: 'process', fr: 'processus', nl: 'proces' },
  'kpi.type.output': { en: 'output', fr: 'réalisation', nl: 'output' },
  'kpi.type.outcome': { en: 'outcome', fr: 'résultat', nl: 'outcome' },
  'kpi.type.impact': { en: 'impact', fr: 'impact', nl: 'impact' },
  'kpi.statistic.annualMeanOfDailyMeans': {
    en: 'annual mean of the daily means of `{variable}`',
    fr: 'moyenne annuelle des moyennes journalières de `{variable}`',
    nl: 'jaargemiddelde van de daggemiddelden van `{variable}`',
  },
  'kpi.statistic.exceedanceDays': {
    en: 'days on which the daily mean of `{variable}` exceeds {threshold}',
    fr: 'jours où la moyenne journalière de `{variable}` dépasse {threshold}',
    nl: 'dagen waarop het daggemiddelde van `{variable}` hoger is dan {threshold}',
  },
  'kpi.statistic.mean': {
    en: 'mean of `{variable}` over the period',
    fr: 'moyenne de `{variable}` sur la période',
    nl: 'gemiddelde van `{variable}` over de periode',
  },
  'kpi.statistic.min': {
    en: 'lowest `{variable}` of the period',
    fr: 'valeur minimale de `{variable}` sur la période',
    nl: 'laagste `{variable}` van de periode',
  },
  'kpi.statistic.max': {
    en: 'highest `{variable}` of the period',
    fr: 'valeur maximale de `{variable}` sur la période',
    nl: 'hoogste `{variable}` van de periode',
  },
  'kpi.statistic.count': {
    en: 'number of observations of `{variable}`',
    fr: 'nombre d’observations de `{variable}`',
    nl: 'aantal waarnemingen van `{variable}`',
  },
  'kpi.periodicity.hourly': { en: 'hourly', fr: 'horaire', nl: 'per uur' },
  'kpi.periodicity.daily': { en: 'daily', fr: 'journalière', nl: 'dagelijks' },
  'kpi.periodicity.weekly': { en: 'weekly', fr: 'hebdomadaire', nl: 'wekelijks' },
  'kpi.dayCoverage': {
    en: 'a day counts with ≥ {min} of {expected} observations',
    fr: 'un jour compte avec au moins {min} observations sur {expected}',
    nl: 'een dag telt mee met minstens {min} van {expected} waarnemingen',
  },
  'kpi.periodCoverage': {
    en: 'the period needs ≥ {share} % valid days',
    fr: 'la période exige au moins {share} % de jours valides',
    nl: 'de periode vereist minstens {share} % geldige dagen',
  },
  'kpi.composite': {
    en: 'composite index (see the tree below)',
    fr: 'indice composite (voir l’arbre ci-dessous)',
    nl: 'samengestelde index (zie de boom hieronder)',
  },
  'kpi.tree.weight': { en: 'weight {weight}', fr: 'poids {weight}', nl: 'gewicht {weight}' },
  'kpi.tree.arithmetic': {
    en: 'weighted arithmetic mean',
    fr: 'moyenne arithmétique pondérée',
    nl: 'gewogen rekenkundig gemiddelde',
  },
  'kpi.tree.geometric': {
    en: 'weighted geometric mean',
    fr: 'moyenne géométrique pondérée',
    nl: 'gewogen meetkundig gemiddelde',
  },
  'kpi.tree.minDataShare': {
    en: 'needs {share} % of the weight with data',
    fr: 'exige des données pour {share} % du poids',
    nl: 'vereist gegevens voor {share} % van het gewicht',
  },
  'kpi.tree.normalisation': {
    en: '{method} normalisation from {min} to {max}',
    fr: 'normalisation {method} de {min} à {max}',
    nl: '{method}-normalisatie van {min} tot {max}',
  },
  'kpi.tree.reversed': { en: 'reversed', fr: 'inversée', nl: 'omgekeerd' },
  // Participation and governance reference (docs/reference/participation/)
  'participation.title': {
    en: 'Participation and governance reference',
    fr: 'Référence de la participation et de la gouvernance',
    nl: 'Referentie voor participatie en governance',
  },
  'participation.statuses': { en: 'Programme statuses', fr: 'Statuts du programme', nl: 'Statussen van het programma' },
  'participation.statusesIntro': {
    en: '`programmeProgress` gives each item of a programme plan one status on the as-of day.',
    fr: '`programmeProgress` donne à chaque élément d’un plan de programme un statut à la date de référence.',
    nl: '`programmeProgress` geeft elk onderdeel van een programmaplan één status op de peildatum.',
  },
  'participation.status.done': {
    en: '`done`: every condition met (target, per-theme minimum, required helices) on a day up to the as-of day; the progress says on which day and whether it was on or before the due date.',
    fr: '`done` : toutes les conditions sont remplies (cible, minimum par thème, hélices requises) un jour antérieur ou égal à la date de référence ; l’avancement indique ce jour et s’il tombe au plus tard à l’échéance.',
    nl: '`done`: aan alle voorwaarden is voldaan (doel, minimum per thema, vereiste helices) op een dag tot en met de peildatum; de voortgang zegt op welke dag en of dat uiterlijk op de vervaldatum was.',
  },
  'participation.status.late': {
    en: '`late`: not done and the as-of day is after the due date (the due day itself is not late).',
    fr: '`late` : pas terminé et la date de référence est postérieure à l’échéance (le jour de l’échéance n’est pas en retard).',
    nl: '`late`: niet klaar en de peildatum ligt na de vervaldatum (de vervaldag zelf is niet te laat).',
  },
  'participation.status.not-started': {
    en: '`not-started`: nothing counted yet and not yet due.',
    fr: '`not-started` : rien n’est encore compté et l’échéance n’est pas atteinte.',
    nl: '`not-started`: nog niets geteld en nog niet vervallen.',
  },
  'participation.status.on-track': {
    en: '`on-track`: some evidence, not yet due (`expectedByNow` says what an even pace would have produced).',
    fr: '`on-track` : des éléments sont là, l’échéance n’est pas atteinte (`expectedByNow` indique ce qu’un rythme régulier aurait donné).',
    nl: '`on-track`: er is al iets, nog niet vervallen (`expectedByNow` zegt wat een gelijkmatig tempo zou hebben opgeleverd).',
  },
  'participation.fates': {
    en: 'What became of a contribution',
    fr: 'Ce qu’il advient d’une contribution',
    nl: 'Wat er met een bijdrage gebeurde',
  },
  'participation.col.fate': { en: 'Fate', fr: 'Suite', nl: 'Afloop' },
  'participation.fatesNote': {
    en: 'A merged contribution shares the fate of the contribution its merge chain ends at. The response time is the number of days from reception to the first status after `received` in the status history.',
    fr: 'Une contribution fusionnée partage la suite donnée à la contribution où aboutit sa chaîne de fusions. Le délai de réponse est le nombre de jours entre la réception et le premier statut qui suit `received` dans l’historique des statuts.',
    nl: 'Een samengevoegde bijdrage deelt de afloop van de bijdrage waar haar keten van samenvoegingen eindigt. De antwoordtijd is het aantal dagen van ontvangst tot de eerste status na `received` in de statusgeschiedenis.',
  },
  'participation.stages': {
    en: 'Stages of a roadmap’s approval',
    fr: 'Étapes de l’approbation d’une feuille de route',
    nl: 'Stappen in de goedkeuring van een roadmap',
  },
  'participation.col.stage': { en: 'Stage', fr: 'Étape', nl: 'Stap' },
  'participation.col.decision': { en: 'Decision behind it', fr: 'Décision requise', nl: 'Beslissing erachter' },
  'participation.decision.draft': {
    en: 'none: the Roadmap entity exists',
    fr: 'aucune : l’entité Roadmap existe',
    nl: 'geen: de entiteit Roadmap bestaat',
  },
  'participation.decision.selected': {
    en: 'an approving decision of a board of type `jury` (or `decisionType: selectProjects`)',
    fr: 'une décision favorable d’un organe de type `jury` (ou `decisionType: selectProjects`)',
    nl: 'een goedkeurende beslissing van een orgaan van het type `jury` (of `decisionType: selectProjects`)',
  },
  'participation.decision.approved': {
    en: 'an approving decision of a board of type `government` (`decisionType: approveRoadmap` or none)',
    fr: 'une décision favorable d’un organe de type `government` (`decisionType: approveRoadmap` ou aucun)',
    nl: 'een goedkeurende beslissing van een orgaan van het type `government` (`decisionType: approveRoadmap` of geen)',
  },
  'participation.decision.published': {
    en: '`decisionType: publishRoadmap`, on or after the Government’s approval; without that approval it is the error `roadmap_published_without_government_approval`',
    fr: '`decisionType: publishRoadmap`, le jour de l’approbation du Gouvernement ou après ; sans cette approbation, c’est l’erreur `roadmap_published_without_government_approval`',
    nl: '`decisionType: publishRoadmap`, op of na de goedkeuring door de Regering; zonder die goedkeuring is het de fout `roadmap_published_without_government_approval`',
  },
  'participation.codes': { en: 'Finding codes', fr: 'Codes des constats', nl: 'Codes van de bevindingen' },
  'participation.codesIntro': {
    en: 'Each code links to its entry in the [findings reference]({findings}), with its message and how to fix it.',
    fr: 'Chaque code renvoie à sa fiche dans la [référence des constats]({findings}), avec son message et la manière de corriger.',
    nl: 'Elke code verwijst naar de fiche in de [referentie van de bevindingen]({findings}), met het bericht en hoe je het oplost.',
  },
  // Brussels profile reference (docs/reference/brussels/)
  'brussels.title': {
    en: 'Brussels profile reference',
    fr: 'Référence du profil bruxellois',
    nl: 'Referentie van het Brusselse profiel',
  },
  'brussels.area': {
    en: 'Area {area} km² (sum of the municipalities).',
    fr: 'Superficie : {area} km² (somme des communes).',
    nl: 'Oppervlakte: {area} km² (som van de gemeenten).',
  },
  'brussels.population': { en: 'Population', fr: 'Population', nl: 'Bevolking' },
  'brussels.col.municipalityFr': { en: 'Name in French', fr: 'Nom en français', nl: 'Naam in het Frans' },
  'brussels.col.municipalityNl': { en: 'Name in Dutch', fr: 'Nom en néerlandais', nl: 'Naam in het Nederlands' },
  'brussels.col.postcodes': { en: 'Postcodes', fr: 'Codes postaux', nl: 'Postcodes' },
  'brussels.col.area': { en: 'Area (km²)', fr: 'Superficie (km²)', nl: 'Oppervlakte (km²)' },
  'brussels.col.populationOn': { en: 'Population on {date}', fr: 'Population au {date}', nl: 'Bevolking op {date}' },
  'brussels.themes': { en: 'Themes', fr: 'Thèmes', nl: 'Thema’s' },
  'brussels.col.theme': { en: 'Theme', fr: 'Thème', nl: 'Thema' },
  'brussels.col.kpiPrefix': { en: 'KPI prefix', fr: 'Préfixe des KPI', nl: 'Prefix van de KPI’s' },
  'brussels.criteria': { en: 'Jury criteria', fr: 'Critères du jury', nl: 'Criteria van de jury' },
  'brussels.catalogues': { en: 'Catalogues', fr: 'Catalogues', nl: 'Catalogi' },
  'brussels.col.criterion': { en: 'Criterion', fr: 'Critère', nl: 'Criterium' },
  'brussels.col.weight': { en: 'Default weight', fr: 'Poids par défaut', nl: 'Standaardgewicht' },
  'brussels.col.catalogue': { en: 'Catalogue', fr: 'Catalogue', nl: 'Catalogus' },
  'brussels.targets': { en: 'KPI targets', fr: 'Cibles des KPI', nl: 'Doelen van de KPI’s' },
  'brussels.targetsIntro': {
    en: 'Illustrative unless the "decided by" column names a published threshold. One target per KPI and year for every area.',
    fr: 'Illustratives, sauf quand la colonne « décidée par » cite un seuil publié. Une cible par KPI et par année, pour chaque zone.',
    nl: 'Illustratief, tenzij de kolom "beslist door" een gepubliceerde drempel noemt. Eén doel per KPI en per jaar, voor elk gebied.',
  },
  'brussels.col.year': { en: 'Year', fr: 'Année', nl: 'Jaar' },
  'brussels.col.target': { en: 'Target', fr: 'Cible', nl: 'Doel' },
  'brussels.col.acceptable': { en: 'Acceptable', fr: 'Acceptable', nl: 'Aanvaardbaar' },
  'brussels.col.decidedBy': { en: 'Decided by', fr: 'Décidée par', nl: 'Beslist door' },

  // Types of JSON Schema nodes (schema and AsyncAPI references)
  'type.oneOf': { en: 'one of {values}', fr: 'une valeur parmi {values}', nl: 'een van {values}' },
  'type.arrayOf': { en: 'array of {items}', fr: 'tableau ({items})', nl: 'lijst ({items})' },
  'type.format': { en: 'format {format}', fr: 'format {format}', nl: 'formaat {format}' },
  'type.pattern': { en: 'pattern {pattern}', fr: 'motif {pattern}', nl: 'patroon {pattern}' },
  'col.property': { en: 'Property', fr: 'Propriété', nl: 'Eigenschap' },

  // Schema reference (docs/reference/schemas/)
  'schemas.title': { en: 'Schema reference', fr: 'Référence des schémas', nl: 'Referentie van de schema’s' },
  'schemas.intro': {
    en: 'Every schema is JSON Schema 2020-12 with a versioned `$id`. The files are published in `@opencity/models` under `@opencity/models/schemas/<group>/<Name>.json`.',
    fr: 'Chaque schéma est un JSON Schema 2020-12 avec un `$id` versionné. Les fichiers sont publiés dans `@opencity/models` sous `@opencity/models/schemas/<group>/<Name>.json`.',
    nl: 'Elk schema is een JSON Schema 2020-12 met een `$id` die een versie draagt. De bestanden worden gepubliceerd in `@opencity/models` onder `@opencity/models/schemas/<group>/<Name>.json`.',
  },
  'schemas.col.schema': { en: 'Schema', fr: 'Schéma', nl: 'Schema' },
  'schemas.group.common': { en: 'Common definitions', fr: 'Définitions communes', nl: 'Gemeenschappelijke definities' },
  'schemas.group.city': { en: 'City data', fr: 'Données de la ville', nl: 'Gegevens van de stad' },
  'schemas.group.office': {
    en: 'Smart City Office',
    fr: 'Bureau de la ville intelligente',
    nl: 'Smart City-bureau',
  },
  'schemas.group.report': { en: 'Reports', fr: 'Rapports', nl: 'Rapporten' },
  'schemas.group.workspace': { en: 'Workspace', fr: 'Espace de travail', nl: 'Werkruimte' },
  'schemas.seeAlso': {
    en: 'See also: [Smart Data Models spellings and ours]({aliases}).',
    fr: 'Voir aussi : [les graphies de Smart Data Models et les nôtres]({aliases}).',
    nl: 'Zie ook: [de schrijfwijzen van Smart Data Models en de onze]({aliases}).',
  },
  'schemas.labels': { en: 'Labels', fr: 'Libellés', nl: 'Labels' },
  'schemas.includes': {
    en: 'Includes: {types} (their properties apply too).',
    fr: 'Inclut : {types} (leurs propriétés s’appliquent aussi).',
    nl: 'Omvat: {types} (hun eigenschappen gelden ook).',
  },
  'schemas.properties': { en: 'Properties', fr: 'Propriétés', nl: 'Eigenschappen' },
  'schemas.definitions': { en: 'Definitions', fr: 'Définitions', nl: 'Definities' },
  'schemas.forms': { en: 'Forms', fr: 'Formes', nl: 'Vormen' },
  'schemas.examples': { en: 'Examples', fr: 'Exemples', nl: 'Voorbeelden' },
  'schemas.valid': { en: 'Valid: {file}', fr: 'Valide : {file}', nl: 'Geldig: {file}' },
  'schemas.invalid': { en: 'Invalid: {file}', fr: 'Invalide : {file}', nl: 'Ongeldig: {file}' },
  'schemas.findings': {
    en: 'Findings of `validate` on this example:',
    fr: 'Constats de `validate` sur cet exemple :',
    nl: 'Bevindingen van `validate` voor dit voorbeeld:',
  },
  'schemas.deprecated': { en: 'deprecated', fr: 'obsolète', nl: 'verouderd' },
  'schemas.aliases': { en: 'aliases: {aliases}', fr: 'alias : {aliases}', nl: 'aliassen: {aliases}' },
  'schemas.relationship': {
    en: 'relationship to {targets}',
    fr: 'relation vers {targets}',
    nl: 'relatie naar {targets}',
  },
  'schemas.external': {
    en: '{type} (a Smart Data Models type)',
    fr: '{type} (type Smart Data Models)',
    nl: '{type} (type van Smart Data Models)',
  },

  // Smart Data Models spellings (docs/reference/schemas/sdm-aliases.md)
  'sdm.title': {
    en: 'Smart Data Models spellings and ours',
    fr: 'Les graphies de Smart Data Models et les nôtres',
    nl: 'De schrijfwijzen van Smart Data Models en de onze',
  },
  'sdm.intro': {
    en: 'Smart Data Models is not always consistent between its schemas, specifications and examples. Where it is not, OpenCity uses the spelling of the current Smart Data Models schema and accepts the other spelling as an alias: a payload using the alias still validates, with a `property_alias` warning naming the canonical property.',
    fr: 'Smart Data Models n’est pas toujours cohérent entre ses schémas, ses spécifications et ses exemples. Dans ce cas, OpenCity reprend la graphie du schéma Smart Data Models actuel et accepte l’autre graphie comme alias : une charge utile qui emploie l’alias reste valide, avec un avertissement `property_alias` qui nomme la propriété canonique.',
    nl: 'Smart Data Models is niet altijd consequent tussen zijn schema’s, specificaties en voorbeelden. Waar dat zo is, gebruikt OpenCity de schrijfwijze van het huidige Smart Data Models-schema en aanvaardt het de andere schrijfwijze als alias: een payload met de alias blijft geldig, met een waarschuwing `property_alias` die de canonieke eigenschap noemt.',
  },
  'sdm.col.seen': {
    en: 'Spelling seen in the wild',
    fr: 'Graphie rencontrée en pratique',
    nl: 'Schrijfwijze in de praktijk',
  },
  'sdm.col.canonical': { en: 'OpenCity (canonical)', fr: 'OpenCity (canonique)', nl: 'OpenCity (canoniek)' },
  'sdm.enums': {
    en: 'Tolerated enum values',
    fr: 'Valeurs d’énumération tolérées',
    nl: 'Getolereerde enumeratiewaarden',
  },
  'sdm.enumsIntro': {
    en: 'Values that older Smart Data Models documents (or their schema, against their own example) spell differently. They validate, with an `enum_value_alias` warning naming the canonical value.',
    fr: 'Des valeurs que d’anciens documents Smart Data Models (ou leur schéma, à l’encontre de leur propre exemple) écrivent autrement. Elles sont valides, avec un avertissement `enum_value_alias` qui nomme la valeur canonique.',
    nl: 'Waarden die oudere Smart Data Models-documenten (of hun schema, tegen hun eigen voorbeeld in) anders schrijven. Ze zijn geldig, met een waarschuwing `enum_value_alias` die de canonieke waarde noemt.',
  },
  'sdm.col.tolerated': { en: 'Tolerated value', fr: 'Valeur tolérée', nl: 'Getolereerde waarde' },
  'sdm.col.canonicalValue': { en: 'Canonical value', fr: 'Valeur canonique', nl: 'Canonieke waarde' },
  'sdm.deviations': {
    en: 'Smart Data Models attributes we do not follow',
    fr: 'Les attributs de Smart Data Models que nous ne suivons pas',
    nl: 'Attributen van Smart Data Models die we niet volgen',
  },
  'sdm.deviationsIntro': {
    en: 'Every attribute of the current Smart Data Models schema of a model is a property of ours (or an alias above), except these (from the `x-sdm.deviations` annotations; the test `packages/models/src/sdmCoverage.test.ts` checks the list against `schemas/context/reference/sdm-attributes.json`).',
    fr: 'Chaque attribut du schéma Smart Data Models actuel d’un modèle est une de nos propriétés (ou un alias ci-dessus), sauf ceux-ci (tirés des annotations `x-sdm.deviations` ; le test `packages/models/src/sdmCoverage.test.ts` vérifie la liste par rapport à `schemas/context/reference/sdm-attributes.json`).',
    nl: 'Elk attribuut van het huidige Smart Data Models-schema van een model is een eigenschap van ons (of een alias hierboven), behalve deze (uit de annotaties `x-sdm.deviations`; de test `packages/models/src/sdmCoverage.test.ts` controleert de lijst tegen `schemas/context/reference/sdm-attributes.json`).',
  },
  'sdm.col.attribute': { en: 'Attribute', fr: 'Attribut', nl: 'Attribuut' },
  'sdm.col.why': { en: 'Why', fr: 'Pourquoi', nl: 'Waarom' },

  // AsyncAPI reference (docs/reference/asyncapi/)
  'asyncapi.title': {
    en: 'Event contracts (AsyncAPI)',
    fr: 'Contrats d’événements (AsyncAPI)',
    nl: 'Contracten voor events (AsyncAPI)',
  },
  'asyncapi.version': {
    en: '**{title}**: AsyncAPI {asyncapi}, contract version {version}.',
    fr: '**{title}** : AsyncAPI {asyncapi}, version {version} du contrat.',
    nl: '**{title}**: AsyncAPI {asyncapi}, versie {version} van het contract.',
  },
  'asyncapi.notification': { en: 'NGSI-LD notification', fr: 'Notification NGSI-LD', nl: 'NGSI-LD-notificatie' },
  'asyncapi.event': { en: 'Event {event}', fr: 'Événement {event}', nl: 'Event {event}' },
  'asyncapi.servers': { en: 'Servers', fr: 'Serveurs', nl: 'Servers' },
  'asyncapi.col.server': { en: 'Server', fr: 'Serveur', nl: 'Server' },
  'asyncapi.col.protocol': { en: 'Protocol', fr: 'Protocole', nl: 'Protocol' },
  'asyncapi.col.host': { en: 'Host', fr: 'Hôte', nl: 'Host' },
  'asyncapi.channels': { en: 'Channels', fr: 'Canaux', nl: 'Kanalen' },
  'asyncapi.col.channel': { en: 'Channel', fr: 'Canal', nl: 'Kanaal' },
  'asyncapi.col.address': { en: 'Address (MQTT topic)', fr: 'Adresse (sujet MQTT)', nl: 'Adres (MQTT-topic)' },
  'asyncapi.col.kafka': { en: 'Kafka topic', fr: 'Sujet Kafka', nl: 'Kafka-topic' },
  'asyncapi.col.messages': { en: 'Messages', fr: 'Messages', nl: 'Berichten' },
  'asyncapi.col.operation': { en: 'Operation', fr: 'Opération', nl: 'Operatie' },
  'asyncapi.action.send': { en: 'send', fr: 'envoi', nl: 'verzenden' },
  'asyncapi.action.receive': { en: 'receive', fr: 'réception', nl: 'ontvangen' },
  'asyncapi.parameters': { en: 'Channel parameters', fr: 'Paramètres des canaux', nl: 'Parameters van de kanalen' },
  'asyncapi.col.parameter': { en: 'Parameter', fr: 'Paramètre', nl: 'Parameter' },
  'asyncapi.col.location': {
    en: 'Location in the message',
    fr: 'Emplacement dans le message',
    nl: 'Plaats in het bericht',
  },
  'asyncapi.col.allowed': { en: 'Allowed values', fr: 'Valeurs admises', nl: 'Toegestane waarden' },
  'asyncapi.examples': { en: 'e.g. {values}', fr: 'p. ex. {values}', nl: 'bv. {values}' },
  'asyncapi.subscribe': {
    en: 'Subscribe to every observation of a type with an MQTT wildcard, e.g. `{wildcard}`; validate a message with `openCityContract().validateMessage(topic, payload)` from `@opencity/interop`.',
    fr: 'Abonnez-vous à toutes les observations d’un type avec un joker MQTT, p. ex. `{wildcard}` ; validez un message avec `openCityContract().validateMessage(topic, payload)` de `@opencity/interop`.',
    nl: 'Abonneer je op alle waarnemingen van een type met een MQTT-jokerteken, bv. `{wildcard}`; valideer een bericht met `openCityContract().validateMessage(topic, payload)` uit `@opencity/interop`.',
  },
  'asyncapi.message.title': {
    en: '{label} observation',
    fr: 'Observation « {label} »',
    nl: 'Waarneming „{label}”',
  },
  'asyncapi.message.summary': {
    en: 'One {type} entity (keyValues, or NGSI-LD normalized/concise converted by @opencity/interop), as produced by a sensor, platform or vendor.',
    fr: 'Une entité {type} (keyValues, ou NGSI-LD normalisé ou concis converti par @opencity/interop), telle qu’un capteur, une plateforme ou un fournisseur la produit.',
    nl: 'Eén entiteit {type} (keyValues, of NGSI-LD genormaliseerd of beknopt, omgezet door @opencity/interop), zoals een sensor, platform of leverancier die aanmaakt.',
  },
  'asyncapi.messageName': { en: 'Message name', fr: 'Nom du message', nl: 'Naam van het bericht' },
  'asyncapi.contentType': { en: 'Content type', fr: 'Type de contenu', nl: 'Inhoudstype' },
  'asyncapi.payload': { en: 'Payload', fr: 'Charge utile', nl: 'Payload' },
  'asyncapi.entityPayload': {
    en: 'a `{type}` entity — [schema reference]({page}) (`{file}`). NGSI-LD normalized and concise payloads are accepted and converted to this keyValues form.',
    fr: 'une entité `{type}` — [référence du schéma]({page}) (`{file}`). Les charges utiles NGSI-LD normalisées et concises sont acceptées et converties dans cette forme keyValues.',
    nl: 'een entiteit `{type}` — [referentie van het schema]({page}) (`{file}`). Genormaliseerde en beknopte NGSI-LD-payloads worden aanvaard en omgezet naar deze keyValues-vorm.',
  },
  'findings.allCodes': { en: 'All codes', fr: 'Tous les codes', nl: 'Alle codes' },
} as const satisfies Record<string, CompleteText>;

/** A key of the reference's string table. */
export type DocsTextKey = keyof typeof table;

/** The reference's fixed words: every key in English, French and Dutch. */
export const docsText: Readonly<Record<DocsTextKey, CompleteText>> = table;

/**
 * A fixed text of the reference in `lang`, its `{name}` placeholders filled from `params` (numbers written the
 * language's way); a placeholder without a parameter stays as written.
 */
export function docText(key: DocsTextKey, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return docsText[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name]!;
    return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
  });
}

/** The `{name}` placeholders of a text, sorted (for the test that the three languages agree). */
export function textPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}
