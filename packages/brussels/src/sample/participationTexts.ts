/**
 * What the synthetic participants said: suggestions per theme and the reasons a suggestion was not retained, in the
 * three languages. Invented for the sample; they read like what such a programme collects.
 */
import type { CompleteText } from '@opencity/models';
import type { ThemeId } from '../themes';

const t = (en: string, fr: string, nl: string): CompleteText => ({ en, fr, nl });

/** Suggestions by theme. */
export const suggestionTexts: Readonly<Record<ThemeId, readonly CompleteText[]>> = {
  digital: [
    t(
      'One login for every regional and municipal online service',
      'Une seule connexion pour tous les services en ligne régionaux et communaux',
      'Eén login voor alle gewestelijke en gemeentelijke onlinediensten',
    ),
    t(
      'Publish the datasets of the administrations as open data with an API',
      'Publier les jeux de données des administrations en données ouvertes avec une API',
      'De datasets van de besturen als open data met een API publiceren',
    ),
    t(
      'Free help desks for residents who struggle with online forms',
      'Des permanences gratuites pour les habitants qui peinent avec les formulaires en ligne',
      'Gratis hulppunten voor inwoners die moeite hebben met onlineformulieren',
    ),
    t(
      'Never ask a resident twice for a document the Region already has',
      'Ne jamais redemander à un habitant un document que la Région possède déjà',
      'Een inwoner nooit twee keer vragen om een document dat het Gewest al heeft',
    ),
    t(
      'Fibre connections for every school before the next school year',
      'Raccorder chaque école à la fibre avant la prochaine rentrée',
      'Elke school op glasvezel aansluiten voor het volgende schooljaar',
    ),
    t(
      'Keep a paper or telephone alternative for every digital procedure',
      'Garder une alternative papier ou téléphonique pour chaque démarche numérique',
      'Voor elke digitale procedure een alternatief op papier of per telefoon behouden',
    ),
    t(
      'Explain in plain language how the Region uses algorithms in its decisions',
      'Expliquer en langage clair comment la Région utilise des algorithmes dans ses décisions',
      'In eenvoudige taal uitleggen hoe het Gewest algoritmen gebruikt in zijn beslissingen',
    ),
    t(
      'Concern: personal data shared between administrations without my knowledge',
      'Préoccupation : des données personnelles partagées entre administrations à mon insu',
      'Bezorgdheid: persoonsgegevens die zonder mijn medeweten tussen besturen gedeeld worden',
    ),
  ],
  environment: [
    t(
      'Air-quality sensors near schools, with the readings online',
      'Des capteurs de qualité de l’air près des écoles, avec les mesures en ligne',
      'Luchtkwaliteitssensoren bij scholen, met de metingen online',
    ),
    t(
      'Smart meters in every public building to find energy waste',
      'Des compteurs intelligents dans chaque bâtiment public pour traquer le gaspillage d’énergie',
      'Slimme meters in elk openbaar gebouw om energieverspilling op te sporen',
    ),
    t(
      'A map of the hottest streets in summer and a plan to cool them',
      'Une carte des rues les plus chaudes en été et un plan pour les rafraîchir',
      'Een kaart van de warmste straten in de zomer en een plan om ze af te koelen',
    ),
    t(
      'Report overflowing public bins from a phone',
      'Signaler depuis son téléphone les poubelles publiques qui débordent',
      'Overvolle openbare vuilnisbakken vanaf de gsm melden',
    ),
    t(
      'Measure noise at night in the busiest neighbourhoods',
      'Mesurer le bruit la nuit dans les quartiers les plus animés',
      'Het lawaai ’s nachts meten in de drukste wijken',
    ),
    t(
      'Publish the energy use of regional buildings every month',
      'Publier chaque mois la consommation énergétique des bâtiments régionaux',
      'Het energieverbruik van de gewestelijke gebouwen elke maand publiceren',
    ),
    t(
      'Concern: sensors that nobody maintains after the pilot',
      'Préoccupation : des capteurs que plus personne n’entretient après le projet pilote',
      'Bezorgdheid: sensoren die na het proefproject door niemand onderhouden worden',
    ),
    t(
      'More trees where the heat map shows the hottest spots',
      'Plus d’arbres là où la carte de chaleur montre les points les plus chauds',
      'Meer bomen waar de hittekaart de warmste plekken toont',
    ),
  ],
  mobility: [
    t(
      'Real-time departures on a screen at every tram and bus stop',
      'Les départs en temps réel sur un écran à chaque arrêt de tram et de bus',
      'Realtime vertrektijden op een scherm aan elke tram- en bushalte',
    ),
    t(
      'One app to book shared bikes, scooters and cars',
      'Une seule application pour réserver vélos, trottinettes et voitures partagés',
      'Eén app om deelfietsen, -steps en -auto’s te boeken',
    ),
    t(
      'Show the free places of secure bike parkings online',
      'Afficher en ligne les places libres des parkings vélo sécurisés',
      'De vrije plaatsen van beveiligde fietsenstallingen online tonen',
    ),
    t(
      'Open data on traffic counts per street',
      'Des données ouvertes sur les comptages de trafic par rue',
      'Open data over verkeerstellingen per straat',
    ),
    t(
      'Warn residents before roadworks close their street',
      'Prévenir les habitants avant que des travaux ferment leur rue',
      'Bewoners verwittigen voor wegenwerken hun straat afsluiten',
    ),
    t(
      'Concern: shared scooters blocking pavements for wheelchairs and prams',
      'Préoccupation : des trottinettes partagées qui bloquent les trottoirs aux fauteuils roulants et poussettes',
      'Bezorgdheid: deelsteps die voetpaden blokkeren voor rolstoelen en kinderwagens',
    ),
    t(
      'Accessible route planning for people with reduced mobility',
      'Un calcul d’itinéraire accessible aux personnes à mobilité réduite',
      'Toegankelijke routeplanning voor personen met beperkte mobiliteit',
    ),
  ],
  economy: [
    t(
      'Let start-ups test their solutions with the administrations',
      'Permettre aux start-ups de tester leurs solutions avec les administrations',
      'Start-ups hun oplossingen laten testen bij de besturen',
    ),
    t(
      'Split public tenders into lots that small firms can win',
      'Diviser les marchés publics en lots accessibles aux petites entreprises',
      'Overheidsopdrachten opdelen in percelen die kleine bedrijven kunnen binnenhalen',
    ),
    t(
      'Open data on vacant shops to help new businesses find premises',
      'Des données ouvertes sur les commerces vides pour aider les nouvelles entreprises',
      'Open data over leegstaande winkels om nieuwe zaken aan een pand te helpen',
    ),
    t(
      'Digital skills courses for jobseekers',
      'Des formations aux compétences numériques pour les demandeurs d’emploi',
      'Opleidingen digitale vaardigheden voor werkzoekenden',
    ),
    t(
      'Concern: public platforms that lock the Region into one supplier',
      'Préoccupation : des plateformes publiques qui lient la Région à un seul fournisseur',
      'Bezorgdheid: openbare platformen die het Gewest aan één leverancier binden',
    ),
    t(
      'A single window for permits for shops and restaurants',
      'Un guichet unique pour les permis des commerces et restaurants',
      'Eén loket voor de vergunningen van winkels en restaurants',
    ),
  ],
  society: [
    t(
      'A digital twin of the city to discuss urban projects with residents',
      'Un jumeau numérique de la ville pour discuter des projets urbains avec les habitants',
      'Een digitale tweeling van de stad om stedelijke projecten met bewoners te bespreken',
    ),
    t(
      'Book an appointment at any municipal desk online',
      'Prendre rendez-vous en ligne à n’importe quel guichet communal',
      'Online een afspraak maken aan elk gemeentelijk loket',
    ),
    t(
      'Publish the results of every participation process, including what was not retained',
      'Publier les résultats de chaque démarche participative, y compris ce qui n’a pas été retenu',
      'De resultaten van elk participatietraject publiceren, ook wat niet weerhouden werd',
    ),
    t(
      'Workshops in the evening so that working people can take part',
      'Des ateliers en soirée pour que les personnes qui travaillent puissent participer',
      'Workshops ’s avonds zodat werkende mensen kunnen deelnemen',
    ),
    t(
      'Translate calls for participation into the main languages spoken in the neighbourhood',
      'Traduire les appels à participation dans les principales langues parlées dans le quartier',
      'Oproepen tot deelname vertalen in de voornaamste talen van de wijk',
    ),
    t(
      'Concern: the same people always take part; reach those who never come',
      'Préoccupation : ce sont toujours les mêmes qui participent ; aller chercher ceux qui ne viennent jamais',
      'Bezorgdheid: altijd dezelfden nemen deel; bereik wie nooit komt',
    ),
  ],
};

/** Why a suggestion was not retained. */
export const rejectionReasons: readonly CompleteText[] = [
  t(
    'Outside the Region’s competences: forwarded to the municipality concerned',
    'Hors des compétences régionales : transmis à la commune concernée',
    'Buiten de bevoegdheden van het Gewest: doorgestuurd naar de betrokken gemeente',
  ),
  t(
    'Already covered by a project under way',
    'Déjà couvert par un projet en cours',
    'Al gedekt door een lopend project',
  ),
  t(
    'Cost out of proportion to the expected benefit',
    'Coût disproportionné par rapport au bénéfice attendu',
    'Kosten buiten verhouding tot het verwachte voordeel',
  ),
  t(
    'Not compatible with data-protection rules as proposed',
    'Incompatible, telle que proposée, avec la protection des données',
    'Zoals voorgesteld niet verenigbaar met de gegevensbescherming',
  ),
];

/** Quick wins the Office carried out directly. */
export const implementedNote: CompleteText = t(
  'Carried out directly by the Office',
  'Réalisé directement par le Smart City Office',
  'Rechtstreeks uitgevoerd door het Office',
);
