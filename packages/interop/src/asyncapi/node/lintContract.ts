/**
 * Node-only: parse and lint an AsyncAPI document with @asyncapi/parser (heavy: it pulls Spectral), resolving the
 * OpenCity schema `$id`s (https://w3id.org/opencity/schemas/…) to the local schema files, never to the network.
 */
import { readFile } from 'node:fs/promises';
import type * as AsyncApiParser from '@asyncapi/parser';
import { dirname, join, resolve } from 'node:path';
import { ContractError } from '../contract';
import { schemaFileForId } from '../schemaFileForId';

/** One diagnostic of the AsyncAPI parser: a Spectral rule result. */
export interface ContractDiagnostic {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info' | 'hint';
  readonly message: string;
  /** JSON path of the offending node in the document. */
  readonly path: string;
}

/** Counts of channels, operations and messages in a parsed document. */
export type ContractCounts = Readonly<{ channels: number; operations: number; messages: number }>;

/**
 * The outcome of {@link lintContract}: `ok` is true when the parser produced a document (no error-level diagnostic);
 * warnings and hints may remain in `diagnostics` either way.
 */
export type ContractLint =
  | { readonly ok: true; readonly diagnostics: readonly ContractDiagnostic[]; readonly counts: ContractCounts }
  | {
      readonly ok: false;
      readonly diagnostics: readonly ContractDiagnostic[];
      /** All zero: nothing was parsed. */
      readonly counts: ContractCounts;
    };

const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
const PARSER = '@asyncapi/parser';
type ParserModule = typeof AsyncApiParser;

/**
 * Loads @asyncapi/parser, an optional peer dependency (it pulls Spectral and a telemetry postinstall, so a consumer
 * who never lints does not get it); when it is not installed, says which package to install.
 */
async function loadParser(): Promise<ParserModule> {
  try {
    return await import('@asyncapi/parser');
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String(error).includes(PARSER))
      throw new ContractError(
        'missing_peer_dependency',
        `lintContract needs ${PARSER}, an optional peer dependency of @opencity/interop: npm install ${PARSER}`,
        { cause: error },
      );
    throw error;
  }
}

/**
 * Parses an AsyncAPI document with @asyncapi/parser and returns every diagnostic; the OpenCity schemas it
 * references by `$id` are read from `schemasRoot` (default: the folder above the document's, i.e. `schemas/`).
 * @asyncapi/parser is an optional peer dependency: without it, this throws a {@link ContractError}
 * (`missing_peer_dependency`) that names the package to install.
 * @example
 * const lint = await lintContract('schemas/asyncapi/opencity.asyncapi.json');
 * if (lint.diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning')) process.exitCode = 1;
 */
export async function lintContract(
  documentPath: string,
  options: { schemasRoot?: string } = {},
): Promise<ContractLint> {
  const path = resolve(documentPath);
  const schemasRoot = resolve(options.schemasRoot ?? join(dirname(path), '..'));
  const { Parser } = await loadParser();
  const parser = new Parser({
    __unstable: {
      resolver: {
        resolvers: [
          {
            schema: 'https',
            order: 1,
            canRead: (uri: { toString(): string }) => schemaFileForId(uri.toString(), schemasRoot) !== undefined,
            read: async (uri: { toString(): string }) => {
              const file = schemaFileForId(uri.toString(), schemasRoot)!;
              const text = await readFile(file, 'utf8');
              const declared = (JSON.parse(text) as { $id?: string }).$id;
              if (declared !== uri.toString().split('#')[0])
                throw new ContractError('invalid_document', `${file} has $id ${declared}, not ${uri.toString()}`);
              return text;
            },
          },
        ],
      },
    },
  });
  const text = await readFile(path, 'utf8');
  const { document, diagnostics } = await parser.parse(text, { source: path });
  const listed = diagnostics.map((d) => ({
    code: String(d.code),
    severity: SEVERITIES[d.severity] ?? 'error',
    message: d.message,
    path: d.path.join('/'),
  }));
  return document
    ? {
        ok: true,
        diagnostics: listed,
        counts: {
          channels: document.channels().length,
          operations: document.operations().length,
          messages: document.messages().length,
        },
      }
    : { ok: false, diagnostics: listed, counts: { channels: 0, operations: 0, messages: 0 } };
}
