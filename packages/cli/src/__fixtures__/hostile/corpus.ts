/**
 * The hostile-input corpus (issue 15): the reproductions of the adversarial pass and a few more, each a run of the
 * `opencity` command line with the exit code, the exact accounting and the words it must produce. The small inputs are
 * the files beside this module; the large ones are generated (`files`), with a size parameter so that the budget script
 * (scripts/hostileBudget.ts, run by `npm test`) can check that their cost grows linearly.
 *
 * Read by src/hostileCorpus.test.ts (every case, once) and scripts/hostileBudget.ts (timings).
 */

/** What a run must produce. Strings are searched for verbatim; `summary` is the last line of a text report. */
export interface HostileExpectation {
  readonly exit: 0 | 1 | 2;
  readonly stdout?: readonly string[];
  readonly stderr?: readonly string[];
  /** Strings that must appear in neither stream (a raw escape code, a stack trace). */
  readonly absent?: readonly string[];
}

/** One case of the corpus. */
export interface HostileCase {
  readonly id: string;
  /** The item of issue 15 it reproduces (1–9), or `more`. */
  readonly item: string;
  readonly title: string;
  /** The command line; file names are relative to the case's folder. */
  readonly argv: readonly string[];
  /** Files to write into a fresh folder for the run (generated inputs), by name; otherwise the run reads this folder. */
  readonly files?: (size: number) => Readonly<Record<string, string | Uint8Array>>;
  /** The size the test runs `files` at (and the budget script's smallest size). */
  readonly size?: number;
  readonly expect: (size: number) => HostileExpectation;
}

/** Anything that betrays an uncaught exception or an unescaped control character in a report. */
const CRASH = ['internal error', '    at ', 'RangeError', 'TypeError', '\u001b'];

const aqo = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: `urn:ngsi-ld:AirQualityObserved:${id}`,
  type: 'AirQualityObserved',
  dateObserved: '2026-03-02T10:00:00Z',
  location: { type: 'Point', coordinates: [4.35, 50.85] },
  ...extra,
});

/** A count as the English text report writes it (grouped thousands). */
const count = (n: number): string => n.toLocaleString('en');

/** A schema whose property `a` is nested `depth` levels deep, with `leaf` at the bottom. */
function nested(depth: number, leaf: unknown): string {
  let text = JSON.stringify(leaf);
  for (let i = 0; i < depth; i++) text = `{"type":"object","properties":{"a":${text}}}`;
  return text;
}

export const hostileCases: readonly HostileCase[] = [
  {
    id: 'proto-normalized',
    item: '2',
    title: 'an NGSI-LD normalized attribute named __proto__ does not supply the missing required properties',
    argv: ['validate', 'proto-normalized.json', '--representation', 'normalized'],
    expect: () => ({
      exit: 1,
      stdout: [
        '/dateObserved: error missing_required_property',
        '/location: error missing_required_property',
        '1 record: 0 valid, 1 invalid, 0 unparseable; 2 errors, 1 warning',
      ],
      absent: CRASH,
    }),
  },
  {
    id: 'proto-concise',
    item: '2',
    title: 'the same in the concise form',
    argv: ['validate', 'proto-concise.json', '--representation', 'concise'],
    expect: () => ({
      exit: 1,
      stdout: ['/dateObserved: error missing_required_property', '1 record: 0 valid, 1 invalid, 0 unparseable'],
      absent: CRASH,
    }),
  },
  {
    id: 'multipoint-quadratic',
    item: '3',
    title: 'an invalid GeoJSON MultiPoint of many positions (42 s for 100,000 once) gets a bounded report',
    argv: ['validate', 'multipoint.json'],
    size: 100_000,
    files: (n) => ({
      'multipoint.json': JSON.stringify(
        aqo('mp', { location: { type: 'MultiPoint', coordinates: Array.from({ length: n }, () => ['x', 'y']) } }),
      ),
    }),
    expect: () => ({
      exit: 1,
      stdout: ['error invalid_type', 'findings_truncated', '1 record: 0 valid, 1 invalid, 0 unparseable'],
      absent: CRASH,
    }),
  },
  {
    id: 'huge-type',
    item: '3',
    title: 'records whose `type` is 1 MB get an unknown-type error without a did-you-mean search (90 s for 16 once)',
    argv: ['validate', 'huge-type.ndjson'],
    size: 16,
    files: (n) => ({
      'huge-type.ndjson': Array.from({ length: n }, (_, i) =>
        JSON.stringify({ type: `AirQualityObserve${'d'.repeat(1 << 20)}${i}` }),
      ).join('\n'),
    }),
    expect: (n) => ({
      exit: 1,
      stdout: [`${count(n)} records: 0 valid, ${count(n)} invalid, 0 unparseable; ${count(n)} errors, 0 warnings`],
      absent: [...CRASH, 'did you mean'],
    }),
  },
  {
    id: 'unknown-keys',
    item: '3',
    title: 'a record with 200,000 unknown keys (a million took 143 s and 739 MB once) is valid with a counted report',
    argv: ['validate', 'unknown-keys.json', '--format', 'json'],
    size: 200_000,
    files: (n) => {
      const record = aqo('k');
      for (let i = 0; i < n; i++) record[`vendorField${i}`] = i;
      return { 'unknown-keys.json': JSON.stringify(record) };
    },
    expect: () => ({
      exit: 0,
      stdout: ['"valid": 1', '"unknown_property": 100', '"findings_truncated": 1'],
      absent: CRASH,
    }),
  },
  {
    id: 'diff-self-allof',
    item: '3',
    title: '`opencity diff` on a 90-byte self-referencing allOf schema ends (it never did)',
    argv: ['diff', 'self-allof-old.json', 'self-allof-new.json'],
    expect: () => ({ exit: 0, stdout: ['verdict: none'], absent: CRASH }),
  },
  {
    id: 'diff-depth-49',
    item: '8',
    title: 'a breaking change 49 levels deep is found (it was `verdict: none`, exit 0)',
    argv: ['diff', 'deep49-old.json', 'deep49-new.json'],
    expect: () => ({
      exit: 1,
      stdout: ['verdict: major', 'type_changed', 'from "string" to "integer"'],
      absent: CRASH,
    }),
  },
  {
    id: 'diff-deep-document',
    item: '9',
    title: 'a 10,000-deep schema is named as too deep (it was "internal error")',
    argv: ['diff', 'deep.json', 'ok.json'],
    size: 10_000,
    files: (n) => ({ 'deep.json': nested(n, {}), 'ok.json': nested(1, { type: 'string' }) }),
    expect: () => ({ exit: 2, stderr: ['deep.json', 'is nested more than'], absent: CRASH }),
  },
  {
    id: 'diff-malformed-ref',
    item: '9',
    title: 'a malformed $ref is named with its place (it was "internal error")',
    argv: ['diff', 'malformed-ref-old.json', 'malformed-ref-new.json'],
    expect: () => ({
      exit: 2,
      stderr: ['/properties/a/$ref: $ref "#/%zz" is not a valid URI reference'],
      absent: CRASH,
    }),
  },
  {
    id: 'schedule-1e9',
    item: '6',
    title: 'a project lasting 1e9 years is explained, not allocated (V8 died after 3.2 GB)',
    argv: ['roadmap', 'schedule', '--input', 'schedule-1e9.json'],
    expect: () => ({
      exit: 0,
      stdout: ['1 of 2 projects scheduled', 'A: Not scheduled: lasting 1,000,000,000 years'],
      absent: CRASH,
    }),
  },
  {
    id: 'kpi-year-275760',
    item: '6',
    title: 'an observation dated in year 275760 is rejected with its line; the computation goes on',
    argv: ['kpi', 'compute', '--data', 'kpi-year-275760.ndjson'],
    expect: () => ({
      exit: 1,
      stdout: ['ENV-01  21004    2024'],
      stderr: ['kpi-year-275760.ndjson:2: row rejected: "time" must be', '1 row was rejected'],
      absent: CRASH,
    }),
  },
  {
    id: 'kpi-bad-rows',
    item: '8',
    title: '`kpi compute` reports every malformed row with its line and exits 1 (it printed "0 value(s)", exit 0)',
    argv: ['kpi', 'compute', '--data', 'kpi-bad-rows.csv', '--kpi', 'ECO-01'],
    expect: () => ({
      exit: 1,
      stdout: ['ECO-01  21004    2024', '1 value: 1 computed, 0 not computable'],
      stderr: [
        'kpi-bad-rows.csv:4: row rejected: "value" must be a finite number; got "ten"',
        'kpi-bad-rows.csv:5: row rejected: missing "area"',
        '2 rows were rejected',
      ],
      absent: CRASH,
    }),
  },
  {
    id: 'kpi-csv-formula',
    item: '9',
    title: '`kpi compute --format csv` neutralises cells a spreadsheet would run (=HYPERLINK, +)',
    argv: ['kpi', 'compute', '--data', 'kpi-formula-cells.csv', '--kpi', 'ECO-01', '--format', 'csv'],
    expect: () => ({
      exit: 0,
      stdout: ['"\'=HYPERLINK(', "'+21004,2024,10,%"],
      absent: [...CRASH, '\n=HYPERLINK', ',=HYPERLINK', ',"=HYPERLINK', ',+21004'],
    }),
  },
  {
    id: 'kpi-targets-malformed',
    item: '9',
    title: 'a --targets file that is not JSON is named (it was "internal error")',
    argv: ['kpi', 'compute', '--data', 'kpi-bad-rows.csv', '--targets', 'targets-malformed.json'],
    expect: () => ({ exit: 2, stderr: ['targets-malformed.json is not valid JSON'], absent: CRASH }),
  },
  {
    id: 'kpi-targets-not-targets',
    item: '9',
    title: 'a --targets file of records that are not Targets says which and why',
    argv: ['kpi', 'compute', '--data', 'kpi-bad-rows.csv', '--targets', 'targets-not-targets.json'],
    expect: () => ({
      exit: 2,
      stderr: ['targets-not-targets.json[0] /id: The record is missing the required property "id"'],
      absent: CRASH,
    }),
  },
  {
    id: 'terminal-escapes',
    item: '9',
    title: 'keys holding terminal escape codes are printed escaped in the text report',
    argv: ['validate', 'terminal-escapes.json'],
    expect: () => ({
      exit: 0,
      stdout: ['\\u001b]0;owned\\u0007\\u001b[2J', '1 record: 1 valid, 0 invalid, 0 unparseable; 0 errors, 1 warning'],
      absent: CRASH,
    }),
  },
  {
    id: 'invalid-utf8',
    item: '8',
    title: 'bytes that are not UTF-8 make the record unparseable, with the byte offset',
    argv: ['validate', 'invalid-utf8.json'],
    expect: () => ({
      exit: 1,
      stdout: ['error invalid_utf8', 'byte offset 119 (byte 0xE9)', '1 record: 0 valid, 0 invalid, 1 unparseable'],
      absent: CRASH,
    }),
  },
  {
    id: 'duplicate-keys',
    item: '8',
    title: 'a key written twice is a warning naming both places',
    argv: ['validate', 'duplicate-keys.json'],
    expect: () => ({
      exit: 1,
      stdout: [
        'warning duplicate_key',
        'line 1, column 164 and again at line 1, column 173',
        '1 record: 0 valid, 1 invalid',
      ],
      absent: CRASH,
    }),
  },
  {
    id: 'longitude-400',
    item: '8',
    title: 'longitude 400 is out of range',
    argv: ['validate', 'longitude-400.json'],
    expect: () => ({
      exit: 1,
      stdout: ['/location/coordinates/0: error value_out_of_range', 'got 400', '1 record: 0 valid, 1 invalid'],
      absent: CRASH,
    }),
  },
  {
    id: 'ndjson-accounting',
    item: 'more',
    title: 'an NDJSON stream mixing valid, invalid, unparseable, deep and non-UTF-8 lines accounts for every line',
    argv: ['validate', 'mixed.ndjson'],
    size: 2_000,
    files: (n) => {
      const lines: Uint8Array[] = [];
      const enc = new TextEncoder();
      for (let i = 0; i < n; i++) {
        const kind = i % 5;
        if (kind === 0) lines.push(enc.encode(JSON.stringify(aqo(`v${i}`))));
        else if (kind === 1) lines.push(enc.encode(JSON.stringify(aqo(`i${i}`, { pm25: -1 }))));
        else if (kind === 2) lines.push(enc.encode('{"type":"AirQualityObserved",'));
        else if (kind === 3) lines.push(enc.encode(`${'['.repeat(100)}${']'.repeat(100)}`));
        else lines.push(Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]));
      }
      const total = lines.reduce((s, l) => s + l.length + 1, 0);
      const out = new Uint8Array(total);
      let at = 0;
      for (const l of lines) {
        out.set(l, at);
        out[at + l.length] = 0x0a;
        at += l.length + 1;
      }
      return { 'mixed.ndjson': out };
    },
    expect: (n) => ({
      exit: 1,
      stdout: [
        `${count(n)} records: ${count(n / 5)} valid, ${count(n / 5)} invalid, ${count((3 * n) / 5)} unparseable; ${count((4 * n) / 5)} errors, 0 warnings`,
      ],
      absent: CRASH,
    }),
  },
];
