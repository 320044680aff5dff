/**
 * @opencity/kpi/node — Node-only helpers: NDJSON files as streams and by byte range, aggregation on worker threads,
 * and the DuckDB runner for the generated SQL.
 * @packageDocumentation
 */
export { readNdjsonFile, readNdjsonRange } from './readNdjsonFile';
export { aggregateNdjsonInWorkers } from './aggregateInWorkers';
export type { WorkerAggregationOptions, WorkerAggregationResult } from './aggregateInWorkers';
export type { AggregatorSpec, WorkerTask } from './workerTask';
export { openDuckDb, duckDbSource } from './duckdb';
export type { DuckDbSession } from './duckdb';
