/** The `opencity` command line: the command tree and its entry point. */
import type { CommandIo } from './io';
import { ExitCode } from './io';
import { commands } from './commands/index';
import { defineCommand } from './framework/command';
import { runCommandTree, type RootBehaviour } from './framework/run';
import { rootOptions } from './framework/rootOptions';
import { version } from './version';

/** The root of the `opencity` command tree. */
export const opencity = defineCommand({
  name: 'opencity',
  summary: {
    en: 'OpenCity: validate payloads, compare schemas, compute KPIs and score roadmaps',
    fr: 'OpenCity\u202f: valider des données, comparer des schémas, calculer des KPI et classer des feuilles de route',
    nl: 'OpenCity: gegevens valideren, schema’s vergelijken, KPI’s berekenen en roadmaps scoren',
  },
  subcommands: commands,
});

const rootBehaviour: RootBehaviour = {
  options: rootOptions,
  handle: (values, io) => {
    if (!values['version']) return undefined;
    io.stdout.write(`${version}\n`);
    return ExitCode.ok;
  },
};

/**
 * Runs the `opencity` command line with `argv` (without the node and script paths) and resolves to its exit code.
 * @example
 * const code = await run(['validate', 'payload.json'], processIo());
 */
export function run(argv: readonly string[], io: CommandIo): Promise<number> {
  return runCommandTree(opencity, rootBehaviour, argv, io);
}
