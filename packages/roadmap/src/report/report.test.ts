import { validate } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { getCatalogue, toMatrixCriteria } from '../criteria/catalogues';
import type { DecisionMatrix } from '../core/decisionMatrix';
import { aggregateScores, type JurorScore } from '../jury/aggregateScores';
import { juryAgreement } from '../jury/juryAgreement';
import { rank } from '../rank/rank';
import { methodAgreement } from '../sensitivity/rankCorrelation';
import { smaa } from '../sensitivity/smaa';
import { weightStabilityIntervals } from '../sensitivity/weightStabilityIntervals';
import { schedule } from '../schedule/schedule';
import type { ScheduleInput } from '../schedule/types';
import { juryReport } from './juryReport';
import { toRoadmap } from './toRoadmap';

const catalogue = getCatalogue('impact-feasibility-cost');
const projects = ['P-OPEN-DATA', 'P-EPN', 'P-5G', 'P-PARKING'];
const table: Record<string, number[][]> = {
  // juror → project → [impact, feasibility, cost score]
  J1: [
    [4, 3, 2],
    [3, 4, 1],
    [2, 1, 4],
    [3, 3, 2],
  ],
  J2: [
    [4, 4, 2],
    [3, 3, 1],
    [1, 2, 4],
    [2, 3, 3],
  ],
  J3: [
    [3, 3, 3],
    [4, 4, 2],
    [2, 1, 3],
    [3, 2, 2],
  ],
};

function scores(): JurorScore[] {
  const out: JurorScore[] = [];
  for (const [juror, rows] of Object.entries(table)) {
    rows.forEach((row, i) =>
      row.forEach((score, j) => {
        if (juror === 'J3' && projects[i] === 'P-PARKING') return; // abstains
        out.push({ juror, project: projects[i] as string, criterion: catalogue.criteria[j]!.code, score });
      }),
    );
  }
  return out;
}

describe('from jurors to a roadmap', () => {
  it('aggregates, ranks, tests stability, schedules, and publishes a valid Roadmap and a report', async () => {
    const aggregated = aggregateScores({
      scores: scores(),
      abstentions: [{ juror: 'J3', project: 'P-PARKING', reason: 'conflict of interest: municipal parking agency' }],
    });
    const matrix: DecisionMatrix = {
      alternatives: aggregated.projects,
      criteria: toMatrixCriteria(catalogue, { impact: 3, feasibility: 2, cost: 1 }),
      values: aggregated.values,
    };
    const ranking = rank(matrix, { method: 'wsm' });
    expect(ranking.ranking[0]).toBe('P-OPEN-DATA');
    const agreement = juryAgreement(aggregated, { weights: { impact: 3, feasibility: 2, cost: 1 } });
    expect(agreement.excluded).toEqual([{ juror: 'J3', projects: ['P-PARKING'] }]);
    const stability = weightStabilityIntervals(matrix);
    const s = smaa(matrix, { draws: 2000, seed: 5 });
    const others = methodAgreement([
      ranking,
      rank(matrix, { method: 'topsis' }),
      rank(matrix, { method: 'promethee2' }),
    ]).pairs;

    const input: ScheduleInput = {
      years: [
        { budget: 700_000, capacity: 4 },
        { budget: 700_000, capacity: 4 },
        { budget: 500_000, capacity: 4 },
      ],
      projects: matrix.alternatives.map((id, i) => ({
        id,
        value: ranking.scores[i] as number,
        duration: id === 'P-EPN' ? 1 : 2,
        costPerYear: id === 'P-5G' ? 600_000 : 300_000,
        capacityPerYear: 2,
        predecessors: id === 'P-EPN' ? ['P-OPEN-DATA'] : [],
      })),
    };
    const result = await schedule(input);
    expect(result.status).toBe('optimal');

    const roadmap = toRoadmap({
      id: 'urn:ngsi-ld:Roadmap:test-2025',
      name: { en: 'Test roadmap', fr: 'Feuille de route de test', nl: 'Test-roadmap' },
      startYear: 2025,
      input,
      result,
      ranking,
      aggregation: 'median',
      catalogue: 'impact-feasibility-cost 1.0.0',
    });
    const v = validate('Roadmap', roadmap);
    expect(v.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(v.ok).toBe(true);
    expect(roadmap.horizon).toEqual({ startYear: 2025, endYear: 2027 });
    expect(roadmap.scheduledProjects.map((p) => p.refProjectFactsheet).sort()).toEqual(
      Object.keys(result.starts).sort(),
    );

    const { markdown, html } = juryReport({
      title: 'Call 2025',
      matrix,
      ranking,
      aggregated,
      agreement,
      stability,
      smaa: s,
      methodAgreement: others,
      schedule: { input, result, startYear: 2025 },
    });
    for (const section of ['## Method', '## Ranking', '## Agreement', '## Stability', '## Schedule'])
      expect(markdown).toContain(section);
    expect(markdown).toContain('normalization: minmax');
    expect(markdown).toContain('| Project | 2025 | 2026 | 2027 |');
    expect(markdown).toContain('J3 (P-PARKING)');
    expect(html).toContain('<h2>Schedule</h2>');
    expect(html).not.toContain('<script');
  });

  it('an infeasible schedule still yields a valid Roadmap entity that says why', async () => {
    const input: ScheduleInput = {
      years: [{ budget: 100, capacity: 1 }],
      projects: [
        { id: 'M', value: 1, duration: 1, costPerYear: 150, capacityPerYear: 1, predecessors: [], mandatory: true },
      ],
    };
    const result = await schedule(input);
    const roadmap = toRoadmap({
      id: 'urn:ngsi-ld:Roadmap:x',
      name: 'X',
      startYear: 2026,
      input,
      result,
      phases: ['Phase 1'],
    });
    expect(validate('Roadmap', roadmap).ok).toBe(true);
    expect(roadmap.status).toBe('infeasible');
    expect(roadmap.explanation).toContain('smallest budget increase that fixes it is 50');
    expect(() => toRoadmap({ id: 'x', name: 'X', startYear: 1999, input, result })).toThrow(
      'startYear must be a calendar year',
    );
  });

  it('gives every left-out project its reason: English with calendar years in the entity, the report’s language in the report', async () => {
    // A + B + E (worth 20) is the only optimum of 1.1 M€; C overruns by 350 k€ and B + E (worth 10) would make room.
    const cost = (id: string, value: number, costPerYear: number) =>
      ({ id, value, duration: 1, costPerYear, capacityPerYear: 0, predecessors: [] }) as const;
    const input: ScheduleInput = {
      years: [{ budget: 1_100_000, capacity: 1 }],
      projects: [cost('A', 10, 500_000), cost('B', 7, 300_000), cost('E', 3, 250_000), cost('C', 8, 400_000)],
    };
    const result = await schedule(input);
    const roadmap = toRoadmap({
      id: 'urn:ngsi-ld:Roadmap:c',
      name: 'C',
      startYear: 2026,
      input,
      result,
      text: { currency: 'EUR' },
    });
    expect(validate('Roadmap', roadmap).ok).toBe(true);
    expect(roadmap.notSelected).toEqual([
      {
        refProjectFactsheet: 'C',
        reason:
          'Not scheduled: with its €400k in 2026 it would exceed that year’s budget by €350k; the 2 projects funded instead (B and E) add 25% more value.',
      },
    ]);
    const matrix: DecisionMatrix = {
      alternatives: ['A', 'B', 'E', 'C'],
      criteria: [{ id: 'v', weight: 1, type: 'benefit' }],
      values: [[10], [7], [3], [8]],
    };
    const { markdown } = juryReport({
      title: 'T',
      matrix,
      ranking: rank(matrix, { method: 'wsm' }),
      schedule: { input, result, startYear: 2026, text: { currency: 'EUR' } },
      projects: [{ id: 'B', name: { fr: 'Bibliothèque' } }],
      lang: 'fr',
    });
    expect(markdown.replace(/[\u00a0\u202f]/g, ' ')).toMatch(
      /3 projets sur 4 planifiés sur 2026, pour une valeur de 20 ; prouvé à 0 % près du meilleur possible\./,
    );
    expect(markdown.replace(/[\u00a0\u202f]/g, ' ')).toContain(
      '- C: Non planifié : avec ses 400 k € en 2026, il dépasserait le budget de cette année de 350 k € ; les 2 projets financés à la place (Bibliothèque et E) apportent 25 % de valeur en plus.',
    );
  });

  it('escapes HTML in ids', () => {
    const matrix: DecisionMatrix = {
      alternatives: ['<b>x</b>', 'y'],
      criteria: [{ id: 'c', weight: 1, type: 'benefit' }],
      values: [[1], [2]],
    };
    const { html } = juryReport({ title: 'T & <T>', matrix, ranking: rank(matrix, { method: 'wsm' }) });
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).toContain('<title>T &amp; &lt;T&gt;</title>');
  });

  it('states the tie rule in the Roadmap entity and gives tied projects the same rank', async () => {
    const m: DecisionMatrix = {
      alternatives: ['P1', 'P2', 'P3'],
      criteria: [1, 1].map((weight, j) => ({ id: `c${j}`, weight, type: 'benefit' as const })),
      values: [
        [1, 3],
        [3, 1],
        [0, 1],
      ],
    };
    const ranking = rank(m, { method: 'wsm', normalization: 'none' });
    const input: ScheduleInput = {
      years: [{ budget: 10, capacity: 10 }],
      projects: ranking.scores.map((value, i) => ({
        id: m.alternatives[i] as string,
        value,
        duration: 1,
        costPerYear: 1,
        capacityPerYear: 1,
        predecessors: [],
      })),
    };
    const roadmap = toRoadmap({ id: 'r', name: 'R', startYear: 2026, input, result: await schedule(input), ranking });
    expect(roadmap.method?.parameters?.['ties']).toBe(
      'Equal scores (relative difference at most 1e-12) share the best rank of their group (competition ranking, 1224) and are listed in input order, with no tie-break; tied: P1 = P2.',
    );
    expect(roadmap.scheduledProjects.map((p) => [p.refProjectFactsheet, p.rank])).toEqual([
      ['P1', 1],
      ['P2', 1],
      ['P3', 3],
    ]);
  });

  it('writes the report in the language asked, with project titles, rounded weights and tied ranks marked', () => {
    const m: DecisionMatrix = {
      alternatives: ['P1', 'P2', 'P3'],
      criteria: [1, 1, 1].map((weight, j) => ({ id: `c${j}`, weight, type: 'benefit' as const })),
      values: [
        [1, 2, 3],
        [3, 2, 1],
        [0, 0, 0],
      ],
    };
    const { markdown } = juryReport({
      title: 'Appel 2025',
      matrix: m,
      ranking: rank(m, { method: 'wsm', normalization: 'none' }),
      stability: weightStabilityIntervals(m, { normalization: 'none' }),
      projects: [{ id: 'P1', name: { fr: 'Données ouvertes', nl: 'Open data', en: 'Open data' } }],
      lang: 'fr',
    });
    expect(markdown).toContain('## Classement');
    expect(markdown).toContain('| Rang | Projet | Titre | Score |');
    expect(markdown).toContain('| =1 | P1 | Données ouvertes | 2 |');
    expect(markdown).toContain('| =1 | P2 |  | 2 |');
    expect(markdown).toContain('| 3 | P3 |  | 0 |');
    expect(markdown).toContain('- weights: 0.333, 0.333, 0.333');
    expect(markdown).not.toMatch(/0\.3333333/);
    expect(markdown).toContain('Ex æquo (=)');
  });
});
