import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../main';
import { memoryIo } from '../__fixtures__/memoryIo';

const dir = mkdtempSync(join(tmpdir(), 'opencity-completion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'schemas-old'));
writeFileSync(join(dir, 'payload.json'), '{}');

async function script(shell: 'bash' | 'zsh', lang = 'en'): Promise<string> {
  const io = memoryIo(dir);
  expect(await run(['completion', shell, '--lang', lang], io)).toBe(0);
  const file = join(dir, `opencity.${shell}`);
  writeFileSync(file, io.out());
  return file;
}

const need = (tool: string) => {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
  if (!found) throw new Error(`${tool} is needed by this test (apt-get install ${tool}; .ci/run installs it)`);
};

describe('bash completion', () => {
  // Completion functions read COMP_WORDS/COMP_CWORD and fill COMPREPLY: call ours as bash would.
  async function complete(...words: string[]): Promise<string[]> {
    need('bash');
    const file = await script('bash');
    const quoted = words.map((w) => `'${w}'`).join(' ');
    const out = execFileSync(
      'bash',
      [
        '-c',
        `source '${file}'; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _opencity; printf '%s\\n' "\${COMPREPLY[@]}"`,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    return out.split('\n').filter(Boolean).sort();
  }

  it('is valid bash', async () => {
    expect(spawnSync('bash', ['-n', await script('bash')]).status).toBe(0);
  });

  it('completes commands, subcommands, options, option values and files', async () => {
    expect(await complete('opencity', '')).toEqual([
      'completion',
      'diff',
      'governance',
      'kpi',
      'participation',
      'roadmap',
      'validate',
      'workspace',
    ]);
    expect(await complete('opencity', 'kpi', '')).toEqual(['compute', 'list']);
    expect(await complete('opencity', '--lang', 'fr', 'kpi', 'l')).toEqual(['list']);
    expect(await complete('opencity', 'kpi', 'list', '--f')).toEqual(['--format']);
    expect(await complete('opencity', 'kpi', 'list', '--format', '')).toEqual(['json', 'text']);
    expect(await complete('opencity', 'validate', '--representation', 'n')).toEqual(['ngsiv2', 'normalized']);
    expect(await complete('opencity', 'completion', '')).toEqual(['bash', 'zsh']);
    expect(await complete('opencity', 'validate', 'pay')).toEqual(['payload.json']);
    expect(await complete('opencity', 'diff', 'schemas-')).toEqual(['schemas-old']);
    expect(await complete('opencity', 'kpi', 'list', '--domain', '')).toEqual([]);
  });
});

describe('zsh completion', () => {
  it('is valid zsh', async () => {
    need('zsh');
    expect(spawnSync('zsh', ['-n', await script('zsh')]).status).toBe(0);
  });

  // The real completion system, typed into a real zsh in tmux: what a user sees after pressing Tab.
  it('lists subcommands and options with their descriptions in the chosen language', async () => {
    need('zsh');
    need('tmux');
    const file = await script('zsh', 'fr');
    const bin = join(dir, 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'opencity'), '#!/bin/sh\n', { mode: 0o755 });
    const session = `opencity-completion-${process.pid}`;
    const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
    const screenAfter = async (keys: string, expected: RegExp): Promise<string> => {
      tmux('send-keys', '-t', session, 'C-u', keys, 'Tab');
      let screen = '';
      // Bounded wait for the shell to draw the completion list (a wait for output, not a timing assertion).
      for (let i = 0; i < 100 && !expected.test(screen); i++) {
        await new Promise((r) => setTimeout(r, 100));
        screen = tmux('capture-pane', '-t', session, '-p');
      }
      return screen;
    };
    tmux(
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '200',
      '-y',
      '40',
      `env -i HOME=${dir} TERM=xterm PATH=${bin}:/usr/bin:/bin zsh -f`,
    );
    try {
      tmux('send-keys', '-t', session, `autoload -U compinit && compinit -u && source '${file}' && PS1='> '`, 'Enter');
      const commands = await screenAfter('opencity kpi ', /compute +-- calculer/);
      expect(commands).toMatch(/compute +-- calculer des valeurs de KPI/);
      expect(commands).toMatch(/list +-- lister les définitions de KPI/);
      const options = await screenAfter('opencity kpi list --', /--format +-- format de sortie/);
      expect(options).toMatch(/--domain +-- seulement les KPI de ce domaine/);
      const values = await screenAfter('opencity kpi list --format ', /json +text/);
      expect(values).toMatch(/json +text/);
    } finally {
      tmux('kill-session', '-t', session);
    }
  });
});
