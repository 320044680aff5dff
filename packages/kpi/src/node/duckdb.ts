/** Runs generated SQL on embedded DuckDB (@duckdb/node-api, an optional peer dependency loaded only when used). */
import { KpiError } from '../errors';

/** A minimal view of a DuckDB connection. */
interface DuckConnection {
  runAndReadAll(sql: string): Promise<{ getRowObjects(): Record<string, unknown>[] }>;
  closeSync?(): void;
}

/** An open in-memory DuckDB database. */
export interface DuckDbSession {
  /** Runs SQL and returns its rows as plain objects (BIGINT as number when safe). */
  query(sql: string): Promise<Record<string, unknown>[]>;
  /** Closes the connection. */
  close(): void;
}

function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value && typeof value === 'object' && 'toString' in value && !Array.isArray(value)) {
    const ctor = (value as { constructor?: { name?: string } }).constructor?.name ?? '';
    if (ctor.startsWith('DuckDB')) return String(value);
  }
  return value;
}

/**
 * Opens an in-memory DuckDB database.
 * @throws a `KpiError` (from `@opencity/kpi`) `invalid_option` when @duckdb/node-api is not installed.
 * @example
 * const db = await openDuckDb();
 * const rows = await db.query(compileInputKpiSql(def, { source: "read_csv('inputs.csv')" }));
 * db.close();
 */
export async function openDuckDb(): Promise<DuckDbSession> {
  let mod: {
    DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<DuckConnection>; closeSync?(): void }> };
  };
  try {
    mod = (await import('@duckdb/node-api')) as unknown as typeof mod;
  } catch (error) {
    throw new KpiError('invalid_option', 'DuckDB is an optional peer dependency: npm install @duckdb/node-api', {
      cause: error,
    });
  }
  const instance = await mod.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  return {
    async query(sql: string) {
      const reader = await connection.runAndReadAll(sql);
      return reader
        .getRowObjects()
        .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
    },
    close() {
      connection.closeSync?.();
      instance.closeSync?.();
    },
  };
}

/**
 * A DuckDB table function reading a data file by extension: Parquet, CSV or NDJSON/JSON.
 * @example
 * duckDbSource('data/inputs.parquet'); // "read_parquet('data/inputs.parquet')"
 */
export function duckDbSource(path: string): string {
  const quoted = `'${path.replace(/'/g, "''")}'`;
  if (/\.parquet$/i.test(path)) return `read_parquet(${quoted})`;
  if (/\.csv$/i.test(path)) return `read_csv(${quoted}, header = true)`;
  if (/\.(nd)?jsonl?$/i.test(path)) return `read_json(${quoted}, format = 'newline_delimited')`;
  throw new KpiError('invalid_option', `no DuckDB reader for ${path} (use .parquet, .csv, .ndjson or .jsonl)`);
}
