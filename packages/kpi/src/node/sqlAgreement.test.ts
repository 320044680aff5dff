// The SQL and TypeScript engines agree on the same data: inputs (per area and pooled) and sensor observations, run on DuckDB.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KpiValue } from '@opencity/models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { population2020 } from '../__fixtures__/brusselsPopulation2020';
import { catalogue, getDefinition } from '../catalogue/catalogue';
import { computeKpi } from '../engine/computeKpi';
import { observationKpiValues, observationSelection } from '../engine/observationKpi';
import { rollUp } from '../engine/rollUp';
import { DailySeries } from '../observations/dailySeries';
import { ingestObservations } from '../observations/readObservations';
import { compileInputKpiSql, compileObservationKpiSql, kpiValuesFromSqlRows } from '../sql/compileSql';
import { duckDbSource, openDuckDb, type DuckDbSession } from './duckdb';
import { readNdjsonFile } from './readNdjsonFile';

const dir = mkdtempSync(join(tmpdir(), 'opencity-kpi-sql-'));
let db: DuckDbSession;
beforeAll(async () => {
  db = await openDuckDb();
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A deterministic pseudo-random sequence (mulberry32) so both engines see the same data in every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const comparable = (v: KpiValue) => ({
  kpi: v.kpi,
  area: v.area,
  period: v.period,
  notComputable: v.notComputable?.code,
  coverage: v.coverage && { present: v.coverage.present, expected: v.coverage.expected },
});

function expectAgreement(ts: readonly KpiValue[], sql: readonly KpiValue[]): void {
  expect(sql.map(comparable)).toEqual(ts.map(comparable));
  ts.forEach((t, i) => {
    const s = sql[i]!;
    if (t.value === undefined) expect(s.value).toBeUndefined();
    else expect(s.value! - t.value).toBeCloseTo(0, 9);
  });
}

describe('SQL and TypeScript engines agree', () => {
  const rand = random(20_260_126);
  const ratioKpis = catalogue.filter(
    (d) => (d.formula.kind === 'ratio' || d.formula.kind === 'expression') && d.rollUp.method === 'poolInputs',
  );
  const rows: { area: string; period: string; variable: string; value: number }[] = [];
  const inputsByArea = new Map<string, Record<string, number>>();
  for (const [nis, pop] of Object.entries(population2020)) {
    const inputs: Record<string, number> = {};
    for (const d of ratioKpis) {
      for (const input of d.inputs) {
        if (input.name in inputs) continue;
        // One municipality lacks a labour-force figure and one has no public transport lines: both engines must say why.
        if (nis === '21011' && input.name === 'labourForce') continue;
        inputs[input.name] =
          nis === '21003' && (input.name === 'lines' || input.name === 'linesWithRealTime')
            ? 0
            : Math.round(pop * (0.2 + rand()) * 100) / 100;
      }
    }
    inputsByArea.set(nis, inputs);
    for (const [variable, value] of Object.entries(inputs)) rows.push({ area: nis, period: '2020', variable, value });
  }
  const csv = join(dir, 'inputs.csv');
  writeFileSync(
    csv,
    `area,period,variable,value\n${rows.map((r) => `${r.area},${r.period},${r.variable},${r.value}`).join('\n')}\n`,
  );
  const parquet = join(dir, 'inputs.parquet');

  it.each(ratioKpis.map((d) => [d.id, d] as const))(
    '%s per municipality (CSV) and pooled for the region (Parquet)',
    async (_id, def) => {
      const perArea = [...inputsByArea].map(([area, inputs]) => computeKpi(def, inputs, { area, period: '2020' }));
      const sqlRows = await db.query(compileInputKpiSql(def, { source: duckDbSource(csv) }));
      expectAgreement(perArea, kpiValuesFromSqlRows(def, sqlRows));

      await db.query(`COPY (SELECT * FROM ${duckDbSource(csv)}) TO '${parquet}' (FORMAT parquet)`);
      const pooled = rollUp(
        def,
        [...inputsByArea].map(([area, inputs]) => ({ area, inputs })),
        { area: '04000', period: '2020', minAreaCoverage: 0.9 },
      );
      const pooledRows = await db.query(
        compileInputKpiSql(def, { source: duckDbSource(parquet), pooledArea: '04000' }),
      );
      const fromSql = kpiValuesFromSqlRows(def, pooledRows, {});
      // The SQL gives the pooled sums and coverage; the area-coverage threshold is the caller's rule in both engines.
      expect(fromSql[0]!.coverage).toMatchObject({
        present: pooled.coverage!.present,
        expected: pooled.coverage!.expected,
      });
      expect(fromSql[0]!.value! - pooled.value!).toBeCloseTo(0, 9);
    },
  );

  it.each(['ENV-03', 'ENV-09'])('%s from NDJSON sensor observations with mixed units and gaps', async (id) => {
    const def = getDefinition(id);
    const path = join(dir, `${id}.ndjson`);
    const r = random(id.length * 7);
    const lines: string[] = [];
    for (const [sensor, area] of [
      ['s1', '21004'],
      ['s2', '21004'],
      ['s3', '21015'],
      ['s4', '21009'],
    ] as const) {
      // 21009 reports only a third of the year: not computable for coverage in both engines.
      const days = area === '21009' ? 120 : 366;
      for (let d = 0; d < days; d++) {
        for (let h = 0; h < 24; h++) {
          if (r() < 0.2) continue; // gaps make some days invalid (fewer than 18 hourly values)
          const time = new Date(Date.UTC(2024, 0, 1) + (d * 24 + h) * 3_600_000).toISOString();
          const ug = 20 + 45 * r();
          const inPpb = r() < 0.3;
          lines.push(
            JSON.stringify({
              sensor,
              area,
              time,
              variable: def.formula.kind === 'observations' ? def.formula.variable : '',
              value: inPpb ? ug / 1.9 : ug,
              unit: inPpb ? '61' : 'GQ',
            }),
          );
        }
      }
    }
    writeFileSync(path, `${lines.join('\n')}\n`);
    const series = new DailySeries();
    await ingestObservations(readNdjsonFile(path), series, observationSelection(def));
    const ts = observationKpiValues(def, series);
    const sql = kpiValuesFromSqlRows(
      def,
      await db.query(compileObservationKpiSql(def, { source: duckDbSource(path), unitColumn: true })),
    );
    expect(ts.map((v) => v.area)).toEqual(['21004', '21009', '21015']);
    expect(ts.find((v) => v.area === '21009')!.notComputable?.code).toBe('insufficient_coverage');
    expectAgreement(ts, sql);
  });
});
