/**
 * @opencity/cli — the `opencity` command, also usable as a library (`run`) for tests and embedding.
 * @packageDocumentation
 */
export { run } from './main';
export { processIo, ExitCode, UsageError, isUsageError } from './io';
export type { CommandIo } from './io';
export { version } from './version';
