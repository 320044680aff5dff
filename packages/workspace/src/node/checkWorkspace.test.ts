// Every dataset rule of the workspace check, each planted once in a small hand-made workspace: the check must find
// each defect exactly once, on the right record (file, line or index, JSON Pointer), and nothing else.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '@opencity/models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ValidationReport } from '@opencity/interop';
import { checkWorkspace } from './checkWorkspace';
import { loadWorkspace } from './loadWorkspace';

const urn = (type: string, id: string) => `urn:ngsi-ld:${type}:${id}`;
const text = (en: string) => ({ en, fr: en, nl: en });
const ndjson = (...records: unknown[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;

const office = {
  id: urn('Organisation', 'office'),
  type: 'Organisation',
  name: text('Office'),
  organisationType: 'publicAuthority',
};
const theme = { id: urn('Theme', 'digital'), type: 'Theme', code: 'digital', name: text('Digital'), order: 1 };
const alice = {
  id: urn('Stakeholder', 'alice'),
  type: 'Stakeholder',
  name: 'Alice Example',
  stakeholderKind: 'individual',
  helixCategory: 'civilSociety',
  refOrganisation: 'urn:ngsi-ld:Organisation:be-kbo:0123456789', // external: not looked up
};
const bob = {
  id: urn('Stakeholder', 'bob'),
  type: 'Stakeholder',
  name: 'Bob Example',
  stakeholderKind: 'individual',
  helixCategory: 'academia',
  refOrganisation: urn('Organisation', 'missing'), // reference_not_found
};
const board = {
  id: urn('GovernanceBoard', 'board'),
  type: 'GovernanceBoard',
  name: text('Board'),
  boardType: 'steeringCommittee',
  mandate: text('Steer'),
  refOrganisation: office.id,
};
const seat = (id: string, member: string, start: string, end?: string) => ({
  id: urn('Membership', id),
  type: 'Membership',
  refGovernanceBoard: board.id,
  refMember: member,
  role: 'member',
  startDate: start,
  ...(end ? { endDate: end } : {}),
});
const meeting = (id: string, start: string, end: string) => ({
  id: urn('Meeting', id),
  type: 'Meeting',
  meetingType: 'boardSession',
  startDate: start,
  endDate: end,
  refParticipant: [alice.id],
  refGovernanceBoard: board.id,
});
const device = {
  id: urn('Device', 'station-1'),
  type: 'Device',
  category: ['sensor'],
  controlledProperty: ['pm25'],
  location: { type: 'Point', coordinates: [4.35, 50.85] },
  address: { nisCode: '21004', addressCountry: 'BE' },
};

let dir: string;
let report: ValidationReport;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'opencity-ws-'));
  const put = async (path: string, content: string) => {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  };
  await put(
    'opencity.json',
    JSON.stringify({
      $schema: 'https://w3id.org/opencity/schemas/workspace/WorkspaceManifest/v1/schema.json',
      name: 'Test office',
      profile: 'brussels',
      languages: ['fr', 'nl', 'en'],
      programme: { start: '2026-01-01', end: '2028-12-31' },
      externalIdPrefixes: ['urn:ngsi-ld:Organisation:be-kbo:'],
    }),
  );
  await put('entities/Organisation.ndjson', ndjson(office));
  await put('entities/Theme.json', JSON.stringify([theme]));
  await put('entities/Stakeholder.ndjson', ndjson(alice, bob));
  // Read before Stakeholder.ndjson (file names sort "2" before "n"): the duplicate is Stakeholder.ndjson line 1.
  await put('entities/Stakeholder.2027.ndjson', ndjson({ ...alice, name: 'Alice again' }));
  await put('entities/GovernanceBoard.ndjson', ndjson(board));
  await put(
    'entities/Membership.ndjson',
    ndjson(
      seat('m1', alice.id, '2026-01-01'),
      seat('m2', alice.id, '2027-01-01', '2027-12-31'), // membership_overlap (m1 is open-ended)
      seat('m3', board.id, '2026-02-01'), // reference_wrong_type: a board is not a member
      seat('m4', bob.id, '2026-01-01', '2026-06-30'),
      seat('m5', bob.id, '2026-07-01'), // the day after m4 ends: no overlap
    ),
  );
  await put(
    'entities/Meeting.ndjson',
    ndjson(
      meeting('s1', '2026-03-05T10:00:00+01:00', '2026-03-05T09:00:00+01:00'), // date_order: end before start
      meeting('s0', '2025-11-20T10:00:00+01:00', '2025-11-20T12:00:00+01:00'), // outside_programme_period
      {
        id: urn('Workshop', 'w1'),
        type: 'Workshop',
        name: text('W'),
        workshopType: 'collaborative',
        refTheme: theme.id,
        startDate: '2026-04-01T09:00:00+02:00',
      }, // file_type_mismatch
    ),
  );
  // Decision read before the meeting it refers to: the cross-record date rule waits for it.
  await put(
    'entities/Decision.ndjson',
    ndjson({
      id: urn('Decision', 'd1'),
      type: 'Decision',
      refGovernanceBoard: board.id,
      refMeeting: urn('Meeting', 's1'),
      dateDecided: '2026-03-04', // date_order: before the meeting it was taken at
      subject: text('Adopt'),
      outcome: 'approved',
    }),
  );
  await put('entities/Device.ndjson', ndjson(device));
  await put(
    'entities/Target.ndjson',
    ndjson(
      { id: urn('Target', 'dig01-2024'), type: 'Target', kpi: 'DIG-01', period: '2024', target: 90 }, // kpi_input_missing
      { id: urn('Target', 'env01-2024'), type: 'Target', kpi: 'ENV-01', period: '2024', target: 5 }, // covered by observations
      { id: urn('Target', 'env01-2030'), type: 'Target', kpi: 'ENV-01', period: '2030', target: 5 }, // not ended
      { id: urn('Target', 'xyz'), type: 'Target', kpi: 'XYZ-99', period: '2024', target: 1 }, // reference_not_found (kpi)
    ),
  );
  await put('statistics/statbel.csv', 'area,period,variable,value\n21004,2024,households,86102\n');
  await put(
    'observations/AirQualityObserved.2024.csv',
    [
      'refDevice,dateObserved,pm25,location',
      `${device.id},2024-01-01T00:00:00Z,12.5,`, // location: the device's
      // observation_unknown_sensor, line 3 (its place is written out: there is no device to take it from)
      `${urn('Device', 'nowhere')},2024-01-01T01:00:00Z,13,"{""type"":""Point"",""coordinates"":[4.3,50.8]}"`,
      `${device.id},2024-01-01T02:00:00Z,11,`,
    ].join('\n'),
  );
  await put('notes.txt', 'minutes of the kick-off'); // unknown_workspace_file
  await put('README.md', '# not read');
  report = await checkWorkspace(dir, { asOf: new Date('2026-06-01T00:00:00Z') });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('checkWorkspace', () => {
  const where = (code: string) =>
    report.records.flatMap((r) =>
      r.findings
        .filter((f) => f.code === code)
        .map((f) => [r.source.file, r.source.line ?? r.source.index ?? null, f.instancePath]),
    );

  it('finds every planted defect exactly once, and nothing else', () => {
    expect(report.summary.byCode).toEqual({
      date_order: 2,
      duplicate_id: 1,
      file_type_mismatch: 1,
      kpi_input_missing: 1,
      membership_overlap: 1,
      observation_unknown_sensor: 1,
      outside_programme_period: 1,
      reference_not_found: 2,
      reference_wrong_type: 1,
      unknown_workspace_file: 1,
    });
  });

  it('names the record of each finding: file, line or index, JSON Pointer', () => {
    expect(where('duplicate_id')).toEqual([['entities/Stakeholder.ndjson', 1, '/id']]);
    expect(where('reference_not_found')).toEqual([
      ['entities/Stakeholder.ndjson', 2, '/refOrganisation'],
      ['entities/Target.ndjson', 4, '/kpi'],
    ]);
    expect(where('reference_wrong_type')).toEqual([['entities/Membership.ndjson', 3, '/refMember']]);
    expect(where('membership_overlap')).toEqual([['entities/Membership.ndjson', 2, '/startDate']]);
    expect(where('date_order')).toEqual([
      ['entities/Decision.ndjson', 1, '/dateDecided'],
      ['entities/Meeting.ndjson', 1, '/endDate'],
    ]);
    expect(where('outside_programme_period')).toEqual([['entities/Meeting.ndjson', 2, '/startDate']]);
    expect(where('file_type_mismatch')).toEqual([['entities/Meeting.ndjson', 3, '/type']]);
    expect(where('observation_unknown_sensor')).toEqual([
      ['observations/AirQualityObserved.2024.csv', 3, '/refDevice'],
    ]);
    expect(where('kpi_input_missing')).toEqual([['entities/Target.ndjson', 1, '/period']]);
    expect(where('unknown_workspace_file')).toEqual([['notes.txt', null, '']]);
  });

  it('says what a reference looked for, and what it found', () => {
    const all = report.records.flatMap((r) => r.findings);
    expect(all.find((f) => f.code === 'reference_not_found')?.params).toMatchObject({
      target: urn('Organisation', 'missing'),
      expected: 'Organisation',
      property: 'refOrganisation',
    });
    expect(all.find((f) => f.code === 'reference_wrong_type')?.params).toMatchObject({
      target: board.id,
      expected: 'Stakeholder | Organisation',
      got: 'GovernanceBoard',
    });
    expect(all.find((f) => f.code === 'duplicate_id')?.message).toContain('entities/Stakeholder.2027.ndjson:1');
    expect(all.find((f) => f.code === 'kpi_input_missing')?.params).toMatchObject({
      kpi: 'DIG-01',
      missing: 'householdsWithInternet',
      asOf: '2026-06-01',
    });
  });

  it('accounts for every record and follows the published report schema', () => {
    const s = report.summary;
    expect(s.valid + s.invalid + s.unparseable).toBe(s.total);
    // manifest 1, entities 1+1+2+1+1+5+3+1+1+4 = 20, statistics 1, observations 3
    expect(s.total).toBe(25);
    expect(report.inputs.find((i) => i.file === 'observations/AirQualityObserved.2024.csv')).toMatchObject({
      format: 'csv',
      records: 3,
    });
    expect(
      validate('ValidationReport', JSON.parse(JSON.stringify(report))).findings.filter((f) => f.severity === 'error'),
    ).toEqual([]);
  });

  it('reports in French and Dutch', async () => {
    const fr = await checkWorkspace(dir, { lang: 'fr', asOf: new Date('2026-06-01T00:00:00Z') });
    const nl = await checkWorkspace(dir, { lang: 'nl', asOf: new Date('2026-06-01T00:00:00Z') });
    const message = (r: ValidationReport) =>
      r.records.flatMap((x) => x.findings).find((f) => f.code === 'membership_overlap')?.message;
    expect(message(fr)).toMatch(/occupe déjà un siège/);
    expect(message(nl)).toMatch(/heeft al een zetel/);
  });

  it('loads the same workspace for computing, with each record’s place and the device’s position on table rows', async () => {
    const ws = await loadWorkspace(dir);
    expect(ws.types()).toContain('Membership');
    expect(ws.entities('Membership').map((m) => m.source.line)).toEqual([1, 2, 3, 4, 5]);
    expect(ws.entities('Theme')[0]?.source).toEqual({ file: 'entities/Theme.json', index: 0 });
    expect(ws.statistics).toHaveLength(1);
    const observations = [];
    for await (const o of ws.observations()) observations.push(o);
    expect(observations).toHaveLength(3);
    expect(observations[0]?.entity).toMatchObject({
      type: 'AirQualityObserved',
      pm25: 12.5,
      address: { nisCode: '21004' },
    });
  });
});
