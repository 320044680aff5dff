import type { Normalization } from '../core/normalize';

/** The ranking methods {@link rank} implements. */
export type RankMethod = 'wsm' | 'wpm' | 'topsis' | 'vikor' | 'promethee2';

/** A PROMETHEE preference function on the raw difference d between two alternatives (q indifference, p preference, s Gaussian threshold). */
export type PreferenceFunction =
  | { readonly type: 'usual' }
  | { readonly type: 'u-shape'; readonly q: number }
  | { readonly type: 'v-shape'; readonly p: number }
  | { readonly type: 'level'; readonly q: number; readonly p: number }
  | { readonly type: 'linear'; readonly q: number; readonly p: number }
  | { readonly type: 'gaussian'; readonly s: number };

/** Options of {@link rank}. */
export interface RankOptions {
  /** Ranking method. */
  readonly method: RankMethod;
  /** Normalisation for WSM (default minmax), WPM (default max) and TOPSIS (default vector); VIKOR and PROMETHEE II take none. */
  readonly normalization?: Normalization;
  /** VIKOR weight of the group-utility strategy, in [0, 1] (default 0.5). */
  readonly v?: number;
  /** PROMETHEE II preference function per criterion (default usual for every criterion). */
  readonly preferenceFunctions?: readonly PreferenceFunction[];
}

/** The parameters a ranking actually used, defaults included, so anyone can re-run it. */
export interface RankParameters {
  /** Weights after rescaling to sum to 1, in criterion order. */
  readonly weights: number[];
  /** Criterion types, in criterion order. */
  readonly types: ('benefit' | 'cost')[];
  /** Normalisation (WSM, WPM, TOPSIS). */
  readonly normalization?: Normalization;
  /** How cost criteria enter when the normalisation keeps their direction (vector): WSM subtracts, WPM uses a negative exponent, TOPSIS takes the minimum as ideal. */
  readonly costHandling?: 'normalized' | 'subtract' | 'negative-exponent' | 'ideal-point';
  /** VIKOR v. */
  readonly v?: number;
  /** VIKOR acceptable-advantage threshold DQ = 1/(m − 1). */
  readonly dq?: number;
  /** PROMETHEE II preference functions. */
  readonly preferenceFunctions?: PreferenceFunction[];
  /** PROMETHEE II flow divisor (n − 1). */
  readonly flowDivisor?: number;
}

/** Details shared by every method: score direction and reported ties. */
export interface CommonDetails {
  /** `higher` when a larger score is better (all but VIKOR), `lower` for VIKOR's Q. */
  readonly better: 'higher' | 'lower';
  /** Groups of alternatives whose scores are equal: they share a rank in `ranks` and are listed in input order. */
  readonly ties: string[][];
  /** Criteria whose column is constant under min-max normalisation. */
  readonly constantCriteria: string[];
}

/** TOPSIS details: closeness coefficient and distances to the ideal and anti-ideal points. */
export interface TopsisDetails extends CommonDetails {
  /** Relative closeness d⁻/(d⁺ + d⁻) (0.5 when an alternative is at both points, i.e. every column is constant). */
  readonly closeness: number[];
  /** Distance to the ideal point. */
  readonly dPlus: number[];
  /** Distance to the anti-ideal point. */
  readonly dMinus: number[];
}

/** VIKOR details: group utility S, individual regret R, compromise index Q and the compromise set. */
export interface VikorDetails extends CommonDetails {
  /** Group utility. */
  readonly S: number[];
  /** Individual regret. */
  readonly R: number[];
  /** Compromise index (lower is better). */
  readonly Q: number[];
  /** Compromise solution(s) per Opricovic & Tzeng (2004): acceptable advantage and acceptable stability. */
  readonly compromiseSet: string[];
  /** Whether condition C1 (acceptable advantage) holds. */
  readonly acceptableAdvantage: boolean;
  /** Whether condition C2 (acceptable stability) holds. */
  readonly acceptableStability: boolean;
}

/** PROMETHEE II details: positive, negative and net outranking flows. */
export interface PrometheeDetails extends CommonDetails {
  /** Net flow φ = φ⁺ − φ⁻. */
  readonly netFlow: number[];
  /** Positive (leaving) flow. */
  readonly positiveFlow: number[];
  /** Negative (entering) flow. */
  readonly negativeFlow: number[];
}

/** WSM / WPM details: the normalised table used. */
export interface ScoringDetails extends CommonDetails {
  /** The normalised table the scores were computed on. */
  readonly normalized: number[][];
}

/**
 * What {@link rank} returns: method, parameters used, one score per alternative (input order), the ranking best first
 * (tied alternatives in input order: no tie-break), each alternative's competition rank (`ranks`, input order; tied
 * alternatives share a rank, "1224") and method details.
 */
export type RankResult =
  | {
      readonly method: 'wsm' | 'wpm';
      readonly parameters: RankParameters;
      readonly scores: number[];
      readonly ranking: string[];
      readonly ranks: number[];
      readonly details: ScoringDetails;
    }
  | {
      readonly method: 'topsis';
      readonly parameters: RankParameters;
      readonly scores: number[];
      readonly ranking: string[];
      readonly ranks: number[];
      readonly details: TopsisDetails;
    }
  | {
      readonly method: 'vikor';
      readonly parameters: RankParameters;
      readonly scores: number[];
      readonly ranking: string[];
      readonly ranks: number[];
      readonly details: VikorDetails;
    }
  | {
      readonly method: 'promethee2';
      readonly parameters: RankParameters;
      readonly scores: number[];
      readonly ranking: string[];
      readonly ranks: number[];
      readonly details: PrometheeDetails;
    };
