/** The `--help` text of any command, derived from its definition, in the user's language. */
import type { Lang } from '@opencity/models';
import type { AnyCommand, ArgumentSpec, OptionSpec, OptionSpecs } from './command';
import { word } from './parse';
import { optionsOf } from './parse';

function argumentLabel(a: ArgumentSpec): string {
  const name = `${a.name}${a.variadic ? '…' : ''}`;
  return a.required ? `<${name}>` : `[${name}]`;
}

function optionLabel(name: string, spec: OptionSpec): string {
  const value = spec.type === 'string' ? ` <${spec.value ?? name}>` : '';
  return `${spec.short ? `-${spec.short}, ` : '    '}--${name}${value}`;
}

function optionText(spec: OptionSpec, lang: Lang): string {
  const notes: string[] = [];
  if (spec.choices) notes.push(spec.choices.join(' | '));
  if (spec.default !== undefined) notes.push(word(lang, 'defaultValue', { value: spec.default }));
  return notes.length ? `${spec.description[lang]} (${notes.join(word(lang, 'semicolon'))})` : spec.description[lang];
}

/** Two aligned columns: labels on the left, texts on the right (continuation lines indented under the text). */
function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.min(32, Math.max(...rows.map(([label]) => label.length)));
  return rows.map(([label, text]) => {
    const pad = label.length > width ? `\n${' '.repeat(width + 4)}` : ' '.repeat(width - label.length + 2);
    return `  ${label}${pad}${text.replace(/\n/g, `\n${' '.repeat(width + 4)}`)}`;
  });
}

/**
 * Renders the help of the last command of `path` (`[opencity, kpi, list]`): usage, description, arguments, options,
 * subcommands, examples and exit codes.
 */
export function renderHelp(path: readonly AnyCommand[], lang: Lang, extra: OptionSpecs = {}): string {
  const command = path[path.length - 1]!;
  const line = path.map((c) => c.name).join(' ');
  const colon = word(lang, 'colon');
  const args = (command.arguments ?? []).map(argumentLabel);
  const usage = command.subcommands
    ? `${line} ${word(lang, 'commandPlaceholder')} ${word(lang, 'optionsPlaceholder')}`
    : [line, word(lang, 'optionsPlaceholder'), ...args].join(' ');
  const out = [`${word(lang, 'usage')}${colon} ${usage}`, ''];
  out.push(command.description?.[lang] ?? command.summary[lang], '');
  if (command.subcommands?.length) {
    out.push(`${word(lang, 'commands')}${colon}`);
    out.push(...table(command.subcommands.map((c) => [c.name, c.summary[lang]] as const)), '');
  }
  if (command.arguments?.length) {
    out.push(`${word(lang, 'arguments')}${colon}`);
    out.push(...table(command.arguments.map((a) => [argumentLabel(a), a.description[lang]] as const)), '');
  }
  const options = Object.entries(optionsOf(command, extra));
  out.push(`${word(lang, 'options')}${colon}`);
  out.push(...table(options.map(([name, spec]) => [optionLabel(name, spec), optionText(spec, lang)] as const)), '');
  if (command.examples?.length) {
    out.push(`${word(lang, 'examples')}${colon}`);
    for (const e of command.examples) out.push(`  ${e.command}`, `      ${e.description[lang]}`);
    out.push('');
  }
  if (command.subcommands) out.push(word(lang, 'moreHelpGroup', { command: line }));
  else out.push(`${word(lang, 'exitCodes')}${colon} ${command.exitCodes?.[lang] ?? word(lang, 'standardExitCodes')}`);
  return `${out.join('\n')}\n`;
}
