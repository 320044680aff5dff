/** The JUnit XML rendering of a report, for CI systems that display test results (one test suite per input). */
import type { Severity } from '@opencity/models';
import type { RecordResult, ValidationReport } from '../types';
import { formatSource } from './location';
import { escapeMarkup as x } from './xml';

/** Options of {@link formatJunit}. */
export interface JunitFormatOptions {
  /** Lowest severity that makes a record a failed test case (default `error`). */
  readonly failOn?: Severity;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Renders a report as JUnit XML: each input is a test suite, each record a test case, and a record with a finding at
 * or above `failOn` a failure. Records without findings are counted in `tests` but not listed.
 * @example
 * writeFileSync('validation.junit.xml', formatJunit(report, { failOn: 'warning' }));
 */
export function formatJunit(report: ValidationReport, options: JunitFormatOptions = {}): string {
  const threshold = RANK[options.failOn ?? 'error'];
  const fails = (r: RecordResult) => r.findings.some((f) => RANK[f.severity] <= threshold);
  const byFile = new Map<string, RecordResult[]>();
  for (const r of report.records) {
    const file = r.source.file ?? '(records)';
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file)!.push(r);
  }
  const inputs =
    report.inputs.length > 0
      ? report.inputs.map((i) => ({ file: i.file, records: i.records }))
      : [...byFile.keys()].map((file) => ({ file, records: byFile.get(file)!.length }));
  const suites = inputs.map(({ file, records }) => {
    const listed = byFile.get(file) ?? [];
    const failures = listed.filter(fails).length;
    const cases = listed.map((r) => {
      const name = `${formatSource(r.source)}${r.type ? ` (${r.type})` : ''}`;
      const lines = r.findings
        .map((f) => `${f.severity} ${f.code}${f.instancePath ? ` ${f.instancePath}` : ''}: ${f.message}`)
        .join('\n');
      const first = r.findings[0];
      const body = fails(r)
        ? `<failure type="${x(first?.code ?? 'finding')}" message="${x(first?.message ?? '')}">${x(lines)}</failure>`
        : `<system-out>${x(lines)}</system-out>`;
      return `    <testcase classname="${x(file)}" name="${x(name)}">${body}</testcase>`;
    });
    return `  <testsuite name="${x(file)}" tests="${Math.max(records, listed.length)}" failures="${failures}" errors="0" skipped="0">\n${cases.join('\n')}${cases.length ? '\n' : ''}  </testsuite>`;
  });
  const failures = report.records.filter(fails).length;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="opencity validate" tests="${report.summary.total}" failures="${failures}" errors="0">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`
  );
}
