/** What a published build must never contain: individuals' names without consent, anyone's contact details. */
import type { Stakeholder } from '@opencity/models';
import { mayBeNamed } from '@opencity/participation';

type Entity = Record<string, unknown>;

/**
 * The strings that must not appear in a published build: names of individuals who did not consent to public
 * listing, and every contact detail (e-mail, telephone) of every stakeholder.
 */
export function personalData(stakeholders: readonly object[]): string[] {
  const out = new Set<string>();
  for (const s of stakeholders as readonly Entity[]) {
    const contact = s['contactPoint'];
    if (contact && typeof contact === 'object') {
      for (const k of ['email', 'telephone']) {
        const v = (contact as Entity)[k];
        if (typeof v === 'string' && v.trim().length > 2) out.add(v.trim());
      }
    }
    // Named only with a dated consent to public listing (the rule @opencity/participation's publicName follows).
    if (s['stakeholderKind'] === 'individual' && !mayBeNamed(s as unknown as Stakeholder)) {
      const name = s['name'];
      const names = typeof name === 'string' ? [name] : name && typeof name === 'object' ? Object.values(name) : [];
      for (const n of names) if (typeof n === 'string' && n.trim().length > 2) out.add(n.trim());
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** Replaces every occurrence of the given strings in every string of a JSON value. */
export function withheld<T>(value: T, secrets: readonly string[]): T {
  if (secrets.length === 0) return value;
  const scrub = (text: string): string => {
    let out = text;
    for (const s of secrets) if (out.includes(s)) out = out.split(s).join('[…]');
    return out;
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return scrub(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Entity = {};
      for (const [k, x] of Object.entries(v)) out[scrub(k)] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
