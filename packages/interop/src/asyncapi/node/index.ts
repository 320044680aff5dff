/**
 * @opencity/interop/asyncapi/node: Node-only AsyncAPI tooling: load a contract from a file, and lint it with
 * @asyncapi/parser — an optional peer dependency (it pulls Spectral and a telemetry postinstall), loaded only when
 * `lintContract` runs: `npm install @asyncapi/parser` to lint.
 * @packageDocumentation
 */
export { lintContract } from './lintContract';
export type { ContractDiagnostic, ContractLint, ContractCounts } from './lintContract';
export { loadContract } from './loadContract';
export { schemaFileForId } from '../schemaFileForId';
