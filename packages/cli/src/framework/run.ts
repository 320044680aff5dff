/** Runs a command tree on argv: resolves the command, prints help or one-line errors, and returns the exit code. */
import { isUsageError, ExitCode, type CommandIo } from '../io';
import type { AnyCommand, OptionSpecs } from './command';
import { renderHelp } from './help';
import { commandLineOf, languageOf, parseCommandArgs, resolveCommand, word } from './parse';

/** What the root of a command tree adds to the framework: its own options (`--version`) and what they do. */
export interface RootBehaviour {
  readonly options: OptionSpecs;
  /** Handles a root option (e.g. prints the version) and returns an exit code, or `undefined` to go on. */
  readonly handle: (values: Readonly<Record<string, unknown>>, io: CommandIo) => number | undefined;
}

const asksForHelp = (args: readonly string[]): boolean => {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
};

/**
 * Runs `argv` against the tree under `root`: `help <command…>`, `--help`/`-h` at every level, "did you mean" for
 * commands, options and option values, and one line on stderr with exit code 2 for any usage or input problem.
 */
export async function runCommandTree(
  root: AnyCommand,
  rootBehaviour: RootBehaviour,
  argv: readonly string[],
  io: CommandIo,
): Promise<number> {
  const lang = languageOf(argv, io.env);
  let commandLine = root.name;
  try {
    const helpCommand = argv[0] === 'help';
    const { path, rest } = resolveCommand(root, helpCommand ? argv.slice(1) : argv, lang);
    commandLine = commandLineOf(path);
    const command = path[path.length - 1]!;
    const extra = command === root ? rootBehaviour.options : {};
    if (helpCommand || asksForHelp(rest)) {
      io.stdout.write(renderHelp(path, lang, extra));
      return ExitCode.ok;
    }
    const parsed = parseCommandArgs(command, rest, lang, commandLine, extra);
    if (command === root) {
      const handled = rootBehaviour.handle(parsed.values, io);
      if (handled !== undefined) return handled;
    }
    if (!command.run) {
      // A group without its command word: show what it offers, as git and npm do, and say it was not enough.
      io.stdout.write(renderHelp(path, lang, extra));
      return ExitCode.usage;
    }
    return await command.run({
      values: parsed.values,
      positionals: parsed.positionals,
      io,
      lang,
      commandLine,
      root,
    });
  } catch (error) {
    const colon = word(lang, 'colon');
    if (isUsageError(error)) {
      io.stderr.write(`${error.command ?? commandLine}${colon} ${oneLine(error.message)}\n`);
      return ExitCode.usage;
    }
    // Not a usage problem: a bug to report, on one line; the stack only on request.
    const failure = word(lang, 'internalError', { message: error instanceof Error ? error.message : String(error) });
    const debug = io.env['OPENCITY_DEBUG'] && error instanceof Error && error.stack ? `\n${error.stack}` : '';
    io.stderr.write(`${commandLine}${colon} ${oneLine(failure)}\n${debug ? `${debug.trim()}\n` : ''}`);
    return ExitCode.usage;
  }
}

/** Keeps an error on one line: line breaks in file names or library messages become spaces. */
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');
