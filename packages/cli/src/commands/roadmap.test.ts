import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../main';
import { memoryIo } from '../__fixtures__/memoryIo';

let dir = '';
const factsheet = (id: string, dependencies: string[] = []) => ({
  id,
  type: 'ProjectFactsheet',
  name: id,
  objectives: [`Deliver ${id}`],
  refTheme: 'urn:ngsi-ld:Theme:digital',
  refOwner: 'urn:ngsi-ld:Organisation:cirb',
  budgetByYear: [{ projectYear: 1, amount: 100000 }],
  duration: 1,
  dependencies,
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'opencity-roadmap-'));
  const rows = ['juror,project,criterion,score,abstention'];
  const table: Record<string, Record<string, [number, number, number]>> = {
    J1: { A: [4, 3, 1], B: [2, 2, 3], C: [3, 4, 2] },
    J2: { A: [4, 4, 2], B: [1, 2, 4], C: [3, 3, 2] },
    J3: { A: [3, 4, 1], B: [2, 1, 4] },
  };
  for (const [juror, projects] of Object.entries(table)) {
    for (const [project, s] of Object.entries(projects))
      ['impact', 'feasibility', 'cost'].forEach((c, j) => rows.push(`${juror},${project},${c},${s[j]},`));
  }
  rows.push('J3,C,,,conflict of interest');
  await writeFile(join(dir, 'scores.csv'), `${rows.join('\n')}\n`);
  await writeFile(join(dir, 'projects.json'), JSON.stringify([factsheet('A'), factsheet('B'), factsheet('C', ['A'])]));
  await writeFile(
    join(dir, 'evaluations.json'),
    JSON.stringify([
      {
        id: 'e1',
        type: 'JuryEvaluation',
        refJuror: 'J1',
        refProjectFactsheet: 'A',
        status: 'scored',
        scores: [
          { criterion: 'impact', score: 4 },
          { criterion: 'feasibility', score: 3 },
          { criterion: 'cost', score: 1 },
        ],
      },
      {
        id: 'e2',
        type: 'JuryEvaluation',
        refJuror: 'J1',
        refProjectFactsheet: 'B',
        status: 'scored',
        scores: [
          { criterion: 'impact', score: 1 },
          { criterion: 'feasibility', score: 1 },
          { criterion: 'cost', score: 4 },
        ],
      },
      {
        id: 'e3',
        type: 'JuryEvaluation',
        refJuror: 'J2',
        refProjectFactsheet: 'A',
        status: 'abstained',
        abstention: { reason: 'conflict-of-interest' },
      },
    ]),
  );
  await writeFile(
    join(dir, 'schedule.json'),
    JSON.stringify({
      years: [
        { budget: 100, capacity: 2 },
        { budget: 100, capacity: 2 },
      ],
      projects: [
        { id: 'A', value: 5, duration: 1, costPerYear: 80, capacityPerYear: 1, predecessors: [] },
        { id: 'C', value: 4, duration: 1, costPerYear: 80, capacityPerYear: 1, predecessors: ['A'] },
      ],
    }),
  );
  await writeFile(
    join(dir, 'infeasible.json'),
    JSON.stringify({
      years: [{ budget: 100, capacity: 2 }],
      projects: [
        { id: 'M', value: 5, duration: 1, costPerYear: 130, capacityPerYear: 1, predecessors: [], mandatory: true },
      ],
    }),
  );
});

describe('opencity roadmap score', () => {
  it('ranks projects from a CSV of scores with abstentions and reports agreement', async () => {
    const io = memoryIo(dir);
    expect(
      await run(
        [
          'roadmap',
          'score',
          '--scores',
          'scores.csv',
          '--projects',
          'projects.json',
          '--weights',
          'impact=3,feasibility=2,cost=1',
        ],
        io,
      ),
    ).toBe(0);
    expect(io.out()).toContain(
      'wsm ranking on impact-feasibility-cost 1.0.0 (median of the jurors’ scores) — projects: 3; jurors: 3',
    );
    expect(io.out()).toMatch(/1\. A {2}/);
    expect(io.out()).toContain("Kendall's W");
  });

  it('writes JSON with every parameter, and Markdown / HTML reports', async () => {
    let io = memoryIo(dir);
    expect(
      await run(
        [
          'roadmap',
          'score',
          '--scores',
          'scores.csv',
          '--projects',
          'projects.json',
          '--method',
          'topsis',
          '--format',
          'json',
          '--draws',
          '500',
        ],
        io,
      ),
    ).toBe(0);
    const out = JSON.parse(io.out());
    expect(out.ranking.parameters.normalization).toBe('vector');
    // The stability analysis uses the criteria's own 0–4 scales as goalposts.
    expect(out.smaa.parameters).toEqual({
      draws: 500,
      seed: 1,
      normalization: 'scale',
      weightDistribution: 'uniform-simplex',
    });
    expect(out.aggregated.cells[2][0].abstained).toEqual(['J3']);
    io = memoryIo(dir);
    expect(
      await run(
        [
          'roadmap',
          'score',
          '--scores',
          'scores.csv',
          '--projects',
          'projects.json',
          '--format',
          'markdown',
          '--draws',
          '200',
        ],
        io,
      ),
    ).toBe(0);
    expect(io.out()).toContain('## Stability');
    io = memoryIo(dir);
    expect(
      await run(
        [
          'roadmap',
          'score',
          '--scores',
          'scores.csv',
          '--projects',
          'projects.json',
          '--format',
          'html',
          '--draws',
          '200',
        ],
        io,
      ),
    ).toBe(0);
    expect(io.out()).toContain('<h2>Ranking</h2>');
  });

  it('reads JuryEvaluation entities', async () => {
    const io = memoryIo(dir);
    expect(
      await run(
        [
          'roadmap',
          'score',
          '--scores',
          'evaluations.json',
          '--projects',
          'projects.json',
          '--format',
          'json',
          '--draws',
          '100',
        ],
        io,
      ),
    ).toBe(1);
    // Project C was never scored: a finding with its code, not a crash.
    expect(io.err()).toContain('evaluations.json: error unscored_project: no juror scored "C"');
  });

  it('combines catalogues, schedules with a budget and marks ties', async () => {
    const rows = ['juror,project,criterion,score'];
    const codes = [
      'impact',
      'feasibility',
      'cost',
      'human-capital',
      'connectivity',
      'integration-of-digital-technology',
      'digital-public-services',
    ];
    for (const [p, s] of [
      ['A', 3],
      ['B', 3],
      ['C', 1],
    ] as const)
      for (const c of codes) rows.push(`J1,${p},${c},${c === 'cost' ? 4 - s : s}`);
    await writeFile(join(dir, 'two-catalogues.csv'), `${rows.join('\n')}\n`);
    const io = memoryIo(dir);
    const args = ['roadmap', 'score', '--scores', 'two-catalogues.csv', '--projects', 'projects.json'];
    expect(await run([...args, '--catalogue', 'impact-feasibility-cost', '--draws', '100'], io)).toBe(1);
    expect(io.err()).toContain('error unknown_criterion: J1 scored "A" on "connectivity"');
    const both = memoryIo(dir);
    const code = await run(
      [...args, '--draws', '100', '--budget', '200000', '--start-year', '2026', '--years', '2'],
      both,
    );
    expect(both.err()).toBe('');
    expect(code).toBe(0);
    expect(both.out()).toContain('on impact-feasibility-cost 1.0.0 + desi 2.0.0');
    expect(both.out()).toMatch(/=1\. A .*\n\s+=1\. B /);
    expect(both.out()).toContain('= tied: equal scores share a rank');
    expect(both.out()).toContain(
      '3 of 3 projects scheduled over 2026–2027, for a value of 1.75; proved within 0% of the best possible. Fully used: 2026 (budget).',
    );
    // Each project's reason in the language asked, with calendar years.
    const french = memoryIo(dir);
    await run(
      [...args, '--draws', '100', '--budget', '200000', '--start-year', '2026', '--years', '2', '--lang', 'fr'],
      french,
    );
    expect(french.out().match(/^ {2}[ABC]: (Planifié en 202[67]|Non planifié : )/gm)).toHaveLength(3);
    expect(french.out()).not.toMatch(/^ {2}[ABC]: (Scheduled|Not scheduled)/m);
    // The whole text report in the language asked: header, tie note, Kendall's W, schedule summary, decimal commas.
    expect(french.out()).toContain(
      'classement wsm selon impact-feasibility-cost 1.0.0 + desi 2.0.0 (médiane des notes des jurés)',
    );
    expect(french.out()).toContain('= ex aequo\u202f: des scores égaux partagent un rang');
    expect(french.out()).toContain(
      '3 projets sur 3 planifiés sur 2026–2027, pour une valeur de 1,75 ; prouvé à 0\u00a0% près du meilleur possible. Entièrement utilisés : 2026 (budget).',
    );
    expect(french.out()).toMatch(/^ {2}=1\. A {2}\d,\d{4}$/m);
    for (const english of ['ranking', 'tied', 'jurors', 'Optimal', 'projects', 'scheduled'])
      expect(french.out()).not.toContain(english);
  });

  it('exits 2 with one line for bad options and files', async () => {
    let io = memoryIo(dir);
    expect(
      await run(
        ['roadmap', 'score', '--scores', 'scores.csv', '--projects', 'projects.json', '--method', 'electre'],
        io,
      ),
    ).toBe(2);
    expect(io.err()).toContain('--method must be one of wsm, wpm, topsis, vikor, promethee2; got "electre"');
    io = memoryIo(dir);
    expect(await run(['roadmap', 'score', '--scores', 'missing.csv', '--projects', 'projects.json'], io)).toBe(2);
    expect(io.err()).toContain('cannot read missing.csv: ENOENT');
    io = memoryIo(dir);
    expect(
      await run(
        ['roadmap', 'score', '--scores', 'scores.csv', '--projects', 'projects.json', '--weights', 'impact=-1'],
        io,
      ),
    ).toBe(2);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    io = memoryIo(dir);
    expect(await run(['roadmap', 'frobnicate'], io)).toBe(2);
    expect(await run(['roadmap'], memoryIo(dir))).toBe(2);
  });
});

describe('opencity roadmap schedule', () => {
  it('prints the optimal schedule and its explanation', async () => {
    const io = memoryIo(dir);
    expect(await run(['roadmap', 'schedule', '--input', 'schedule.json', '--mip-rel-gap', '0'], io)).toBe(0);
    expect(io.out()).toContain(
      '2 of 2 projects scheduled over years 1–2, for a value of 9; proved within 0% of the best possible.\n  A: Scheduled in year 1.\n  C: Scheduled in year 2, after A.',
    );
    expect(io.out()).toContain('C: Scheduled in year 2, after A.');
    const dutch = memoryIo(dir);
    expect(
      await run(['roadmap', 'schedule', '--input', 'schedule.json', '--mip-rel-gap', '0', '--lang', 'nl'], dutch),
    ).toBe(0);
    expect(dutch.out()).toContain(
      '2 van de 2 projecten gepland over de jaren 1–2, voor een waarde van 9; bewezen binnen 0% van de best mogelijke.\n  A: Gepland in jaar 1.\n  C: Gepland in jaar 2, na A.',
    );
  });

  it('exits 1 on an infeasible request and says what fixes it', async () => {
    const io = memoryIo(dir);
    expect(await run(['roadmap', 'schedule', '--input', 'infeasible.json', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(io.out()).explanation.infeasibility.budgetRelaxation).toEqual({ total: 30, byYear: [30] });
  });

  it('exits 2 on a bad request or option', async () => {
    let io = memoryIo(dir);
    expect(await run(['roadmap', 'schedule', '--input', 'schedule.json', '--mip-rel-gap', '2'], io)).toBe(2);
    expect(io.err()).toContain('mipRelGap must be in [0, 1)');
    io = memoryIo(dir);
    expect(await run(['roadmap', 'schedule', '--input', 'projects.json'], io)).toBe(2);
    expect(io.err()).toContain('years must be a non-empty array');
  });
});
