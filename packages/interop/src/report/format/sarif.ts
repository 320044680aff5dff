/** The SARIF 2.1.0 rendering of a report, for code-scanning views (GitHub, GitLab, IDEs). */
import type { Severity } from '@opencity/models';
import { isValidationFindingCode, validationFindingCatalogue } from '../catalogue';
import type { ValidationReport } from '../types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Turns a file path into a relative URI reference (forward slashes, each segment percent-encoded). */
function toUri(file: string): string {
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

/**
 * Renders a report as a SARIF 2.1.0 log: one rule per finding code (from the catalogue), one result per listed finding,
 * located by file and NDJSON line, with the JSON Pointer as a logical location.
 * @example
 * writeFileSync('validation.sarif', formatSarif(report));
 */
export function formatSarif(report: ValidationReport): string {
  const lang = report.options.lang;
  const codes = [...new Set(report.records.flatMap((r) => r.findings.map((f) => f.code)))].sort();
  const ruleIndex = new Map(codes.map((c, i) => [c, i]));
  const rules = codes.map((code) => {
    const def = isValidationFindingCode(code) ? validationFindingCatalogue[code] : undefined;
    const docs = report.notices.find((n) => n.code === code)?.docs;
    return {
      id: code,
      name: code,
      shortDescription: { text: def?.title[lang] ?? code },
      fullDescription: { text: def?.fix[lang] ?? code },
      ...(docs ? { helpUri: docs } : {}),
      defaultConfiguration: { level: LEVEL[def?.severity ?? 'error'] },
    };
  });
  const results = report.records.flatMap((r) =>
    r.findings.map((f) => {
      const index = r.source.index === undefined ? '' : `[${r.source.index}]`;
      const physical =
        r.source.file !== undefined && r.source.file !== '-'
          ? {
              physicalLocation: {
                artifactLocation: { uri: toUri(r.source.file) },
                ...(r.source.line === undefined ? {} : { region: { startLine: r.source.line } }),
              },
            }
          : {};
      return {
        ruleId: f.code,
        ruleIndex: ruleIndex.get(f.code)!,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            ...physical,
            logicalLocations: [{ fullyQualifiedName: `${index}${f.instancePath || '/'}`, kind: 'member' }],
          },
        ],
        properties: { instancePath: f.instancePath, schemaPath: f.schemaPath, ...(r.type ? { type: r.type } : {}) },
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'opencity validate',
            version: report.tool.version,
            informationUri: 'https://w3id.org/opencity/docs/reference/findings/',
            rules,
          },
        },
        invocations: [{ executionSuccessful: true, endTimeUtc: report.generatedAt }],
        results,
        properties: { summary: report.summary },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
