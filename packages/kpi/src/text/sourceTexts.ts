/**
 * Where the catalogue's inputs come from (`KpiDefinition.inputs[].source`, English in the contract) in French and
 * Dutch, for pages and reports written in those languages.
 */
import type { Lang } from '@opencity/models';

/** The French and Dutch of every input source the catalogue names, keyed by its English text. */
export const kpiSourceTexts: Readonly<Record<string, Readonly<Record<'fr' | 'nl', string>>>> = {
  'Labour Force Survey (national statistics office, regional employment service)': {
    fr: 'Enquête sur les forces de travail (office national de statistique, service régional de l’emploi)',
    nl: 'Enquête naar de arbeidskrachten (nationaal statistiekbureau, gewestelijke arbeidsbemiddelingsdienst)',
  },
  'ICT usage survey of households and individuals (national statistics office)': {
    fr: 'Enquête sur l’usage des TIC par les ménages et les particuliers (office national de statistique)',
    nl: 'Enquête naar het ICT-gebruik van huishoudens en personen (nationaal statistiekbureau)',
  },
  'Population register: private households': {
    fr: 'Registre de la population : ménages privés',
    nl: 'Bevolkingsregister: particuliere huishoudens',
  },
  'Telecom regulator market statistics': {
    fr: 'Statistiques de marché du régulateur des télécommunications',
    nl: 'Marktstatistieken van de telecomregulator',
  },
  'Telecom regulator broadband coverage atlas': {
    fr: 'Atlas de la couverture haut débit du régulateur des télécommunications',
    nl: 'Breedbanddekkingsatlas van de telecomregulator',
  },
  'Population register on 1 January (national statistics office)': {
    fr: 'Registre de la population au 1er janvier (office national de statistique)',
    nl: 'Bevolkingsregister op 1 januari (nationaal statistiekbureau)',
  },
  'Public service catalogue (regional and municipal e-counters)': {
    fr: 'Catalogue des services publics (guichets électroniques régionaux et communaux)',
    nl: 'Catalogus van de openbare diensten (gewestelijke en gemeentelijke e-loketten)',
  },
  'Service catalogue': { fr: 'Catalogue des services', nl: 'Dienstencatalogus' },
  'Open data portal catalogue': {
    fr: 'Catalogue du portail de données ouvertes',
    nl: 'Catalogus van het open-dataportaal',
  },
  'Regional data inventory': { fr: 'Inventaire régional des données', nl: 'Gewestelijke gegevensinventaris' },
  'Electricity distribution system operator (meter register)': {
    fr: 'Gestionnaire du réseau de distribution d’électricité (registre des compteurs)',
    nl: 'Distributienetbeheerder voor elektriciteit (meterregister)',
  },
  'Cadastre and reference building register': {
    fr: 'Cadastre et registre de référence des bâtiments',
    nl: 'Kadaster en referentieregister van gebouwen',
  },
  'Regional air-quality monitoring network and calibrated low-cost sensors': {
    fr: 'Réseau régional de mesure de la qualité de l’air et capteurs à bas coût étalonnés',
    nl: 'Gewestelijk meetnet voor luchtkwaliteit en gekalibreerde goedkope sensoren',
  },
  'Regional energy and greenhouse-gas emissions inventory': {
    fr: 'Inventaire régional de l’énergie et des émissions de gaz à effet de serre',
    nl: 'Gewestelijke inventaris van energie en broeikasgasemissies',
  },
  'Environment agency green-space map': {
    fr: 'Carte des espaces verts de l’administration de l’environnement',
    nl: 'Groenkaart van het milieuagentschap',
  },
  'Land area (national statistics office, cadastre)': {
    fr: 'Superficie (office national de statistique, cadastre)',
    nl: 'Oppervlakte (nationaal statistiekbureau, kadaster)',
  },
  'Municipal waste collection operator': {
    fr: 'Opérateur de collecte des déchets municipaux',
    nl: 'Ophaaldienst voor huishoudelijk afval',
  },
  'Packaging producer-responsibility organisation and waste collection operator': {
    fr: 'Organisme de responsabilité élargie des producteurs d’emballages et opérateur de collecte des déchets',
    nl: 'Organisatie voor uitgebreide producentenverantwoordelijkheid voor verpakkingen en ophaaldienst voor afval',
  },
  'Packaging producer-responsibility organisation': {
    fr: 'Organisme de responsabilité élargie des producteurs d’emballages',
    nl: 'Organisatie voor uitgebreide producentenverantwoordelijkheid voor verpakkingen',
  },
  'Road authority and reference road network': {
    fr: 'Gestionnaire des voiries et réseau routier de référence',
    nl: 'Wegbeheerder en referentiewegennet',
  },
  'Population by statistical sector × stops of every public transport operator (GTFS)': {
    fr: 'Population par secteur statistique × arrêts de chaque opérateur de transport public (GTFS)',
    nl: 'Bevolking per statistische sector × haltes van elke openbaarvervoermaatschappij (GTFS)',
  },
  'Public transport operator network data (GTFS and GTFS-RT)': {
    fr: 'Données de réseau des opérateurs de transport public (GTFS et GTFS-RT)',
    nl: 'Netwerkgegevens van de openbaarvervoermaatschappijen (GTFS en GTFS-RT)',
  },
  'Fire and emergency medical service': {
    fr: 'Service d’incendie et d’aide médicale urgente',
    nl: 'Brandweer en dienst voor dringende medische hulp',
  },
  'Regional statistics institute, population on 1 January': {
    fr: 'Institut régional de statistique, population au 1er janvier',
    nl: 'Gewestelijk statistiekinstituut, bevolking op 1 januari',
  },
  'Regional statistics institute, population on 1 January of the previous year': {
    fr: 'Institut régional de statistique, population au 1er janvier de l’année précédente',
    nl: 'Gewestelijk statistiekinstituut, bevolking op 1 januari van het voorgaande jaar',
  },
  'Participation register: Meeting and Workshop participants (Stakeholder entities)': {
    fr: 'Registre de la participation : participants aux réunions et aux ateliers (entités Stakeholder)',
    nl: 'Participatieregister: deelnemers aan vergaderingen en workshops (Stakeholder-entiteiten)',
  },
  'Contribution entities and their status history': {
    fr: 'Entités Contribution et historique de leur statut',
    nl: 'Contribution-entiteiten en de geschiedenis van hun status',
  },
  'Official population on 1 January': {
    fr: 'Population officielle au 1er janvier',
    nl: 'Officiële bevolking op 1 januari',
  },
  'Workshop entities (participantCount, else registered participants)': {
    fr: 'Entités Workshop (participantCount, à défaut les participants inscrits)',
    nl: 'Workshop-entiteiten (participantCount, anders de ingeschreven deelnemers)',
  },
  'Project factsheet and monitoring report': {
    fr: 'Fiche de projet et rapport de suivi',
    nl: 'Projectfiche en opvolgingsrapport',
  },
  'Project financial report': { fr: 'Rapport financier du projet', nl: 'Financieel rapport van het project' },
};

const kpiReference = /^KPI ([A-Z]+-\d+)$/;

/**
 * The source of a KPI input in `lang`: the catalogue's translation, "indicateur DIG-01" / "indicator DIG-01" for an
 * input that is another KPI, else the English text unchanged (a source a user's own definition names).
 * @example
 * localizeKpiSource('Project financial report', 'nl'); // 'Financieel rapport van het project'
 */
export function localizeKpiSource(source: string, lang: Lang): string {
  if (lang === 'en') return source;
  const kpi = kpiReference.exec(source);
  if (kpi) return `${lang === 'fr' ? 'indicateur' : 'indicator'} ${kpi[1]}`;
  return Object.hasOwn(kpiSourceTexts, source) ? kpiSourceTexts[source]![lang] : source;
}
