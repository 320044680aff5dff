/** The human-readable terminal rendering of a report: findings per record, then counts per code, then the totals. */
import type { Severity } from '@opencity/models';
import type { ValidationReport } from '../types';
import { formatSource } from './location';
import { counted, formatCount, reportWords } from './words';
import { escapeTerminal as safe } from './terminal';

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
 * Renders a report as plain text lines: `file:line /pointer: severity code: message` (the severity in the report's
 * language, the code as is), a per-code table and a summary.
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
      // Everything from the payload (file names, keys in pointers, values in messages) is escaped for the terminal.
      out.push(
        `${safe(formatSource(record.source))}${f.instancePath ? ` ${safe(f.instancePath)}` : ''}: ${paint(f.severity, w.severity[f.severity])} ${safe(f.code)}: ${safe(f.message)}`,
      );
    }
    if (record.findingsOmitted)
      out.push(`${safe(formatSource(record.source))}: ${w.findingsOmitted(record.findingsOmitted)}`);
  }
  const unlisted = Math.max(0, report.records.length - maxRecords) + report.summary.recordsOmitted;
  if (unlisted > 0) out.push(w.moreRecords(unlisted));
  if (report.notices.length > 0) {
    out.push('', `${w.findingsByCode}${w.colon}`);
    const width = Math.max(...report.notices.map((n) => n.code.length));
    const sevWidth = Math.max(...report.notices.map((n) => w.severity[n.severity].length));
    for (const n of report.notices) {
      out.push(
        `  ${paint(n.severity, w.severity[n.severity].padEnd(sevWidth))}  ${safe(n.code).padEnd(width)}  ${formatCount(n.total, lang).padStart(9)} ${w.inRecords(n.records)} — ${safe(n.title)}`,
      );
    }
    out.push('');
  }
  const s = report.summary;
  if (s.total === 0) out.push(w.noRecords);
  const semicolon = lang === 'fr' ? '\u202f;' : ';';
  out.push(
    `${counted(s.total, w.records, lang)}${w.colon} ${counted(s.valid, w.valid, lang)}, ${counted(s.invalid, w.invalid, lang)}, ${counted(s.unparseable, w.unparseable, lang)}${semicolon} ` +
      `${counted(s.bySeverity.error, w.severities.error, lang)}, ${counted(s.bySeverity.warning, w.severities.warning, lang)}`,
  );
  return `${out.join('\n')}\n`;
}
