/**
 * @opencity/interop/node — Node-only helpers: reading files, folders and standard input for validation reports.
 * @packageDocumentation
 */
export { validateFiles, listInputFiles, readRecords, ndjsonRecords, InputError } from './reportInputs';
export type { InputFile, ReadOptions, FileProgress, ValidateFilesOptions } from './reportInputs';
