/** Localized text as the contract writes it (a language map), read in the reader's language. */
import type { Lang, LocalizedText } from '@opencity/models';

/** The languages every human-facing string of this package exists in, in the order Brussels offers them. */
export const LANGUAGES: readonly Lang[] = ['fr', 'nl', 'en'];

/** True when `value` is one of {@link LANGUAGES}. */
export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'nl' || value === 'en';
}

/**
 * The text in `lang`, else in English, French or Dutch (in that order), else in any language the map holds;
 * a plain string is returned as is and a missing text gives `fallback`.
 * @example
 * textIn({ fr: 'Mobilité', nl: 'Mobiliteit' }, 'en'); // 'Mobilité' (no English: French next)
 */
export function textIn(text: string | LocalizedText | undefined, lang: Lang, fallback = ''): string {
  if (typeof text === 'string') return text;
  if (!text || typeof text !== 'object') return fallback;
  for (const l of [lang, 'en', 'fr', 'nl'] as const) {
    const v = text[l];
    if (typeof v === 'string' && v.length > 0) return v;
  }
  for (const v of Object.values(text)) if (typeof v === 'string' && v.length > 0) return v;
  return fallback;
}
