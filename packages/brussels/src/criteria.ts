/**
 * The criteria a Brussels jury scores roadmap projects on: the priorities of the regional Smart City strategy and the
 * DESI dimensions it is built on (DESIGN.md "Roadmap scoring"): the profile's own `brusselsStrategyPriorities` and the
 * DESI catalogue of @opencity/roadmap, both versioned so that rankings stay comparable across calls.
 */
import { desi2021, toMatrixCriteria, type CriteriaCatalogue, type MatrixCriterion } from '@opencity/roadmap';
import type { CompleteText } from '@opencity/models';
import { brusselsStrategyPriorities } from './strategyPriorities';

/** The catalogues the Brussels jury uses, in scoring order (their criterion codes do not overlap). */
export const brusselsCriteriaCatalogues: readonly CriteriaCatalogue[] = [brusselsStrategyPriorities, desi2021];

/** One criterion of the Brussels jury, with the catalogue edition it comes from. */
export interface BrusselsCriterion {
  /** Criterion code, unique over the Brussels catalogues (the jury's CSV column value). */
  readonly id: string;
  /** Name in three languages. */
  readonly label: CompleteText;
  /** Default weight (before rescaling to sum to 1). */
  readonly weight: number;
  /** `benefit` or `cost`. */
  readonly type: MatrixCriterion['type'];
  /** Catalogue id and version, e.g. `brussels-strategy 1.0.0`. */
  readonly catalogue: string;
}

/**
 * The Brussels jury criteria: the strategy priorities then the DESI 2021 dimensions, with their default weights.
 * @example
 * ```ts
 * brusselsCriteria().map((c) => c.id); // ['transversality', …, 'digital-public-services']
 * ```
 */
export function brusselsCriteria(): BrusselsCriterion[] {
  const out: BrusselsCriterion[] = [];
  for (const catalogue of brusselsCriteriaCatalogues) {
    const matrix = toMatrixCriteria(catalogue);
    catalogue.criteria.forEach((c, j) => {
      const m = matrix[j];
      if (!m) return;
      out.push({
        id: m.id,
        label: labelOf(c.name, m.id),
        weight: m.weight,
        type: m.type,
        catalogue: `${catalogue.id} ${catalogue.version}`,
      });
    });
  }
  return out;
}

function labelOf(name: unknown, fallback: string): CompleteText {
  if (typeof name === 'string') return { en: name, fr: name, nl: name };
  const n = (name ?? {}) as Partial<Record<keyof CompleteText, string>>;
  return { en: n.en ?? fallback, fr: n.fr ?? n.en ?? fallback, nl: n.nl ?? n.en ?? fallback };
}
