/** The quadruple helix: which category a stakeholder or an organisation belongs to. */
import type { Organisation, Stakeholder } from '@opencity/models';

/** A quadruple-helix category: citizens and civil society, academia, public or private partners. */
export type Helix = Stakeholder['helixCategory'];

/** The four helices, in the order reports list them. */
export const HELICES: readonly Helix[] = Object.freeze(['civilSociety', 'academia', 'public', 'private'] as const);

/** An organisation's kind, as the Organisation schema codes it. */
export type OrganisationType = Organisation['organisationType'];

/**
 * The helix an organisation of each kind counts in when it takes part directly (a board seat held by an organisation,
 * an organisation listed among meeting participants). `other` has none: such a participant is counted as unclassified.
 * Pass your own table where your region files organisations differently.
 */
export const defaultOrganisationHelix: Readonly<Record<OrganisationType, Helix | undefined>> = Object.freeze({
  publicAuthority: 'public',
  municipality: 'public',
  publicBody: 'public',
  university: 'academia',
  researchCentre: 'academia',
  company: 'private',
  nonProfit: 'civilSociety',
  citizenCollective: 'civilSociety',
  other: undefined,
});

/** Looks up the helix of a participant by id: a Stakeholder's category, or an Organisation's through a table. */
export interface HelixLookup {
  /** The helix of the entity with this id, or `undefined` when it is unknown or unclassified. */
  helixOf(id: string): Helix | undefined;
  /** True when the id names a Stakeholder or an Organisation of the dataset. */
  knows(id: string): boolean;
}

/**
 * A {@link HelixLookup} over stakeholders and organisations.
 * @param organisationHelix - How organisation kinds map to helices (default {@link defaultOrganisationHelix}).
 */
export function helixLookup(
  stakeholders: ReadonlyMap<string, Stakeholder>,
  organisations: ReadonlyMap<string, Organisation>,
  organisationHelix: Readonly<Partial<Record<OrganisationType, Helix | undefined>>> = defaultOrganisationHelix,
): HelixLookup {
  return {
    helixOf(id) {
      const s = stakeholders.get(id);
      if (s) return isHelix(s.helixCategory) ? s.helixCategory : undefined;
      const o = organisations.get(id);
      return o ? organisationHelix[o.organisationType] : undefined;
    },
    knows: (id) => stakeholders.has(id) || organisations.has(id),
  };
}

/** True for one of the four {@link HELICES}. */
export function isHelix(value: unknown): value is Helix {
  return value === 'civilSociety' || value === 'academia' || value === 'public' || value === 'private';
}
