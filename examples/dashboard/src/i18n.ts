/**
 * Interface strings of the dashboard in the region's three languages: plain strings (`{name}` placeholders filled by
 * {@link format}), counted phrases chosen by `Intl.PluralRules` ({@link count}), numbers and times by `Intl`.
 * Code in a string is written between backticks and shown as code ({@link rich}), never as a literal backtick.
 */
import type { Lang, LocalizedText } from '@opencity/brussels';
import type { CompleteText } from '@opencity/models';

const strings = {
  kpis: { en: 'KPIs', fr: 'Indicateurs', nl: 'Indicatoren' },
  index: { en: 'Digital index', fr: 'Indice numérique', nl: 'Digitale index' },
  roadmap: { en: 'Roadmap', fr: 'Feuille de route', nl: 'Routekaart' },
  validator: { en: 'Validator', fr: 'Validateur', nl: 'Validator' },
  live: { en: 'Live sensors', fr: 'Capteurs en direct', nl: 'Live sensoren' },
  participation: { en: 'Participation', fr: 'Participation', nl: 'Participatie' },
  governance: { en: 'Governance', fr: 'Gouvernance', nl: 'Governance' },
  area: { en: 'Area', fr: 'Territoire', nl: 'Gebied' },
  period: { en: 'Year', fr: 'Année', nl: 'Jaar' },
  theme: { en: 'Theme', fr: 'Thème', nl: 'Thema' },
  all: { en: 'All themes', fr: 'Tous les thèmes', nl: 'Alle thema’s' },
  overall: { en: 'overall', fr: 'global', nl: 'globaal' },
  missingKpis: {
    en: 'Catalogue KPIs without inputs in these data',
    fr: 'Indicateurs du catalogue sans données d’entrée dans ces données',
    nl: 'Catalogusindicatoren zonder invoer in deze gegevens',
  },
  value: { en: 'Value', fr: 'Valeur', nl: 'Waarde' },
  target: { en: 'Target', fr: 'Cible', nl: 'Doel' },
  status: { en: 'Status', fr: 'Statut', nl: 'Status' },
  trend: { en: 'Trend', fr: 'Tendance', nl: 'Trend' },
  coverage: { en: 'Coverage', fr: 'Couverture', nl: 'Dekking' },
  byMunicipality: { en: 'By municipality', fr: 'Par commune', nl: 'Per gemeente' },
  overTime: { en: 'Over time', fr: 'Dans le temps', nl: 'Doorheen de tijd' },
  noValue: { en: 'no value', fr: 'pas de valeur', nl: 'geen waarde' },
  provenance: { en: 'Provenance', fr: 'Provenance', nl: 'Herkomst' },
  howComputed: {
    en: 'How this value was computed',
    fr: 'Comment cette valeur a été calculée',
    nl: 'Hoe deze waarde berekend werd',
  },
  definition: { en: 'Definition', fr: 'Définition', nl: 'Definitie' },
  inputs: { en: 'Inputs', fr: 'Données d’entrée', nl: 'Invoergegevens' },
  rules: { en: 'Rules applied', fr: 'Règles appliquées', nl: 'Toegepaste regels' },
  synthetic: { en: 'synthetic', fr: 'synthétiques', nl: 'synthetisch' },
  green: { en: 'on target', fr: 'cible atteinte', nl: 'doel bereikt' },
  amber: { en: 'acceptable', fr: 'acceptable', nl: 'aanvaardbaar' },
  red: { en: 'below acceptable', fr: 'insuffisant', nl: 'onvoldoende' },
  none: { en: 'no target', fr: 'sans cible', nl: 'geen doel' },
  improving: { en: 'improving', fr: 'en amélioration', nl: 'verbetert' },
  worsening: { en: 'worsening', fr: 'en dégradation', nl: 'verslechtert' },
  stable: { en: 'stable', fr: 'stable', nl: 'stabiel' },
  indexTitle: {
    en: 'Composite digital index (0–100)',
    fr: 'Indice numérique composite (0–100)',
    nl: 'Samengestelde digitale index (0–100)',
  },
  dimensions: { en: 'Dimensions', fr: 'Dimensions', nl: 'Dimensies' },
  method: { en: 'Method', fr: 'Méthode', nl: 'Methode' },
  ranking: { en: 'Ranking', fr: 'Classement', nl: 'Rangschikking' },
  score: { en: 'Score', fr: 'Score', nl: 'Score' },
  rank: { en: 'Rank', fr: 'Rang', nl: 'Rang' },
  project: { en: 'Project', fr: 'Projet', nl: 'Project' },
  agreement: { en: 'Jury agreement', fr: 'Accord du jury', nl: 'Overeenstemming van de jury' },
  stability: { en: 'Weight stability', fr: 'Stabilité des poids', nl: 'Stabiliteit van de gewichten' },
  stabilityHelp: {
    en: 'Range of each criterion weight within which the whole ranking stays the same (the other weights rescaled proportionally).',
    fr: 'Plage de chaque poids dans laquelle tout le classement reste identique (les autres poids remis à l’échelle proportionnellement).',
    nl: 'Bereik van elk gewicht waarbinnen de hele rangschikking gelijk blijft (de andere gewichten proportioneel herschaald).',
  },
  acceptability: {
    en: 'Probability of top 5 (SMAA)',
    fr: 'Probabilité d’être dans le top 5 (SMAA)',
    nl: 'Kans op top 5 (SMAA)',
  },
  gantt: { en: 'Schedule', fr: 'Calendrier', nl: 'Planning' },
  criterion: { en: 'Criterion', fr: 'Critère', nl: 'Criterium' },
  weight: { en: 'Weight', fr: 'Poids', nl: 'Gewicht' },
  budget: { en: 'Budget per year', fr: 'Budget par an', nl: 'Budget per jaar' },
  notScheduled: { en: 'Not scheduled', fr: 'Non planifiés', nl: 'Niet gepland' },
  validatorHelp: {
    en: 'Paste a JSON payload (an entity or an array) or drop a .json / .ndjson file. The report is computed in your browser with the same API as `opencity validate`; nothing is sent anywhere.',
    fr: 'Collez un contenu JSON (une entité ou un tableau) ou déposez un fichier .json / .ndjson. Le rapport est calculé dans votre navigateur avec la même API que `opencity validate` ; rien n’est envoyé.',
    nl: 'Plak JSON-inhoud (een entiteit of een array) of sleep een .json / .ndjson-bestand. Het rapport wordt in uw browser berekend met dezelfde API als `opencity validate`; er wordt niets verstuurd.',
  },
  validate: { en: 'Validate', fr: 'Valider', nl: 'Valideren' },
  model: { en: 'Model', fr: 'Modèle', nl: 'Model' },
  detect: { en: 'detect from "type"', fr: 'détecter via « type »', nl: 'afleiden uit "type"' },
  dropHere: { en: 'or drop a file here', fr: 'ou déposez un fichier ici', nl: 'of sleep hier een bestand' },
  records: { en: 'records', fr: 'enregistrements', nl: 'records' },
  valid: { en: 'valid', fr: 'valides', nl: 'geldig' },
  invalid: { en: 'invalid', fr: 'invalides', nl: 'ongeldig' },
  unparseable: { en: 'unparseable', fr: 'illisibles', nl: 'onleesbaar' },
  example: { en: 'Load an invalid example', fr: 'Charger un exemple invalide', nl: 'Laad een ongeldig voorbeeld' },
  liveHelp: {
    en: 'Live KPIs from the sensor-stream example: PM2.5 and NO2 means of the latest day, per municipality.',
    fr: 'Indicateurs en direct de l’exemple sensor-stream : moyennes de PM2,5 et de NO2 du dernier jour, par commune.',
    nl: 'Live-indicatoren van het voorbeeld sensor-stream: gemiddelden van PM2,5 en NO2 van de laatste dag, per gemeente.',
  },
  liveNoFeed: {
    en: 'No live feed configured.',
    fr: 'Aucun flux en direct n’est configuré.',
    nl: 'Er is geen livefeed ingesteld.',
  },
  liveHowTo: {
    en: 'Start the sensor-stream example with {command}, then open this page with the address of its feed: {link}',
    fr: 'Lancez l’exemple sensor-stream avec {command}, puis ouvrez cette page avec l’adresse de son flux : {link}',
    nl: 'Start het voorbeeld sensor-stream met {command} en open deze pagina daarna met het adres van de feed: {link}',
  },
  liveRefused: {
    en: 'This page follows only feeds of its own origin or of the origins its build allows (OPENCITY_LIVE_ORIGINS); {url} is neither.',
    fr: 'Cette page ne suit que les flux de sa propre origine ou des origines autorisées lors de sa construction (OPENCITY_LIVE_ORIGINS) ; {url} n’en fait pas partie.',
    nl: 'Deze pagina volgt alleen feeds van haar eigen oorsprong of van de oorsprongen die haar build toelaat (OPENCITY_LIVE_ORIGINS); {url} hoort daar niet bij.',
  },
  liveConnected: {
    en: 'Broker connected · last message {time}',
    fr: 'Courtier connecté · dernier message à {time}',
    nl: 'Broker verbonden · laatste bericht om {time}',
  },
  liveNoMessage: {
    en: 'Broker connected · no message yet',
    fr: 'Courtier connecté · aucun message pour l’instant',
    nl: 'Broker verbonden · nog geen bericht',
  },
  liveBrokerLost: {
    en: 'Out of date: the ingestion service lost its MQTT broker at {time}; the values below may no longer be current.',
    fr: 'Données périmées : le service d’ingestion a perdu son courtier MQTT à {time} ; les valeurs ci-dessous peuvent ne plus être à jour.',
    nl: 'Verouderd: de ingestiedienst verloor zijn MQTT-broker om {time}; de waarden hieronder zijn mogelijk niet meer actueel.',
  },
  liveQuiet: {
    en: 'Out of date: no message since {time}.',
    fr: 'Données périmées : aucun message depuis {time}.',
    nl: 'Verouderd: geen bericht sinds {time}.',
  },
  liveFeedDown: {
    en: 'The feed does not answer; the values below are the last received.',
    fr: 'Le flux ne répond pas ; les valeurs ci-dessous sont les dernières reçues.',
    nl: 'De feed antwoordt niet; de waarden hieronder zijn de laatst ontvangen.',
  },
  liveMalformed: {
    en: 'A feed message that was not in the expected form was ignored.',
    fr: 'Un message du flux qui n’avait pas la forme attendue a été ignoré.',
    nl: 'Een bericht van de feed dat niet de verwachte vorm had, werd genegeerd.',
  },
  liveAccepted: { en: 'accepted', fr: 'acceptés', nl: 'aanvaard' },
  liveRejected: { en: 'rejected', fr: 'rejetés', nl: 'geweigerd' },
  liveDuplicates: { en: 'redeliveries ignored', fr: 'redistributions ignorées', nl: 'herleveringen genegeerd' },
  liveDay: { en: 'Day', fr: 'Jour', nl: 'Dag' },
  liveObservations: { en: 'Observations', fr: 'Observations', nl: 'Waarnemingen' },
  liveWaiting: {
    en: 'Waiting for the sensor stream…',
    fr: 'En attente du flux de capteurs…',
    nl: 'Wachten op de sensorstroom…',
  },
  quality: { en: 'Data quality', fr: 'Qualité des données', nl: 'Datakwaliteit' },
  qualityIntro: {
    en: 'What `opencity workspace check` found in the workspace this dashboard was built from: every record against its schema, then the dataset as a whole. Invalid records are left out of the other pages.',
    fr: 'Les constats de `opencity workspace check` dans l’espace de travail à partir duquel ce tableau de bord est construit\u00a0: chaque enregistrement selon son schéma, puis l’ensemble des données. Les enregistrements invalides sont écartés des autres pages.',
    nl: 'Wat `opencity workspace check` vond in de werkruimte waaruit dit dashboard gebouwd is: elk record tegen zijn schema, daarna de gegevens als geheel. Ongeldige records blijven buiten de andere pagina’s.',
  },
  qualitySample: {
    en: 'This dashboard shows the embedded synthetic sample, which is generated, not read from files. Build it from your own workspace to check your data here: `npm start -- --workspace <folder>`.',
    fr: 'Ce tableau de bord montre l’exemple synthétique intégré, généré et non lu depuis des fichiers. Construisez-le depuis votre espace de travail pour vérifier vos données ici : `npm start -- --workspace <dossier>`.',
    nl: 'Dit dashboard toont het ingebouwde synthetische voorbeeld, dat gegenereerd wordt en niet uit bestanden gelezen. Bouw het vanuit uw eigen werkruimte om uw gegevens hier te controleren: `npm start -- --workspace <map>`.',
  },
  qualityClean: {
    en: 'No finding: every record is valid and the dataset holds together.',
    fr: 'Aucun constat : chaque enregistrement est valide et l’ensemble des données est cohérent.',
    nl: 'Geen bevindingen: elk record is geldig en de gegevens vormen een samenhangend geheel.',
  },
  excluded: {
    en: 'records left out of the computations',
    fr: 'enregistrements écartés des calculs',
    nl: 'records buiten de berekeningen gelaten',
  },
  errors: { en: 'errors', fr: 'erreurs', nl: 'fouten' },
  warnings: { en: 'warnings', fr: 'avertissements', nl: 'waarschuwingen' },
  error: { en: 'error', fr: 'erreur', nl: 'fout' },
  warning: { en: 'warning', fr: 'avertissement', nl: 'waarschuwing' },
  info: { en: 'info', fr: 'info', nl: 'info' },
  occurrences: { en: 'occurrences', fr: 'occurrences', nl: 'keer' },
  howToFix: { en: 'How to fix', fr: 'Comment corriger', nl: 'Hoe verbeteren' },
  where: { en: 'Where', fr: 'Où', nl: 'Waar' },
  message: { en: 'Message', fr: 'Message', nl: 'Bericht' },
  reference: { en: 'reference', fr: 'référence', nl: 'referentie' },
  more: { en: 'more not listed', fr: 'autres non listées', nl: 'meer niet getoond' },
  line: { en: 'line', fr: 'ligne', nl: 'regel' },
  roadmapUnavailable: {
    en: 'No roadmap could be computed from these data',
    fr: 'Aucune feuille de route n’a pu être calculée à partir de ces données',
    nl: 'Met deze gegevens kon geen routekaart berekend worden',
  },
  // Severity badges (the validator's and the data quality page's), in capitals by the style sheet.
  severity_error: { en: 'error', fr: 'erreur', nl: 'fout' },
  severity_warning: { en: 'warning', fr: 'avertissement', nl: 'waarschuwing' },
  severity_info: { en: 'info', fr: 'info', nl: 'info' },
  payload: { en: 'Payload to validate', fr: 'Contenu à valider', nl: 'Te valideren inhoud' },
  sections: { en: 'Sections', fr: 'Rubriques', nl: 'Rubrieken' },
  dashboardTitle: {
    en: 'Smart City dashboard',
    fr: 'Tableau de bord de la ville intelligente',
    nl: 'Dashboard van de slimme stad',
  },
  language: { en: 'Language', fr: 'Langue', nl: 'Taal' },
  indexMethod: {
    en: 'Structure of the DESI 2021–2022: four dimensions weighing 25 % each; every indicator scaled from 0 to 100 between fixed goalposts (min-max), then weighted arithmetic means; a dimension needs half of its weight with data, the index three quarters (`@opencity/kpi`, DIG-09).',
    fr: 'Structure du DESI 2021–2022 : quatre dimensions pesant chacune 25 % ; chaque indicateur ramené sur une échelle de 0 à 100 entre des bornes fixes (min-max), puis moyennes arithmétiques pondérées ; une dimension exige des données pour la moitié de son poids, l’indice pour les trois quarts (`@opencity/kpi`, DIG-09).',
    nl: 'Structuur van de DESI 2021–2022: vier dimensies die elk 25 % wegen; elke indicator herschaald van 0 tot 100 tussen vaste grenzen (min-max), daarna gewogen rekenkundige gemiddelden; een dimensie vraagt gegevens voor de helft van haar gewicht, de index voor drie kwart (`@opencity/kpi`, DIG-09).',
  },
  roadmapMethodCriteria: {
    en: 'Criteria: {catalogues}.',
    fr: 'Critères : {catalogues}.',
    nl: 'Criteria: {catalogues}.',
  },
  roadmapMethodJury: {
    en: 'Jury: {aggregation} of the scores of {jurors} (abstentions for declared conflicts of interest).',
    fr: 'Jury : {aggregation} des scores de {jurors} (abstentions en cas de conflit d’intérêts déclaré).',
    nl: 'Jury: {aggregation} van de scores van {jurors} (onthoudingen bij een gemeld belangenconflict).',
  },
  roadmapMethodRanking: {
    en: 'Ranking: weighted sum (WSM) on the criteria’s 0–4 scales (`{normalization}` normalisation), weights {weights}; equal scores share a rank and are listed in the factsheets’ order.',
    fr: 'Classement : somme pondérée (WSM) sur les échelles de 0 à 4 des critères (normalisation `{normalization}`), poids {weights} ; des scores égaux partagent un rang et sont listés dans l’ordre des fiches de projet.',
    nl: 'Rangschikking: gewogen som (WSM) op de schalen van 0 tot 4 van de criteria (normalisatie `{normalization}`), gewichten {weights}; gelijke scores delen een rang en staan in de volgorde van de projectfiches.',
  },
  roadmapMethodAgreement: {
    en: 'Kendall’s W over the jurors with complete scores.',
    fr: 'W de Kendall sur les jurés aux scores complets.',
    nl: 'Kendalls W over de juryleden met volledige scores.',
  },
  roadmapMethodAgreementWithout: {
    en: 'Kendall’s W over the jurors with complete scores, without {excluded}.',
    fr: 'W de Kendall sur les jurés aux scores complets, sans {excluded}.',
    nl: 'Kendalls W over de juryleden met volledige scores, zonder {excluded}.',
  },
  roadmapAbstained: {
    en: '{juror} (abstained on {projects})',
    fr: '{juror} (abstention sur {projects})',
    nl: '{juror} (onthouding voor {projects})',
  },
  roadmapMethodSmaa: {
    en: 'SMAA-2 with {draws}, seed {seed}.',
    fr: 'SMAA-2 avec {draws}, graine {seed}.',
    nl: 'SMAA-2 met {draws}, startwaarde {seed}.',
  },
  roadmapMethodSchedule: {
    en: 'Schedule: exact MILP (`{solver}`), {years} × {budget} k€ and {fte} FTE, maximising the sum of the scheduled projects’ scores.',
    fr: 'Calendrier : MILP exact (`{solver}`), {years} × {budget} k€ et {fte} ETP, en maximisant la somme des scores des projets planifiés.',
    nl: 'Planning: exacte MILP (`{solver}`), {years} × {budget} k€ en {fte} vte, met de grootst mogelijke som van de scores van de geplande projecten.',
  },
  aggregation_median: { en: 'median', fr: 'médiane', nl: 'mediaan' },
  aggregation_mean: { en: 'mean', fr: 'moyenne', nl: 'gemiddelde' },
  'aggregation_trimmed-mean': { en: 'trimmed mean', fr: 'moyenne tronquée', nl: 'getrimd gemiddelde' },
  'aggregation_geometric-mean': { en: 'geometric mean', fr: 'moyenne géométrique', nl: 'meetkundig gemiddelde' },
  noSampleObservations: {
    en: '{kpi}: no observations of {variable} in these data',
    fr: '{kpi} : aucune observation de {variable} dans ces données',
    nl: '{kpi}: geen waarnemingen van {variable} in deze gegevens',
  },
  roadmapLeftOut: {
    en: 'Roadmap left out: {reason}',
    fr: 'Feuille de route omise : {reason}',
    nl: 'Routekaart weggelaten: {reason}',
  },
  summaryRecords: {
    en: '{records}: {valid}, {invalid}, {unparseable}',
    fr: '{records}\u00a0: {valid}, {invalid}, {unparseable}',
    nl: '{records}: {valid}, {invalid}, {unparseable}',
  },
  selectedArea: { en: 'selected', fr: 'sélection', nl: 'geselecteerd' },
} satisfies Record<string, CompleteText>;

/** A counted phrase: forms by `Intl.PluralRules` category (`other` always), `{n}` the number written for the language. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

const plurals = {
  records: {
    en: { one: '{n} record', other: '{n} records' },
    fr: { one: '{n} enregistrement', other: '{n} enregistrements' },
    nl: { one: '{n} record', other: '{n} records' },
  },
  valid: {
    en: { other: '{n} valid' },
    fr: { one: '{n} valide', other: '{n} valides' },
    nl: { other: '{n} geldig' },
  },
  invalid: {
    en: { other: '{n} invalid' },
    fr: { one: '{n} invalide', other: '{n} invalides' },
    nl: { other: '{n} ongeldig' },
  },
  unparseable: {
    en: { other: '{n} unparseable' },
    fr: { one: '{n} illisible', other: '{n} illisibles' },
    nl: { other: '{n} onleesbaar' },
  },
  errors: {
    en: { one: '{n} error', other: '{n} errors' },
    fr: { one: '{n} erreur', other: '{n} erreurs' },
    nl: { one: '{n} fout', other: '{n} fouten' },
  },
  warnings: {
    en: { one: '{n} warning', other: '{n} warnings' },
    fr: { one: '{n} avertissement', other: '{n} avertissements' },
    nl: { one: '{n} waarschuwing', other: '{n} waarschuwingen' },
  },
  infos: {
    en: { one: '{n} info notice', other: '{n} info notices' },
    fr: { one: '{n} information', other: '{n} informations' },
    nl: { one: '{n} melding', other: '{n} meldingen' },
  },
  occurrences: {
    en: { one: '{n} occurrence', other: '{n} occurrences' },
    fr: { one: '{n} occurrence', other: '{n} occurrences' },
    nl: { other: '{n} keer' },
  },
  moreNotListed: {
    en: { other: '+{n} more, not listed' },
    fr: { one: '+{n} autre, non listée', other: '+{n} autres, non listées' },
    nl: { other: '+{n} meer, niet getoond' },
  },
  areasPooled: {
    en: { one: '{n} area pooled', other: '{n} areas pooled' },
    fr: { one: '{n} territoire mis en commun', other: '{n} territoires mis en commun' },
    nl: { one: '{n} gebied samengevoegd', other: '{n} gebieden samengevoegd' },
  },
  observations: {
    en: { one: '{n} observation', other: '{n} observations' },
    fr: { one: '{n} observation', other: '{n} observations' },
    nl: { one: '{n} waarneming', other: '{n} waarnemingen' },
  },
  unplacedObservations: {
    en: {
      one: '{n} observation without a time or an area (address.nisCode) was left out',
      other: '{n} observations without a time or an area (address.nisCode) were left out',
    },
    fr: {
      one: '{n} observation sans date ou sans territoire (address.nisCode) a été écartée',
      other: '{n} observations sans date ou sans territoire (address.nisCode) ont été écartées',
    },
    nl: {
      one: '{n} waarneming zonder tijdstip of gebied (address.nisCode) werd weggelaten',
      other: '{n} waarnemingen zonder tijdstip of gebied (address.nisCode) werden weggelaten',
    },
  },
  jurors: {
    en: { one: '{n} juror', other: '{n} jurors' },
    fr: { one: '{n} juré', other: '{n} jurés' },
    nl: { one: '{n} jurylid', other: '{n} juryleden' },
  },
  weightDraws: {
    en: { one: '{n} uniform draw of the weights', other: '{n} uniform draws of the weights' },
    fr: { one: '{n} tirage uniforme des poids', other: '{n} tirages uniformes des poids' },
    nl: { one: '{n} uniforme trekking van de gewichten', other: '{n} uniforme trekkingen van de gewichten' },
  },
  years: {
    en: { one: '{n} year', other: '{n} years' },
    fr: { one: '{n} an', other: '{n} ans' },
    nl: { other: '{n} jaar' },
  },
} satisfies Record<string, Readonly<Record<Lang, PluralForms>>>;

/** A key of the counted phrases. */
export type PluralKey = keyof typeof plurals;

/** A key of the interface strings. */
export type StringKey = keyof typeof strings;

/** Every interface string and counted phrase, for the tests that check the three languages. */
export const stringTables = { strings, plurals } as const;

/** The interface string for a key in a language. */
export function t(key: StringKey, lang: Lang): string {
  return strings[key][lang];
}

/** Whether a text is a key of the interface strings (e.g. a severity or an aggregation code made into a key). */
export function isStringKey(key: string): key is StringKey {
  return Object.hasOwn(strings, key);
}

const locales: Readonly<Record<Lang, string>> = { en: 'en-GB', fr: 'fr-BE', nl: 'nl-BE' };

/** A template with its `{placeholders}` filled (numbers written for the language; unknown placeholders kept). */
export function fill(template: string, params: Readonly<Record<string, string | number>>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name]!;
    return typeof value === 'number' ? formatNumber(value, lang, 3) : value;
  });
}

/** The interface string with its `{placeholders}` filled (numbers written for the language; nothing is escaped). */
export function format(key: StringKey, lang: Lang, params: Readonly<Record<string, string | number>>): string {
  return fill(strings[key][lang], params, lang);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The plural form of a counted phrase for `n` in a language, the number written the language's way. */
export function count(key: PluralKey, n: number, lang: Lang): string {
  return countWith(plurals[key][lang], n, lang);
}

/** A counted phrase from given forms (a page's own table), the form chosen by `Intl.PluralRules`. */
export function countWith(forms: PluralForms, n: number, lang: Lang, digits = 3): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(locales[lang])));
  return fill(forms[rules.select(n)] ?? forms.other, { n: formatNumber(n, lang, digits) }, lang);
}

/** A text written in each of the three languages (notes computed at build time). */
export function inEveryLanguage(write: (lang: Lang) => string): CompleteText {
  return { en: write('en'), fr: write('fr'), nl: write('nl') };
}

/** The colon before a list or a value: French puts a space before it (a narrow no-break one would do as well). */
export function colon(lang: Lang): string {
  return lang === 'fr' ? '\u00a0:' : ':';
}

/** Escaped HTML of a text in which code is written between backticks: the code is shown as `<code>`. */
export function rich(text: string): string {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? `<code>${esc(part)}</code>` : esc(part)))
    .join('');
}

/** A list in the language's words ("a, b and c" / "a, b et c" / "a, b en c"). */
export function formatList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(locales[lang], { type: 'conjunction' }).format(items);
}

/** Picks the text of a localized label. */
export function pick(text: LocalizedText | Partial<Record<Lang, string>>, lang: Lang): string {
  return text[lang] ?? text.en ?? text.fr ?? '';
}

/** Formats a number for a language (Belgian French/Dutch conventions). */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: digits }).format(value);
}

/** An interval `[a, b]`; where the comma is the decimal sign (French, Dutch) the bounds are parted by a semicolon. */
export function interval(lower: number, upper: number, lang: Lang): string {
  const separator = formatNumber(0.5, lang, 1).includes(',') ? ' ; ' : ', ';
  return `[${formatNumber(lower, lang, 3)}${separator}${formatNumber(upper, lang, 3)}]`;
}

/**
 * A formatter of axis labels and tooltip values for a chart: decimal commas in French and Dutch, the language's
 * grouping, at most `digits` decimals.
 */
export function numberFormatter(lang: Lang, digits = 2): (value: number) => string {
  const format = new Intl.NumberFormat(locales[lang], { maximumFractionDigits: digits });
  return (value: number) => (typeof value === 'number' && Number.isFinite(value) ? format.format(value) : '–');
}

/** Formats a calendar day (`2026-03-02`) for a language, e.g. `2 mars 2026` (falls back to the text if it is not one). */
export function formatDay(day: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const time = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(time)) return day;
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
}

/** Formats the time of day of an ISO timestamp for a language (falls back to the text itself if it is not a date). */
export function formatTime(iso: string, lang: Lang): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(locales[lang], { timeStyle: 'medium' }).format(time);
}

/** Escapes text for HTML. */
export function esc(value: unknown): string {
  return String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

// Unit symbols of the KPI catalogue are written in English; these are their French and Dutch forms.
const unitNames: Readonly<Record<string, Readonly<Record<Exclude<Lang, 'en'>, string>>>> = {
  days: { fr: 'jours', nl: 'dagen' },
  'ha per 100 000 inhabitants': { fr: 'ha pour 100 000 habitants', nl: 'ha per 100 000 inwoners' },
  'inhabitants per km²': { fr: 'habitants par km²', nl: 'inwoners per km²' },
  'km per 100 000 inhabitants': { fr: 'km pour 100 000 habitants', nl: 'km per 100 000 inwoners' },
  'per 100 000 inhabitants': { fr: 'pour 100 000 habitants', nl: 'per 100 000 inwoners' },
  'per km²': { fr: 'par km²', nl: 'per km²' },
  't CO2e per capita': { fr: 't CO2e par habitant', nl: 't CO2e per inwoner' },
};

/** A KPI unit symbol in a language (symbols such as % and µg/m³ are the same everywhere). */
export function unitLabel(unit: string, lang: Lang): string {
  return lang === 'en' ? unit : (unitNames[unit]?.[lang] ?? unit);
}
