// Parquet observation files: the same rows as a CSV observation table, written as Apache Parquet by an independent
// writer (hyparquet-writer, the companion of the hyparquet reader the workspace uses), must load and check the same:
// every row is a record with its row index, the device's place is filled in, an unknown sensor is found on its row,
// and a file that is not Parquet is reported as unreadable instead of crashing the check.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkspace } from './checkWorkspace';
import { loadWorkspace } from './loadWorkspace';

const device = {
  id: 'urn:ngsi-ld:Device:station-1',
  type: 'Device',
  category: ['sensor'],
  controlledProperty: ['pm25'],
  location: { type: 'Point', coordinates: [4.35, 50.85] },
  address: { nisCode: '21004', addressCountry: 'BE' },
};

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'opencity-ws-parquet-'));
  const put = async (path: string, content: string | Uint8Array) => {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  };
  await put(
    'opencity.json',
    JSON.stringify({
      $schema: 'https://w3id.org/opencity/schemas/workspace/WorkspaceManifest/v1/schema.json',
      name: 'Parquet office',
      profile: 'brussels',
      languages: ['fr', 'nl', 'en'],
      programme: { start: '2024-01-01', end: '2026-12-31' },
    }),
  );
  await put('entities/Device.ndjson', `${JSON.stringify(device)}\n`);
  const parquet = parquetWriteBuffer({
    columnData: [
      {
        name: 'refDevice',
        data: [device.id, 'urn:ngsi-ld:Device:nowhere', device.id],
        type: 'STRING',
      },
      {
        name: 'dateObserved',
        data: ['2024-01-01T00:00:00Z', '2024-01-01T01:00:00Z', '2024-01-01T02:00:00Z'],
        type: 'STRING',
      },
      { name: 'pm25', data: [12.5, 13, 11], type: 'DOUBLE' },
    ],
  });
  await put('observations/AirQualityObserved.2024.parquet', new Uint8Array(parquet));
  await put('observations/AirQualityObserved.2025.parquet', 'PAR1 this is not a parquet file');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('Parquet observation files', () => {
  it('load as records, one per row, with the device’s place', async () => {
    const ws = await loadWorkspace(dir);
    const rows = [];
    for await (const o of ws.observations()) rows.push(o);
    const fromParquet = rows.filter((o) => o.source.file?.endsWith('.2024.parquet'));
    expect(fromParquet.map((o) => o.source.index)).toEqual([0, 1, 2]);
    expect(fromParquet[0]?.entity).toMatchObject({
      type: 'AirQualityObserved',
      refDevice: device.id,
      dateObserved: '2024-01-01T00:00:00Z',
      pm25: 12.5,
      address: { nisCode: '21004' },
    });
  });

  it('are checked like CSV: the unknown sensor on its row, the broken file unreadable, every row counted', async () => {
    const report = await checkWorkspace(dir, { asOf: new Date('2025-06-01T00:00:00Z') });
    const found = report.records.flatMap((r) =>
      r.findings.map((f) => [r.source.file, r.source.index ?? r.source.line ?? null, f.code]),
    );
    expect(found).toContainEqual(['observations/AirQualityObserved.2024.parquet', 1, 'observation_unknown_sensor']);
    expect(found.filter(([, , code]) => code === 'observation_unknown_sensor')).toHaveLength(1);
    expect(found.filter(([file]) => file === 'observations/AirQualityObserved.2025.parquet')).toEqual([
      ['observations/AirQualityObserved.2025.parquet', null, 'unreadable_parquet'],
    ]);
    const s = report.summary;
    expect(s.valid + s.invalid + s.unparseable).toBe(s.total);
  });
});
