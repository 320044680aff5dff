/** The JSON rendering of a report: the report object itself, which follows the published ValidationReport schema. */
import type { ValidationReport } from '../types';

/**
 * Serialises a report as JSON (pretty-printed by default); the output validates against the ValidationReport schema.
 * @example
 * writeFileSync('report.json', formatJson(report));
 */
export function formatJson(report: ValidationReport, options: { readonly pretty?: boolean } = {}): string {
  return `${JSON.stringify(report, null, options.pretty === false ? undefined : 2)}\n`;
}
