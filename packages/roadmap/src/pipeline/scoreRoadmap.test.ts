import { validate, type JuryEvaluation, type ProjectFactsheet } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { desi2020, desi2021, impactFeasibilityCost } from '../criteria/catalogues';
import { readJuryCsv } from './readJuryCsv';
import { scoreRoadmap } from './scoreRoadmap';

const factsheet = (local: string, amount: number, duration = 1, dependencies: string[] = []): ProjectFactsheet => ({
  id: `urn:ngsi-ld:ProjectFactsheet:${local}`,
  type: 'ProjectFactsheet',
  name: { en: `Project ${local}`, fr: `Projet ${local}`, nl: `Project ${local}` },
  objectives: ['test'],
  refTheme: 'urn:ngsi-ld:Theme:test',
  refOwner: 'urn:ngsi-ld:Organisation:test',
  budgetByYear: Array.from({ length: duration }, (_, k) => ({
    projectYear: k + 1,
    amount,
    fte: 1,
  })) as ProjectFactsheet['budgetByYear'],
  duration,
  dependencies: dependencies.map((d) => `urn:ngsi-ld:ProjectFactsheet:${d}`),
});
const projects = [factsheet('A', 100), factsheet('B', 100), factsheet('C', 150, 2, ['A'])];
// Two catalogues at once: impact, feasibility, cost (cost is a cost criterion) and the four DESI 2021 dimensions.
const criteria = [...impactFeasibilityCost.criteria, ...desi2021.criteria];
const sheet = (rows: string) => readJuryCsv(`juror,project,criterion,score\n${rows}`).evaluations;
const full = (juror: string, project: string, s: number[]) =>
  criteria.map((c, j) => `${juror},${project},${c.code},${s[j]}`).join('\n');
const evaluations = sheet(
  [
    full('J1', 'A', [4, 3, 1, 3, 2, 2, 4]),
    full('J2', 'A', [4, 4, 2, 3, 3, 2, 4]),
    full('J1', 'B', [2, 2, 3, 1, 1, 1, 2]),
    full('J2', 'B', [2, 2, 3, 1, 1, 1, 2]),
    full('J1', 'C', [3, 3, 2, 2, 2, 2, 3]),
    'J2,C,impact,',
  ].join('\n') + '\n',
);

describe('scoreRoadmap', () => {
  it('scores evaluations on two catalogues at once into a ranking, a schedule and a valid Roadmap entity', async () => {
    const r = await scoreRoadmap(
      { evaluations, criteria, projects },
      {
        stability: { draws: 500 },
        schedule: {
          startYear: 2026,
          years: [
            { budget: 200, capacity: 5 },
            { budget: 200, capacity: 5 },
          ],
        },
        roadmap: { id: 'urn:ngsi-ld:Roadmap:test', name: { en: 'Test', fr: 'Test', nl: 'Test' } },
      },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.findings));
    expect(r.matrix.criteria.map((c) => c.id)).toEqual(criteria.map((c) => c.code));
    expect(r.parameters).toMatchObject({
      catalogues: ['impact-feasibility-cost 1.0.0', 'desi 2.0.0'],
      wsmNormalization: 'scale',
      aggregation: 'median',
      method: 'wsm',
    });
    // J2 abstained on C, so C's cells are J1's scores alone.
    expect(r.aggregated.cells[2]?.[0]).toMatchObject({ value: 3, count: 1, abstained: ['J2'] });
    // With every criterion on its 0–4 scale the WSM score is the weighted share of the best possible score.
    const a = (4 + 3.5 + (4 - 1.5) + 3 + 2.5 + 2 + 4) / 7 / 4;
    expect(r.ranking.scores[0]).toBeCloseTo(a, 12);
    expect(r.values).toEqual(r.ranking.scores);
    expect(r.ranking.ranking.map((id) => id.slice(-1))).toEqual(['A', 'C', 'B']);
    expect(r.ranking.ranks).toEqual([1, 3, 2]);
    expect(r.schedule?.result.status).toBe('optimal');
    // A (100) and B (100) fill year 1; C (two years) must wait for A, so it cannot finish within the two years.
    expect(r.schedule?.result.starts).toEqual({
      'urn:ngsi-ld:ProjectFactsheet:A': 1,
      'urn:ngsi-ld:ProjectFactsheet:B': 1,
    });
    expect(r.roadmap && validate('Roadmap', r.roadmap).findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.roadmap?.scheduledProjects.map((p) => p.rank)).toEqual([1, 3]);
    expect(r.stability).toHaveLength(7);
    expect(r.smaa?.parameters.normalization).toBe('scale');
  });

  it('reports every data problem as a finding in the language asked, and never throws for them', async () => {
    const bad: JuryEvaluation[] = [
      ...sheet(`J1,A,impact,5\nJ1,A,beauty,2\nJ1,Z,impact,2\nJ1,B,impact,2\n`),
      { ...evaluations[0]!, id: 'dup', refJuror: 'J9' },
      { ...evaluations[0]!, id: 'dup2', refJuror: 'J9' },
    ];
    const r = await scoreRoadmap({ evaluations: bad, criteria, projects }, { lang: 'nl', stability: false });
    expect(r.ok).toBe(false);
    const codes = r.findings.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'score_out_of_scale',
        'unknown_criterion',
        'unknown_project',
        'duplicate_evaluation',
        'unscored_cell',
        'unscored_project',
      ]),
    );
    expect(r.findings.find((f) => f.code === 'unknown_criterion')?.message).toBe(
      'J1 scoorde "urn:ngsi-ld:ProjectFactsheet:A" op "beauty", dat geen criterium is van impact-feasibility-cost 1.0.0 + desi 2.0.0',
    );
    expect(r.findings.find((f) => f.code === 'unknown_criterion')?.instancePath).toBe(
      '/evaluations/0/scores/1/criterion',
    );
    const empty = await scoreRoadmap({ evaluations: [], criteria: [], projects: [] });
    expect(empty.findings.map((f) => f.code)).toEqual(['no_evaluations', 'no_criteria', 'no_projects']);
  });

  it('needs the full id for a code two catalogues share, and resolves it', async () => {
    const both = [...desi2020.criteria, ...desi2021.criteria];
    const r = await scoreRoadmap({ evaluations: sheet('J1,A,connectivity,3\n'), criteria: both, projects }, {});
    expect(r.findings.map((f) => f.code)).toContain('ambiguous_criterion');
    const id = desi2021.criteria.find((c) => c.code === 'connectivity')!.id;
    const one = await scoreRoadmap(
      {
        evaluations: sheet(`J1,A,${id},3\nJ1,B,${id},1\n`),
        criteria: [desi2021.criteria.find((c) => c.id === id)!],
        projects: projects.slice(0, 2),
      },
      { stability: false },
    );
    expect(one.ok).toBe(true);
  });

  it('rejects an impossible option with a RoadmapError', async () => {
    await expect(scoreRoadmap({ evaluations, criteria, projects }, { weights: { beauty: 2 } })).rejects.toMatchObject({
      name: 'RoadmapError',
      code: 'invalid_option',
    });
  });
});
