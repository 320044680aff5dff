/** A human-facing text in the region's languages (French and Dutch are official; English is the working language). */
export interface LocalizedText {
  /** French. */
  readonly fr: string;
  /** Dutch. */
  readonly nl: string;
  /** English. */
  readonly en: string;
}

/** The languages every label of the profile carries. */
export type Lang = keyof LocalizedText;

/** The languages, in the order the dashboard offers them. */
export const languages: readonly Lang[] = ['fr', 'nl', 'en'];
