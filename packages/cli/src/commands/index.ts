/**
 * Every `opencity` command, in the order `opencity --help` lists them.
 * To add one: write `commands/<name>.ts` exporting a `defineCommand({...})`, import it here and add it to the list;
 * help, "did you mean", option checks and shell completion follow from its definition.
 */
import type { AnyCommand } from '../framework/command';
import { validate } from './validate';
import { diff } from './diff';
import { kpi } from './kpi';
import { roadmap } from './roadmap';
import { completion } from './completion';
import { participation } from './participation';
import { governance } from './governance';
import { workspace } from './workspace';

/** The commands under `opencity`. */
export const commands: readonly AnyCommand[] = [
  validate,
  diff,
  kpi,
  roadmap,
  workspace,
  participation,
  governance,
  completion,
];
