/** Worker-thread entry of {@link aggregateNdjsonInWorkers}: aggregates one byte range of an NDJSON file and posts the state back. */
import { parentPort, workerData } from 'node:worker_threads';
import { DailySeries } from '../observations/dailySeries';
import { GroupedStats } from '../observations/groupedStats';
import { ingestObservations } from '../observations/readObservations';
import type { WorkerTask } from './workerTask';
import { readNdjsonRange } from './readNdjsonFile';

async function main(task: WorkerTask): Promise<void> {
  const sink =
    task.aggregator.kind === 'daily'
      ? new DailySeries(task.aggregator.options)
      : new GroupedStats(task.aggregator.options);
  const errors: string[] = [];
  const report = await ingestObservations(
    readNdjsonRange(task.path, task.start, task.end, (m) => errors.push(m)),
    sink,
    task.selection,
    task.fields,
  );
  report.rejected += errors.length;
  report.samples.push(...errors.slice(0, Math.max(0, 10 - report.samples.length)));
  parentPort!.postMessage({ state: sink.toState(), report });
}

main(workerData as WorkerTask).catch((error: unknown) => {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
});
