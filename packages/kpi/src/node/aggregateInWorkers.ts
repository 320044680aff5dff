/** Splits NDJSON files into byte ranges aggregated on worker threads, then merges the partial aggregates. */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { KpiError } from '../errors';
import { DailySeries, type DailySeriesState } from '../observations/dailySeries';
import { GroupedStats, type GroupedStatsState } from '../observations/groupedStats';
import {
  emptyReport,
  type IngestReport,
  type ObservationFields,
  type ObservationSelection,
} from '../observations/readObservations';
import type { AggregatorSpec, WorkerTask } from './workerTask';

/** Options of {@link aggregateNdjsonInWorkers}. */
export interface WorkerAggregationOptions {
  /** Aggregator to build. */
  readonly aggregator: AggregatorSpec;
  /** Rows to keep and unit conversion. */
  readonly selection?: ObservationSelection;
  /** Field mapping. */
  readonly fields?: ObservationFields;
  /** Number of worker threads (default: available parallelism, at most 8). */
  readonly workers?: number;
}

/** The merged aggregate and the summed ingestion report. */
export interface WorkerAggregationResult<T> {
  /** The merged aggregator. */
  readonly aggregate: T;
  /** Counts over every range. */
  readonly report: IngestReport;
  /** Number of ranges processed. */
  readonly tasks: number;
}

function workerUrl(): URL {
  const here = import.meta.url;
  const ext = here.endsWith('.ts') ? '.ts' : here.endsWith('.cjs') ? '.cjs' : '.js';
  return new URL(`./aggregateWorker${ext}`, here);
}

/**
 * Running from TypeScript sources (tests, tsx), a worker cannot load the .ts entry by itself, and `--import tsx` does not
 * reach worker threads on Node 20: a fixed two-line bootstrap registers tsx in the worker and imports the entry. The
 * built package never takes this path.
 */
function sourceWorker(url: URL, task: WorkerTask): Worker {
  const meta = import.meta as ImportMeta & { resolve?: (specifier: string) => string };
  let api: string;
  try {
    api = meta.resolve ? meta.resolve('tsx/esm/api') : '';
  } catch {
    api = '';
  }
  if (!api.endsWith('.mjs'))
    api = pathToFileURL(join(dirname(createRequire(url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: task });
}

function runTask(task: WorkerTask): Promise<{ state: DailySeriesState | GroupedStatsState; report: IngestReport }> {
  const url = workerUrl();
  return new Promise((resolve, reject) => {
    const worker = url.pathname.endsWith('.ts') ? sourceWorker(url, task) : new Worker(url, { workerData: task });
    worker.once(
      'message',
      (m: { error?: string; state?: DailySeriesState | GroupedStatsState; report?: IngestReport }) => {
        void worker.terminate();
        if (m.error !== undefined)
          reject(new KpiError('invalid_observation', `${task.path} [${task.start}, ${task.end}): ${m.error}`));
        else resolve({ state: m.state!, report: m.report! });
      },
    );
    worker.once('error', reject);
  });
}

/**
 * Aggregates NDJSON observation files on worker threads: each file is cut into byte ranges, every range is aggregated
 * in its own worker, and the partial aggregates are merged. The result equals a single-threaded pass.
 * @example
 * const { aggregate } = await aggregateNdjsonInWorkers(['no2-2024.ndjson'], {
 *   aggregator: { kind: 'daily', options: {} }, selection: observationSelection(getDefinition('ENV-03')),
 * });
 */
export async function aggregateNdjsonInWorkers(
  paths: readonly string[],
  options: WorkerAggregationOptions & { aggregator: { kind: 'daily' } },
): Promise<WorkerAggregationResult<DailySeries>>;
export async function aggregateNdjsonInWorkers(
  paths: readonly string[],
  options: WorkerAggregationOptions & { aggregator: { kind: 'stats' } },
): Promise<WorkerAggregationResult<GroupedStats>>;
export async function aggregateNdjsonInWorkers(
  paths: readonly string[],
  options: WorkerAggregationOptions,
): Promise<WorkerAggregationResult<DailySeries | GroupedStats>> {
  const workers = options.workers ?? Math.min(8, availableParallelism());
  if (!(Number.isInteger(workers) && workers >= 1))
    throw new KpiError('invalid_option', `workers must be a positive integer; got ${workers}`);
  const sizes = await Promise.all(paths.map(async (p) => ({ path: p, size: (await stat(p)).size })));
  const total = sizes.reduce((s, f) => s + f.size, 0);
  const tasks: WorkerTask[] = [];
  for (const f of sizes) {
    const parts = Math.max(1, Math.min(workers, Math.round((f.size / Math.max(1, total)) * workers)));
    const step = Math.ceil(f.size / parts);
    for (let start = 0; start < f.size; start += step) {
      tasks.push({
        path: f.path,
        start,
        end: Math.min(f.size, start + step),
        aggregator: options.aggregator,
        selection: options.selection ?? {},
        fields: options.fields ?? {},
      });
    }
  }
  const aggregate =
    options.aggregator.kind === 'daily'
      ? new DailySeries(options.aggregator.options)
      : new GroupedStats(options.aggregator.options);
  const report = emptyReport();
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) {
      const task = tasks[next++]!;
      const r = await runTask(task);
      (aggregate as { merge(s: unknown): unknown }).merge(r.state);
      report.read += r.report.read;
      report.added += r.report.added;
      report.skipped += r.report.skipped;
      report.rejected += r.report.rejected;
      report.samples.push(...r.report.samples.slice(0, Math.max(0, 10 - report.samples.length)));
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, tasks.length) }, lane));
  return { aggregate, report, tasks: tasks.length };
}
