import type { CommandIo } from '../io';

/** A {@link CommandIo} that keeps what a command writes, for tests: `out()` and `err()` return it. */
export function memoryIo(cwd: string, stdin = ''): CommandIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin: (async function* () {
      if (stdin) yield new TextEncoder().encode(stdin);
    })(),
    cwd,
    env: {},
    out: () => out,
    err: () => err,
  };
}
