import { readFileSync } from 'node:fs';
import { brusselsCriteria, DEFAULT_SEED, juryScoresToCsv, sampleJuryScores, sampleProjects } from '@opencity/brussels';
import { validate } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { publishRoadmap, readScores, type ProjectFactsheet } from '../src/publish';

const csv = readFileSync(new URL('../data/scores.csv', import.meta.url), 'utf8');
const projects = JSON.parse(
  readFileSync(new URL('../data/projects.json', import.meta.url), 'utf8'),
) as ProjectFactsheet[];
const ids = projects.map((p) => p.id);
const criteria = brusselsCriteria().map((c) => c.id);

describe('the sample data', () => {
  it('is exactly what `npm run sample` regenerates from the Brussels profile', () => {
    const scores = sampleJuryScores({
      seed: DEFAULT_SEED,
      criteria,
      projects: sampleProjects({ seed: DEFAULT_SEED }).map((p) => p.id),
    });
    expect(juryScoresToCsv(scores)).toBe(csv);
  });
});

describe('publishRoadmap', () => {
  it('publishes the report and a valid Roadmap entity from the CSV', async () => {
    const { markdown, html, roadmap, ranking, result } = await publishRoadmap(csv, projects, { draws: 500 });
    expect(markdown).toMatch(/^# Smart City roadmap 2026–2030/);
    for (const section of ['## Ranking', '## Agreement', '## Stability', 'J3 (PRJ-BXL-09)'])
      expect(markdown).toContain(section);
    expect(html).toContain('<table');
    expect(ranking.ranking).toHaveLength(12);
    expect(result.status).toBe('optimal');
    const findings = validate('Roadmap', roadmap).findings.filter((f) => f.severity === 'error');
    expect(findings).toEqual([]);
  });
});

describe('readScores', () => {
  const header = 'juror,project,criterion,score\n';
  it('treats an empty score as an abstention on the whole project', () => {
    const r = readScores(`${header}J1,${ids[0]},${criteria[0]},\nJ2,${ids[0]},${criteria[0]},3\n`, ids, criteria);
    expect(r.abstentions).toEqual([{ juror: 'J1', project: ids[0], reason: expect.stringContaining('conflict') }]);
    expect(r.scores).toEqual([{ juror: 'J2', project: ids[0], criterion: criteria[0], score: 3 }]);
  });

  it('names the line and the problem for bad input', () => {
    expect(() => readScores(`${header}J1,${ids[0]},beauty,3\n`, ids, criteria)).toThrow(
      /line 2: unknown criterion "beauty"/,
    );
    expect(() => readScores(`${header}J1,${ids[0]},${criteria[0]},7\n`, ids, criteria)).toThrow(
      /line 2: score must be an integer 0–4/,
    );
    expect(() => readScores(`${header}J1,PRJ-X,${criteria[0]},1\n`, ids, criteria)).toThrow(/unknown project "PRJ-X"/);
    expect(() => readScores('juror,project,score\nJ1,P,1\n', ids, criteria)).toThrow(/missing column "criterion"/);
    expect(() =>
      readScores(`${header}J1,${ids[0]},${criteria[0]},\nJ1,${ids[0]},${criteria[1]},2\n`, ids, criteria),
    ).toThrow(/both scored and abstained/);
  });
});
