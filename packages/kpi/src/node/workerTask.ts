/** The message a worker of {@link aggregateNdjsonInWorkers} receives. */
import type { DailySeriesOptions } from '../observations/dailySeries';
import type { GroupedStatsOptions } from '../observations/groupedStats';
import type { ObservationFields, ObservationSelection } from '../observations/readObservations';

/** Which aggregator the workers build: daily bins or grouped statistics. */
export type AggregatorSpec =
  | { readonly kind: 'daily'; readonly options: DailySeriesOptions }
  | { readonly kind: 'stats'; readonly options: GroupedStatsOptions };

/** One unit of work: a byte range of an NDJSON file. */
export interface WorkerTask {
  /** File path. */
  readonly path: string;
  /** First byte (inclusive). */
  readonly start: number;
  /** Last byte (exclusive). */
  readonly end: number;
  /** Aggregator to build. */
  readonly aggregator: AggregatorSpec;
  /** Rows to keep and unit conversion. */
  readonly selection: ObservationSelection;
  /** Field mapping. */
  readonly fields: ObservationFields;
}
