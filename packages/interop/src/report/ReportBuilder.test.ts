import fc from 'fast-check';
import { validate } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import {
  asyncApiFindingCatalogue,
  exportFindingCatalogue,
  isReportOptionsError,
  ngsiFindingCatalogue,
  ReportBuilder,
  reportFindingCatalogue,
  validateRecords,
  validationFindingCatalogue,
  workspaceFindingCatalogue,
  type RecordInput,
  type ValidationReport,
} from '../index';

const now = () => new Date('2026-03-02T10:00:00Z');
const entity = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'urn:ngsi-ld:AirQualityObserved:arts-loi',
    type: 'AirQualityObserved',
    dateObserved: '2026-03-02T09:00:00Z',
    location: { type: 'Point', coordinates: [4.37, 50.84] },
    pm25: 12,
    ...extra,
  });
const line = (n: number, text: string): RecordInput => ({ source: { file: 'x.ndjson', line: n }, text });

function expectAccounted(report: ValidationReport): void {
  const s = report.summary;
  expect(s.valid + s.invalid + s.unparseable).toBe(s.total);
  // The JSON report follows its own published schema.
  const result = validate('ValidationReport', JSON.parse(JSON.stringify(report)));
  expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
}

describe('ReportBuilder', () => {
  it('accounts for every record and lists each bad one with its source', async () => {
    const report = await validateRecords(
      [
        line(1, entity()),
        line(2, entity({ pm25: 'high' })),
        line(3, '{"id": '),
        line(4, entity({ pm10: -1 })),
        line(5, entity()),
      ],
      { now },
    );
    expect(report.summary).toMatchObject({
      total: 5,
      valid: 2,
      invalid: 2,
      unparseable: 1,
      bySeverity: { error: 3, warning: 0, info: 0 },
    });
    expect(report.records.map((r) => r.source.line)).toEqual([2, 3, 4]);
    expect(report.records[0]!.findings[0]).toMatchObject({
      code: 'invalid_type',
      instancePath: '/pm25',
      message: 'pm25 must be a number ≥ 0; got "high"',
      docs: 'https://w3id.org/opencity/docs/reference/findings/#invalid_type',
    });
    expect(report.records[1]).toMatchObject({ unparseable: true, valid: false, type: null });
    expect(report.records[1]!.findings[0]!.message).toBe(
      'the record is not valid JSON: unexpected end of text at column 8',
    );
    expectAccounted(report);
  });

  it('renders the same findings in French and Dutch', async () => {
    const input = [line(1, entity({ pm25: 'high', pm10x: 2 })), line(2, '{"a": tru}')];
    const fr = await validateRecords(input, { lang: 'fr', now });
    const nl = await validateRecords(input, { lang: 'nl', now });
    expect(fr.records[0]!.findings.map((f) => f.message)).toEqual([
      'pm25 doit être un nombre ≥ 0 ; reçu "high"',
      'pm10x n’est pas définie par AirQualityObserved ; vouliez-vous dire « pm10 » ?',
    ]);
    expect(nl.records[0]!.findings.map((f) => f.message)).toEqual([
      'pm25 moet een getal ≥ 0 zijn; ontvangen "high"',
      'pm10x is niet gedefinieerd door AirQualityObserved; bedoelde u "pm10"?',
    ]);
    expect(fr.records[1]!.findings[0]!.message).toBe(
      'l’enregistrement n’est pas du JSON valide : "}" inattendu à la colonne 10',
    );
    expect(nl.records[1]!.findings[0]!.message).toBe('het record is geen geldige JSON: onverwacht "}" op kolom 10');
    expect(fr.notices.find((n) => n.code === 'invalid_type')!.title).toBe('Type de valeur incorrect');
    expectAccounted(fr);
    expectAccounted(nl);
  });

  it('expands arrays into records with their index, and reports line and column in multi-line documents', async () => {
    const doc = `[\n${entity()},\n${entity({ pm25: -3 })},\n{"type": "Nope"}\n]`;
    const report = await validateRecords(
      [
        { source: { file: 'batch.json' }, text: doc, document: true },
        { source: { file: 'broken.json' }, text: '{\n  "id": "a",\n  "type" "AirQualityObserved"\n}', document: true },
      ],
      { now },
    );
    expect(report.summary).toMatchObject({ total: 4, valid: 1, invalid: 2, unparseable: 1 });
    expect(report.records.map((r) => r.source)).toEqual([
      { file: 'batch.json', index: 1 },
      { file: 'batch.json', index: 2 },
      { file: 'broken.json' },
    ]);
    expect(report.records[2]!.findings[0]!.message).toBe(
      'the record is not valid JSON: unexpected "\\"" at line 3, column 10',
    );
    expect(report.inputs).toEqual([
      { file: 'batch.json', format: 'json', records: 3 },
      { file: 'broken.json', format: 'json', records: 1 },
    ]);
  });

  it('survives hostile input: __proto__ keys, binary garbage, empty text, deep nesting, oversize records', async () => {
    const deep = '['.repeat(500) + ']'.repeat(500); // 1,000 bytes: within the size limit, far beyond the depth limit
    const report = await validateRecords(
      [
        line(
          1,
          '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}, "type": "AirQualityObserved"}',
        ),
        line(2, '\u0000\u0001\u0002PK\u0003\u0004\ufffd\ufffd'),
        { source: { file: 'empty.json' }, text: '', document: true },
        line(3, deep),
        { source: { file: 'x.ndjson', line: 4 }, oversize: { bytes: 50_000_000, limit: 1000 } },
        line(5, entity({ note: 'é'.repeat(600) })),
      ],
      { now, maxRecordBytes: 1000 },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(report.records.map((r) => r.findings[0]!.code)).toEqual([
      'missing_required_property',
      'binary_content',
      'empty_input',
      'too_deeply_nested',
      'record_too_large',
      'record_too_large',
    ]);
    expect(
      report.records[0]!.findings.some((f) => f.instancePath === '/__proto__' && f.code === 'unknown_property'),
    ).toBe(true);
    // 600 × "é" is 1,200 UTF-8 bytes: the exact byte count is used, not the string length.
    expect(report.records[5]!.findings[0]!.params).toMatchObject({ limit: 1000 });
    expect(Number(report.records[5]!.findings[0]!.params!['bytes'])).toBeGreaterThan(1200);
    expect(report.summary).toMatchObject({ total: 6, invalid: 1, unparseable: 5 });
    expectAccounted(report);
  });

  it('caps samples and listed records but never the counts', () => {
    const builder = new ReportBuilder({ now, sampleLimit: 3, maxListedRecords: 10 });
    for (let i = 1; i <= 1000; i++) builder.add(line(i, entity({ pm25: 'high' })));
    const report = builder.build();
    expect(report.summary).toMatchObject({
      total: 1000,
      invalid: 1000,
      recordsOmitted: 990,
      byCode: { invalid_type: 1000 },
    });
    expect(report.records).toHaveLength(10);
    const notice = report.notices.find((n) => n.code === 'invalid_type')!;
    expect(notice).toMatchObject({ total: 1000, records: 1000, paths: [{ path: '/pm25', count: 1000 }] });
    expect(notice.samples.map((s) => s.source.line)).toEqual([1, 2, 3]);
    expectAccounted(report);
  });

  it('applies severity overrides and echoes its options', async () => {
    const report = await validateRecords([line(1, entity({ pm10x: 1 }))], {
      now,
      severityOverrides: { unknown_property: 'error' },
    });
    expect(report.summary).toMatchObject({ invalid: 1, bySeverity: { error: 1, warning: 0 } });
    const off = await validateRecords([line(1, entity({ pm10x: 1 }))], {
      now,
      severityOverrides: { unknown_property: 'off' },
    });
    expect(off.records).toEqual([]);
    expect(off.options).toEqual({
      lang: 'en',
      model: null,
      representation: 'auto',
      maxRecordBytes: 16 * 1024 * 1024,
      maxDepth: 64,
      sampleLimit: 20,
    });
  });

  it('rejects bad options before reading anything', () => {
    expect(() => new ReportBuilder({ model: 'AirQuality' })).toThrow(/unknown model "AirQuality"/);
    expect(() => new ReportBuilder({ maxRecordBytes: 0 })).toThrow(/maxRecordBytes/);
    expect(() => new ReportBuilder({ severityOverrides: { nope: 'off' } })).toThrow(/unknown finding code/);
    expect(() => new ReportBuilder({ representation: 'compact' as never })).toThrow(/representation/);
  });

  it('converts NGSI-LD normalized records and reports their structure findings', async () => {
    const normalized = {
      id: 'urn:ngsi-ld:AirQualityObserved:n1',
      type: 'AirQualityObserved',
      dateObserved: { type: 'Property', value: '2026-03-02T09:00:00Z' },
      location: { type: 'GeoProperty', value: { type: 'Point', coordinates: [4.37, 50.84] } },
      pm25: { type: 'Property', value: 'high' },
      pm10: { type: 'Propperty', value: 3 },
    };
    const report = await validateRecords([line(1, JSON.stringify(normalized))], { now });
    const codes = report.records[0]!.findings.map((f) => f.code);
    expect(codes).toContain('invalid_type');
    expect(codes).toContain('ngsi_unknown_attribute_type');
    expect(report.records[0]!.type).toBe('AirQualityObserved');
  });

  it('never throws and always accounts for every record, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.json(),
            fc.constant(entity()),
            fc.constant('{"type":"AirQualityObserved","id":"x","__proto__":1}'),
          ),
          { maxLength: 20 },
        ),
        (texts) => {
          const builder = new ReportBuilder({ now, maxRecordBytes: 200 });
          texts.forEach((text, i) => builder.add(line(i + 1, text)));
          const s = builder.build().summary;
          expect(s.valid + s.invalid + s.unparseable).toBe(s.total);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('has a catalogue entry with EN, FR and NL texts for every code it can report', () => {
    for (const def of Object.values(validationFindingCatalogue)) {
      for (const lang of ['en', 'fr', 'nl'] as const) {
        expect(def.title[lang].length, `${def.code} title ${lang}`).toBeGreaterThan(0);
        expect(def.message[lang].length, `${def.code} message ${lang}`).toBeGreaterThan(0);
        expect(def.fix[lang].length, `${def.code} fix ${lang}`).toBeGreaterThan(0);
      }
      expect(def.code).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });

  it('publishes every interop catalogue, AsyncAPI findings included, each code with its source layer', () => {
    const published = exportFindingCatalogue();
    const sourceOf = new Map(published.findings.map((f) => [f.code, f.source]));
    const layers: [Readonly<Record<string, unknown>>, string][] = [
      [ngsiFindingCatalogue, 'ngsi'],
      [reportFindingCatalogue, 'reader'],
      [workspaceFindingCatalogue, 'workspace'],
      [asyncApiFindingCatalogue, 'asyncapi'],
    ];
    for (const [catalogue, source] of layers) {
      expect(Object.keys(catalogue).length).toBeGreaterThan(0);
      for (const code of Object.keys(catalogue)) expect(sourceOf.get(code), code).toBe(source);
    }
    expect(sourceOf.get('asyncapi_message_not_allowed')).toBe('asyncapi');
    expect(published.findings.map((f) => f.code)).toEqual([...sourceOf.keys()].sort());
  });

  it('rejects bad options with a ReportOptionsError that its guard recognises by name and code', () => {
    const thrown = (() => {
      try {
        new ReportBuilder({ model: 'NoSuchModel' });
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(isReportOptionsError(thrown)).toBe(true);
    expect(thrown).toMatchObject({ name: 'ReportOptionsError', code: 'unknown_model' });
    expect(isReportOptionsError(new Error('unknown model'))).toBe(false);
  });
});

describe('ReportBuilder: strict input (issue 15)', () => {
  it('reports a key written twice as a warning with both places, per record of a document', async () => {
    // Before: JSON.parse kept the second "pm25" silently and the record was valid without a word.
    const twice =
      '{"id": "urn:ngsi-ld:AirQualityObserved:a", "type": "AirQualityObserved", "pm25": 12, "pm25": "high"}';
    const document = `[\n${entity()},\n{"type": "AirQualityObserved",\n "location": {"type": "Point", "coordinates": [4, 50], "type": "Point"}}\n]`;
    const report = await validateRecords(
      [line(1, twice), { source: { file: 'a.json' }, text: document, document: true }],
      {
        now,
      },
    );
    expectAccounted(report);
    // Columns counted independently: the first and the last place each key is written.
    const [p1, p2] = [twice.indexOf('"pm25"') + 1, twice.lastIndexOf('"pm25"') + 1];
    const fourth = document.split('\n')[3]!;
    const [t1, t2] = [fourth.indexOf('"type"') + 1, fourth.lastIndexOf('"type"') + 1];
    const duplicates = report.records.flatMap((r) =>
      r.findings.filter((f) => f.code === 'duplicate_key').map((f) => ({ source: r.source, ...f })),
    );
    expect(duplicates.map((d) => [d.source, d.severity, d.instancePath, d.params])).toEqual([
      [
        { file: 'x.ndjson', line: 1 },
        'warning',
        '/pm25',
        {
          key: 'pm25',
          first: `at column ${p1}`,
          second: `at column ${p2}`,
          firstLine: 1,
          firstColumn: p1,
          secondLine: 1,
          secondColumn: p2,
        },
      ],
      [
        { file: 'a.json', index: 1 },
        'warning',
        '/location/type',
        {
          key: 'type',
          first: `at line 4, column ${t1}`,
          second: `at line 4, column ${t2}`,
          firstLine: 4,
          firstColumn: t1,
          secondLine: 4,
          secondColumn: t2,
        },
      ],
    ]);
    // The last value is the one validated, and the message says so.
    expect(report.records[0]!.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['duplicate_key', 'invalid_type']),
    );
    expect(duplicates[0]!.message).toBe(
      `the key "pm25" appears twice in the same object, at column ${p1} and again at column ${p2}; JSON readers differ on which value counts (this report validated the last one)`,
    );
  });

  it('counts every duplicate beyond the per-record cap without building it, and honours overrides', async () => {
    const many = `{"type": "AirQualityObserved", ${Array.from({ length: 1000 }, (_, i) => `"k${i % 10}": ${i}`).join(', ')}}`;
    const report = await validateRecords([line(1, many)], { now, maxFindingsPerRecord: 5 });
    expectAccounted(report);
    expect(report.summary.byCode['duplicate_key']).toBe(990);
    expect(report.notices.find((n) => n.code === 'duplicate_key')).toMatchObject({ total: 990, records: 1 });
    const listed = report.records[0]!;
    expect(listed.findings.length + listed.findingsOmitted!).toBe(
      Object.values(report.summary.byCode).reduce((a, b) => a + b, 0),
    );
    const off = await validateRecords([line(1, many)], { now, severityOverrides: { duplicate_key: 'off' } });
    expect(off.summary.byCode['duplicate_key']).toBeUndefined();
  });

  it('reports bytes that are not UTF-8 with their offset, as unparseable', async () => {
    const report = await validateRecords(
      [{ source: { file: 'x.ndjson', line: 3 }, invalidUtf8: { offset: 1234, byte: 0xe9 } }],
      {
        now,
        lang: 'fr',
      },
    );
    expectAccounted(report);
    expect(report.summary).toMatchObject({ total: 1, unparseable: 1 });
    expect(report.records[0]!.findings[0]).toMatchObject({
      code: 'invalid_utf8',
      params: { offset: 1234, byte: '0xE9' },
      message: 'l’entrée n’est pas en UTF-8 à l’octet 1234 (octet 0xE9) ; l’enregistrement n’a pas été lu',
    });
  });
});

describe('ReportBuilder: findings decided after the record (workspace rules)', () => {
  const dup = {
    code: 'duplicate_id',
    severity: 'error' as const,
    instancePath: '/id',
    schemaPath: '',
    keyword: 'duplicate_id',
    params: { id: 'urn:ngsi-ld:AirQualityObserved:arts-loi', first: 'x.ndjson:1' },
    message: 'the id is already used',
  };

  it('validates a record against the model it names and reports the caller’s findings with its own', () => {
    const builder = new ReportBuilder({ now });
    builder.add({
      source: { file: 's.ndjson', line: 1 },
      value: { area: '21004', period: '2024' },
      model: 'Statistic',
    });
    builder.add({ source: { file: 'x.ndjson', line: 2 }, text: entity(), findings: [dup] });
    const report = builder.build();
    expect(report.records.map((r) => [r.type, r.findings.map((f) => f.code)])).toEqual([
      ['Statistic', ['missing_required_property', 'missing_required_property']],
      ['AirQualityObserved', ['duplicate_id']],
    ]);
    expect(report.summary.invalid).toBe(2);
    expectAccounted(report);
    expect(() => builder.add({ source: {}, value: {}, model: 'NoSuchModel' })).toThrow(/unknown model/);
  });

  it('turns a valid record invalid once, joins findings to a listed record, and keeps the input order', () => {
    const builder = new ReportBuilder({ now });
    builder.add(line(1, entity()));
    builder.add(line(2, entity({ pm25: 'high' })));
    builder.add(line(3, entity()));
    const later = (n: number) => ({ ...dup, params: { ...dup.params, n } });
    builder.addFindings({ file: 'x.ndjson', line: 3 }, 'AirQualityObserved', [later(1)], { valid: true });
    builder.addFindings({ file: 'x.ndjson', line: 3 }, 'AirQualityObserved', [later(2)], { valid: true });
    builder.addFindings({ file: 'x.ndjson', line: 2 }, 'AirQualityObserved', [later(3)], { valid: false });
    builder.addFindings({ file: 'x.ndjson', line: 1 }, 'AirQualityObserved', [{ ...dup, severity: 'warning' }], {
      valid: true,
    });
    const report = builder.build();
    expect(report.summary).toMatchObject({ total: 3, valid: 1, invalid: 2 });
    expect(report.records.map((r) => [r.source.line, r.valid, r.findings.map((f) => f.code)])).toEqual([
      [1, true, ['duplicate_id']],
      [2, false, ['invalid_type', 'duplicate_id']],
      [3, false, ['duplicate_id', 'duplicate_id']],
    ]);
    expect(report.summary.byCode['duplicate_id']).toBe(4);
    expectAccounted(report);
  });
});
