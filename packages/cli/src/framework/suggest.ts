/** "Did you mean": the closest known word to a mistyped command, option or value. */
import { closestName } from '@opencity/models/internal';

/** Inputs longer than this get no suggestion: the edit distance costs length × length, and no name is this long. */
const MAX_SUGGESTION_INPUT = 64;

/**
 * The candidate a typo most likely meant: the one a unique prefix names (`--form` → `format`), else the closest by
 * edit distance (`valdate` → `validate`), else `undefined`.
 */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (input.length === 0 || input.length > MAX_SUGGESTION_INPUT) return undefined;
  const prefixed = candidates.filter((c) => c.startsWith(input));
  if (prefixed.length === 1) return prefixed[0];
  return closestName(input, candidates);
}
