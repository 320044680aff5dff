/**
 * Reads a jury's score sheet (CSV, as a spreadsheet exports it) into JuryEvaluation entities. Pure and browser-safe:
 * it takes the text, never a file. Parsing is csv-parse's (RFC 4180: quoted cells, doubled quotes, CRLF, a BOM),
 * with no Node built-in in its synchronous entry; this module adds the sheet's meaning and reports every bad row.
 */
import { parse } from 'csv-parse/sync';
import { createFinding, type JuryEvaluation, type Lang } from '@opencity/models';
import { RoadmapError } from '../core/RoadmapError';
import { roadmapFindingCatalogue, type RoadmapFinding, type RoadmapFindingCode } from './roadmapFindings';

/** Why a juror did not score a project (the JuryEvaluation abstention reason codes). */
export type AbstentionReason = NonNullable<JuryEvaluation['abstention']>['reason'];

const abstentionReasons: readonly AbstentionReason[] = [
  'conflict-of-interest',
  'lack-of-expertise',
  'absence',
  'other',
];

/** Options of {@link readJuryCsv}. */
export interface ReadJuryCsvOptions {
  /** Language of the findings' messages (default `en`). */
  readonly lang?: Lang;
  /** The call or selection session the sheet belongs to, written into every evaluation and its id. */
  readonly selection?: string;
  /** Scoring round of the sheet (default 1). */
  readonly round?: number;
  /** Reason of an empty score whose abstention cell is empty or absent (default `conflict-of-interest`). */
  readonly abstentionReason?: AbstentionReason;
}

/** The parameters {@link readJuryCsv} used, defaults included. */
export interface JuryCsvParameters {
  /** The column separator found on the header line. */
  readonly delimiter: ',' | ';';
  /** Whether a decimal comma is read in scores (semicolon-separated sheets only). */
  readonly decimalComma: boolean;
  /** Reason of an empty score without an abstention cell. */
  readonly abstentionReason: AbstentionReason;
  /** Round written into every evaluation. */
  readonly round: number;
  /** Selection written into every evaluation, if any. */
  readonly selection?: string;
}

/**
 * What {@link readJuryCsv} returns: one JuryEvaluation per juror and project (in order of first appearance) from the
 * rows that could be read, every problem as a finding, and `ok` when there is no error.
 */
export type JuryCsvResult =
  | {
      readonly ok: true;
      readonly evaluations: JuryEvaluation[];
      readonly findings: RoadmapFinding[];
      readonly rows: number;
      readonly parameters: JuryCsvParameters;
    }
  | {
      readonly ok: false;
      readonly evaluations: JuryEvaluation[];
      readonly findings: RoadmapFinding[];
      readonly rows: number;
      readonly parameters: JuryCsvParameters;
    };

const required = ['juror', 'project', 'criterion', 'score'] as const;
const number = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const identifier = /^\S{1,256}$/;

interface Draft {
  readonly juror: string;
  readonly project: string;
  readonly lines: number[];
  readonly scores: { criterion: string; score: number; comment?: string; line: number }[];
  abstention?: { reason: AbstentionReason; explanation?: string; line: number };
}

/**
 * Reads a score sheet with the columns `juror,project,criterion,score` and optional `abstention` and `comment`
 * (comma- or semicolon-separated, header names in any case). An empty score is an abstention on the whole project:
 * its reason is the abstention cell (a JuryEvaluation reason code, or free text kept as the explanation of `other`),
 * else `options.abstentionReason`. Every row is accounted for: read into an evaluation, or reported as a finding.
 * @throws {@link RoadmapError} `invalid_option` for an impossible option (the sheet's problems are findings).
 * @example
 * const read = readJuryCsv('juror,project,criterion,score\nJ1,P1,impact,3\nJ2,P1,impact,\n');
 * read.ok; // true
 * read.evaluations[1]; // { refJuror: 'J2', refProjectFactsheet: 'P1', status: 'abstained', abstention: { reason: 'conflict-of-interest' }, … }
 */
export function readJuryCsv(text: string, options: ReadJuryCsvOptions = {}): JuryCsvResult {
  const lang = options.lang ?? 'en';
  const round = options.round ?? 1;
  const abstentionReason = options.abstentionReason ?? 'conflict-of-interest';
  if (typeof text !== 'string') throw new RoadmapError('invalid_option', 'readJuryCsv needs the text of the sheet');
  if (!Number.isSafeInteger(round) || round < 1)
    throw new RoadmapError('invalid_option', `round must be a whole number ≥ 1; got ${round}`);
  if (!abstentionReasons.includes(abstentionReason))
    throw new RoadmapError(
      'invalid_option',
      `abstentionReason must be one of ${abstentionReasons.join(', ')}; got ${JSON.stringify(abstentionReason)}`,
    );
  if (options.selection !== undefined && !identifier.test(options.selection))
    throw new RoadmapError(
      'invalid_option',
      `selection must be an identifier without spaces; got "${options.selection}"`,
    );

  const headerLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter: ',' | ';' = headerLine.includes(';') && !headerLine.includes(',') ? ';' : ',';
  const parameters: JuryCsvParameters = {
    delimiter,
    decimalComma: delimiter === ';',
    abstentionReason,
    round,
    ...(options.selection === undefined ? {} : { selection: options.selection }),
  };
  const findings: RoadmapFinding[] = [];
  const finding = (code: RoadmapFindingCode, params: Readonly<Record<string, string | number>>) =>
    findings.push(createFinding(roadmapFindingCatalogue, code, lang, { params }));

  let header: string[] = [];
  const records = parse(text, {
    bom: true,
    delimiter,
    columns: (names: string[]) => (header = names.map((n) => n.trim().toLowerCase())),
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error: { message: string; lines?: number } | undefined) => {
      if (error) finding('csv_malformed', { line: error.lines ?? '?', detail: error.message });
      return undefined;
    },
  }) as { record: Record<string, string>; info: { lines: number } }[];

  const missingColumns = required.filter((c) => !header.includes(c));
  if (header.length === 0 || missingColumns.length > 0) {
    for (const column of header.length === 0 ? required : missingColumns)
      finding('csv_missing_column', { column, header: header.join(delimiter) || '—' });
    return { ok: false, evaluations: [], findings, rows: records.length, parameters };
  }

  const drafts = new Map<string, Draft>();
  const seenCells = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    const cell = (column: string) => (Object.hasOwn(record, column) ? (record[column] ?? '').trim() : '');
    const juror = cell('juror');
    const project = cell('project');
    const criterion = cell('criterion');
    const rawScore = cell('score');
    let usable = true;
    for (const [column, value] of [
      ['juror', juror],
      ['project', project],
    ] as const) {
      if (value === '') {
        finding('csv_missing_value', { line, column });
        usable = false;
      } else if (!identifier.test(value)) {
        finding('invalid_entity', {
          kind: column,
          id: value,
          detail: `line ${line}: not an identifier (no spaces, at most 256 characters)`,
        });
        usable = false;
      }
    }
    if (!usable) continue;
    const key = `${juror}\u0000${project}`;
    let draft = drafts.get(key);
    if (!draft) {
      draft = { juror, project, lines: [], scores: [] };
      drafts.set(key, draft);
    }
    draft.lines.push(line);
    if (rawScore === '') {
      const said = cell('abstention');
      draft.abstention ??= {
        ...(said === ''
          ? { reason: abstentionReason }
          : abstentionReasons.includes(said as AbstentionReason)
            ? { reason: said as AbstentionReason }
            : { reason: 'other' as const, explanation: said }),
        line,
      };
      continue;
    }
    if (criterion === '') {
      finding('csv_missing_value', { line, column: 'criterion' });
      continue;
    }
    const normalised = parameters.decimalComma ? rawScore.replace(',', '.') : rawScore;
    const score = number.test(normalised) ? Number(normalised) : Number.NaN;
    if (!Number.isFinite(score)) {
      finding('score_not_a_number', { line, got: rawScore });
      continue;
    }
    const cellKey = `${key}\u0000${criterion}`;
    const first = seenCells.get(cellKey);
    if (first !== undefined) {
      finding('duplicate_score', { juror, project, criterion, where: `lines ${first} and ${line}` });
      continue;
    }
    seenCells.set(cellKey, line);
    const comment = cell('comment');
    draft.scores.push({ criterion, score, line, ...(comment === '' ? {} : { comment }) });
  }

  const evaluations: JuryEvaluation[] = [];
  for (const d of drafts.values()) {
    const id = `urn:ngsi-ld:JuryEvaluation:${options.selection ? `${options.selection}:` : ''}${d.juror}:${d.project}`;
    const base = {
      id,
      type: 'JuryEvaluation' as const,
      refJuror: d.juror,
      refProjectFactsheet: d.project,
      ...(options.selection === undefined ? {} : { selection: options.selection }),
      round,
    };
    if (d.abstention && d.scores.length > 0) {
      finding('scored_and_abstained', {
        juror: d.juror,
        project: d.project,
        where: `score on line ${d.scores[0]?.line}, empty score on line ${d.abstention.line}`,
      });
    } else if (d.abstention) {
      const { line: _line, ...abstention } = d.abstention;
      evaluations.push({ ...base, status: 'abstained', abstention });
    } else if (d.scores.length > 0) {
      evaluations.push({
        ...base,
        status: 'scored',
        scores: d.scores.map(({ line: _line, ...s }) => s) as NonNullable<JuryEvaluation['scores']>,
      });
    }
  }
  const ok = !findings.some((f) => f.severity === 'error');
  return ok
    ? { ok: true, evaluations, findings, rows: records.length, parameters }
    : { ok: false, evaluations, findings, rows: records.length, parameters };
}
