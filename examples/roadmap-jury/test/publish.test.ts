import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  brusselsCriteria,
  DEFAULT_SEED,
  juryScoresToCsv,
  sampleFactsheets,
  sampleJuryScores,
} from '@opencity/brussels';
import { run, type CommandIo } from '@opencity/cli';
import { validate, type ProjectFactsheet } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { publishRoadmap } from '../src/publish';

const csv = readFileSync(new URL('../data/scores.csv', import.meta.url), 'utf8');
const projects = JSON.parse(
  readFileSync(new URL('../data/projects.json', import.meta.url), 'utf8'),
) as ProjectFactsheet[];
const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('the sample data', () => {
  it('is exactly what `npm run sample` regenerates from the Brussels profile', () => {
    const factsheets = sampleFactsheets({ seed: DEFAULT_SEED });
    expect(projects).toEqual(factsheets);
    const scores = sampleJuryScores({
      seed: DEFAULT_SEED,
      criteria: brusselsCriteria().map((c) => c.id),
      projects: factsheets.map((f) => f.id.replace('urn:ngsi-ld:ProjectFactsheet:', '')),
    });
    expect(juryScoresToCsv(scores)).toBe(csv);
  });

  it('holds valid ProjectFactsheet entities', () => {
    for (const p of projects) expect(validate('ProjectFactsheet', p).ok, p.id).toBe(true);
  });
});

describe('publishRoadmap', () => {
  it('publishes the report and a valid Roadmap entity from the CSV', async () => {
    const published = await publishRoadmap(csv, projects, { draws: 500 });
    if (!published.ok) throw new Error(published.findings.map((f) => f.message).join('\n'));
    const { markdown, html, scored } = published;
    expect(markdown).toMatch(/^# Smart City roadmap 2026–2030/);
    for (const section of [
      '## Ranking',
      '## Agreement',
      '## Stability',
      '## Schedule',
      'J3 (urn:ngsi-ld:ProjectFactsheet:PRJ-BXL-09)',
    ])
      expect(markdown).toContain(section);
    expect(markdown).toContain('Low-cost air-quality sensor network');
    expect(html).toContain('<table');
    expect(scored.ranking.ranking).toHaveLength(12);
    expect(scored.schedule?.result.status).toBe('optimal');
    expect(validate('Roadmap', scored.roadmap).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports a bad sheet with the line and the problem, in the language asked', async () => {
    const bad = await publishRoadmap(`juror,project,criterion,score\nJ1,PRJ-BXL-01,transversality,high\n`, projects, {
      lang: 'fr',
    });
    expect(bad.ok).toBe(false);
    expect(bad.findings.map((f) => f.message)).toEqual(['ligne 2 : la note « high » n’est pas un nombre']);
    const unknown = await publishRoadmap(`juror,project,criterion,score\nJ1,PRJ-BXL-01,beauty,3\n`, projects);
    expect(unknown.findings.map((f) => f.code)).toContain('unknown_criterion');
  });
});

/** An in-memory CommandIo rooted at the repository. */
function io(): CommandIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    stdin: (async function* () {})(),
    cwd: root,
    env: {},
  };
}

describe('the README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const commands = [...readme.matchAll(/^npx opencity (roadmap score .+)$/gm)].map((m) =>
    (m[1] as string).split(/\s+/),
  );

  it('shows the opencity commands that score this example', () => {
    expect(commands).toHaveLength(2);
  });

  it.each(commands.map((c) => [c.join(' '), c]))('runs `opencity %s` as written', async (_name, args) => {
    const session = io();
    const code = await run(args as string[], session);
    expect(
      session.err
        .join('')
        .split('\n')
        .filter((l) => / error /.test(l)),
    ).toEqual([]);
    expect(code).toBe(0);
    const text = session.out.join('');
    expect(text).toContain(
      'wsm ranking on brussels-strategy 1.0.0 + desi 2.0.0 (median of the jurors’ scores) — projects: 12;',
    );
    expect(text).toMatch(/^\s+1\. PRJ-BXL-03/m);
    // J3 skipped a project: the agreement line says W is over the 6 jurors who scored every one.
    expect(text).toContain(
      "Kendall's W = 0.810 (p = 0.0000; jurors: 6 of 7; W needs every project scored, so the juror who skipped some is left out)",
    );
    if ((args as string[]).includes('--budget'))
      expect(text).toMatch(/^\d+ of 12 projects scheduled over \d{4}–\d{4}, for a value of [\d.,]+; proved within /m);
  });
});
