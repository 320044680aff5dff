/**
 * Localized text. The contract's `LocalizedText` (schemas/common/LocalizedText) is the one shape: a language map keyed
 * by BCP 47 tag. `CompleteText` is that shape with every supported language present — what a library must author.
 */
import type { LocalizedText } from '../generated/types';
import type { Lang } from './lang';

/** A {@link LocalizedText} that carries every supported language; what labels and messages authored by OpenCity use. */
export type CompleteText = Readonly<Record<Lang, string>>;

/**
 * The text in `lang`, else in the first other supported language present, else in any language present; `undefined`
 * when there is none. A plain string is returned as is.
 * @example
 * textIn({ fr: 'Qualité de l’air', nl: 'Luchtkwaliteit' }, 'en'); // 'Qualité de l’air'
 */
export function textIn(text: LocalizedText | CompleteText | string | undefined, lang: Lang): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const map = text as Readonly<Record<string, string | undefined>>;
  const own = Object.hasOwn(map, lang) ? map[lang] : undefined;
  if (own) return own;
  for (const other of ['fr', 'nl', 'en'] as const) {
    const value = Object.hasOwn(map, other) ? map[other] : undefined;
    if (value) return value;
  }
  for (const key of Object.keys(map)) if (map[key]) return map[key];
  return undefined;
}
