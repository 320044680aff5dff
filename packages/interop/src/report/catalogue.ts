/** The published finding catalogue: schema findings (@opencity/models), NGSI-LD structure findings and reader findings. */
import { schemaFindingCatalogue, type FindingDefinition, type Severity } from '@opencity/models';
import { ngsiFindingCatalogue } from '../ngsi/index';
import { reportFindingCatalogue } from './reportFindingCatalogue';
import { workspaceFindingCatalogue } from './workspaceFindingCatalogue';

/** Where finding codes are documented; a finding's `docs` link is this base plus `#<code>`. */
export const FINDING_DOCS_BASE = 'https://w3id.org/opencity/docs/reference/findings/';

/**
 * Every finding code a validation report can hold (`opencity validate` and `opencity workspace check`), with severity,
 * title, message template and fix in EN/FR/NL.
 */
export const validationFindingCatalogue: Readonly<Record<string, FindingDefinition>> = Object.freeze(
  Object.fromEntries(
    [
      ...Object.values(schemaFindingCatalogue),
      ...Object.values(ngsiFindingCatalogue),
      ...Object.values(reportFindingCatalogue),
      ...Object.values(workspaceFindingCatalogue),
    ]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((d) => [d.code, d]),
  ),
);

/** The link to a code's catalogue entry. */
export function findingDocsUrl(code: string, base: string = FINDING_DOCS_BASE): string {
  return `${base}#${code}`;
}

/** Which layer produces a finding code: schema validation, NGSI-LD structure checks, the record reader, or the workspace check. */
export type FindingSource = 'schema' | 'ngsi' | 'reader' | 'workspace';

/** One catalogue entry as published in the JSON export. */
export interface PublishedFinding extends FindingDefinition {
  readonly source: FindingSource;
  readonly docs: string;
}

/** The catalogue as a plain JSON document (what the docs publish as `findings.json`). */
export interface PublishedFindingCatalogue {
  readonly title: string;
  readonly severities: readonly Severity[];
  readonly findings: readonly PublishedFinding[];
}

/**
 * The catalogue as a JSON-ready document, codes sorted, each with its source layer and docs link.
 * @example
 * writeFileSync('findings.json', JSON.stringify(exportFindingCatalogue(), null, 2));
 */
export function exportFindingCatalogue(base: string = FINDING_DOCS_BASE): PublishedFindingCatalogue {
  const sourceOf = (code: string): FindingSource =>
    Object.hasOwn(ngsiFindingCatalogue, code)
      ? 'ngsi'
      : Object.hasOwn(reportFindingCatalogue, code)
        ? 'reader'
        : Object.hasOwn(workspaceFindingCatalogue, code)
          ? 'workspace'
          : 'schema';
  return {
    title: 'OpenCity validation finding catalogue',
    severities: ['error', 'warning', 'info'],
    findings: Object.values(validationFindingCatalogue).map((d) => ({
      ...d,
      source: sourceOf(d.code),
      docs: findingDocsUrl(d.code, base),
    })),
  };
}
