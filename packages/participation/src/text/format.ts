/** Numbers, shares, amounts and dates in the reader's language (Belgian French and Dutch, British English). */
import type { Lang } from '@opencity/models';
import type { Outcome } from '@opencity/kpi';
import { countedMessages, message, type CountedForms, type CountedKey } from './messages';

const LOCALE: Record<Lang, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB' };

/** Formats for one language. */
export interface Formatter {
  /** A whole or decimal number (at most `digits` decimals, default 0). */
  number(value: number, digits?: number): string;
  /** A share in [0, 1] as a percentage with one decimal. */
  percent(share: number): string;
  /** An amount in euros, without cents. */
  euros(amount: number): string;
  /** A calendar day (`YYYY-MM-DD`) in long form. */
  date(day: string): string;
  /** An outcome's value, or "not computable". */
  outcome(o: Outcome<number>, digits?: number): string;
  /** A counted phrase, its form by the language's plural rules: "1 error", "0 erreur", "3 fouten". */
  count(key: CountedKey, n: number, digits?: number): string;
}

/** The formatter of a language (Intl, so separators follow the locale: 1 234,5 in French, 1.234,5 in Dutch). */
export function formatter(lang: Lang): Formatter {
  const locale = LOCALE[lang];
  const numbers = new Map<number, Intl.NumberFormat>();
  const num = (digits: number) =>
    numbers.get(digits) ??
    numbers
      .set(digits, new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }))
      .get(digits)!;
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 0 });
  const eur = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const plural = new Intl.PluralRules(locale);
  return {
    number: (v, digits = 0) => num(digits).format(v),
    percent: (s) => pct.format(s),
    euros: (a) => eur.format(a),
    date: (d) => day.format(new Date(`${d}T00:00:00Z`)),
    outcome: (o, digits = 2) => (o.ok ? num(digits).format(o.value) : message('notComputable', lang)),
    count: (key, n, digits = 0) => {
      const forms: CountedForms = countedMessages[key][lang];
      return (forms[plural.select(n)] ?? forms.other).replace('{n}', num(digits).format(n));
    },
  };
}
