/** The process edges a command uses, injectable so commands run in tests without spawning a process. */
export interface CommandIo {
  readonly stdout: { write(chunk: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(chunk: string): unknown; readonly isTTY?: boolean };
  /** Standard input as a byte stream (for `-`). */
  readonly stdin: AsyncIterable<Uint8Array | string>;
  /** Directory relative paths resolve against. */
  readonly cwd: string;
  /** Environment variables (NO_COLOR, etc.). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The real process's stdio, cwd and environment. */
export function processIo(): CommandIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
}

/** Exit codes shared by every command: 0 success, 1 findings at or above the threshold, 2 usage or I/O problem. */
export const ExitCode = { ok: 0, findings: 1, usage: 2 } as const;

/** A problem with how the command was called or with its files; reported on one stderr line with exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code: string;
  /** The command the problem belongs to (`opencity kpi`), when it is not the one that was run. */
  readonly command: string | undefined;
  constructor(code: string, message: string, options?: { cause?: unknown; command?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.command = options?.command;
  }
}

/** True for a {@link UsageError}, recognised by name so that two installed copies still agree. */
export function isUsageError(error: unknown): error is UsageError {
  return (
    error instanceof Error && error.name === 'UsageError' && typeof (error as { code?: unknown }).code === 'string'
  );
}
