import type { CompleteText } from '@opencity/models';

/** The label every view of the sample data must show: these figures are invented, not statistics. */
export const syntheticNotice: CompleteText = {
  en: 'Synthetic sample data (seeded, reproducible): invented figures for demonstration, not official statistics.',
  fr: 'Données d’exemple synthétiques (générées, reproductibles) : chiffres inventés pour la démonstration, pas des statistiques officielles.',
  nl: 'Synthetische voorbeelddata (met seed, reproduceerbaar): verzonnen cijfers ter demonstratie, geen officiële statistieken.',
};

/** The data provider written on every synthetic record, so that it stays recognisable once copied elsewhere. */
export const SYNTHETIC_PROVIDER = 'OpenCity synthetic sample (not official data)';

/** The default seed of the sample dataset. */
export const DEFAULT_SEED = 2026;
