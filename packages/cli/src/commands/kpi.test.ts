import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '@opencity/models';
import { run } from '../main';
import { memoryIo } from '../__fixtures__/memoryIo';

const dir = mkdtempSync(join(tmpdir(), 'opencity-cli-kpi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Inputs of two municipalities (CSV) and one station's NO2 in ppb for a whole year (NDJSON).
const data = join(dir, 'data');
const targets = join(dir, 'targets.json');
{
  const { mkdirSync } = await import('node:fs');
  mkdirSync(data);
  writeFileSync(
    join(data, 'inputs.csv'),
    'area,period,variable,value,source\n21004,2024,unemployed,17200,view.brussels\n21004,2024,labourForce,80000,view.brussels\n21015,2024,unemployed,9000,view.brussels\n21015,2024,labourForce,60000,view.brussels\n21015,2024,lines,0,STIB\n21015,2024,linesWithRealTime,0,STIB\n',
  );
  const lines: string[] = [];
  for (let h = 0; h < 366 * 24; h++)
    lines.push(
      JSON.stringify({
        area: '21015',
        time: new Date(Date.UTC(2024, 0, 1) + h * 3_600_000).toISOString(),
        variable: 'no2',
        value: 20,
        unit: '61',
      }),
    );
  writeFileSync(join(data, 'no2.ndjson'), `${lines.join('\n')}\n`);
  writeFileSync(
    targets,
    JSON.stringify([
      {
        id: 'urn:ngsi-ld:Target:ECO-01:2024',
        type: 'Target',
        kpi: 'ECO-01',
        period: '2024',
        target: 15,
        acceptable: 18,
      },
    ]),
  );
}

describe('opencity kpi', () => {
  it('lists the catalogue as text and JSON', async () => {
    let io = memoryIo(dir);
    expect(await run(['kpi', 'list'], io)).toBe(0);
    expect(io.out()).toMatch(
      /^ENV-02 +environment +decrease +µg\/m³ +PM10 annual mean concentration +\[ISO 37120:2018 8\.2; U4SSC/m,
    );
    expect(io.out()).toMatch(/\n(3[5-9]|[4-9]\d) KPI definitions\n$/);
    io = memoryIo(dir);
    expect(await run(['kpi', 'list', '--format', 'json', '--domain', 'project'], io)).toBe(0);
    const defs = JSON.parse(io.out()) as unknown[];
    expect(defs.length).toBe(8);
    for (const d of defs) expect(validate('KpiDefinition', d).ok).toBe(true);
  });

  it('computes values with status from a data folder, pools the region and converts NO2 ppb', async () => {
    const io = memoryIo(dir);
    expect(
      await run(
        [
          'kpi',
          'compute',
          '--data',
          'data',
          '--region',
          '04000',
          '--targets',
          'targets.json',
          '--kpi',
          'ECO-01,MOB-03,ENV-03',
          '--format',
          'json',
        ],
        io,
      ),
    ).toBe(0);
    const values = JSON.parse(io.out()) as {
      kpi: string;
      area: string;
      value?: number;
      status: string;
      notComputable?: { code: string };
    }[];
    for (const v of values) expect(validate('KpiValue', v).ok).toBe(true);
    const find = (kpi: string, area: string) => values.find((v) => v.kpi === kpi && v.area === area)!;
    expect(find('ECO-01', '21004')).toMatchObject({ value: 21.5, status: 'red' });
    expect(find('ECO-01', '21015')).toMatchObject({ value: 15, status: 'green' });
    // Pooled: (17 200 + 9 000) / (80 000 + 60 000) = 18.714… %, not the mean of 21.5 and 15.
    expect(find('ECO-01', '04000').value).toBeCloseTo((26_200 / 140_000) * 100, 10);
    expect(find('ECO-01', '04000').status).toBe('red');
    expect(find('MOB-03', '21015').notComputable?.code).toBe('zero_denominator');
    expect(find('ENV-03', '21015').value).toBeCloseTo(38, 10);
  });

  it('writes CSV and text', async () => {
    let io = memoryIo(dir);
    expect(
      await run(
        ['kpi', 'compute', '--data', 'data/inputs.csv', '--kpi', 'ECO-01', '--area', '21004', '--format', 'csv'],
        io,
      ),
    ).toBe(0);
    expect(io.out()).toBe(
      'kpi,area,period,value,unit,status,coverage,not_computable\nECO-01,21004,2024,21.5,%,none,1,\n',
    );
    io = memoryIo(dir);
    expect(await run(['kpi', 'compute', '--data', 'data/inputs.csv', '--kpi', 'MOB-03'], io)).toBe(0);
    expect(io.out()).toContain(
      'MOB-03  21015    2024     unknown not computable (zero_denominator: denominator lines is 0)',
    );
  });

  it('exits 2 with one stderr line on usage problems', async () => {
    for (const args of [
      ['kpi', 'compute'],
      ['kpi', 'compute', '--data', 'missing'],
      ['kpi', 'list', '--format', 'xml'],
      ['kpi', 'frobnicate'],
      ['kpi', 'compute', '--data', 'data', '--kpi', 'NOPE-1'],
    ]) {
      const io = memoryIo(dir);
      expect(await run(args, io), args.join(' ')).toBe(2);
      expect(io.err().trim().split('\n')).toHaveLength(1);
    }
  });

  it('rejects a catalogue file whose definitions do not validate', async () => {
    writeFileSync(join(dir, 'bad-catalogue.json'), JSON.stringify([{ id: 'X-1', type: 'KpiDefinition' }]));
    const io = memoryIo(dir);
    expect(await run(['kpi', 'list', '--catalogue', 'bad-catalogue.json'], io)).toBe(2);
    expect(io.err()).toMatch(/^opencity kpi list: bad-catalogue\.json\[0\]/);
  });

  it('says when a filter matches nothing and exits 1, with a suggestion', async () => {
    let io = memoryIo(dir);
    expect(await run(['kpi', 'list', '--domain', 'mobilty'], io)).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err()).toBe(
      'opencity kpi list: nothing matched the filter --domain mobilty (did you mean "mobility"?); known values: digital, economy, environment, mobility, project, society\n',
    );
    io = memoryIo(dir);
    expect(await run(['kpi', 'compute', '--data', 'data/inputs.csv', '--area', '99999', '--period', '2024'], io)).toBe(
      1,
    );
    expect(io.err()).toBe('opencity kpi compute: nothing matched the filters --period 2024 --area 99999\n');
  });

  it('reports every rejected row with its line and exits 1 (it used to print "0 value(s)" with exit 0)', async () => {
    const bad = join(dir, 'bad');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(bad);
    writeFileSync(
      join(bad, 'inputs.csv'),
      'area,period,variable,value\n21004,2024,unemployed,17200\n21004,2024,labourForce,lots\n,2024,unemployed,3\n',
    );
    writeFileSync(
      join(bad, 'obs.ndjson'),
      '{"area":"21015","time":"2024-01-01T00:00:00Z","variable":"no2","value":20}\n{broken\n\n{"area":"21015","variable":"no2","value":1}\n',
    );
    const io = memoryIo(dir);
    expect(await run(['kpi', 'compute', '--data', 'bad', '--kpi', 'ECO-01'], io)).toBe(1);
    expect(io.err().split('\n')).toEqual([
      'bad/inputs.csv:3: row rejected: "value" must be a finite number; got "lots"',
      'bad/inputs.csv:4: row rejected: missing "area"',
      expect.stringMatching(/^bad\/obs\.ndjson:2: row rejected: not valid JSON \(/),
      'bad/obs.ndjson:4: row rejected: needs "time" (an observation) or "period" (an input)',
      '4 rows were rejected (see above); fix them or remove them',
      '',
    ]);
    expect(io.out()).toMatch(/ECO-01 +21004 +2024 /);
  });

  it('neutralises CSV cells a spreadsheet would run as formulas, and terminal escapes in text', async () => {
    writeFileSync(
      join(dir, 'hostile.csv'),
      'area,period,variable,value\n"=HYPERLINK(""http://x"")",2024,unemployed,5\n"=HYPERLINK(""http://x"")",2024,labourForce,-10\n"\u001b[2J@a",2024,unemployed,1\n"\u001b[2J@a",2024,labourForce,4\n',
    );
    let io = memoryIo(dir);
    expect(await run(['kpi', 'compute', '--data', 'hostile.csv', '--kpi', 'ECO-01', '--format', 'csv'], io)).toBe(0);
    const csv = io.out();
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")",2024,-50,`);
    expect(csv).not.toMatch(/(^|\n|,)"?=/);
    io = memoryIo(dir);
    expect(await run(['kpi', 'compute', '--data', 'hostile.csv', '--kpi', 'ECO-01'], io)).toBe(0);
    expect(io.out()).not.toContain('\u001b');
    expect(io.out()).toContain('\\u001b[2J@a');
  });

  it('names a malformed --targets file instead of an "internal error"', async () => {
    for (const [content, expected] of [
      ['{"not json', /^opencity kpi compute: bad-targets\.json is not valid JSON: /],
      ['{}', /^opencity kpi compute: bad-targets\.json must hold a JSON array of Target entities/],
      ['[{"id": 1}]', /^opencity kpi compute: bad-targets\.json\[0\]/],
    ] as const) {
      writeFileSync(join(dir, 'bad-targets.json'), content);
      const io = memoryIo(dir);
      expect(await run(['kpi', 'compute', '--data', 'data/inputs.csv', '--targets', 'bad-targets.json'], io)).toBe(2);
      expect(io.err()).toMatch(expected);
      expect(io.err()).not.toContain('internal error');
      expect(io.err().trim().split('\n')).toHaveLength(1);
    }
  });
});
