/** Messages in English, French and Dutch: `{name}` placeholders, CLDR plural forms chosen by `Intl.PluralRules`. */
import type { Lang } from '@opencity/models';

/** The languages every user-visible string of the CLI exists in. */
export const LANGS: readonly Lang[] = ['en', 'fr', 'nl'];

/** A message with one text per CLDR plural category of its `{count}` (`other` is required). */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** A message template: plain text with `{name}` placeholders, or plural forms selected by the `count` parameter. */
export type Message = string | PluralMessage;

/** Values substituted into a message; numbers are written the language's way (1,234 / 1 234 / 1.234). */
export type MessageParams = Readonly<Record<string, string | number>>;

const pluralRules = new Map<Lang, Intl.PluralRules>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** Writes a number the language's way (grouping and decimal separators from `Intl.NumberFormat`). */
export function formatNumber(value: number, lang: Lang): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang, { maximumFractionDigits: 6 })));
  return format.format(value);
}

/** Renders a message in `lang`: picks the plural form for `params.count`, then fills the placeholders. */
export function formatMessage(message: Message, lang: Lang, params: MessageParams = {}): string {
  let template: string;
  if (typeof message === 'string') template = message;
  else {
    let rules = pluralRules.get(lang);
    if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
    const count = Number(params['count'] ?? 0);
    template = message[rules.select(count)] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name]!;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

/** The placeholders a message uses, in every plural form (for the test that languages agree). */
export function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
}
