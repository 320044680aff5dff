import type { CompleteText, Lang } from '@opencity/models';

/**
 * A text of the package's catalogues in one language, its `{name}` placeholders replaced (a placeholder without a
 * parameter stays as written, so a missing one shows instead of vanishing).
 */
export function fillText(text: CompleteText, lang: Lang, params: Readonly<Record<string, string>> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (all, name: string) => params[name] ?? all);
}
