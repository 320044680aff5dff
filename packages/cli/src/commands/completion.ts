/** `opencity completion bash|zsh`: prints a shell completion script generated from the command tree. */
import { ExitCode } from '../io';
import { defineCommand } from '../framework/command';
import { bashCompletion, zshCompletion } from '../framework/completion';
import { rootOptions } from '../framework/rootOptions';

/** `opencity completion`: the shell completion script for bash or zsh. */
export const completion = defineCommand({
  name: 'completion',
  summary: {
    en: 'print the shell completion script for bash or zsh',
    fr: 'afficher le script de complétion pour bash ou zsh',
    nl: 'het aanvullingsscript voor bash of zsh tonen',
  },
  description: {
    en: `Prints a completion script for commands, options and their values. Install it with
  opencity completion bash > ~/.local/share/bash-completion/completions/opencity
  opencity completion zsh > "\${fpath[1]}/_opencity"
or load it from your shell's start-up file: source <(opencity completion bash).
zsh shows the descriptions in the language of --lang.`,
    fr: `Affiche un script de complétion des commandes, des options et de leurs valeurs. Installez-le avec
  opencity completion bash > ~/.local/share/bash-completion/completions/opencity
  opencity completion zsh > "\${fpath[1]}/_opencity"
ou chargez-le depuis le fichier de démarrage du shell\u202f: source <(opencity completion bash).
zsh affiche les descriptions dans la langue de --lang.`,
    nl: `Toont een aanvullingsscript voor opdrachten, opties en hun waarden. Installeer het met
  opencity completion bash > ~/.local/share/bash-completion/completions/opencity
  opencity completion zsh > "\${fpath[1]}/_opencity"
of laad het vanuit het opstartbestand van de shell: source <(opencity completion bash).
zsh toont de beschrijvingen in de taal van --lang.`,
  },
  arguments: [
    {
      name: 'shell',
      required: true,
      choices: ['bash', 'zsh'],
      description: { en: 'bash or zsh', fr: 'bash ou zsh', nl: 'bash of zsh' },
    },
  ],
  run: async ({ positionals, io, lang, root }) => {
    const script =
      positionals[0] === 'zsh' ? zshCompletion(root, lang, rootOptions) : bashCompletion(root, rootOptions);
    io.stdout.write(script);
    return ExitCode.ok;
  },
});
