/** From argv to a command and checked option values: unknown commands and options get a "did you mean". */
import { parseArgs } from 'node:util';
import type { Lang } from '@opencity/models';
import { UsageError } from '../io';
import { globalOptions, type AnyCommand, type OptionSpec, type OptionSpecs } from './command';
import { formatMessage, LANGS, type MessageParams } from './i18n';
import { suggest } from './suggest';
import { frameworkWords, type FrameworkWord } from './words';

/** The language of messages: `--lang` when valid, else OPENCITY_LANG, LC_ALL, LC_MESSAGES, LANG (`fr_BE.UTF-8` → fr). */
export function languageOf(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value !== undefined && (LANGS as readonly string[]).includes(value)) return value as Lang;
  }
  for (const name of ['OPENCITY_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (!value) continue;
    const code = value.slice(0, 2).toLowerCase();
    // The first variable that is set decides, as in gettext: LANG=C means English even if a later one says otherwise.
    return (LANGS as readonly string[]).includes(code) && !/^[a-z]{2}[a-z]/i.test(value) ? (code as Lang) : 'en';
  }
  return 'en';
}

/** A framework message in `lang`. */
export function word(lang: Lang, key: FrameworkWord, params: MessageParams = {}): string {
  return formatMessage(frameworkWords[lang][key], lang, params);
}

/** A usage error whose message is already in the user's language and ends with where to find help. */
function usageError(
  lang: Lang,
  code: string,
  key: FrameworkWord,
  params: MessageParams,
  commandLine: string,
): UsageError {
  return new UsageError(
    code,
    `${word(lang, key, params)}${word(lang, 'semicolon')}${word(lang, 'seeHelp', { command: commandLine })}`,
    { command: commandLine },
  );
}

const quoteList = (names: readonly string[]) => names.join(', ');

/** The command named by argv's leading words, the words that name it, and the arguments left for it. */
export interface Resolved {
  /** From the root to the command found (`[opencity, kpi, list]`). */
  readonly path: readonly AnyCommand[];
  /** Everything in argv but the command words. */
  readonly rest: readonly string[];
}

/** The command line of a path: `opencity kpi list`. */
export const commandLineOf = (path: readonly AnyCommand[]): string => path.map((c) => c.name).join(' ');

/**
 * Follows the command words of argv down the tree (options may come before them: `opencity --lang fr kpi list`).
 * Throws a {@link UsageError} with a suggestion for an unknown command word.
 */
export function resolveCommand(root: AnyCommand, argv: readonly string[], lang: Lang): Resolved {
  const path: AnyCommand[] = [root];
  const rest: string[] = [];
  let node = root;
  let i = 0;
  while (node.subcommands && i < argv.length) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg.startsWith('-') && arg !== '-') {
      rest.push(arg);
      i++;
      if (arg === '--lang' && i < argv.length) rest.push(argv[i++]!);
      continue;
    }
    const names = node.subcommands.map((c) => c.name);
    const child = node.subcommands.find((c) => c.name === arg);
    if (!child) {
      const guess = suggest(arg, names);
      throw usageError(
        lang,
        'unknown_command',
        'unknownCommand',
        {
          name: arg,
          suggestion: guess ? word(lang, 'didYouMean', { name: `"${guess}"` }) : '',
          list: quoteList(names),
        },
        commandLineOf(path),
      );
    }
    node = child;
    path.push(child);
    i++;
  }
  rest.push(...argv.slice(i));
  return { path, rest };
}

/** The result of parsing a command's own arguments. */
export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
  readonly help: boolean;
}

/** Every option a command accepts: its own and the global ones (its own win on a clash of names). */
export function optionsOf(command: AnyCommand, extra: OptionSpecs = {}): OptionSpecs {
  const own = (command.options ?? {}) as OptionSpecs;
  const all: Record<string, OptionSpec> = { ...own };
  for (const [name, spec] of [...Object.entries(extra), ...Object.entries(globalOptions)])
    if (!Object.hasOwn(all, name)) all[name] = spec;
  return all;
}

/**
 * Parses a command's arguments with Node's `util.parseArgs` (no strict mode, tokens on) and checks each token
 * against the command's options, so mistakes get a one-line message in the user's language with a suggestion.
 */
export function parseCommandArgs(
  command: AnyCommand,
  args: readonly string[],
  lang: Lang,
  commandLine: string,
  extra: OptionSpecs = {},
): Parsed {
  const specs = optionsOf(command, extra);
  const names = Object.keys(specs);
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = Object.create(null);
  for (const [name, spec] of Object.entries(specs))
    config[name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
  const { tokens } = parseArgs({
    args: [...args],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const fail = (code: string, key: FrameworkWord, params: MessageParams) =>
    usageError(lang, code, key, params, commandLine);

  const values: Record<string, string | boolean | undefined> = Object.create(null);
  const positionals: string[] = [];
  let help = false;
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
    if (!spec) {
      if (token.rawName.startsWith('--') && token.name === 'help') help = true;
      const guess = token.rawName.startsWith('--') ? suggest(token.name, names) : undefined;
      throw fail('unknown_option', 'unknownOption', {
        option: token.rawName,
        suggestion: guess ? word(lang, 'didYouMean', { name: `--${guess}` }) : '',
      });
    }
    const shown = `--${token.name}`;
    if (spec.type === 'boolean') {
      if (token.value !== undefined)
        throw fail('unexpected_value', 'noValueExpected', { option: shown, value: token.value });
      values[token.name] = true;
      if (token.name === 'help') help = true;
      continue;
    }
    // A value that looks like another option (`--format --lang fr`) means the value was forgotten.
    const value = token.value;
    const forgotten =
      value === undefined || (!token.inlineValue && value.startsWith('-') && value !== '-' && !/^-\.?\d/.test(value));
    if (forgotten)
      throw spec.choices
        ? fail('missing_value', 'missingValueChoices', { option: shown, choices: spec.choices.join(', ') })
        : fail('missing_value', 'missingValue', { option: shown });
    if (spec.choices && !spec.choices.includes(value)) {
      const guess = suggest(value, spec.choices);
      throw fail('bad_option', 'badChoice', {
        option: shown,
        choices: spec.choices.join(', '),
        value,
        suggestion: guess ? word(lang, 'didYouMean', { name: `"${guess}"` }) : '',
      });
    }
    values[token.name] = value;
  }
  if (help) return { values, positionals, help };

  for (const [name, spec] of Object.entries(specs)) {
    if (values[name] !== undefined) continue;
    values[name] = spec.type === 'boolean' ? false : spec.default;
  }
  checkPositionals(command, positionals, lang, fail);
  return { values, positionals, help };
}

function checkPositionals(
  command: AnyCommand,
  positionals: readonly string[],
  lang: Lang,
  fail: (code: string, key: FrameworkWord, params: MessageParams) => UsageError,
): void {
  const specs = command.arguments ?? [];
  const variadic = specs.some((a) => a.variadic);
  if (!variadic && positionals.length > specs.length)
    throw fail('unexpected_argument', 'unexpectedArgument', { value: positionals[specs.length]! });
  specs.forEach((a, i) => {
    if (a.required && positionals.length <= i)
      throw fail('missing_argument', 'missingArgument', { argument: `<${a.name}>` });
    const given = a.variadic ? positionals.slice(i) : positionals.slice(i, i + 1);
    for (const value of a.choices ? given : []) {
      if (a.choices!.includes(value)) continue;
      const guess = suggest(value, a.choices!);
      throw fail('bad_argument', 'badChoice', {
        option: `<${a.name}>`,
        choices: a.choices!.join(', '),
        value,
        suggestion: guess ? word(lang, 'didYouMean', { name: `"${guess}"` }) : '',
      });
    }
  });
}
