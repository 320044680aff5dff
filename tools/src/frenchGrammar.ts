/**
 * French elision and contraction slips in authored text: "de arsenic" (d'arsenic), "le ozone" (l'ozone), "que il"
 * (qu'il), "de le" (du), "à les" (aux). A check for tests over every French string OpenCity writes.
 */

/** Words whose initial h is aspirated (no elision: "le hasard", "de haut niveau") or that never take it ("de onze"). */
const noElision = new Set([
  'hache',
  'haine',
  'hall',
  'halte',
  'hameau',
  'hamac',
  'hanche',
  'handicap',
  'handicapé',
  'handicapés',
  'handicapée',
  'handicapées',
  'hangar',
  'harcèlement',
  'hardi',
  'haricot',
  'hasard',
  'hâte',
  'haut',
  'haute',
  'hautes',
  'hauts',
  'hauteur',
  'hausse',
  'héros',
  'hiérarchie',
  'hockey',
  'honte',
  'hors',
  'huit',
  'huitième',
  'onze',
  'onzième',
  'oui',
  'ouate',
  'uhlan',
  'yacht',
  'yaourt',
]);

/** Words that elide before a vowel or a mute h (si only before il/ils, handled apart). */
const eliding = new Set(['de', 'le', 'la', 'que', 'ne', 'je', 'me', 'te', 'se', 'ce', 'jusque', 'lorsque', 'puisque']);

const contractions: Readonly<Record<string, string>> = {
  'de le': 'du',
  'de les': 'des',
  'à le': 'au',
  'à les': 'aux',
};

/** Slips in one French text, each as `"de arsenic" → d’arsenic`; empty when there is none. */
export function frenchElisionSlips(text: string): string[] {
  const slips: string[] = [];
  // Code (backticks), quoted identifiers and placeholders are not French words.
  const prose = text.replace(/`[^`]*`/g, ' ').replace(/\{[^}]*\}/g, ' X ');
  const words = [...prose.matchAll(/[\p{L}\p{N}_’'./-]+/gu)];
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i]![0];
    const next = words[i + 1]![0];
    // Only words separated by plain spaces: "de « type »" or "de (a)" are quotes, not elision contexts.
    const between = prose.slice(words[i]!.index! + first.length, words[i + 1]!.index);
    if (!/^[ \u00a0]+$/.test(between)) continue;
    const lower = first.toLowerCase();
    const nextLower = next.toLowerCase();
    const pair = `${lower} ${nextLower}`;
    if (Object.hasOwn(contractions, pair) && next === nextLower) {
      slips.push(`"${first} ${next}" → ${contractions[pair]}`);
      continue;
    }
    if (!eliding.has(lower) && !(lower === 'si' && /^ils?$/.test(nextLower))) continue;
    // Identifiers, codes and acronyms (pm25, NO2, UN/CEFACT, unitCode, opencity.json) are spelled out or are code.
    if (/[\p{N}_./]/u.test(next) || (next.length > 1 && next === next.toUpperCase()) || /\p{Ll}\p{Lu}/u.test(next))
      continue;
    if (noElision.has(nextLower.replace(/[’'].*$/, ''))) continue;
    if (!/^[aeiouàâäéèêëîïôöûüœæh]/.test(nextLower)) continue;
    const elided = lower === 'ce' ? 'c’ (or cet ' : lower === 'si' ? 's’' : `${lower.slice(0, -1)}’`;
    slips.push(`"${first} ${next}" → ${elided}${next}${lower === 'ce' ? ')' : ''}`);
  }
  return slips;
}
