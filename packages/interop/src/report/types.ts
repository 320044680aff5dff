/** The data model of a validation report: what was read, what was found, and where. */
import type { Finding, Lang, Severity } from '@opencity/models';
import type { Representation } from '../ngsi/representation';

/** Where a record came from: a file (or `-` for stdin), a 1-based line for NDJSON, an index for JSON arrays. */
export interface RecordSource {
  /** File path as given by the caller, `-` for standard input, or any label the caller chooses. */
  readonly file?: string;
  /** 1-based line number of the record in an NDJSON file. */
  readonly line?: number;
  /** 0-based position of the record in a JSON array. */
  readonly index?: number;
}

/**
 * One record to validate: raw JSON `text` (parsed by the engine, so syntax errors become findings) or an
 * already-parsed `value`. A reader that refused to buffer a record sets `oversize` to the bytes it skipped.
 */
export interface RecordInput {
  readonly source: RecordSource;
  readonly text?: string;
  readonly value?: unknown;
  /** Exact UTF-8 size of `text` when the reader knows it (otherwise the engine computes it when it matters). */
  readonly bytes?: number;
  /**
   * True when `text` is a whole JSON document (one entity or an array of entities, e.g. a `.json` file): the record
   * size limit then applies to the reader (which sets `oversize`), not to the document as a whole.
   */
  readonly document?: boolean;
  /** Set by readers that stopped buffering a record or document larger than their limit: its size and that limit. */
  readonly oversize?: { readonly bytes: number; readonly limit: number };
  /**
   * Set by readers whose bytes are not UTF-8 (the record is then unparseable): the 0-based offset, in the whole input
   * (file or stream), of the first byte of the first ill-formed sequence, and that byte.
   */
  readonly invalidUtf8?: { readonly offset: number; readonly byte: number };
  /** Validate this record against this schema (a type name or `$id`) instead of the detected or default one. */
  readonly model?: string;
  /** Findings the caller made about this record (e.g. dataset rules), reported with its schema findings. */
  readonly findings?: readonly Finding[];
}

/** One finding as it appears in a report: the model's finding plus a link to its catalogue entry. */
export interface ReportFinding {
  /** Stable code from the finding catalogue. */
  readonly code: string;
  readonly severity: Severity;
  /** JSON Pointer to the offending value in the record (`""` = the whole record). */
  readonly instancePath: string;
  /** Location of the rule in the schema, or `""` for rules outside the schema. */
  readonly schemaPath: string;
  /** The message in the report's language. */
  readonly message: string;
  /** Link to the catalogue entry that explains the code and how to fix it. */
  readonly docs: string;
  /** The values the message was built from (kept so tools can act on them without parsing the message). */
  readonly params?: Readonly<Record<string, string | number | boolean>>;
}

/** What the report says about one record (only records with at least one finding are listed). */
export interface RecordResult {
  readonly source: RecordSource;
  /** The model the record was validated against, or `null` when it could not be parsed or typed. */
  readonly type: string | null;
  /** False when any finding is an error. */
  readonly valid: boolean;
  /** True when the record could not be read as JSON (or exceeded a size or depth limit). */
  readonly unparseable: boolean;
  readonly findings: readonly ReportFinding[];
  /** How many findings were left out of `findings` because of the per-record cap. */
  readonly findingsOmitted?: number;
}

/** One sample occurrence of a finding code, for grouped notices. */
export interface NoticeSample {
  readonly source: RecordSource;
  readonly instancePath: string;
  readonly message: string;
}

/** All occurrences of one code at one severity, counted, with the first few samples and the paths they hit. */
export interface NoticeGroup {
  readonly code: string;
  readonly severity: Severity;
  /** Catalogue title in the report's language. */
  readonly title: string;
  /** What a producer should do, in the report's language. */
  readonly fix: string;
  readonly docs: string;
  /** Total occurrences (never capped). */
  readonly total: number;
  /** How many distinct records have this finding. */
  readonly records: number;
  /** The first occurrences, up to the sample cap. */
  readonly samples: readonly NoticeSample[];
  /** Occurrences per JSON Pointer pattern (array indexes replaced by `*`), most frequent first. */
  readonly paths: readonly { readonly path: string; readonly count: number }[];
}

/** Counts over every record read. `valid + invalid + unparseable === total` always holds. */
export interface ReportSummary {
  readonly total: number;
  readonly valid: number;
  readonly invalid: number;
  readonly unparseable: number;
  /** Findings per severity (all findings, also those left out of `records`). */
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Findings per code, codes sorted alphabetically. */
  readonly byCode: Readonly<Record<string, number>>;
  /** Records per model (validated records only). */
  readonly byType: Readonly<Record<string, number>>;
  /** Records with findings that were counted but not listed in `records` because of the record cap. */
  readonly recordsOmitted: number;
}

/** One input the records were read from (file, stdin or caller label), with how many records it held. */
export interface InputSummary {
  readonly file: string;
  /** How the input was read: one JSON document (entity or array), NDJSON lines, CSV rows or a Parquet file. */
  readonly format: 'json' | 'ndjson' | 'csv' | 'parquet';
  readonly records: number;
  readonly bytes?: number;
}

/** The complete result of validating a batch of records; its JSON form is published as a JSON Schema. */
export interface ValidationReport {
  /** `$id` of the report's JSON Schema, so a stored report says which report format it follows. */
  readonly $schema: string;
  readonly tool: { readonly name: string; readonly version: string };
  /** ISO 8601 time the report was built. */
  readonly generatedAt: string;
  /** The options that shaped the result (principle: explicit over clever). */
  readonly options: {
    readonly lang: Lang;
    readonly model: string | null;
    readonly representation: ReportRepresentation;
    readonly maxRecordBytes: number;
    readonly maxDepth: number;
    readonly sampleLimit: number;
  };
  /** Version and `$id` of every schema records were validated against. */
  readonly schemas: readonly { readonly name: string; readonly $id: string; readonly version: string }[];
  readonly inputs: readonly InputSummary[];
  readonly summary: ReportSummary;
  /** Findings grouped by code and severity, most severe first, then by code. */
  readonly notices: readonly NoticeGroup[];
  /** Every record with at least one finding (up to the record cap), in input order. */
  readonly records: readonly RecordResult[];
}

/**
 * How records are written: keyValues (the schemas' form), NGSI-LD normalized or concise, NGSI-v2 normalized, or GeoJSON
 * (a Feature, or a FeatureCollection read as one record per feature); `auto` detects per record.
 */
export type ReportRepresentation = 'auto' | Representation;
