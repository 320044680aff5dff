/** What happens when standard output cannot be written: a closed pipe is not an error, a full disk is one line. */
import type { Lang } from '@opencity/models';
import { ExitCode } from '../io';
import { word } from './parse';

/** The parts of a process {@link guardOutput} needs (the real `process`, or a stand-in in tests). */
export interface GuardedProcess {
  readonly stdout: { on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown };
  readonly stderr: {
    write(chunk: string): unknown;
    on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  };
  exit(code: number): never;
}

/**
 * Ends the process cleanly on output errors: EPIPE (the reader went away, as `| head` does) exits 0 without a word;
 * ENOSPC and any other write error print one line on stderr and exit 2. Never a stack trace.
 */
export function guardOutput(proc: GuardedProcess, lang: Lang, name = 'opencity'): void {
  proc.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') proc.exit(ExitCode.ok);
    const message =
      error.code === 'ENOSPC'
        ? word(lang, 'diskFull')
        : word(lang, 'outputError', { reason: error.code ?? error.message });
    proc.stderr.write(`${name}${word(lang, 'colon')} ${message}\n`);
    proc.exit(ExitCode.usage);
  });
  // Nowhere left to report a broken stderr: end with the usage code if stdout was fine so far.
  proc.stderr.on('error', () => proc.exit(ExitCode.usage));
}
