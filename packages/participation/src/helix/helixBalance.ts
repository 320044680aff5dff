/** Counts, shares, missing helices and evenness of a group of participants. */
import { computed, notComputable, type Outcome } from '@opencity/kpi';
import { HELICES, isHelix, type Helix } from './helix';
import { pielouEvenness } from './pielou';

/** How a group of participants spreads over the quadruple helix. */
export interface HelixBalance {
  /** Participants counted, classified or not. */
  readonly total: number;
  /** Participants per helix. */
  readonly counts: Readonly<Record<Helix, number>>;
  /** Participants without a helix (an organisation of kind `other`, an unknown reference). */
  readonly unclassified: number;
  /** Share of each helix among the classified participants (they sum to 1); not computable when none is classified. */
  readonly shares: Outcome<Readonly<Record<Helix, number>>>;
  /** Helices with nobody, in {@link HELICES} order. */
  readonly missing: readonly Helix[];
  /** Pielou's J over the four helices (ln 4): 0 when one helix holds everyone, 1 when all four are equal. */
  readonly evenness: Outcome<number>;
}

/** The balance of per-helix counts (plus participants without a helix). */
export function balanceOfCounts(counts: Readonly<Record<Helix, number>>, unclassified = 0): HelixBalance {
  const own: Record<Helix, number> = { civilSociety: 0, academia: 0, public: 0, private: 0 };
  let classified = 0;
  for (const h of HELICES) {
    const c = counts[h];
    own[h] = Number.isFinite(c) && c > 0 ? c : 0;
    classified += own[h];
  }
  const shares: Outcome<Record<Helix, number>> =
    classified === 0
      ? notComputable('zero_denominator', 'no participant with a helix')
      : computed({
          civilSociety: own.civilSociety / classified,
          academia: own.academia / classified,
          public: own.public / classified,
          private: own.private / classified,
        });
  return {
    total: classified + unclassified,
    counts: own,
    unclassified,
    shares,
    missing: HELICES.filter((h) => own[h] === 0),
    evenness: pielouEvenness(
      HELICES.map((h) => own[h]),
      HELICES.length,
    ),
  };
}

/**
 * The helix balance of a list of helix categories — stakeholders, or the helices of a meeting's participants
 * (`undefined` for a participant without one).
 * @example
 * helixBalance([{ helixCategory: 'academia' }, { helixCategory: 'public' }]).evenness; // { ok: true, value: 0.5 }
 */
export function helixBalance(
  participants: Iterable<{ readonly helixCategory?: unknown } | Helix | undefined>,
): HelixBalance {
  const counts: Record<Helix, number> = { civilSociety: 0, academia: 0, public: 0, private: 0 };
  let unclassified = 0;
  for (const p of participants) {
    const h = typeof p === 'object' && p !== null ? p.helixCategory : p;
    if (isHelix(h)) counts[h]++;
    else unclassified++;
  }
  return balanceOfCounts(counts, unclassified);
}
