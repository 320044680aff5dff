/** The criteria the jury scores: the Brussels strategy priorities. */
import type { LocalizedText } from '@opencity/brussels';

/** A scored criterion with its weight. */
export interface DashboardCriterion {
  readonly id: string;
  readonly label: LocalizedText;
  readonly weight: number;
}

/**
 * The criteria catalogue of the Brussels profile. Until @opencity/roadmap publishes the versioned catalogue, the nine
 * strategic directions of the 2017 regional strategy are listed here (research/roadmap.md §5): the five DESI
 * dimensions and the four smart-city conditions, equally weighted.
 */
export function roadmapCriteria(): { criteria: DashboardCriterion[]; source: string } {
  const c = (id: string, en: string, fr: string, nl: string): DashboardCriterion => ({ id, label: { en, fr, nl }, weight: 1 });
  return {
    source: 'criteria: the 9 strategic directions of the 2017 Brussels Smart City strategy, listed in the dashboard (no catalogue exported by @opencity/roadmap yet)',
    criteria: [
      c('connectivity', 'Connectivity', 'Connectivité', 'Connectiviteit'),
      c('human-capital', 'Human capital', 'Capital humain', 'Menselijk kapitaal'),
      c('use-of-internet', 'Use of the Internet', 'Usage d’Internet', 'Internetgebruik'),
      c('integration-of-digital-technology', 'Integration of digital technology', 'Intégration des technologies numériques', 'Integratie van digitale technologie'),
      c('digital-public-services', 'Digital public services', 'Services publics numériques', 'Digitale overheidsdiensten'),
      c('transversality', 'Transversality', 'Transversalité', 'Transversaliteit'),
      c('pooling-and-reuse', 'Pooling and reuse', 'Mutualisation et réutilisation', 'Bundeling en hergebruik'),
      c('digital-inclusion', 'Digital inclusion', 'Inclusion numérique', 'Digitale inclusie'),
      c('european-dimension', 'European dimension', 'Dimension européenne', 'Europese dimensie'),
    ],
  };
}
