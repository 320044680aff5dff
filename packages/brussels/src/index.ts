/**
 * @opencity/brussels — the Brussels-Capital Region profile: the 19 municipalities with the provenance of their
 * figures, the dashboard themes, the strategy criteria, KPI targets and a seeded synthetic sample dataset.
 * Another city copies this package to make its own profile (see docs/guides/new-region-profile.md).
 * @packageDocumentation
 */
import type { CompleteText } from '@opencity/models';

/** The languages of the profile and their order (official languages first): the shared ones of @opencity/models. */
export { languages, type Lang } from '@opencity/models';
/**
 * A text in French, Dutch and English.
 * @deprecated Use `CompleteText` from `@opencity/models` (the one shape of a complete trilingual text).
 */
export type LocalizedText = CompleteText;
export {
  municipalities,
  region,
  regionAreaKm2,
  populationDefinitions,
  getMunicipality,
  populationAt,
} from './municipalities';
export { ProfileLookupError, isProfileLookupError, type ProfileLookupErrorCode } from './profileError';
export type {
  Municipality,
  Region,
  PopulationFigure,
  PopulationDefinition,
  PopulationDefinitionId,
} from './municipalities';
export { themes, themeOfKpi, themeEntities } from './themes';
export type { Theme, ThemeId } from './themes';
/** The seeded generator of the sample data (shared with @opencity/roadmap's SMAA draws). */
export { seededRandom, type SeededRandom } from '@opencity/roadmap';
export { syntheticNotice, SYNTHETIC_PROVIDER, DEFAULT_SEED } from './sample/notice';
export { sampleStatistics, municipalVariables, regionalVariables } from './sample/statistics';
export type { StatisticRecord, SampleStatisticsOptions } from './sample/statistics';
export { sampleObservations, observationStream, stationSites } from './sample/observations';
export type { SampleAirQualityObservation, SampleObservationsOptions } from './sample/observations';
export { sampleProjects, sampleFactsheets, sampleJuryScores, juryScoresToCsv } from './sample/projects';
export {
  sampleWorkspaceManifest,
  sampleWorkspaceContent,
  sampleEntities,
  sampleEntityGenerators,
  sampleDevices,
  sampleJurorId,
  sampleObservationRows,
  sampleObservationColumns,
  sampleStatisticsRows,
  sampleStatisticsColumns,
  SAMPLE_OWNER_ID,
  SAMPLE_SELECTION,
} from './sample/workspace';
export type {
  SampleWorkspaceOptions,
  SampleWorkspaceContent,
  SampleTable,
  SampleEntity,
  SampleObservationRow,
} from './sample/workspace';
export type { SampleProject, JuryScore, SampleJuryOptions } from './sample/projects';
export { brusselsTargets, targetYears, ILLUSTRATIVE_TARGETS_AUTHOR } from './targets';
export { brusselsCriteria, brusselsCriteriaCatalogues } from './criteria';
export { brusselsStrategyPriorities } from './strategyPriorities';
export { brusselsKpiSources, brusselsKpiDefinitions } from './kpiSources';
export type { BrusselsCriterion } from './criteria';
export { brusselsProgrammePlan, brusselsCompositionRules, brusselsAmbitionProfile } from './participation';
export {
  sampleParticipation,
  SAMPLE_OFFICE_ID,
  SAMPLE_GOVERNANCE_BOARD_ID,
  SAMPLE_GOVERNMENT_ID,
  SAMPLE_JURY_ID,
} from './sample/participation';
export type { SampleParticipation, SampleParticipationOptions } from './sample/participation';
export { computeSampleRoadmap, sampleRoadmapPlanning, SAMPLE_ROADMAP_ID } from './sample/sampleRoadmap';
