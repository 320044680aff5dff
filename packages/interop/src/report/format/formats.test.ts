import { describe, expect, it } from 'vitest';
import { formatJunit, formatSarif, formatText, validateRecords, type RecordInput } from '../../index';

const entity = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: 'urn:ngsi-ld:AirQualityObserved:a',
    type: 'AirQualityObserved',
    dateObserved: '2026-03-02T09:00:00Z',
    location: { type: 'Point', coordinates: [4.37, 50.84] },
    pm25: 3,
    ...extra,
  });
const inputs: RecordInput[] = [
  { source: { file: 'a b/x.ndjson', line: 1 }, text: entity() },
  { source: { file: 'a b/x.ndjson', line: 2 }, text: entity({ pm25: 'high' }) },
  { source: { file: 'a b/x.ndjson', line: 3 }, text: entity({ pm10x: 1 }) },
  { source: { file: 'y.json' }, text: `[${entity()}, {"type": "AirQualityObserved", "id": "<&>"}]`, document: true },
];
const report = await validateRecords(inputs, { now: () => new Date('2026-03-02T10:00:00Z') });

describe('renderings', () => {
  it('text: one line per finding with its location, a per-code table and the totals', () => {
    const text = formatText(report);
    expect(text).toContain('a b/x.ndjson:2 /pm25: error invalid_type: pm25 must be a number ≥ 0; got "high"');
    expect(text).toContain(
      'a b/x.ndjson:3 /pm10x: warning unknown_property: pm10x is not defined by AirQualityObserved; did you mean "pm10"?',
    );
    expect(text).toContain('y.json[1] /dateObserved: error missing_required_property');
    expect(text).toMatch(/error\s+missing_required_property\s+2 in 1 record — Required property missing/);
    expect(text.trimEnd().split('\n').at(-1)).toBe('5 records: 3 valid, 2 invalid, 0 unparseable; 3 errors, 1 warning');
    expect(formatText(report, { color: true })).toContain('\u001b[31merror\u001b[0m');
    expect(formatText(report, { maxRecords: 1 })).toContain('… and 2 more records with findings');
  });

  it('text: plural forms and numbers as each language writes them (Intl.PluralRules, Intl.NumberFormat)', async () => {
    const many = await validateRecords(
      Array.from({ length: 1234 }, (_, i) => ({ source: { file: 'm.ndjson', line: i + 1 }, text: entity() })),
      { lang: 'fr' },
    );
    expect(formatText(many).trimEnd().split('\n').at(-1)).toBe(
      '1\u202f234 enregistrements\u202f: 1\u202f234 valides, 0 invalide, 0 illisible\u202f; 0 erreur, 0 avertissement',
    );
    const one = await validateRecords([{ source: { file: 'o.json' }, text: entity({ pm25: 'x' }) }], { lang: 'nl' });
    expect(formatText(one).trimEnd().split('\n').at(-1)).toBe(
      '1 record: 0 geldig, 1 ongeldig, 0 onleesbaar; 1 fout, 0 waarschuwingen',
    );
  });

  it('text: the severity of each finding in the report’s language, the code as is', async () => {
    const batch = [
      { source: { file: 'x.ndjson', line: 1 }, text: entity({ pm25: 'high' }) },
      { source: { file: 'x.ndjson', line: 2 }, text: entity({ pm10x: 1 }) },
    ];
    const fr = formatText(await validateRecords(batch, { lang: 'fr' }));
    expect(fr).toContain('x.ndjson:1 /pm25: erreur invalid_type: pm25 doit être un nombre ≥ 0 ; reçu "high"');
    expect(fr).toContain('x.ndjson:2 /pm10x: avertissement unknown_property: ');
    const nl = formatText(await validateRecords(batch, { lang: 'nl' }), { color: true });
    expect(nl).toContain('x.ndjson:1 /pm25: \u001b[31mfout\u001b[0m invalid_type: pm25 moet een getal ≥ 0 zijn');
    expect(nl).toContain('x.ndjson:2 /pm10x: \u001b[33mwaarschuwing\u001b[0m unknown_property: ');
    // No English severity word is left on a finding's line.
    for (const text of [fr, nl]) expect(text.replaceAll('\u001b', '')).not.toMatch(/: (?:\[\d+m)?(?:error|warning)\b/);
  });

  it('text: terminal control characters from payloads are shown escaped, never sent to the terminal', async () => {
    const hostile = await validateRecords([
      {
        source: { file: 'evil\u001b[2J.ndjson', line: 1 },
        text: entity({ 'pm\u001b]8;;http://x\u0007k\u009b1m': 1, '\u202e': 2 }),
      },
    ]);
    const text = formatText(hostile);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(text).toContain(
      'evil\\u001b[2J.ndjson:1 /pm\\u001b]8;;http:~1~1x\\u0007k\\u009b1m: warning unknown_property',
    );
    expect(text).toContain('/\\u202e: warning unknown_property');
    expect(formatText(hostile, { color: true })).toContain('\u001b[33mwarning\u001b[0m');
  });

  it('JUnit: a suite per input, failures only at or above the threshold, markup escaped', () => {
    const xml = formatJunit(report);
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="opencity validate" tests="5" failures="2" errors="0">/,
    );
    expect(xml).toContain('<testsuite name="a b/x.ndjson" tests="3" failures="1"');
    expect(xml).toContain('<testsuite name="y.json" tests="2" failures="1"');
    expect(xml).toContain('<system-out>warning unknown_property /pm10x');
    expect(xml).not.toContain('<&>');
    expect(formatJunit(report, { failOn: 'warning' })).toContain('failures="3"');
  });

  it('SARIF 2.1.0: rules from the catalogue, results located by file URI, line and JSON Pointer', () => {
    const sarif = JSON.parse(formatSarif(report));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    const rules = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(rules).toEqual(['invalid_type', 'missing_required_property', 'unknown_property']);
    const first = run.results[0];
    expect(first).toMatchObject({
      ruleId: 'invalid_type',
      level: 'error',
      message: { text: 'pm25 must be a number ≥ 0; got "high"' },
    });
    expect(rules[first.ruleIndex]).toBe(first.ruleId);
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'a%20b/x.ndjson' },
      region: { startLine: 2 },
    });
    expect(first.locations[0].logicalLocations[0].fullyQualifiedName).toBe('/pm25');
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'unknown_property').level).toBe('warning');
    expect(run.results.at(-1).locations[0].logicalLocations[0].fullyQualifiedName).toMatch(/^\[1\]\//);
  });
});
