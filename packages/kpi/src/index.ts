/**
 * @opencity/kpi — city KPIs computed exactly as ISO 37120/37122, U4SSC, CITYkeys and the OECD/JRC handbook define them:
 * an executable catalogue, an engine with targets, status and provenance, streaming aggregation of sensor observations,
 * composite indices and SQL generation. Browser-safe; Node file and DuckDB helpers live in `@opencity/kpi/node`.
 * @packageDocumentation
 */
export { KpiError, isKpiError } from './errors';
export type { KpiErrorCode } from './errors';
export { computed, notComputable } from './outcome';
export type { Outcome, NotComputable, NotComputableCode } from './outcome';
export { kpiTexts, readKpiText, renderKpiText, localizeKpiText } from './text/kpiTexts';
export { kpiSourceTexts, localizeKpiSource } from './text/sourceTexts';
export type { KpiText, KpiTextCode, KpiTextParams, KpiTextDefinition, KpiTextTemplate } from './text/kpiTexts';

export {
  parseExpression,
  expressionVariables,
  formatExpression,
  expressionFunctions,
} from './expression/parseExpression';
export type { ExpressionNode, BinaryOperator, FunctionName } from './expression/parseExpression';
export { evaluateExpression } from './expression/evaluateExpression';

export { convertUnit, canConvert, convertibleUnitCodes, ppbToMicrogramFactors } from './units/convertUnit';
export type { Substance } from './units/convertUnit';

export { catalogue, getDefinition, listDefinitions } from './catalogue/catalogue';
export { digitalIndexTree } from './catalogue/digitalIndex';

export { computeKpi, resolveInput, buildKpiValue, targetValues, applyTarget } from './engine/computeKpi';
export { computeDataset } from './engine/computeDataset';
export type { InputRow, ObservationRow, DatasetOptions } from './engine/computeDataset';
export type { InputValue, InputValues, ComputeContext, ResolvedInput, ProvenanceInput } from './engine/computeKpi';
export { compileFormula } from './engine/formula';
export type { CompiledFormula } from './engine/formula';
export { rollUp } from './engine/rollUp';
export type { AreaInputs, RollUpContext } from './engine/rollUp';
export { observationKpiValues, observationFormula, observationSelection, coverageRules } from './engine/observationKpi';
export {
  parsePeriod,
  periodOf,
  periodUnitOf,
  toEpochMs,
  isSupportedTime,
  MIN_TIME_MS,
  MAX_TIME_MS,
} from './engine/period';
export type { PeriodRange, PeriodUnit } from './engine/period';

export { DailySeries } from './observations/dailySeries';
export type {
  DailySeriesOptions,
  DailySeriesState,
  DailyCoverageRules,
  DailySummary,
} from './observations/dailySeries';
export { GroupedStats } from './observations/groupedStats';
export type { GroupedStatsOptions, GroupedStatsState, GroupStatistics } from './observations/groupedStats';
export { QuantileSketch } from './observations/quantileSketch';
export type { QuantileSketchState } from './observations/quantileSketch';
export { observationFeeder, ingestObservations, parseNdjson, emptyReport } from './observations/readObservations';
export type {
  ObservationFields,
  ObservationSelection,
  ObservationSink,
  IngestReport,
} from './observations/readObservations';

export { assessTarget, findTarget, percentOfTarget, u4sscBand } from './targets/status';
export type { Direction, Status, U4sscBand, TargetAssessment, TargetValues } from './targets/status';
export { trend, cagr, slope, judgeChange } from './targets/trends';
export type { TrendJudgement, SeriesPoint, TrendSummary } from './targets/trends';

export { normalize } from './composite/normalize';
export type {
  NormalizeOptions,
  MinMaxOptions,
  DistanceToTargetOptions,
  ZScoreOptions,
  RankOptions,
  Polarity,
} from './composite/normalize';
export { computeIndex, computeCompositeKpi, DEFAULT_MIN_DATA_SHARE, MAX_INDEX_DEPTH } from './composite/computeIndex';
export type { IndexUnit, NodeScore, IndexResult } from './composite/computeIndex';

export {
  compileInputKpiSql,
  compileObservationKpiSql,
  kpiValuesFromSqlRows,
  expressionToSql,
  quoteIdentifier,
  quoteLiteral,
} from './sql/compileSql';
export type { InputSqlOptions, ObservationSqlOptions } from './sql/compileSql';
