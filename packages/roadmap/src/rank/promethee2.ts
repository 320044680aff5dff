import type { DecisionMatrix } from '../core/decisionMatrix';
import { RoadmapError } from '../core/RoadmapError';
import type { PreferenceFunction } from './types';

/** Checks a preference function's thresholds and throws a specific error when they are impossible. */
export function checkPreferenceFunction(f: PreferenceFunction, criterion: string): void {
  const bad = (msg: string) => new RoadmapError('invalid_option', `preference function of "${criterion}": ${msg}`);
  const finite = (x: unknown, name: string) => {
    if (typeof x !== 'number' || !Number.isFinite(x) || x < 0)
      throw bad(`${name} must be a finite number ≥ 0; got ${JSON.stringify(x)}`);
  };
  switch (f?.type) {
    case 'usual':
      return;
    case 'u-shape':
      return finite(f.q, 'q');
    case 'v-shape':
      finite(f.p, 'p');
      if (f.p === 0) throw bad('p must be > 0');
      return;
    case 'level':
    case 'linear':
      finite(f.q, 'q');
      finite(f.p, 'p');
      if (!(f.p > f.q)) throw bad(`p (${f.p}) must be greater than q (${f.q})`);
      return;
    case 'gaussian':
      finite(f.s, 's');
      if (f.s === 0) throw bad('s must be > 0');
      return;
    default:
      throw bad(
        `unknown type ${JSON.stringify((f as { type?: unknown })?.type)}; expected usual, u-shape, v-shape, level, linear or gaussian`,
      );
  }
}

/** Preference degree P(d) ∈ [0, 1] of a raw difference d (positive when the first alternative is better). */
export function preferenceDegree(f: PreferenceFunction, d: number): number {
  if (d <= 0) return 0;
  switch (f.type) {
    case 'usual':
      return 1;
    case 'u-shape':
      return d > f.q ? 1 : 0;
    case 'v-shape':
      return d >= f.p ? 1 : d / f.p;
    case 'level':
      return d <= f.q ? 0 : d <= f.p ? 0.5 : 1;
    case 'linear':
      return d <= f.q ? 0 : d >= f.p ? 1 : (d - f.q) / (f.p - f.q);
    case 'gaussian':
      // (d/s)² rather than d²/s²: both squares overflow for large d and s, and Infinity/Infinity is NaN.
      return 1 - Math.exp(-((d / f.s) ** 2) / 2);
  }
}

/** PROMETHEE II flows on raw differences with rescaled weights; flows are divided by n − 1. */
export function prometheeFlows(matrix: DecisionMatrix, weights: readonly number[], fns: readonly PreferenceFunction[]) {
  const m = matrix.alternatives.length;
  const n = matrix.criteria.length;
  const plus = new Array<number>(m).fill(0);
  const minus = new Array<number>(m).fill(0);
  const sign = matrix.criteria.map((c) => (c.type === 'cost' ? -1 : 1));
  for (let a = 0; a < m; a++) {
    const ra = matrix.values[a] as readonly number[];
    for (let b = 0; b < m; b++) {
      if (a === b) continue;
      const rb = matrix.values[b] as readonly number[];
      let pi = 0;
      for (let j = 0; j < n; j++)
        pi +=
          (weights[j] as number) *
          preferenceDegree(fns[j] as PreferenceFunction, (sign[j] as number) * ((ra[j] as number) - (rb[j] as number)));
      plus[a] = (plus[a] as number) + pi;
      minus[b] = (minus[b] as number) + pi;
    }
  }
  const divisor = Math.max(1, m - 1);
  const positiveFlow = plus.map((x) => x / divisor);
  const negativeFlow = minus.map((x) => x / divisor);
  return { positiveFlow, negativeFlow, netFlow: positiveFlow.map((p, i) => p - (negativeFlow[i] as number)), divisor };
}
