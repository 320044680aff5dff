/** Pielou's evenness J (Pielou 1966): Shannon entropy over its maximum for the number of categories. */
import { computed, notComputable, type Outcome } from '@opencity/kpi';

/**
 * Pielou's J = −Σ pᵢ ln pᵢ / ln k of counts over `categories` = k categories (default: the number of counts, zeros
 * included), with 0 · ln 0 = 0. J is 1 when every category has the same count and 0 when one category holds
 * everything. Classic ecology divides by the number of species *observed*; pass that as `categories` to reproduce it.
 *
 * Not computable (never NaN): a negative or non-finite count (`invalid_input`), fewer than two categories or a zero
 * total (`zero_denominator`). Rounding cannot push J outside [0, 1]: it is clamped there.
 *
 * E. C. Pielou, "The measurement of diversity in different types of biological collections", J. Theor. Biol. 13
 * (1966) 131–144.
 * @example
 * pielouEvenness([2, 1, 1, 0]); // { ok: true, value: 0.75 }  (H = 1.5 ln 2, ln 4 = 2 ln 2)
 */
export function pielouEvenness(counts: readonly number[], categories: number = counts.length): Outcome<number> {
  if (!Number.isInteger(categories) || categories < counts.filter((c) => c > 0).length)
    return notComputable(
      'invalid_input',
      `categories must be an integer ≥ the number of non-zero counts; got ${categories}`,
    );
  if (categories < 2) return notComputable('zero_denominator', 'evenness needs at least two categories (ln 1 = 0)');
  let total = 0;
  for (const c of counts) {
    if (typeof c !== 'number' || !Number.isFinite(c) || c < 0)
      return notComputable('invalid_input', `counts must be finite and non-negative; got ${String(c)}`);
    total += c;
  }
  if (total === 0) return notComputable('zero_denominator', 'nothing counted: evenness of an empty set is undefined');
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / total) * Math.log(c / total);
  return computed(Math.min(1, Math.max(0, h / Math.log(categories))));
}
