/** The incremental, browser-safe validation engine: feed records one at a time, get a report at the end. */
import {
  createFinding,
  errorGuard,
  getSchemaInfo,
  OpenCityError,
  type Finding,
  type FindingDefinition,
  type FindingParams,
  type Lang,
  type Severity,
} from '@opencity/models';
import pkg from '../../package.json' with { type: 'json' };
import { isFeatureCollection, isRepresentation, REPRESENTATIONS } from '../ngsi/representation';
import { validateNgsiEntity, type NgsiValidationOptions } from '../ngsi/validateNgsiEntity';
import { findingDocsUrl, FINDING_DOCS_BASE, isValidationFindingCode, validationFindingCatalogue } from './catalogue';
import { reportFindingCatalogue, type ReportFindingCode } from './reportFindingCatalogue';
import { childPointer } from '@opencity/models/internal';
import { duplicateKeysIn, type DuplicateKey } from './duplicateKeys';
import { locateSyntaxError, nestsDeeperThan, valueNestsDeeperThan } from './jsonSyntax';
import type {
  InputSummary,
  NoticeGroup,
  NoticeSample,
  RecordInput,
  RecordResult,
  RecordSource,
  ReportFinding,
  ReportSummary,
  ReportRepresentation,
  ValidationReport,
} from './types';

/** `$id` of the published JSON Schema that every {@link ValidationReport} follows. */
export const REPORT_SCHEMA_ID = 'https://w3id.org/opencity/schemas/report/ValidationReport/v1/schema.json';

/** Options of {@link ReportBuilder} and {@link validateRecords}; every one has a documented default and is echoed in the report. */
export interface ValidateRecordsOptions {
  /** Language of messages, titles and fixes (default `en`). */
  readonly lang?: Lang;
  /** Validate every record against this model instead of detecting it from `type`. */
  readonly model?: string;
  /**
   * How records are written (default `auto`: detected per record); NGSI-LD normalized and concise, NGSI-v2 and GeoJSON
   * records are converted to keyValues and their structure checked. A GeoJSON FeatureCollection is one record per feature.
   */
  readonly representation?: ReportRepresentation;
  /** Records larger than this many UTF-8 bytes are not parsed (default 16 MiB). */
  readonly maxRecordBytes?: number;
  /** Records nesting objects/arrays deeper than this are not validated (default 64). */
  readonly maxDepth?: number;
  /** Samples kept per notice group (default 20). */
  readonly sampleLimit?: number;
  /** Records with findings listed in `records`; the rest are counted in `summary.recordsOmitted` (default 100,000). */
  readonly maxListedRecords?: number;
  /** Findings listed per record; the rest are counted in `findingsOmitted` (default 100). */
  readonly maxFindingsPerRecord?: number;
  /** Per-code severity changes, or `off` to drop a code (a profile's choice, as gtfs-validator users asked for). */
  readonly severityOverrides?: Readonly<Record<string, Severity | 'off'>>;
  /** Base URL of the finding documentation (default {@link FINDING_DOCS_BASE}). */
  readonly docsBase?: string;
  /** Clock for `generatedAt` (tests pin it). */
  readonly now?: () => Date;
}

/** What is wrong with the options of a report: an unknown model, or an option outside its range. */
export type ReportOptionsErrorCode = 'bad_option' | 'unknown_model';

/** A problem with the options themselves (unknown model, bad limit…), raised before any record is read. */
export class ReportOptionsError extends OpenCityError<ReportOptionsErrorCode> {
  override readonly name = 'ReportOptionsError';
}

/** True for a {@link ReportOptionsError}, whichever installed copy of the package threw it. */
export const isReportOptionsError = errorGuard<ReportOptionsError>('ReportOptionsError');

/** Counts so far, for progress displays. */
export interface ReportProgress {
  readonly total: number;
  readonly valid: number;
  readonly invalid: number;
  readonly unparseable: number;
}

const DEFAULTS = {
  lang: 'en' as Lang,
  representation: 'auto' as ReportRepresentation,
  maxRecordBytes: 16 * 1024 * 1024,
  maxDepth: 64,
  sampleLimit: 20,
  maxListedRecords: 100_000,
  maxFindingsPerRecord: 100,
};
const MAX_PATH_PATTERNS = 100;
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const END_OF_TEXT: Record<Lang, string> = { en: 'end of text', fr: 'fin du texte', nl: 'einde van de tekst' };
const AT: Record<Lang, { column: (c: number) => string; lineColumn: (l: number, c: number) => string }> = {
  en: { column: (c) => `at column ${c}`, lineColumn: (l, c) => `at line ${l}, column ${c}` },
  fr: { column: (c) => `à la colonne ${c}`, lineColumn: (l, c) => `à la ligne ${l}, colonne ${c}` },
  nl: { column: (c) => `op kolom ${c}`, lineColumn: (l, c) => `op regel ${l}, kolom ${c}` },
};

/** Findings of one code found beyond a per-record cap and never built, counted without samples. */
interface OmittedFindings {
  readonly code: string;
  readonly severity: Severity;
  readonly count: number;
}

interface MutableNotice {
  code: string;
  severity: Severity;
  total: number;
  records: number;
  samples: NoticeSample[];
  paths: Map<string, number>;
}

/** UTF-8 length of a string, computed exactly only when the cheap bounds cannot decide against `limit`. */
function exceedsBytes(text: string, limit: number): number | undefined {
  if (text.length > limit) return text.length; // at least one byte per UTF-16 unit
  if (text.length * 3 <= limit) return undefined; // at most three bytes per UTF-16 unit
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return bytes > limit ? bytes : undefined;
}

/** The same rule reached twice (e.g. `required` in an entity and in the EntityBase it includes) is one finding. */
function withoutDuplicates(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}\u0000${f.instancePath}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const pathPattern = (pointer: string): string => pointer.replace(/\/\d+(?=\/|$)/g, '/*');

/**
 * Validates records one at a time and accumulates a {@link ValidationReport}: the same engine behind the library,
 * the CLI and the dashboard. Memory stays bounded by the caps, whatever the number of records.
 * @example
 * const builder = new ReportBuilder({ lang: 'fr' });
 * for (const [i, line] of lines.entries()) builder.add({ source: { file: 'export.ndjson', line: i + 1 }, text: line });
 * const report = builder.build();
 */
export class ReportBuilder {
  readonly #lang: Lang;
  readonly #model: string | undefined;
  readonly #representation: ReportRepresentation;
  readonly #maxRecordBytes: number;
  readonly #maxDepth: number;
  readonly #sampleLimit: number;
  readonly #maxListed: number;
  readonly #maxFindings: number;
  readonly #overrides: Readonly<Record<string, Severity | 'off'>>;
  readonly #docsBase: string;
  readonly #now: () => Date;
  /** The options of every NGSI validation without a per-record model (built once, not once per record). */
  readonly #ngsiOptions: NgsiValidationOptions;

  #total = 0;
  #valid = 0;
  #invalid = 0;
  #unparseable = 0;
  #omitted = 0;
  readonly #bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  readonly #byCode = new Map<string, number>();
  readonly #byType = new Map<string, number>();
  readonly #notices = new Map<string, MutableNotice>();
  readonly #records: RecordResult[] = [];
  /** Position in `#records` of each listed record, so that later findings about it join its entry. */
  readonly #listed = new Map<string, number>();
  /** Records turned invalid by findings added after them ({@link ReportBuilder.addFindings}). */
  readonly #invalidated = new Set<string>();
  #reordered = false;
  readonly #inputs = new Map<string, { format: InputSummary['format']; records: number; bytes?: number }>();

  /** Checks the options; throws {@link ReportOptionsError} for an unknown model or an unavailable representation. */
  constructor(options: ValidateRecordsOptions = {}) {
    this.#lang = options.lang ?? DEFAULTS.lang;
    if (!Object.hasOwn(AT, this.#lang))
      throw new ReportOptionsError('bad_option', `lang must be en, fr or nl; got "${String(this.#lang)}"`);
    this.#representation = options.representation ?? DEFAULTS.representation;
    if (this.#representation !== 'auto' && !isRepresentation(this.#representation)) {
      throw new ReportOptionsError(
        'bad_option',
        `representation must be auto, ${REPRESENTATIONS.join(', ')}; got "${String(this.#representation)}"`,
      );
    }
    if (options.model !== undefined) {
      const info = getSchemaInfo(options.model);
      if (!info) throw new ReportOptionsError('unknown_model', `unknown model "${options.model}"`);
      this.#model = info.name;
    }
    const positive = (name: string, value: number | undefined, fallback: number): number => {
      const v = value ?? fallback;
      if (!(Number.isInteger(v) && v > 0))
        throw new ReportOptionsError('bad_option', `${name} must be a positive integer; got ${String(value)}`);
      return v;
    };
    this.#maxRecordBytes = positive('maxRecordBytes', options.maxRecordBytes, DEFAULTS.maxRecordBytes);
    this.#maxDepth = positive('maxDepth', options.maxDepth, DEFAULTS.maxDepth);
    this.#sampleLimit = positive('sampleLimit', options.sampleLimit, DEFAULTS.sampleLimit);
    this.#maxListed =
      options.maxListedRecords === undefined
        ? DEFAULTS.maxListedRecords
        : Math.max(0, Math.floor(options.maxListedRecords));
    this.#maxFindings = positive('maxFindingsPerRecord', options.maxFindingsPerRecord, DEFAULTS.maxFindingsPerRecord);
    for (const [code, level] of Object.entries(options.severityOverrides ?? {})) {
      if (!isValidationFindingCode(code))
        throw new ReportOptionsError('bad_option', `severity override for unknown finding code "${code}"`);
      if (!['error', 'warning', 'info', 'off'].includes(level))
        throw new ReportOptionsError(
          'bad_option',
          `severity override for "${code}" must be error, warning, info or off`,
        );
    }
    this.#overrides = options.severityOverrides ?? {};
    this.#docsBase = options.docsBase ?? FINDING_DOCS_BASE;
    this.#now = options.now ?? (() => new Date());
    this.#ngsiOptions = {
      representation: this.#representation,
      lang: this.#lang,
      ...(this.#model === undefined ? {} : { model: this.#model }),
    };
  }

  /** Counts so far. */
  get progress(): ReportProgress {
    return { total: this.#total, valid: this.#valid, invalid: this.#invalid, unparseable: this.#unparseable };
  }

  /** Declares an input before its records arrive, so that inputs without any record still appear in the report. */
  beginInput(input: { file: string; format: InputSummary['format']; bytes?: number }): void {
    const existing = this.#inputs.get(input.file);
    this.#inputs.set(input.file, {
      format: input.format,
      records: existing?.records ?? 0,
      ...(input.bytes === undefined ? {} : { bytes: input.bytes }),
    });
  }

  /**
   * Validates one input record. Raw text is parsed here, so syntax errors, size and depth limits become findings;
   * a JSON array is expanded into one record per element (with its `index`). Never throws on any input.
   */
  add(input: RecordInput): void {
    const source = input.source;
    let value: unknown;
    let model = this.#model;
    if (input.model !== undefined) {
      const info = getSchemaInfo(input.model);
      if (!info) throw new ReportOptionsError('unknown_model', `unknown model "${input.model}"`);
      model = info.name;
    }
    if (input.oversize !== undefined)
      return void this.#unparseableRecord(source, this.#limitFinding(input.oversize.bytes, input.oversize.limit));
    if (input.invalidUtf8 !== undefined) {
      const { offset, byte } = input.invalidUtf8;
      const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      return void this.#unparseableRecord(source, this.#finding('invalid_utf8', '', { offset, byte: hex }));
    }
    let text: string | undefined;
    if (input.text !== undefined) {
      text = input.text;
      if (!input.document) {
        const tooLarge =
          input.bytes !== undefined
            ? input.bytes > this.#maxRecordBytes
              ? input.bytes
              : undefined
            : exceedsBytes(text, this.#maxRecordBytes);
        if (tooLarge !== undefined)
          return void this.#unparseableRecord(source, this.#limitFinding(tooLarge, this.#maxRecordBytes));
      }
      if (isBlank(text)) return void this.#unparseableRecord(source, this.#finding('empty_input', '', {}));
      if (nestsDeeperThan(text, this.#maxDepth))
        return void this.#unparseableRecord(source, this.#finding('too_deeply_nested', '', { limit: this.#maxDepth }));
      try {
        value = JSON.parse(text);
      } catch {
        return void this.#unparseableRecord(source, this.#syntaxFinding(text));
      }
    } else {
      value = input.value;
      if (valueNestsDeeperThan(value, this.#maxDepth))
        return void this.#unparseableRecord(source, this.#finding('too_deeply_nested', '', { limit: this.#maxDepth }));
    }
    // A JSON array, or a GeoJSON FeatureCollection read as GeoJSON, holds one record per element.
    const elements =
      source.index !== undefined
        ? undefined
        : Array.isArray(value)
          ? value
          : (this.#representation === 'auto' || this.#representation === 'geojson') && isFeatureCollection(value)
            ? value.features
            : undefined;
    // JSON.parse silently keeps the last of two equal keys: find them in the text, once for a whole document, grouped
    // by the record they are in (see recordOf).
    const skip = !elements ? 0 : elements === value ? 1 : 2;
    const found =
      text === undefined
        ? undefined
        : duplicateKeysIn(text, {
            limit: this.#maxFindings,
            groupOf: skip === 0 ? recordZero : (path) => recordOf(path, skip),
            parsed: value,
          });
    if (found === undefined && !elements && input.findings === undefined) {
      // The usual record (one entity, every key written once): nothing more to build.
      this.#validateValue(source, value, model);
      return;
    }
    const byRecord = found && found.duplicates.length > 0 ? new Map<number, Finding[]>() : undefined;
    // Positions in a document are lines and columns of the file; in an NDJSON line, columns of that line.
    const lines = source.line === undefined;
    if (byRecord)
      for (const d of found!.duplicates) {
        const i = recordOf(d.path, skip);
        // The pointer starts at the record: past the element's index, or (outside every element) at the key itself.
        const cut = skip === 0 ? 0 : d.path.length >= skip && i === d.path[skip - 1] ? skip : d.path.length;
        let list = byRecord.get(i);
        if (!list) byRecord.set(i, (list = []));
        list.push(this.#duplicateFinding(d, cut, lines));
      }
    const omitted = (i: number) => (found && found.omitted.size > 0 ? (found.omitted.get(i) ?? 0) : 0);
    if (elements) {
      this.#countInput(source, 0);
      for (let i = 0; i < elements.length; i++)
        this.#validateValue({ ...source, index: i }, elements[i], model, byRecord?.get(i), omitted(i));
    } else {
      const built = byRecord?.get(0) ?? [];
      const extra = input.findings && input.findings.length > 0 ? [...built, ...input.findings] : built;
      this.#validateValue(source, value, model, extra, omitted(0));
    }
  }

  /** The `duplicate_key` finding of a key written twice; the first `skip` path tokens lead to the record. */
  #duplicateFinding(d: DuplicateKey, skip: number, lines: boolean): Finding {
    const at = (p: { line: number; column: number }) =>
      lines ? AT[this.#lang].lineColumn(p.line, p.column) : AT[this.#lang].column(p.column);
    const pointer = [...d.path.slice(skip), d.key].reduce<string>((p, t) => childPointer(p, String(t)), '');
    return this.#finding('duplicate_key', pointer, {
      key: d.key.length > 100 ? `${d.key.slice(0, 100)}…` : d.key,
      first: at(d.first),
      second: at(d.second),
      firstLine: d.first.line,
      firstColumn: d.first.column,
      secondLine: d.second.line,
      secondColumn: d.second.column,
    });
  }

  /**
   * Counts one record that a reader could not turn into a value (a CSV row with a quoting error, an unreadable
   * Parquet file) with the reader's finding; it is unparseable, like JSON that does not parse.
   */
  addUnreadable(source: RecordSource, finding: Finding): void {
    this.#unparseableRecord(source, finding);
  }

  /**
   * Reports findings about a record that was already added (rules that can only be decided later, such as a
   * reference to an entity read afterwards). `valid` is whether the record was valid when it was added; an error
   * found now makes it invalid, so that `valid + invalid + unparseable = total` still holds.
   * @example
   * builder.addFindings({ file: 'entities/Membership.ndjson', line: 4 }, 'Membership', [finding], { valid: true });
   */
  addFindings(
    source: RecordSource,
    type: string | null,
    findings: readonly Finding[],
    options: { readonly valid: boolean },
  ): void {
    const kept = this.#applyOverrides([...findings]);
    if (kept.length === 0) return;
    const key = sourceKey(source);
    const error = kept.some((f) => f.severity === 'error');
    if (error && options.valid && !this.#invalidated.has(key)) {
      this.#invalidated.add(key);
      this.#valid--;
      this.#invalid++;
    }
    this.#reordered = true;
    this.#count(source, kept);
    const at = this.#listed.get(key);
    if (at === undefined) {
      this.#list(source, type, kept, false);
      return;
    }
    const previous = this.#records[at]!;
    const room = Math.max(0, this.#maxFindings - previous.findings.length);
    const listed = kept.slice(0, room).map((f) => this.#reportFinding(f));
    const omitted = (previous.findingsOmitted ?? 0) + kept.length - listed.length;
    this.#records[at] = {
      ...previous,
      valid: previous.valid && !error,
      findings: [...previous.findings, ...listed],
      ...(omitted > 0 ? { findingsOmitted: omitted } : {}),
    };
  }

  /** Builds the report from everything added so far (the builder can keep accepting records afterwards). */
  build(): ValidationReport {
    const byCode = Object.fromEntries([...this.#byCode].sort(([a], [b]) => a.localeCompare(b)));
    const byType = Object.fromEntries([...this.#byType].sort(([a], [b]) => a.localeCompare(b)));
    const summary: ReportSummary = {
      total: this.#total,
      valid: this.#valid,
      invalid: this.#invalid,
      unparseable: this.#unparseable,
      bySeverity: { ...this.#bySeverity },
      byCode,
      byType,
      recordsOmitted: this.#omitted,
    };
    const notices: NoticeGroup[] = [...this.#notices.values()]
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code))
      .map((n) => {
        const def = this.#definition(n.code);
        return {
          code: n.code,
          severity: n.severity,
          title: def?.title[this.#lang] ?? n.code,
          fix: def?.fix[this.#lang] ?? '',
          docs: findingDocsUrl(n.code, this.#docsBase),
          total: n.total,
          records: n.records,
          samples: [...n.samples],
          paths: [...n.paths]
            .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
            .map(([path, count]) => ({ path, count })),
        };
      });
    const schemas = Object.keys(byType).flatMap((name) => {
      const info = getSchemaInfo(name);
      return info ? [{ name: info.name, $id: info.$id, version: info.version }] : [];
    });
    const inputs: InputSummary[] = [...this.#inputs].map(([file, i]) => ({
      file,
      format: i.format,
      records: i.records,
      ...(i.bytes === undefined ? {} : { bytes: i.bytes }),
    }));
    return {
      $schema: REPORT_SCHEMA_ID,
      tool: { name: pkg.name, version: pkg.version },
      generatedAt: this.#now().toISOString(),
      options: {
        lang: this.#lang,
        model: this.#model ?? null,
        representation: this.#representation,
        maxRecordBytes: this.#maxRecordBytes,
        maxDepth: this.#maxDepth,
        sampleLimit: this.#sampleLimit,
      },
      schemas,
      inputs,
      summary,
      notices,
      records: this.#reordered ? this.#inInputOrder() : [...this.#records],
    };
  }

  /** The listed records sorted by input (in the order inputs were first seen), then line or array index. */
  #inInputOrder(): RecordResult[] {
    const order = new Map([...this.#inputs.keys()].map((file, i) => [file, i]));
    const rank = (r: RecordResult): number => order.get(r.source.file ?? '') ?? order.size;
    const position = (r: RecordResult): number => r.source.line ?? r.source.index ?? -1;
    return [...this.#records].sort((a, b) => rank(a) - rank(b) || position(a) - position(b));
  }

  #definition(code: string): FindingDefinition | undefined {
    return isValidationFindingCode(code) ? validationFindingCatalogue[code] : undefined;
  }

  #finding(code: ReportFindingCode, instancePath: string, params: FindingParams): Finding {
    return createFinding(reportFindingCatalogue, code, this.#lang, { instancePath, params });
  }

  #limitFinding(bytes: number, limit: number): Finding {
    return this.#finding('record_too_large', '', { bytes, limit });
  }

  #syntaxFinding(text: string): Finding {
    // NUL and U+FFFD (what the UTF-8 decoder puts for invalid bytes) are the marks of binary data.
    // eslint-disable-next-line no-control-regex
    const binary = text.search(/[\u0000\uFFFD]/);
    const location = locateSyntaxError(text);
    if (binary >= 0 && (location === undefined || binary <= location.position))
      return this.#finding('binary_content', '', { position: binary + 1 });
    const position = location?.position ?? 0;
    const before = text.slice(0, position);
    const line = (before.match(/\n/g)?.length ?? 0) + 1;
    const column = position - (before.lastIndexOf('\n') + 1) + 1;
    const got = location?.found === undefined ? END_OF_TEXT[this.#lang] : JSON.stringify(location.found);
    const at = line === 1 ? AT[this.#lang].column(column) : AT[this.#lang].lineColumn(line, column);
    return this.#finding('unparseable_json', '', { got, at, position: position + 1, line, column });
  }

  #countInput(source: RecordSource, records: number): void {
    if (source.file === undefined) return;
    const entry = this.#inputs.get(source.file);
    if (entry) {
      entry.records += records;
      if (source.line !== undefined && entry.format === 'json') entry.format = 'ndjson';
    } else this.#inputs.set(source.file, { format: source.line === undefined ? 'json' : 'ndjson', records });
  }

  #unparseableRecord(source: RecordSource, finding: Finding): void {
    this.#unparseable++;
    this.#record(source, null, [finding], true);
  }

  /** Validates one value; `duplicatesOmitted` counts the `duplicate_key` findings beyond the per-record cap. */
  #validateValue(
    source: RecordSource,
    value: unknown,
    model: string | undefined,
    extra?: readonly Finding[],
    duplicatesOmitted = 0,
  ): void {
    const result = validateNgsiEntity(
      value,
      model === undefined || model === this.#model
        ? this.#ngsiOptions
        : { representation: this.#representation, lang: this.#lang, model },
    );
    // `result.findings` is the validation's own fresh array: extended in place, not copied (once per record).
    const findings = result.findings as Finding[];
    if (extra) for (const f of extra) findings.push(f);
    if (result.type !== undefined) this.#byType.set(result.type, (this.#byType.get(result.type) ?? 0) + 1);
    const kept = this.#applyOverrides(findings.length > 1 ? withoutDuplicates(findings) : findings);
    const valid = !kept.some((f) => f.severity === 'error');
    if (valid) this.#valid++;
    else this.#invalid++;
    if (duplicatesOmitted === 0) return this.#record(source, result.type ?? null, kept, false);
    const level = Object.hasOwn(this.#overrides, 'duplicate_key') ? this.#overrides['duplicate_key'] : undefined;
    const omitted =
      level !== 'off'
        ? { code: 'duplicate_key', severity: level ?? ('warning' as const), count: duplicatesOmitted }
        : undefined;
    this.#record(source, result.type ?? null, kept, false, omitted);
  }

  #applyOverrides(findings: Finding[]): Finding[] {
    if (findings.length === 0 || Object.keys(this.#overrides).length === 0) return findings;
    const out: Finding[] = [];
    for (const f of findings) {
      const level = Object.hasOwn(this.#overrides, f.code) ? this.#overrides[f.code] : undefined;
      if (level === 'off') continue;
      out.push(level ? { ...f, severity: level } : f);
    }
    return out;
  }

  #record(
    source: RecordSource,
    type: string | null,
    findings: Finding[],
    unparseable: boolean,
    omitted?: OmittedFindings,
  ): void {
    this.#total++;
    this.#countInput(source, 1);
    if (findings.length === 0) return;
    this.#count(source, findings, omitted);
    this.#list(source, type, findings, unparseable, omitted?.count ?? 0);
  }

  /** Counts findings by severity and code and adds them to their notice groups. */
  #count(source: RecordSource, findings: readonly Finding[], omitted?: OmittedFindings): void {
    const seen = new Set<string>();
    for (const f of findings) {
      this.#bySeverity[f.severity]++;
      this.#byCode.set(f.code, (this.#byCode.get(f.code) ?? 0) + 1);
      const key = `${f.severity}\u0000${f.code}`;
      let notice = this.#notices.get(key);
      if (!notice) {
        notice = { code: f.code, severity: f.severity, total: 0, records: 0, samples: [], paths: new Map() };
        this.#notices.set(key, notice);
      }
      notice.total++;
      if (!seen.has(key)) {
        seen.add(key);
        notice.records++;
      }
      if (notice.samples.length < this.#sampleLimit)
        notice.samples.push({ source, instancePath: f.instancePath, message: f.message });
      const pattern = pathPattern(f.instancePath);
      if (notice.paths.has(pattern) || notice.paths.size < MAX_PATH_PATTERNS)
        notice.paths.set(pattern, (notice.paths.get(pattern) ?? 0) + 1);
    }
    if (omitted) {
      // Findings found beyond the per-record cap and never built: counted like the others, without samples.
      this.#bySeverity[omitted.severity] += omitted.count;
      this.#byCode.set(omitted.code, (this.#byCode.get(omitted.code) ?? 0) + omitted.count);
      const notice = this.#notices.get(`${omitted.severity}\u0000${omitted.code}`);
      if (notice) notice.total += omitted.count;
    }
  }

  /** Lists a record with its findings in `records`, up to the record cap. */
  #list(
    source: RecordSource,
    type: string | null,
    findings: readonly Finding[],
    unparseable: boolean,
    alsoOmitted = 0,
  ): void {
    if (this.#records.length >= this.#maxListed) {
      this.#omitted++;
      return;
    }
    const listed = findings.slice(0, this.#maxFindings).map((f) => this.#reportFinding(f));
    const omitted = findings.length - listed.length + alsoOmitted;
    this.#listed.set(sourceKey(source), this.#records.length);
    this.#records.push({
      source,
      type,
      valid: unparseable ? false : !findings.some((f) => f.severity === 'error'),
      unparseable,
      findings: listed,
      ...(omitted > 0 ? { findingsOmitted: omitted } : {}),
    });
  }

  #reportFinding(f: Finding): ReportFinding {
    return {
      code: f.code,
      severity: f.severity,
      instancePath: f.instancePath,
      schemaPath: f.schemaPath,
      message: f.message,
      docs: findingDocsUrl(f.code, this.#docsBase),
      params: f.params,
    };
  }
}

/**
 * Validates a stream of records (sync or async) and resolves to the full report; the one entry point shared by
 * the library, the CLI and the dashboard.
 * @example
 * const report = await validateRecords([{ source: { file: 'a.json' }, text: '{"type":"AirQualityObserved"}' }], { lang: 'nl' });
 * console.log(report.summary.invalid); // 1
 */
export async function validateRecords(
  records: AsyncIterable<RecordInput> | Iterable<RecordInput>,
  options: ValidateRecordsOptions = {},
): Promise<ValidationReport> {
  const builder = new ReportBuilder(options);
  for await (const record of records) builder.add(record);
  return builder.build();
}

/** True when a text is empty or JSON whitespace only (checked without copying it, unlike `trim()`). */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && c !== 0xfeff) return false;
  }
  return true;
}

/**
 * The record a duplicate key belongs to, from the path of its object: the element of an array (`skip` 1) or of a
 * FeatureCollection's features (`skip` 2) it is in; the first record for a key repeated in the collection itself.
 */
function recordOf(path: readonly (string | number)[], skip: number): number {
  const at = path[skip - 1];
  return skip > 0 && typeof at === 'number' && (skip === 1 || path[0] === 'features') ? at : 0;
}
const recordZero = (): number => 0;

/** One string per record position: file, line and array index. */
function sourceKey(source: RecordSource): string {
  return `${source.file ?? ''}\u0000${source.line ?? ''}\u0000${source.index ?? ''}`;
}
