/** Runs one case of the hostile corpus in process, in a fresh folder when it generates its inputs. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../main';
import { memoryIo } from '../memoryIo';
import type { HostileCase } from './corpus';

/** The folder of the corpus's committed inputs. */
export const corpusDir = import.meta.dirname;

/** What one run gave: exit code, both streams and the wall time of the command itself. */
export interface CaseRun {
  readonly exit: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs `c` at `size` (its own size by default) and returns what it produced. */
export async function runCase(c: HostileCase, size = c.size ?? 0): Promise<CaseRun> {
  let dir = corpusDir;
  if (c.files) {
    dir = mkdtempSync(join(tmpdir(), `opencity-hostile-${c.id}-`));
    for (const [name, content] of Object.entries(c.files(size))) writeFileSync(join(dir, name), content);
  }
  try {
    const io = memoryIo(dir);
    const start = performance.now();
    const exit = await run(c.argv, io);
    const ms = performance.now() - start;
    return { exit, stdout: io.out(), stderr: io.err(), ms };
  } finally {
    if (dir !== corpusDir) rmSync(dir, { recursive: true, force: true });
  }
}
