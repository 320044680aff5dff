/** The languages OpenCity's human-facing text is written in. */

/** A language every label, message and document of OpenCity exists in: French, Dutch and English. */
export type Lang = 'fr' | 'nl' | 'en';

/** The supported languages, in the order a bilingual region offers them (official languages first). */
export const languages: readonly Lang[] = /* @__PURE__ */ Object.freeze(['fr', 'nl', 'en'] as const);

/** True when `value` names a supported language. */
export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'nl' || value === 'en';
}
