import { computeDataset, listDefinitions } from '@opencity/kpi';
import { expect, it } from 'vitest';
import { small } from './__fixtures__/smallProgramme';
import {
  collectEntities,
  helixBalance,
  parseProgrammePlan,
  participationKpiInputs,
  pielouEvenness,
  programmeProgress,
} from './index';

// The examples of README.md, run as written (on the test fixture's entities).
it('README examples hold', async () => {
  const entities = collectEntities(Object.values(small).flat());
  expect(entities.meetings).toHaveLength(5);
  expect(entities.ignored).toBe(0);
  const plan = parseProgrammePlan({
    id: 'programme-2026',
    name: { fr: 'Programme 2026', nl: 'Programma 2026', en: 'Programme 2026' },
    period: { start: '2026-01-01', end: '2026-06-30' },
    items: [
      {
        id: 'bilateral-meetings',
        kind: 'meeting',
        meetingType: ['bilateral'],
        target: 20,
        due: '2026-06-30',
        label: { en: '20 bilateral meetings with the quadruple helix' },
        requireHelices: ['civilSociety', 'academia', 'public', 'private'],
      },
    ],
  });
  expect(programmeProgress(plan, entities, '2026-04-30').items[0]).toMatchObject({
    target: 20,
    achieved: 2,
    status: 'on-track',
  });
  expect(helixBalance([{ helixCategory: 'academia' }, { helixCategory: 'public' }]).evenness).toEqual({
    ok: true,
    value: 0.5,
  });
  expect(pielouEvenness([2, 1, 1, 0])).toEqual({ ok: true, value: 0.75 });
  const rows = participationKpiInputs(entities, { area: '04000', asOf: '2026-07-01' });
  const values = await computeDataset({
    definitions: listDefinitions().filter((d) => d.id.startsWith('PAR-')),
    inputs: rows,
  });
  expect(values.find((v) => v.kpi === 'PAR-05' && v.area === '04000')?.value).toBeCloseTo(0.9528, 4);
});
