/**
 * The workspace check, browser-safe and streaming: records arrive one at a time (a reader feeds them in the layout's
 * order), each is validated against its schema by the report engine of @opencity/interop and run through the dataset
 * rules; what can only be decided once everything is read (references to later records, overlaps, KPI inputs) is
 * kept as small facts and decided in {@link WorkspaceChecker.finish}. Memory grows with the number of identifiers,
 * not with the size of the records.
 */
import { catalogue as kpiCatalogue, parsePeriod } from '@opencity/kpi';
import {
  ReportBuilder,
  workspaceFindingCatalogue,
  type RecordInput,
  type RecordSource,
  type ValidateRecordsOptions,
  type WorkspaceFindingCode,
  type ValidationReport,
} from '@opencity/interop';
import { createFinding, type Finding, type FindingParams, type KpiDefinition, type Lang } from '@opencity/models';
import {
  calendarDate,
  compareDates,
  crossDateRules,
  datePairRules,
  programmeDates,
  valueAt,
  type CrossDateRule,
} from './dateRules';
import { devicePlace, fillFromDevice, type DevicePlace } from './deviceFacts';
import { MANIFEST_FILE, type WorkspaceFile } from './layout';
import { entityReferences, type Reference } from './relationships';

/** Options of {@link WorkspaceChecker}: those of the report engine, plus the date KPI inputs are checked against. */
export interface WorkspaceCheckOptions extends Omit<ValidateRecordsOptions, 'model' | 'representation'> {
  /** Targets whose period ended before this date must have KPI inputs (default: now); echoed in each finding. */
  readonly asOf?: Date;
  /** The KPI definitions targets name (default: the @opencity/kpi catalogue); KpiDefinition entities of the workspace add to and replace them by id. */
  readonly definitions?: readonly KpiDefinition[];
}

/** One record that findings may still be added to when the check finishes. */
interface RecordRef {
  readonly source: RecordSource;
  readonly type: string | null;
  valid: boolean;
}

interface PendingReference {
  readonly ref: Reference;
  readonly record: RecordRef;
  readonly observation: boolean;
}

interface PendingDate {
  readonly rule: CrossDateRule;
  readonly value: string;
  readonly target: string;
  readonly record: RecordRef;
}

interface MembershipFact {
  readonly id: string;
  readonly board: string;
  readonly member: string;
  readonly start: string;
  readonly end: string | undefined;
  readonly record: RecordRef;
}

interface TargetFact {
  readonly kpi: string;
  readonly period: string;
  readonly area: string | undefined;
  readonly record: RecordRef;
}

// An identifier's type, file and position packed in one number: 8 bits of type, 16 of file, 29 of line or index.
const TYPE_FACTOR = 2 ** 45;
const FILE_FACTOR = 2 ** 29;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Checks a workspace record by record and as a whole, and builds a `ValidationReport` (the report schema of
 * `opencity validate`). Feed files in the layout's order (`compareWorkspaceFiles`): the manifest first, then
 * entities, statistics and observations.
 * @example
 * const checker = new WorkspaceChecker({ lang: 'fr' });
 * const file = { path: 'entities/Membership.ndjson', kind: 'entities', format: 'ndjson', type: 'Membership' } as const;
 * checker.beginFile(file);
 * checker.add(file, { source: { file: file.path, line: 1 }, text: line });
 * const report = checker.finish();
 */
export class WorkspaceChecker {
  readonly #builder: ReportBuilder;
  readonly #lang: Lang;
  readonly #asOf: Date;
  readonly #definitions = new Map<string, KpiDefinition>();

  readonly #types: string[] = [''];
  readonly #typeIndex = new Map<string, number>([['', 0]]);
  readonly #files: { path: string; byLine: boolean }[] = [];
  readonly #fileIndex = new Map<string, number>();
  /** Every entity identifier, with its type, file and position packed in one number. */
  readonly #ids = new Map<string, number>();

  #external: readonly string[] = [];
  #programme: { start: string; end: string } | undefined;
  #manifest: Record<string, unknown> | undefined;

  readonly #pendingRefs: PendingReference[] = [];
  readonly #pendingDates: PendingDate[] = [];
  /** Start dates of meetings and workshops, for the rules that compare other dates with them. */
  readonly #eventDates = new Map<string, string>();
  readonly #memberships: MembershipFact[] = [];
  readonly #targets: TargetFact[] = [];
  /** `variable|period` of every statistic. */
  readonly #statistics = new Set<string>();
  /** `variable|YYYY-MM-DD` of every observation of a variable that an observation KPI reads. */
  readonly #observed = new Set<string>();
  #trackedVariables: readonly string[] | undefined;
  readonly #lastObserved = new Map<string, string>();
  /** Where each Device stands, for observation rows that leave it out. */
  readonly #devices = new Map<string, DevicePlace>();

  /** Checks the options (language, limits) as the report engine does. */
  constructor(options: WorkspaceCheckOptions = {}) {
    this.#builder = new ReportBuilder(options);
    this.#lang = options.lang ?? 'en';
    this.#asOf = options.asOf ?? new Date();
    for (const d of options.definitions ?? kpiCatalogue) this.#definitions.set(d.id, d);
  }

  /** The manifest as read, once {@link WorkspaceChecker.add} has seen `opencity.json` (whether valid or not). */
  get manifest(): Readonly<Record<string, unknown>> | undefined {
    return this.#manifest;
  }

  /** Declares a file before its records, so that an empty file still appears in the report. */
  beginFile(file: WorkspaceFile, bytes?: number): void {
    this.#fileNumber(file);
    this.#builder.beginInput({
      file: file.path,
      format: file.format,
      ...(bytes === undefined ? {} : { bytes }),
    });
  }

  /**
   * Checks one input of a file: raw JSON text (an NDJSON line or a whole `.json` document, whose array elements
   * become records with their index) or a value built by a reader (a CSV or Parquet row, whose missing `location`
   * and `address` are its device's). `derivedId` says the reader made the id up (an observation row without one): it
   * is then not indexed. Never throws on any input.
   */
  add(file: WorkspaceFile, input: RecordInput, options: { readonly derivedId?: boolean } = {}): void {
    if (input.oversize !== undefined || input.invalidUtf8 !== undefined) return this.#builder.add(input);
    let value: unknown;
    if (input.text !== undefined) {
      try {
        value = JSON.parse(input.text);
      } catch {
        return this.#builder.add(input); // the engine reports where the syntax breaks
      }
    } else {
      value = input.value;
      if (file.kind === 'observations' && isObject(value)) fillFromDevice(value, this.#devices);
    }
    if (input.text !== undefined && input.document && Array.isArray(value) && input.source.index === undefined) {
      for (let i = 0; i < value.length; i++) this.#check(file, { ...input.source, index: i }, value[i], false);
      return;
    }
    this.#check(file, input.source, value, options.derivedId === true);
  }

  /** Counts a record that a reader could not read (CSV syntax, unreadable Parquet) with the reader's finding. */
  addUnreadable(source: RecordSource, code: 'unparseable_csv' | 'unreadable_parquet', reason: string): void {
    this.#builder.addUnreadable(source, this.#finding(code, '', { reason }));
  }

  /** Reports a file that the layout does not read (`unknown_workspace_file`); it is not a record. */
  addUnknownFile(path: string, expected: string): void {
    this.#builder.addFindings({ file: path }, null, [this.#finding('unknown_workspace_file', '', { expected })], {
      valid: true,
    });
  }

  /** Decides the rules that needed the whole workspace and returns the report. */
  finish(): ValidationReport {
    const later = new Map<RecordRef, Finding[]>();
    const push = (record: RecordRef, finding: Finding): void => {
      const list = later.get(record);
      if (list) list.push(finding);
      else later.set(record, [finding]);
    };
    for (const p of this.#pendingRefs) {
      const finding = this.#resolve(p.ref, p.observation);
      if (finding) push(p.record, finding);
    }
    for (const p of this.#pendingDates) {
      const finding = this.#crossDate(p.rule, p.value, p.target);
      if (finding) push(p.record, finding);
    }
    for (const [record, finding] of this.#overlaps()) push(record, finding);
    for (const [record, finding] of this.#missingInputs()) push(record, finding);
    for (const [record, findings] of later) this.#builder.addFindings(record.source, record.type, findings, record);
    return this.#builder.build();
  }

  #fileNumber(file: WorkspaceFile): number {
    let n = this.#fileIndex.get(file.path);
    if (n === undefined) {
      n = this.#files.length;
      this.#files.push({ path: file.path, byLine: file.format !== 'json' });
      this.#fileIndex.set(file.path, n);
    }
    return n;
  }

  #typeNumber(type: string): number {
    let n = this.#typeIndex.get(type);
    if (n === undefined) {
      n = this.#types.length;
      this.#types.push(type);
      this.#typeIndex.set(type, n);
    }
    return n;
  }

  #finding(code: WorkspaceFindingCode, instancePath: string, params: FindingParams): Finding {
    return createFinding(workspaceFindingCatalogue, code, this.#lang, { instancePath, params });
  }

  #where(packed: number): string {
    const file = this.#files[Math.floor(packed / FILE_FACTOR) % 2 ** 16];
    const position = packed % FILE_FACTOR;
    if (!file) return '?';
    return file.byLine
      ? `${file.path}:${position}`
      : position === FILE_FACTOR - 1
        ? file.path
        : `${file.path}[${position}]`;
  }

  #isExternal(id: string): boolean {
    for (const prefix of this.#external) if (id.startsWith(prefix)) return true;
    return false;
  }

  #check(file: WorkspaceFile, source: RecordSource, value: unknown, derivedId: boolean): void {
    if (file.kind === 'manifest') return this.#checkManifest(source, value);
    const model = file.kind === 'statistics' ? 'Statistic' : undefined;
    const entity = isObject(value) ? value : undefined;
    const type = entity && typeof entity['type'] === 'string' ? entity['type'] : undefined;
    const now: Finding[] = [];
    const refs: Reference[] = [];
    const dates: PendingDate[] = [];
    const record: RecordRef = { source, type: model ?? type ?? null, valid: true };

    if (entity && model === undefined) {
      if (file.type !== undefined && type !== undefined && type !== file.type)
        now.push(this.#finding('file_type_mismatch', '/type', { type, fileType: file.type }));
      const id = entity['id'];
      if (typeof id === 'string' && !derivedId) {
        const seen = this.#ids.get(id);
        if (seen !== undefined) now.push(this.#finding('duplicate_id', '/id', { id, first: this.#where(seen) }));
        else this.#ids.set(id, this.#pack(type ?? '', file, source));
      }
      if (type !== undefined) {
        for (const ref of entityReferences(type, entity)) {
          if (this.#isExternal(ref.target)) continue;
          if (this.#ids.has(ref.target)) {
            const finding = this.#resolve(ref, file.kind === 'observations');
            if (finding) now.push(finding);
          } else refs.push(ref);
        }
        this.#dateRules(type, entity, now, dates, record);
        this.#facts(type, entity, record, file);
      }
    } else if (entity && model === 'Statistic') {
      if (typeof entity['variable'] === 'string' && typeof entity['period'] === 'string')
        this.#statistics.add(`${entity['variable']}|${entity['period']}`);
    }

    const before = this.#builder.progress;
    this.#builder.add({ source, value, ...(model ? { model } : {}), ...(now.length ? { findings: now } : {}) });
    const after = this.#builder.progress;
    if (after.unparseable !== before.unparseable) return;
    record.valid = after.invalid === before.invalid;
    for (const ref of refs) this.#pendingRefs.push({ ref, record, observation: file.kind === 'observations' });
    for (const d of dates) this.#pendingDates.push(d);
  }

  #checkManifest(source: RecordSource, value: unknown): void {
    const now: Finding[] = [];
    if (isObject(value)) {
      this.#manifest = value;
      const prefixes = value['externalIdPrefixes'];
      if (Array.isArray(prefixes))
        this.#external = prefixes.filter((p): p is string => typeof p === 'string' && p !== '');
      const programme = value['programme'];
      if (isObject(programme) && typeof programme['start'] === 'string' && typeof programme['end'] === 'string') {
        const order = compareDates(programme['end'], programme['start']);
        if (order !== undefined && order < 0)
          now.push(
            this.#finding('date_order', '/programme/end', {
              property: 'programme.end',
              value: programme['end'],
              limitOf: 'programme.start',
              limit: programme['start'],
            }),
          );
        else if (order !== undefined) this.#programme = { start: programme['start'], end: programme['end'] };
      }
    }
    this.#builder.add({
      source: source.file === undefined ? { file: MANIFEST_FILE } : source,
      value,
      model: 'WorkspaceManifest',
      ...(now.length ? { findings: now } : {}),
    });
  }

  #pack(type: string, file: WorkspaceFile, source: RecordSource): number {
    const t = this.#typeNumber(type);
    const f = this.#fileNumber(file);
    const position = source.line ?? source.index ?? FILE_FACTOR - 1;
    // Past 255 types, 65,535 files or 2^29 lines the location is dropped, never the identifier.
    return (t < 256 ? t : 0) * TYPE_FACTOR + (f < 65_536 ? f : 0) * FILE_FACTOR + Math.min(position, FILE_FACTOR - 1);
  }

  /** The finding a reference deserves now that every identifier is known, or none. */
  #resolve(ref: Reference, observation: boolean): Finding | undefined {
    const packed = this.#ids.get(ref.target);
    const expected = ref.objectType.join(' | ');
    if (packed === undefined) {
      if (observation && ref.objectType.length === 1 && ref.objectType[0] === 'Device')
        return this.#finding('observation_unknown_sensor', ref.pointer, { property: ref.property, target: ref.target });
      return this.#finding('reference_not_found', ref.pointer, {
        property: ref.property,
        target: ref.target,
        expected,
      });
    }
    const got = this.#types[Math.floor(packed / TYPE_FACTOR)] ?? '';
    if (got === '' || ref.objectType.includes(got)) return undefined;
    return this.#finding('reference_wrong_type', ref.pointer, {
      property: ref.property,
      target: ref.target,
      expected,
      got,
    });
  }

  #dateRules(
    type: string,
    entity: Record<string, unknown>,
    now: Finding[],
    dates: PendingDate[],
    record: RecordRef,
  ): void {
    for (const rule of datePairRules) {
      if (rule.type !== type) continue;
      if (rule.items) {
        const items = entity[rule.items];
        if (!Array.isArray(items)) continue;
        const start = rule.startOnEntity ? valueAt(entity, rule.start) : undefined;
        items.forEach((item, i) => {
          const from = rule.startOnEntity ? start : valueAt(item, rule.start);
          const to = valueAt(item, rule.end);
          const order = compareDates(to, from);
          if (order !== undefined && order < 0)
            now.push(
              this.#finding('date_order', `/${rule.items}/${i}/${rule.end}`, {
                property: `${rule.items}[${i}].${rule.end}`,
                value: String(to),
                limitOf: rule.startOnEntity ? rule.start : `${rule.items}[${i}].${rule.start}`,
                limit: String(from),
              }),
            );
        });
        continue;
      }
      const from = valueAt(entity, rule.start);
      const to = valueAt(entity, rule.end);
      const order = compareDates(to, from);
      if (order !== undefined && order < 0)
        now.push(
          this.#finding('date_order', `/${rule.end}`, {
            property: rule.end.replace(/\//g, '.'),
            value: String(to),
            limitOf: rule.start.replace(/\//g, '.'),
            limit: String(from),
          }),
        );
    }
    for (const rule of crossDateRules) {
      if (rule.type !== type) continue;
      const value = entity[rule.property];
      const target = entity[rule.via];
      if (typeof value !== 'string' || typeof target !== 'string') continue;
      if (this.#eventDates.has(target)) {
        const finding = this.#crossDate(rule, value, target);
        if (finding) now.push(finding);
      } else dates.push({ rule, value, target, record });
    }
    const dated = Object.hasOwn(programmeDates, type) ? programmeDates[type]! : undefined;
    if (dated && this.#programme) {
      const value = entity[dated];
      const day = calendarDate(value);
      if (day !== undefined && (day < this.#programme.start || day > this.#programme.end))
        now.push(
          this.#finding('outside_programme_period', `/${dated}`, {
            property: dated,
            value: String(value),
            start: this.#programme.start,
            end: this.#programme.end,
          }),
        );
    }
  }

  #crossDate(rule: CrossDateRule, value: string, target: string): Finding | undefined {
    const limit = this.#eventDates.get(target);
    if (limit === undefined) return undefined; // a missing meeting or workshop is a reference finding already
    const order = compareDates(value, limit);
    if (order === undefined || order >= 0) return undefined;
    return this.#finding('date_order', `/${rule.property}`, {
      property: rule.property,
      value,
      limitOf: `${rule.targetType} ${target} (${rule.targetProperty})`,
      limit,
    });
  }

  #facts(type: string, entity: Record<string, unknown>, record: RecordRef, file: WorkspaceFile): void {
    const id = typeof entity['id'] === 'string' ? entity['id'] : undefined;
    if (type === 'Device' && id !== undefined) {
      const place = devicePlace(entity);
      if (place) this.#devices.set(id, place);
    } else if (
      (type === 'Meeting' || type === 'Workshop') &&
      id !== undefined &&
      typeof entity['startDate'] === 'string'
    )
      this.#eventDates.set(id, entity['startDate']);
    else if (type === 'Membership') {
      const board = entity['refGovernanceBoard'];
      const member = entity['refMember'];
      const start = entity['startDate'];
      const end = entity['endDate'];
      if (typeof board === 'string' && typeof member === 'string' && typeof start === 'string')
        this.#memberships.push({
          id: id ?? '',
          board,
          member,
          start,
          end: typeof end === 'string' ? end : undefined,
          record,
        });
    } else if (type === 'Target') {
      const kpi = entity['kpi'];
      const period = entity['period'];
      if (typeof kpi === 'string' && typeof period === 'string')
        this.#targets.push({
          kpi,
          period,
          area: typeof entity['area'] === 'string' ? entity['area'] : undefined,
          record,
        });
    } else if (type === 'KpiDefinition' && id !== undefined && isObject(entity['formula'])) {
      this.#definitions.set(id, entity as unknown as KpiDefinition);
      this.#trackedVariables = undefined;
    }
    if (file.kind === 'observations') this.#observe(entity);
  }

  #observe(entity: Record<string, unknown>): void {
    const day = calendarDate(entity['dateObserved']);
    if (day === undefined) return;
    this.#trackedVariables ??= [
      ...new Set(
        [...this.#definitions.values()].flatMap((d) => (d.formula.kind === 'observations' ? [d.formula.variable] : [])),
      ),
    ];
    for (const variable of this.#trackedVariables) {
      if (typeof entity[variable] !== 'number' || this.#lastObserved.get(variable) === day) continue;
      this.#lastObserved.set(variable, day);
      this.#observed.add(`${variable}|${day}`);
    }
  }

  /** One `membership_overlap` per membership that starts while an earlier one of the same member and board runs. */
  *#overlaps(): Generator<[RecordRef, Finding]> {
    const groups = new Map<string, MembershipFact[]>();
    for (const m of this.#memberships) {
      const key = `${m.board}\u0000${m.member}`;
      const list = groups.get(key);
      if (list) list.push(m);
      else groups.set(key, [m]);
    }
    for (const list of groups.values()) {
      if (list.length < 2) continue;
      list.sort((a, b) => compareDates(a.start, b.start) ?? 0);
      let longest: MembershipFact | undefined;
      for (const m of list) {
        if (longest && (longest.end === undefined || (compareDates(m.start, longest.end) ?? 1) <= 0)) {
          yield [
            m.record,
            this.#finding('membership_overlap', '/startDate', {
              member: m.member,
              board: m.board,
              other: longest.id,
              otherStart: longest.start,
              otherEnd: longest.end ?? '…',
            }),
          ];
        }
        if (
          !longest ||
          (longest.end !== undefined && (m.end === undefined || (compareDates(m.end, longest.end) ?? 0) > 0))
        )
          longest = m;
      }
    }
  }

  /** `kpi_input_missing` for targets of ended periods whose KPI has no input; an unknown KPI is a missing reference. */
  *#missingInputs(): Generator<[RecordRef, Finding]> {
    const covered = new Set<string>();
    for (const key of this.#observed) {
      const [variable, day] = key.split('|') as [string, string];
      const month = Number(day.slice(5, 7));
      covered.add(`${variable}|${day}`);
      covered.add(`${variable}|${day.slice(0, 7)}`);
      covered.add(`${variable}|${day.slice(0, 4)}-Q${Math.ceil(month / 3)}`);
      covered.add(`${variable}|${day.slice(0, 4)}`);
    }
    const asOf = this.#asOf.getTime();
    const asOfText = this.#asOf.toISOString().slice(0, 10);
    for (const t of this.#targets) {
      const definition = this.#definitions.get(t.kpi);
      if (!definition) {
        yield [
          t.record,
          this.#finding('reference_not_found', '/kpi', { property: 'kpi', target: t.kpi, expected: 'KpiDefinition' }),
        ];
        continue;
      }
      let end: number;
      try {
        end = parsePeriod(t.period).end;
      } catch {
        continue; // schema validation reports a malformed period
      }
      if (end > asOf) continue;
      const formula = definition.formula;
      let missing: string[];
      if (formula.kind === 'composite') continue;
      else if (formula.kind === 'observations')
        missing = covered.has(`${formula.variable}|${t.period}`) ? [] : [formula.variable];
      else
        missing = definition.inputs.map((i) => i.name).filter((name) => !this.#statistics.has(`${name}|${t.period}`));
      if (missing.length > 0)
        yield [
          t.record,
          this.#finding('kpi_input_missing', '/period', {
            kpi: t.kpi,
            period: t.period,
            area: t.area ?? '*',
            missing: missing.join(', '),
            asOf: asOfText,
          }),
        ];
    }
  }
}
