/** Who may be named in a published output: organisations, and individuals who consented to public listing. */
import type { Lang, Organisation, Stakeholder } from '@opencity/models';
import { dayOf } from '../entities/dates';
import { textIn } from '@opencity/models';

/**
 * True when a stakeholder may be named publicly: an organisation always; an individual only with a
 * `publicListingConsent` that carries a date.
 */
export function mayBeNamed(stakeholder: Stakeholder): boolean {
  if (stakeholder.stakeholderKind === 'organisation') return true;
  const consent = stakeholder.publicListingConsent;
  return typeof consent === 'object' && consent !== null && dayOf(consent.dateGiven) !== undefined;
}

/**
 * The name under which a participant may appear in a published output, or `undefined` when it must not be named
 * (an individual without consent, an unknown id). Contact details are never part of it.
 */
export function publicName(
  id: string,
  stakeholders: ReadonlyMap<string, Stakeholder>,
  organisations: ReadonlyMap<string, Organisation>,
  lang: Lang,
): string | undefined {
  const o = organisations.get(id);
  if (o) return textIn(o.name, lang) || undefined;
  const s = stakeholders.get(id);
  if (!s || !mayBeNamed(s)) return undefined;
  return textIn(s.name, lang) || undefined;
}
