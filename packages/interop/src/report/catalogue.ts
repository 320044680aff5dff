/**
 * The published finding catalogue: schema findings (@opencity/models), NGSI structure findings, reader findings,
 * workspace findings and AsyncAPI message findings.
 */
import {
  defineFindingCatalogue,
  schemaFindingCatalogue,
  type FindingCatalogue,
  type FindingDefinition,
  type SchemaFindingCode,
  type Severity,
} from '@opencity/models';
import { asyncApiFindingCatalogue, type AsyncApiFindingCode } from '../asyncapi/findingCatalogue';
import { ngsiFindingCatalogue, type NgsiFindingCode } from '../ngsi/findingCatalogue';
import { reportFindingCatalogue, type ReportFindingCode } from './reportFindingCatalogue';
import { workspaceFindingCatalogue, type WorkspaceFindingCode } from './workspaceFindingCatalogue';

/** Where finding codes are documented; a finding's `docs` link is this base plus `#<code>`. */
export const FINDING_DOCS_BASE = 'https://w3id.org/opencity/docs/reference/findings/';

/** Every code of the published catalogue: what a report, a workspace check or a message validation can hold. */
export type ValidationFindingCode =
  SchemaFindingCode | NgsiFindingCode | ReportFindingCode | WorkspaceFindingCode | AsyncApiFindingCode;

/**
 * Every finding code OpenCity's checks can report (`opencity validate`, `opencity workspace check` and AsyncAPI message
 * validation), with severity, title, message template and fix in EN/FR/NL, codes sorted.
 */
export const validationFindingCatalogue: FindingCatalogue<ValidationFindingCode> = defineFindingCatalogue(
  // One list rather than mergeFindingCatalogues, whose single code parameter cannot take catalogues of different unions.
  [
    ...Object.values<FindingDefinition<ValidationFindingCode>>(schemaFindingCatalogue),
    ...Object.values<FindingDefinition<ValidationFindingCode>>(ngsiFindingCatalogue),
    ...Object.values<FindingDefinition<ValidationFindingCode>>(reportFindingCatalogue),
    ...Object.values<FindingDefinition<ValidationFindingCode>>(workspaceFindingCatalogue),
    ...Object.values<FindingDefinition<ValidationFindingCode>>(asyncApiFindingCatalogue),
  ].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
);

/** True when `code` is a code of the published catalogue. */
export function isValidationFindingCode(code: string): code is ValidationFindingCode {
  return Object.hasOwn(validationFindingCatalogue, code);
}

/** The link to a code's catalogue entry. */
export function findingDocsUrl(code: string, base: string = FINDING_DOCS_BASE): string {
  return `${base}#${code}`;
}

/**
 * Which layer produces a finding code: schema validation, NGSI structure checks, the record reader, the workspace
 * check, or AsyncAPI message validation.
 */
export type FindingSource = 'schema' | 'ngsi' | 'reader' | 'workspace' | 'asyncapi';

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
          : Object.hasOwn(asyncApiFindingCatalogue, code)
            ? 'asyncapi'
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
