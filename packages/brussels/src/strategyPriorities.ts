/**
 * The priorities of the Brussels-Capital Region's Smart City strategy as a versioned criteria catalogue: the
 * cross-cutting conditions every roadmap project is scored on. City-neutral scoring lives in @opencity/roadmap; this is
 * the Brussels edition of it (another region defines its own with `defineCriteriaCatalogue`).
 */
import { defineCriteriaCatalogue, type CriteriaCatalogue } from '@opencity/roadmap';

/** The Brussels Smart City strategy priorities, catalogue `brussels-strategy` version 1.0.0. */
export const brusselsStrategyPriorities: CriteriaCatalogue = defineCriteriaCatalogue({
  id: 'brussels-strategy',
  version: '1.0.0',
  name: {
    en: 'Brussels Smart City strategy priorities',
    fr: 'Priorités de la stratégie Smart City bruxelloise',
    nl: 'Prioriteiten van de Brusselse Smart City-strategie',
  },
  source: 'Brussels-Capital Region Smart City strategy (smartcity.brussels): cross-cutting conditions and governance',
  criteria: [
    {
      code: 'transversality',
      name: { en: 'Transversality', fr: 'Transversalité', nl: 'Transversaliteit' },
      description: {
        en: 'The project serves several administrations, municipalities or policy domains at once.',
        fr: 'Le projet sert plusieurs administrations, communes ou domaines politiques à la fois.',
        nl: 'Het project dient meerdere besturen, gemeenten of beleidsdomeinen tegelijk.',
      },
    },
    {
      code: 'mutualisation-reuse',
      name: { en: 'Mutualisation and reuse', fr: 'Mutualisation et réutilisation', nl: 'Bundeling en hergebruik' },
      description: {
        en: 'The project pools resources and reuses or shares existing solutions, data and platforms.',
        fr: 'Le projet mutualise les moyens et réutilise ou partage des solutions, données et plateformes existantes.',
        nl: 'Het project bundelt middelen en hergebruikt of deelt bestaande oplossingen, gegevens en platformen.',
      },
    },
    {
      code: 'digital-inclusion',
      name: { en: 'Digital inclusion', fr: 'Inclusion numérique', nl: 'Digitale inclusie' },
      description: {
        en: 'The project leaves no resident behind: accessibility, skills and non-digital alternatives.',
        fr: 'Le projet ne laisse aucun habitant de côté : accessibilité, compétences et alternatives non numériques.',
        nl: 'Het project laat geen inwoner achter: toegankelijkheid, vaardigheden en niet-digitale alternatieven.',
      },
    },
    {
      code: 'european-dimension',
      name: { en: 'European dimension', fr: 'Dimension européenne', nl: 'Europese dimensie' },
      description: {
        en: 'The project aligns with European frameworks and interoperability (e.g. the Interoperable Europe Act) and can draw on European funding.',
        fr: "Le projet s'aligne sur les cadres européens et l'interopérabilité et peut mobiliser des fonds européens.",
        nl: 'Het project sluit aan bij Europese kaders en interoperabiliteit en kan Europese financiering aanspreken.',
      },
    },
    {
      code: 'governance-performance',
      name: {
        en: 'Governance and performance measurement',
        fr: 'Gouvernance et mesure de la performance',
        nl: 'Governance en prestatiemeting',
      },
      description: {
        en: 'The project has clear governance and measurable KPIs with targets.',
        fr: 'Le projet a une gouvernance claire et des KPI mesurables avec des cibles.',
        nl: 'Het project heeft een duidelijke governance en meetbare KPI’s met doelen.',
      },
    },
  ],
});
