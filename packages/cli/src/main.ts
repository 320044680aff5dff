/** The `opencity` command line: dispatches to one command per verb. */
import { isUsageError, ExitCode, type CommandIo } from './io';
import { validateCommand } from './commands/validate';
import { diffCommand } from './commands/diff';
import { roadmapCommand } from './commands/roadmap';
import { kpiCommand } from './commands/kpi';
import { version } from './version';

type Command = (args: string[], io: CommandIo) => Promise<number>;

/** The verbs `opencity` knows, each with a one-line summary for `--help`. */
const commands: Record<string, { run: Command; summary: string }> = {
  validate: { run: validateCommand, summary: 'validate payloads against the OpenCity schemas' },
  roadmap: {
    run: roadmapCommand,
    summary: "score projects from jurors' scores and schedule a budgeted multi-year roadmap",
  },
  diff: {
    run: diffCommand,
    summary: 'classify schema changes (breaks producers / consumers / both) and the release they need',
  },
  kpi: { run: kpiCommand, summary: 'list the KPI catalogue and compute KPI values with status and provenance' },
};

function help(): string {
  const width = Math.max(...Object.keys(commands).map((k) => k.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: opencity <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "opencity <command> --help" for a command's options.\n`;
}

/**
 * Runs the `opencity` command line with `argv` (without the node and script paths) and resolves to its exit code.
 * @example
 * const code = await run(['validate', 'payload.json'], processIo());
 */
export async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const [verb, ...args] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
    io.stdout.write(help());
    return verb === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (verb === '--version' || verb === '-v') {
    io.stdout.write(`${version}\n`);
    return ExitCode.ok;
  }
  const command = Object.hasOwn(commands, verb) ? commands[verb] : undefined;
  if (!command) {
    io.stderr.write(`opencity: unknown command "${verb}" (commands: ${Object.keys(commands).join(', ')})\n`);
    return ExitCode.usage;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (isUsageError(error)) {
      io.stderr.write(`opencity ${verb}: ${error.message}\n`);
      return ExitCode.usage;
    }
    // parseArgs reports unknown or malformed options with this code.
    if (error instanceof Error && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`opencity ${verb}: ${error.message}\n`);
      return ExitCode.usage;
    }
    throw error;
  }
}
