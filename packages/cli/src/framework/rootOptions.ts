/** Options of the `opencity` root only. */
import type { OptionSpecs } from './command';

/** `--version` (`-v`): the root's own option. */
export const rootOptions = {
  version: {
    type: 'boolean',
    short: 'v',
    description: { en: 'print the version', fr: 'afficher la version', nl: 'de versie tonen' },
  },
} as const satisfies OptionSpecs;
