/** `loadWorkspace(dir)`: a workspace's manifest, entities by type and statistics in memory, observations streamed. */
import type { RecordSource } from '@opencity/interop';
import type { Statistic, WorkspaceManifest } from '@opencity/models';
import { devicePlace, fillFromDevice, type DevicePlace } from '../deviceFacts';
import { listWorkspace, readWorkspaceFile, type WorkspaceDiskFile } from './files';

/** One record of a workspace with the place it was read from. */
export interface WorkspaceRecord<T = Record<string, unknown>> {
  /** The record as written (not validated: run `checkWorkspace` for that). */
  readonly entity: T;
  /** File (relative to the workspace), NDJSON or CSV line, or array index / Parquet row. */
  readonly source: RecordSource;
}

/** A workspace read into memory (entities, statistics) with its observations streamed on demand. */
export interface LoadedWorkspace {
  /** The workspace folder. */
  readonly root: string;
  /** `opencity.json` as written, or `undefined` when it is not a JSON object. */
  readonly manifest: WorkspaceManifest | undefined;
  /** The entity types present in `entities/`, sorted. */
  types(): string[];
  /** The entities of one type (by their `type`), in reading order; empty when there are none. */
  entities<T = Record<string, unknown>>(type: string): readonly WorkspaceRecord<T>[];
  /** Every statistic of `statistics/`. */
  readonly statistics: readonly WorkspaceRecord<Statistic>[];
  /** The files of `observations/`. */
  readonly observationFiles: readonly string[];
  /** Streams every observation, file by file (table rows without a place get their device's). */
  observations(): AsyncGenerator<WorkspaceRecord>;
  /** Records that could not be parsed (they are reported by `checkWorkspace`). */
  readonly unreadable: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

async function* valuesOf(file: WorkspaceDiskFile, skipped: { n: number }): AsyncGenerator<WorkspaceRecord> {
  for await (const item of readWorkspaceFile(file)) {
    if (item.kind === 'unreadable') {
      skipped.n++;
      continue;
    }
    const { input } = item;
    if (input.text === undefined) {
      if (isObject(input.value)) yield { entity: input.value, source: input.source };
      else skipped.n++;
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(input.text);
    } catch {
      skipped.n++;
      continue;
    }
    if (Array.isArray(value) && input.document) {
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (isObject(v)) yield { entity: v, source: { ...input.source, index: i } };
        else skipped.n++;
      }
    } else if (isObject(value)) yield { entity: value, source: input.source };
    else skipped.n++;
  }
}

/**
 * Reads a workspace folder for computing: the manifest, every entity grouped by type, every statistic; observations
 * stay on disk and are streamed by `observations()`. Records are not validated (see `checkWorkspace`).
 * @example
 * const ws = await loadWorkspace('my-office');
 * for (const { entity, source } of ws.entities('Meeting')) console.log(entity.id, source.file, source.line);
 */
export async function loadWorkspace(dir: string): Promise<LoadedWorkspace> {
  const listing = await listWorkspace(dir);
  const skipped = { n: 0 };
  let manifest: WorkspaceManifest | undefined;
  const byType = new Map<string, WorkspaceRecord[]>();
  const statistics: WorkspaceRecord<Statistic>[] = [];
  const observationFiles = listing.files.filter((f) => f.kind === 'observations');
  for (const file of listing.files) {
    if (file.kind === 'observations') continue;
    for await (const record of valuesOf(file, skipped)) {
      if (file.kind === 'manifest') manifest = record.entity as unknown as WorkspaceManifest;
      else if (file.kind === 'statistics') statistics.push(record as unknown as WorkspaceRecord<Statistic>);
      else {
        const type = typeof record.entity['type'] === 'string' ? record.entity['type'] : (file.type ?? '');
        const list = byType.get(type);
        if (list) list.push(record);
        else byType.set(type, [record]);
      }
    }
  }
  return {
    root: dir,
    manifest,
    types: () => [...byType.keys()].sort(),
    entities: <T>(type: string) => (byType.get(type) ?? []) as unknown as readonly WorkspaceRecord<T>[],
    statistics,
    observationFiles: observationFiles.map((f) => f.path),
    async *observations() {
      const places = new Map<string, DevicePlace>();
      for (const d of byType.get('Device') ?? []) {
        const place = devicePlace(d.entity);
        if (typeof d.entity['id'] === 'string' && place) places.set(d.entity['id'], place);
      }
      for (const file of observationFiles) {
        for await (const record of valuesOf(file, skipped)) {
          if (file.format === 'csv' || file.format === 'parquet') fillFromDevice(record.entity, places);
          yield record;
        }
      }
    },
    get unreadable() {
      return skipped.n;
    },
  };
}
