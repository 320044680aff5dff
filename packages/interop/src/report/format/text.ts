/** The human-readable terminal rendering of a report: findings per record, then counts per code, then the totals. */
import type { Severity } from '@opencity/models';
import type { ValidationReport } from '../types';
import { formatSource } from './location';
import { formatCount, reportWords } from './words';

/** Options of {@link formatText}. */
export interface TextFormatOptions {
  /** Colour severities with ANSI escapes (default false; the CLI turns it on for a TTY without NO_COLOR). */
  readonly color?: boolean;
  /** Records listed one finding per line before the per-code table (default 200). */
  readonly maxRecords?: number;
}

const COLORS: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const RESET = '\u001b[0m';

/**
 * Renders a report as plain text lines: `file:line /pointer: severity code: message`, a per-code table and a summary.
 * @example
 * process.stdout.write(formatText(report, { color: process.stdout.isTTY }));
 */
export function formatText(report: ValidationReport, options: TextFormatOptions = {}): string {
  const lang = report.options.lang;
  const w = reportWords[lang];
  const paint = (severity: Severity, text: string) => (options.color ? `${COLORS[severity]}${text}${RESET}` : text);
  const maxRecords = options.maxRecords ?? 200;
  const out: string[] = [];
  for (const record of report.records.slice(0, maxRecords)) {
    for (const f of record.findings) {
      out.push(
        `${formatSource(record.source)}${f.instancePath ? ` ${f.instancePath}` : ''}: ${paint(f.severity, f.severity)} ${f.code}: ${f.message}`,
      );
    }
    if (record.findingsOmitted)
      out.push(`${formatSource(record.source)}: ${w.findingsOmitted(record.findingsOmitted)}`);
  }
  const unlisted = Math.max(0, report.records.length - maxRecords) + report.summary.recordsOmitted;
  if (unlisted > 0) out.push(w.moreRecords(formatCount(unlisted, lang)));
  if (report.notices.length > 0) {
    out.push('', `${w.findingsByCode}${w.colon}`);
    const width = Math.max(...report.notices.map((n) => n.code.length));
    const sevWidth = Math.max(...report.notices.map((n) => w.severity[n.severity].length));
    for (const n of report.notices) {
      out.push(
        `  ${paint(n.severity, w.severity[n.severity].padEnd(sevWidth))}  ${n.code.padEnd(width)}  ${formatCount(n.total, lang).padStart(9)} ${w.inRecords(formatCount(n.records, lang))} — ${n.title}`,
      );
    }
    out.push('');
  }
  const s = report.summary;
  if (s.total === 0) out.push(w.noRecords);
  out.push(
    `${formatCount(s.total, lang)} ${w.records}${w.colon} ${formatCount(s.valid, lang)} ${w.valid}, ${formatCount(s.invalid, lang)} ${w.invalid}, ${formatCount(s.unparseable, lang)} ${w.unparseable}; ` +
      `${formatCount(s.bySeverity.error, lang)} ${w.severities.error}, ${formatCount(s.bySeverity.warning, lang)} ${w.severities.warning}`,
  );
  return `${out.join('\n')}\n`;
}
