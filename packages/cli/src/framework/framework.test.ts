import { describe, expect, it } from 'vitest';
import { run, opencity } from '../main';
import { memoryIo } from '../__fixtures__/memoryIo';
import type { AnyCommand } from './command';
import { languageOf } from './parse';

const repo = new URL('../../../..', import.meta.url).pathname;

/** Every command of the tree with the words that reach it (`['kpi', 'list']`). */
function walk(command: AnyCommand, words: string[] = []): { words: string[]; command: AnyCommand }[] {
  return [{ words, command }, ...(command.subcommands ?? []).flatMap((c) => walk(c, [...words, c.name]))];
}

async function cli(args: string[], env: Record<string, string> = {}) {
  const io = { ...memoryIo(repo), env };
  const code = await run(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('help at every level', () => {
  const all = walk(opencity);

  it('has more than the top level to walk', () => {
    expect(all.map((c) => c.words.join(' '))).toEqual(
      expect.arrayContaining(['validate', 'kpi list', 'kpi compute', 'roadmap score', 'roadmap schedule']),
    );
  });

  it.each(all.map((c) => [c.words.join(' ') || '(root)', c.words] as const))(
    '%s: --help, -h and "help <command>" exit 0 with its usage',
    async (_name, words) => {
      for (const args of [
        [...words, '--help'],
        [...words, '-h'],
        ['help', ...words],
      ]) {
        const { code, out, err } = await cli(args);
        expect(err, args.join(' ')).toBe('');
        expect(code, args.join(' ')).toBe(0);
        expect(out, args.join(' ')).toContain(`Usage: ${['opencity', ...words].join(' ')}`);
        expect(out, args.join(' ')).toContain('--lang <lang>');
      }
    },
  );

  it('shows help even when an option before --help is mistyped or incomplete', async () => {
    expect((await cli(['roadmap', 'score', '--scores', '--help'])).code).toBe(0);
    expect((await cli(['validate', '--formt', '--help'])).out).toContain('Usage: opencity validate');
  });

  it('speaks French and Dutch, from --lang or from the locale', async () => {
    const fr = await cli(['kpi', 'compute', '--help', '--lang', 'fr']);
    expect(fr.out).toContain('Utilisation\u202f: opencity kpi compute [options]');
    expect(fr.out).toContain('format de sortie (text | json | csv\u202f; par défaut\u202f: text)');
    const nl = await cli(['validate', '-h'], { LANG: 'nl_BE.UTF-8' });
    expect(nl.out).toContain('Gebruik: opencity validate [opties] <paths…>');
    expect(nl.out).toContain('Afsluitcodes: 0 geen bevinding bereikt --fail-on');
  });
});

describe('did you mean', () => {
  it.each([
    [['valdate', 'x.json'], 'opencity: unknown command "valdate" (did you mean "validate"?)'],
    [['kpi', 'lsit'], 'opencity kpi: unknown command "lsit" (did you mean "list"?)'],
    [['kpi', 'list', '--formt', 'json'], 'opencity kpi list: unknown option --formt (did you mean --format?)'],
    [['kpi', 'list', '--form', 'json'], 'opencity kpi list: unknown option --form (did you mean --format?)'],
    [
      ['validate', 'x.json', '--format', 'jsno'],
      'opencity validate: --format must be one of text, json, html, junit, sarif; got "jsno" (did you mean "json"?)',
    ],
    [['completion', 'bsh'], 'opencity completion: <shell> must be one of bash, zsh; got "bsh" (did you mean "bash"?)'],
  ])('%j', async (args, expected) => {
    const { code, out, err } = await cli(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.startsWith(expected), err).toBe(true);
    expect(err.split('\n')).toEqual([expect.stringContaining('--help'), '']);
    expect(err).not.toMatch(/ERR_PARSE_ARGS|Unknown option '/);
  });

  it('in French, with French typography', async () => {
    const { err } = await cli(['valdate', '--lang', 'fr']);
    expect(err).toBe(
      'opencity\u202f: commande inconnue «\u00a0valdate\u00a0» (vouliez-vous dire "validate"\u202f?)\u202f; les commandes sont validate, diff, kpi, roadmap, workspace, participation, governance, completion\u202f; voir «\u00a0opencity --help\u00a0»\n',
    );
  });

  it('reports forgotten values and values given to flags', async () => {
    expect((await cli(['kpi', 'list', '--format'])).err).toMatch(
      /^opencity kpi list: --format needs a value: text, json;/,
    );
    expect((await cli(['kpi', 'list', '--format', '--lang', 'fr'])).err).toMatch(/--format attend une valeur/);
    expect((await cli(['kpi', 'list', '--help=yes'])).err).toMatch(/--help takes no value; got "yes"/);
    expect((await cli(['diff', 'a.json'])).err).toMatch(/^opencity diff: missing <new>;/);
    expect((await cli(['kpi', 'list', 'extra'])).err).toMatch(/^opencity kpi list: unexpected argument "extra";/);
  });

  it('gives no suggestion for unrelated or absurdly long words, quickly', async () => {
    expect((await cli(['zzzzzzzz'])).err).not.toContain('did you mean');
    const long = await cli(['kpi', 'list', `--${'x'.repeat(1_000_000)}`]);
    expect(long.code).toBe(2);
    expect(long.err).not.toContain('did you mean');
  });
});

describe('the language of messages', () => {
  it.each([
    [[], {}, 'en'],
    [['--lang', 'nl'], { LANG: 'fr_BE.UTF-8' }, 'nl'],
    [['--lang=fr'], {}, 'fr'],
    [[], { LANG: 'fr_BE.UTF-8' }, 'fr'],
    [[], { OPENCITY_LANG: 'nl', LANG: 'fr_BE.UTF-8' }, 'nl'],
    [[], { LC_ALL: 'C.UTF-8', LANG: 'fr_BE.UTF-8' }, 'en'],
    [[], { LANG: 'de_DE.UTF-8' }, 'en'],
    [['--', '--lang', 'fr'], {}, 'en'],
  ] as const)('%j with %j is %s', (argv, env, lang) => {
    expect(languageOf(argv, env)).toBe(lang);
  });
});

describe('groups and the root', () => {
  it('prints the version', async () => {
    expect((await cli(['--version'])).out).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('shows a group’s commands and exits 2 when its command word is missing', async () => {
    const { code, out } = await cli(['kpi']);
    expect(code).toBe(2);
    expect(out).toContain('Commands:\n  list ');
  });
});
