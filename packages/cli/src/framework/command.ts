/**
 * The command framework: a command is data (name, summary, options, arguments, subcommands) plus a `run` function.
 * Help, "did you mean", option checks and shell completion are derived from that data, in EN, FR and NL.
 */
import type { Lang, CompleteText } from '@opencity/models';
import type { CommandIo } from '../io';

/** One option of a command (`--format <format>`, `-h`). */
export interface OptionSpec {
  /** `string` takes a value (`--format json` or `--format=json`); `boolean` is a flag. */
  readonly type: 'string' | 'boolean';
  /** One-letter alias (`h` for `-h`). */
  readonly short?: string;
  /** Value used when the option is absent (string options only). */
  readonly default?: string;
  /** The only values accepted; a typo gets a "did you mean" and completion offers them. */
  readonly choices?: readonly string[];
  /** Name of the value in help (`--data <file|dir>`); defaults to the option's name. */
  readonly value?: string;
  /** What the option does, one line in each language. */
  readonly description: CompleteText;
  /** What shell completion offers for the value when there are no choices: files or folders. */
  readonly complete?: 'file' | 'directory';
}

/** The options of a command, by long name (without the dashes). */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** One positional argument of a command, for help, checks and completion. */
export interface ArgumentSpec {
  /** Name shown in help (`paths`, `old`). */
  readonly name: string;
  readonly description: CompleteText;
  /** At least one value is needed (default false). */
  readonly required?: boolean;
  /** Takes any number of values (only the last argument). */
  readonly variadic?: boolean;
  /** The only values accepted (checked with a "did you mean", offered by completion). */
  readonly choices?: readonly string[];
  /** What shell completion offers when there are no choices: files (default), folders or nothing. */
  readonly complete?: 'file' | 'directory' | 'none';
}

type ValueOf<S extends OptionSpec> = S extends { choices: readonly (infer C extends string)[] } ? C : string;

/** The parsed option values of a command, typed from its {@link OptionSpecs}. */
export type OptionValues<O extends OptionSpecs> = {
  readonly [K in keyof O]: O[K]['type'] extends 'boolean'
    ? boolean
    : O[K] extends { default: string }
      ? ValueOf<O[K]>
      : ValueOf<O[K]> | undefined;
};

/** What a command's `run` receives. */
export interface CommandContext<O extends OptionSpecs = OptionSpecs> {
  /** Option values after checks (choices checked, defaults applied). */
  readonly values: OptionValues<O>;
  /** Positional arguments, checked against the command's {@link ArgumentSpec}s. */
  readonly positionals: readonly string[];
  readonly io: CommandIo;
  /** Language of messages and reports (`--lang`, else `OPENCITY_LANG`/`LANG`, else English). */
  readonly lang: Lang;
  /** The command as typed, for messages: `opencity kpi list`. */
  readonly commandLine: string;
  /** The root of the command tree (for commands that describe the tree, such as `completion`). */
  readonly root: AnyCommand;
}

/** An example in a command's help. */
export interface CommandExample {
  readonly command: string;
  readonly description: CompleteText;
}

/** A command of the `opencity` tree: a leaf with `run`, or a group with `subcommands`. */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  /** The word typed after `opencity` (or after the parent command). */
  readonly name: string;
  /** One line for the parent's command list. */
  readonly summary: CompleteText;
  /** A paragraph for the command's own help (what it reads, what it writes). */
  readonly description?: CompleteText;
  readonly arguments?: readonly ArgumentSpec[];
  readonly options?: O;
  readonly examples?: readonly CommandExample[];
  /** Exit codes when they differ from the standard ones (0 success, 1 findings or nothing matched, 2 usage). */
  readonly exitCodes?: CompleteText;
  /** The subcommands of a group (`kpi list`, `kpi compute`). A group has no `run`. */
  readonly subcommands?: readonly AnyCommand[];
  /** Runs the command and resolves to the exit code. */
  readonly run?: (context: CommandContext<O>) => Promise<number>;
}

/** A command whatever its options (for lists of commands). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = Command<any>;

/**
 * Declares a command; the option types flow into `run`'s `values`.
 * @example
 * export const hello = defineCommand({
 *   name: 'hello',
 *   summary: { en: 'say hello', fr: 'dire bonjour', nl: 'hallo zeggen' },
 *   options: { name: { type: 'string', default: 'world', description: { en: 'who', fr: 'qui', nl: 'wie' } } },
 *   run: async ({ values, io }) => (io.stdout.write(`hello ${values.name}\n`), 0),
 * });
 */
export function defineCommand<const O extends OptionSpecs = Record<never, OptionSpec>>(
  command: Command<O>,
): Command<O> {
  return command;
}

/** Options every command understands: `-h/--help` and `--lang`. */
export const globalOptions = {
  help: {
    type: 'boolean',
    short: 'h',
    description: { en: 'show this help', fr: 'afficher cette aide', nl: 'deze hulp tonen' },
  },
  lang: {
    type: 'string',
    choices: ['en', 'fr', 'nl'],
    description: {
      en: 'language of messages and reports, by default from OPENCITY_LANG, else LANG, else en',
      fr: 'langue des messages et des rapports, par défaut selon OPENCITY_LANG, sinon LANG, sinon en',
      nl: 'taal van berichten en rapporten, standaard volgens OPENCITY_LANG, anders LANG, anders en',
    },
  },
} as const satisfies OptionSpecs;
