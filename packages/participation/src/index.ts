/**
 * @opencity/participation — the Smart City Office's own work as a library: the engagement programme and its progress,
 * quadruple-helix coverage and balance (Pielou's J), contribution → factsheet → roadmap traceability and the
 * "you said, we did" report, board composition and quorum, the decision register, the roadmap's approval lifecycle,
 * participation KPI inputs and the ambition note (Markdown and HTML, FR/NL/EN). Browser-safe; takes and returns the
 * contract's entities.
 * @packageDocumentation
 */
export { ParticipationError, isParticipationError } from './errors';
export type { ParticipationErrorCode } from './errors';
export { participationFindingCatalogue, participationFinding, describeFinding } from './findings';
export type { ParticipationFinding, ParticipationFindingCode } from './findings';
export { collectEntities, PARTICIPATION_TYPES } from './entities/entities';
export type { ParticipationEntities, CollectedEntities } from './entities/entities';
export { participationEvents } from './entities/events';
export type { ParticipationEvent, ParticipationEventOptions } from './entities/events';

export { HELICES, defaultOrganisationHelix, isHelix } from './helix/helix';
export type { Helix, OrganisationType } from './helix/helix';
export { pielouEvenness } from './helix/pielou';
export { helixBalance, balanceOfCounts } from './helix/helixBalance';
export type { HelixBalance } from './helix/helixBalance';
export { participationBalance } from './helix/participationBalance';
export type {
  ParticipationBalance,
  ParticipationBalanceOptions,
  EventBalance,
  MonthBalance,
} from './helix/participationBalance';

export { parseProgrammePlan } from './programme/plan';
export type { ProgrammePlan, ProgrammeItem, ProgrammeItemBase, ProgrammeItemKind } from './programme/plan';
export { programmeProgress } from './programme/progress';
export type {
  ProgrammeProgress,
  ProgrammeProgressOptions,
  ItemProgress,
  ItemStatus,
  ThemeProgress,
} from './programme/progress';

export { traceContributions, byFate, CONTRIBUTION_FATES } from './contributions/traceContributions';
export type {
  ContributionTraceability,
  ContributionTrace,
  ContributionFate,
  ContributionStatus,
  FactsheetTrace,
  StatusChange,
  TraceOptions,
} from './contributions/traceContributions';
export { youSaidWeDid } from './contributions/youSaidWeDid';
export type {
  YouSaidWeDid,
  YouSaidWeDidGroup,
  YouSaidWeDidItem,
  YouSaidWeDidGrouping,
  YouSaidWeDidOptions,
} from './contributions/youSaidWeDid';

export { isActiveOn, hasVote, activeMemberships } from './governance/memberships';
export { checkBoardComposition, defaultCompositionRules } from './governance/composition';
export type { CompositionRules, CompositionCheck, BoardMember } from './governance/composition';
export { checkQuorum } from './governance/quorum';
export type { QuorumCheck } from './governance/quorum';
export { decisionRegister, decisionObjects } from './governance/decisionRegister';
export type { DecisionRegister, RegisterEntry, DecisionObject } from './governance/decisionRegister';

export { roadmapApproval, currentRoadmap, ROADMAP_STAGES } from './approval/roadmapApproval';
export type { RoadmapApproval, RoadmapStage, ApprovalStep } from './approval/roadmapApproval';

export { responseStatistics, answerOf, median } from './contributions/responses';
export type { ResponseStatistics } from './contributions/responses';
export { participationKpiInputs } from './kpi/participationKpiInputs';
export type { ParticipationKpiOptions, ParticipationPeriodUnit } from './kpi/participationKpiInputs';

export { renderMarkdown, renderHtml, renderText } from './document/document';
export type { Document, Block, Column } from './document/document';
export { messages, message } from './text/messages';
export type { MessageKey } from './text/messages';
export { formatter } from './text/format';
export type { Formatter } from './text/format';
export { mayBeNamed, publicName } from './text/publicName';

export { participationReport, participationReportDocument } from './report/participationReport';
export type {
  ParticipationReport,
  ParticipationReportOptions,
  ReportDocumentOptions,
} from './report/participationReport';
export { ambitionNote } from './report/ambitionNote';
export type { AmbitionNote, AmbitionNoteInput, AmbitionProfile } from './report/ambitionNote';
export { checkGovernance, governanceCheckDocument } from './report/governanceCheck';
export type { GovernanceCheck, GovernanceCheckOptions } from './report/governanceCheck';
