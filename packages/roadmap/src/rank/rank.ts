import { checkMatrix, rescaleWeights, type DecisionMatrix } from '../core/decisionMatrix';
import { normalizeMatrix, type Normalization } from '../core/normalize';
import { RoadmapError, finiteResult } from '../core/RoadmapError';
import { orderByScore } from './orderByScore';
import { checkPreferenceFunction, prometheeFlows } from './promethee2';
import { topsisScores } from './topsis';
import type { PreferenceFunction, RankOptions, RankParameters, RankResult } from './types';
import { vikorScores } from './vikor';
import { weightedProductScores, weightedSumScores } from './weightedSum';

/** Default normalisation of each method that normalises. */
export const defaultNormalization = { wsm: 'minmax', wpm: 'max', topsis: 'vector' } as const satisfies Record<
  'wsm' | 'wpm' | 'topsis',
  Normalization
>;

/**
 * Ranks the alternatives of a decision matrix with WSM, WPM, TOPSIS, VIKOR or PROMETHEE II; every default used is in `parameters`.
 * @example
 * const r = rank(matrix, { method: 'topsis' });
 * r.ranking;              // ids, best first
 * r.details.closeness;    // TOPSIS closeness per alternative (input order)
 * r.parameters.normalization; // 'vector'
 */
export function rank(matrix: DecisionMatrix, options: RankOptions): RankResult {
  const result = rankUnchecked(matrix, options);
  finiteResult(result.scores, `the ${result.method} score`);
  return result;
}

function rankUnchecked(matrix: DecisionMatrix, options: RankOptions): RankResult {
  checkMatrix(matrix);
  if (options === null || typeof options !== 'object')
    throw new RoadmapError('invalid_option', 'rank needs options { method }');
  const weights = rescaleWeights(matrix.criteria.map((c) => c.weight));
  const types = matrix.criteria.map((c) => c.type);
  const method = options.method;
  const ids = matrix.alternatives;
  const noNormalization = (name: string) => {
    if (options.normalization !== undefined)
      throw new RoadmapError(
        'invalid_option',
        `${name} uses raw values (no normalisation); remove normalization "${options.normalization}"`,
      );
  };
  switch (method) {
    case 'wsm':
    case 'wpm':
    case 'topsis': {
      if (options.v !== undefined)
        throw new RoadmapError('invalid_option', `option v applies to VIKOR only, not ${method}`);
      if (options.preferenceFunctions !== undefined)
        throw new RoadmapError('invalid_option', `preferenceFunctions apply to PROMETHEE II only, not ${method}`);
      const normalization = options.normalization ?? defaultNormalization[method];
      const table = normalizeMatrix(matrix, normalization);
      const hasCost = types.includes('cost');
      const costHandling: RankParameters['costHandling'] =
        normalization !== 'vector' || !hasCost
          ? 'normalized'
          : method === 'wsm'
            ? 'subtract'
            : method === 'wpm'
              ? 'negative-exponent'
              : 'ideal-point';
      const parameters: RankParameters = { weights, types, normalization, costHandling };
      if (method === 'topsis') {
        const t = topsisScores(table, matrix, weights);
        const o = orderByScore(ids, t.closeness, 'higher');
        return {
          method,
          parameters,
          scores: t.closeness,
          ranking: o.ranking,
          ranks: o.ranks,
          details: { ...t, better: 'higher', ties: o.ties, constantCriteria: table.constantCriteria },
        };
      }
      const scores =
        method === 'wsm' ? weightedSumScores(table, matrix, weights) : weightedProductScores(table, matrix, weights);
      const o = orderByScore(ids, scores, 'higher');
      return {
        method,
        parameters,
        scores,
        ranking: o.ranking,
        ranks: o.ranks,
        details: { normalized: table.values, better: 'higher', ties: o.ties, constantCriteria: table.constantCriteria },
      };
    }
    case 'vikor': {
      noNormalization('VIKOR');
      if (options.preferenceFunctions !== undefined)
        throw new RoadmapError('invalid_option', 'preferenceFunctions apply to PROMETHEE II only, not VIKOR');
      const v = options.v ?? 0.5;
      const r = vikorScores(matrix, weights, v);
      const o = orderByScore(ids, r.Q, 'lower');
      return {
        method,
        parameters: { weights, types, v, dq: r.dq },
        scores: r.Q,
        ranking: o.ranking,
        ranks: o.ranks,
        details: {
          S: r.S,
          R: r.R,
          Q: r.Q,
          compromiseSet: r.compromiseSet,
          acceptableAdvantage: r.acceptableAdvantage,
          acceptableStability: r.acceptableStability,
          better: 'lower',
          ties: o.ties,
          constantCriteria: [],
        },
      };
    }
    case 'promethee2': {
      noNormalization('PROMETHEE II');
      if (options.v !== undefined)
        throw new RoadmapError('invalid_option', 'option v applies to VIKOR only, not PROMETHEE II');
      const fns: PreferenceFunction[] = options.preferenceFunctions
        ? [...options.preferenceFunctions]
        : matrix.criteria.map(() => ({ type: 'usual' }));
      if (fns.length !== matrix.criteria.length) {
        throw new RoadmapError(
          'invalid_option',
          `preferenceFunctions needs one function per criterion (${matrix.criteria.length}); got ${fns.length}`,
        );
      }
      fns.forEach((f, j) => checkPreferenceFunction(f, matrix.criteria[j]?.id ?? String(j)));
      const f = prometheeFlows(matrix, weights, fns);
      const o = orderByScore(ids, f.netFlow, 'higher');
      return {
        method,
        parameters: { weights, types, preferenceFunctions: fns, flowDivisor: f.divisor },
        scores: f.netFlow,
        ranking: o.ranking,
        ranks: o.ranks,
        details: {
          netFlow: f.netFlow,
          positiveFlow: f.positiveFlow,
          negativeFlow: f.negativeFlow,
          better: 'higher',
          ties: o.ties,
          constantCriteria: [],
        },
      };
    }
    default:
      throw new RoadmapError(
        'invalid_option',
        `unknown method ${JSON.stringify(method)}; expected wsm, wpm, topsis, vikor or promethee2`,
      );
  }
}
