/**
 * @opencity/interop/asyncapi/node: Node-only AsyncAPI tooling: load a contract from a file, and lint it with
 * @asyncapi/parser (kept off the main entry: the parser pulls Spectral).
 * @packageDocumentation
 */
export { lintContract } from './lintContract';
export type { ContractDiagnostic, ContractLint, ContractCounts } from './lintContract';
export { loadContract } from './loadContract';
export { schemaFileForId } from '../schemaFileForId';
