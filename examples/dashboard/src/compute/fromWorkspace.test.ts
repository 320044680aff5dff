// The dashboard from a workspace: the Brussels sample written as a workspace gives the same pages as the embedded
// sample (an oracle: two data paths, one result); defects become the Data quality page; no personal data of an
// individual reaches the build.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  brusselsTargets,
  observationStream,
  sampleEntities,
  sampleStatistics,
  sampleWorkspaceContent,
  syntheticNotice,
} from '@opencity/brussels';
import { writeWorkspace } from '@opencity/workspace/node';
import { collectEntities } from '@opencity/participation';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DashboardData } from '../viewModel';
import { composeDashboardData } from './dashboardData';
import { sampleRoadmapInputs } from './roadmap';
import { buildDashboardDataFromWorkspace, personalData } from './fromWorkspace';

const years = [2024, 2024] as const;
const seed = 2026;
let dir: string;
let fromWorkspace: DashboardData;

beforeAll(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'opencity-dash-ws-')), 'office');
  await writeWorkspace(dir, sampleWorkspaceContent({ years }));
  fromWorkspace = await buildDashboardDataFromWorkspace(dir, { asOf: new Date('2026-06-01T00:00:00Z') });
}, 600_000);

describe('dashboard from a workspace', { timeout: 300_000 }, () => {
  it('computes the same KPIs and the same ranking as the embedded sample', async () => {
    const embedded = await composeDashboardData(
      {
        years,
        statistics: sampleStatistics({ seed, years }),
        observations: observationStream({ seed, years }),
        targets: brusselsTargets,
      },
      sampleRoadmapInputs(seed),
      { notice: syntheticNotice, source: { kind: 'sample' } },
      { entities: collectEntities(sampleEntities({ years })), asOf: '2026-06-01' },
    );
    expect(fromWorkspace.kpis.length).toBeGreaterThan(20);
    expect(fromWorkspace.kpis).toEqual(embedded.kpis);
    expect(fromWorkspace.index).toEqual(embedded.index);
    expect(fromWorkspace.roadmap.ranking).toEqual(embedded.roadmap.ranking);
    expect(fromWorkspace.roadmap.schedule).toEqual(embedded.roadmap.schedule);
    // The Participation and Governance pages: same programme, balance, funnel, boards, register and approval chain.
    expect(fromWorkspace.participation?.programme.length).toBeGreaterThan(5);
    expect(fromWorkspace.participation).toEqual(embedded.participation);
    expect(fromWorkspace.governance?.approval?.stage).toBe('draft'); // on 2026-06-01, before the jury's selection
    expect(fromWorkspace.governance).toEqual(embedded.governance);
    expect(fromWorkspace.notice).toEqual(syntheticNotice);
    expect(fromWorkspace.dataQuality?.summary).toMatchObject({ invalid: 0, unparseable: 0, errors: 0, warnings: 0 });
  });

  it('lists defects on the Data quality page, leaves invalid records out, and withholds personal data', async () => {
    const stakeholders = join(dir, 'entities/Stakeholder.ndjson');
    const lines = (await readFile(stakeholders, 'utf8')).trimEnd().split('\n');
    const juror = JSON.parse(lines[0]!) as { name: string; contactPoint: { email: string } };
    // A malformed e-mail: the schema finding quotes the value, which must not reach the build.
    lines[0] = JSON.stringify({
      ...juror,
      contactPoint: { ...juror.contactPoint, email: `${juror.name} <at> example` },
    });
    await writeFile(stakeholders, `${lines.join('\n')}\n`);
    const evaluations = join(dir, 'entities/JuryEvaluation.ndjson');
    const e = (await readFile(evaluations, 'utf8')).trimEnd().split('\n');
    e[0] = e[0]!.replace(/"refProjectFactsheet":"[^"]+"/, '"refProjectFactsheet":"urn:ngsi-ld:ProjectFactsheet:NOPE"');
    await writeFile(evaluations, `${e.join('\n')}\n`);

    const data = await buildDashboardDataFromWorkspace(dir, { asOf: new Date('2026-06-01T00:00:00Z') });
    const q = data.dataQuality!;
    expect(q.groups.map((g) => g.code).sort()).toEqual(['invalid_format', 'reference_not_found']);
    const broken = q.groups.find((g) => g.code === 'reference_not_found')!;
    expect(broken.samples[0]).toMatchObject({
      file: 'entities/JuryEvaluation.ndjson',
      line: 1,
      pointer: '/refProjectFactsheet',
    });
    expect(broken.samples[0]?.message.fr).toMatch(/pointe vers urn:ngsi-ld:ProjectFactsheet:NOPE/);
    expect(broken.samples[0]?.message.nl).toMatch(/verwijst naar urn:ngsi-ld:ProjectFactsheet:NOPE/);
    expect(q.excluded).toBe(2); // the evaluation, and the juror (stakeholders feed the Participation page)

    const all = await Promise.all(
      (await readFile(stakeholders, 'utf8'))
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    );
    const secrets = personalData(all);
    expect(secrets).toContain(juror.name);
    expect(secrets.length).toBeGreaterThanOrEqual(14); // 7 names, 7 e-mail addresses
    const published = JSON.stringify(data);
    for (const s of secrets) expect(published, s).not.toContain(s);
    // The Participation and Governance pages are part of what was searched; a chair who consented is named there.
    expect(data.participation?.balance.register.total).toBeGreaterThan(50);
    expect(data.governance?.boards.find((b) => b.type === 'steeringCommittee')?.chair?.en).toBe('Arno Proefmans');
  });
});
