/**
 * Roadmap scoring: from jurors' scores through aggregation, multi-criteria ranking and sensitivity analysis
 * to a budgeted, explained multi-year roadmap. Every method parameter is explicit and reported.
 * @packageDocumentation
 */
export { RoadmapError, isRoadmapError, type RoadmapErrorCode } from './core/RoadmapError';
export {
  checkMatrix,
  rescaleWeights,
  type CriterionType,
  type DecisionMatrix,
  type MatrixCriterion,
} from './core/decisionMatrix';
export { normalizeMatrix, normalizations, type Normalization, type NormalizedTable } from './core/normalize';
export { chiSquareSurvival } from './core/chiSquare';

export {
  aggregateScores,
  combineScores,
  quantile,
  type Abstention,
  type AggregateScoresOptions,
  type AggregatedScores,
  type JurorScore,
  type JuryAggregation,
  type ScoreCell,
} from './jury/aggregateScores';
export { averageRanks } from './jury/averageRanks';
export { kendallW, type KendallWResult } from './jury/kendallW';
export { borda, type BordaResult } from './jury/borda';
export { juryAgreement, type JuryAgreement } from './jury/juryAgreement';

export {
  compareSemver,
  criteriaCatalogues,
  criterionId,
  defineCriteriaCatalogue,
  desi2020,
  desi2021,
  getCatalogue,
  impactFeasibilityCost,
  toMatrixCriteria,
  type CriteriaCatalogue,
  type CriteriaCatalogueDefinition,
  type CriterionDefinition,
} from './criteria/catalogues';

export {
  ahp,
  checkPairwise,
  priorities,
  randomIndexFor,
  type AhpOptions,
  type AhpResult,
  type Prioritisation,
} from './weights/ahp';
export { saaty1980RandomIndex } from './weights/randomIndex';
export { aggregateJudgments, groupAhp, type GroupAhpOptions, type GroupAhpResult } from './weights/groupAhp';
export { objectiveWeights, type ObjectiveWeighting } from './weights/objectiveWeights';

export { rank, defaultNormalization } from './rank/rank';
export { rankPositions } from './rank/orderByScore';
export { preferenceDegree } from './rank/promethee2';
export type {
  CommonDetails,
  PreferenceFunction,
  PrometheeDetails,
  RankMethod,
  RankOptions,
  RankParameters,
  RankResult,
  ScoringDetails,
  TopsisDetails,
  VikorDetails,
} from './rank/types';

export { weightStabilityIntervals, type StabilityOptions } from './sensitivity/weightStabilityIntervals';
export { smaa, type SmaaOptions, type SmaaResult } from './sensitivity/smaa';
export {
  fundingProbability,
  type FundingProbabilityOptions,
  type FundingProbabilityResult,
} from './sensitivity/fundingProbability';
export { methodAgreement, rankCorrelation, ranksOf, type RankCorrelation } from './sensitivity/rankCorrelation';
export { seededRandom, type SeededRandom } from './core/seededRandom';

export { schedule } from './schedule/schedule';
export { checkSchedule } from './schedule/checkSchedule';
export { describeSchedule, describeScheduleReason, type ScheduleTextOptions } from './schedule/describeScheduleReason';
export { scheduleProjectFromFactsheet, type FromFactsheetOptions } from './schedule/fromFactsheet';
export { loadScheduleSolver, type ScheduleSolverOptions } from './schedule/highsSolver';
export type {
  FoundSchedule,
  Infeasibility,
  InfeasibleSchedule,
  ProjectExplanation,
  Relaxation,
  ScheduleExplanation,
  ScheduleInput,
  ScheduleOptions,
  ScheduleParameters,
  ScheduleProgress,
  ScheduleProject,
  ScheduleReason,
  ScheduleResource,
  ScheduleResult,
  ScheduleYear,
  YearOverrun,
  YearUsage,
} from './schedule/types';

export { toRoadmap, rankById, type ToRoadmapOptions } from './report/toRoadmap';
export { juryReport, type JuryReportInput } from './report/juryReport';

export {
  readJuryCsv,
  type AbstentionReason,
  type JuryCsvParameters,
  type JuryCsvResult,
  type ReadJuryCsvOptions,
} from './pipeline/readJuryCsv';
export {
  scoreRoadmap,
  type RoadmapEntities,
  type ScoredRoadmap,
  type ScoreRoadmapOptions,
  type ScoreRoadmapParameters,
  type ScoreRoadmapResult,
  type ScoreRoadmapScheduleOptions,
} from './pipeline/scoreRoadmap';
export { roadmapFindingCatalogue, type RoadmapFinding, type RoadmapFindingCode } from './pipeline/roadmapFindings';
