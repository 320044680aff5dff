// `opencity workspace`: the Brussels sample is a clean workspace; three planted defects give exactly three findings
// at the right records; a spreadsheet import is all or nothing, and idempotent.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ValidationReport } from '@opencity/interop';
import { run } from '../main';
import { memoryIo } from '../__fixtures__/memoryIo';
import { workspaceMessages } from './workspace';

const tmp = mkdtempSync(join(tmpdir(), 'opencity-ws-cli-'));
const lines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n');

async function check(dir: string): Promise<{ code: number; report: ValidationReport }> {
  const io = memoryIo(tmp);
  const code = await run(['workspace', 'check', dir, '--format', 'json'], io);
  return { code, report: JSON.parse(io.out()) as ValidationReport };
}

// The sample's observations (150,000 rows for one year) make these the slowest CLI tests.
describe('opencity workspace init and check', { timeout: 300_000 }, () => {
  // One year keeps the test fast; the default (2019–2024) writes the same files for six years.
  const dir = join(tmp, 'my-office');

  it('writes the Brussels sample, which checks clean (exit 0)', async () => {
    const io = memoryIo(tmp);
    expect(await run(['workspace', 'init', 'my-office', '--sample', 'brussels', '--years', '2024-2024'], io)).toBe(0);
    expect(io.out()).toMatch(/synthetic/);
    const { code, report } = await check('my-office');
    expect(report.summary.bySeverity).toEqual({ error: 0, warning: 0, info: 0 });
    expect(code).toBe(0);
    expect(Object.keys(report.summary.byType)).toEqual(
      expect.arrayContaining(['AirQualityObserved', 'Device', 'JuryEvaluation', 'Membership', 'Stakeholder', 'Target']),
    );
  });

  it('refuses a folder that is not empty, and a folder that is not a workspace (exit 2)', async () => {
    const io = memoryIo(tmp);
    expect(await run(['workspace', 'init', 'my-office'], io)).toBe(2);
    expect(io.err()).toMatch(/not empty/);
    const io2 = memoryIo(tmp);
    expect(await run(['workspace', 'check', tmp], io2)).toBe(2);
    expect(io2.err()).toMatch(/opencity\.json/);
  });

  it('finds exactly a broken reference, a duplicated id and swapped dates, each at its record (exit 1)', async () => {
    const evaluations = join(dir, 'entities/JuryEvaluation.ndjson');
    const e = lines(evaluations);
    e[4] = e[4]!.replace(
      /"refProjectFactsheet":"[^"]+"/,
      '"refProjectFactsheet":"urn:ngsi-ld:ProjectFactsheet:PRJ-BXL-99"',
    );
    writeFileSync(evaluations, `${e.join('\n')}\n`);
    const devices = join(dir, 'entities/Device.ndjson');
    const d = lines(devices);
    writeFileSync(devices, `${[...d, d[2]!.replace('Synthetic station', 'Copied station')].join('\n')}\n`);
    const seats = join(dir, 'entities/Membership.ndjson');
    const m = lines(seats);
    const at = m.findIndex((l) => l.includes('"endDate"'));
    const seat = JSON.parse(m[at]!) as Record<string, string>;
    m[at] = JSON.stringify({ ...seat, startDate: seat['endDate'], endDate: seat['startDate'] });
    writeFileSync(seats, `${m.join('\n')}\n`);

    const { code, report } = await check('my-office');
    expect(code).toBe(1);
    const findings = report.records.flatMap((r) =>
      r.findings.map((f) => [f.code, r.source.file, r.source.line, f.instancePath, f.params?.['target'] ?? null]),
    );
    expect(findings).toEqual([
      ['duplicate_id', 'entities/Device.ndjson', d.length + 1, '/id', null],
      [
        'reference_not_found',
        'entities/JuryEvaluation.ndjson',
        5,
        '/refProjectFactsheet',
        'urn:ngsi-ld:ProjectFactsheet:PRJ-BXL-99',
      ],
      ['date_order', 'entities/Membership.ndjson', at + 1, '/endDate', null],
    ]);
    expect(report.summary.bySeverity).toEqual({ error: 3, warning: 0, info: 0 });
  });
});

describe('opencity workspace import', () => {
  const dir = join(tmp, 'register');
  const header =
    'id,name,stakeholderKind,helixCategory,refTheme,contactPoint.email,contactPoint.consent.dateGiven,contactPoint.consent.purpose';
  const row = (i: number, extra: Partial<Record<'kind' | 'email', string>> = {}) =>
    [
      `urn:ngsi-ld:Stakeholder:register-${String(i).padStart(2, '0')}`,
      i % 2 ? `Organisation ${i}` : `"Person ${i}, synthetic"`,
      extra.kind ?? (i % 2 ? 'organisation' : 'individual'),
      ['civilSociety', 'academia', 'public', 'private'][i % 4],
      i % 3 ? 'urn:ngsi-ld:Theme:brussels:digital;urn:ngsi-ld:Theme:brussels:mobility' : '',
      extra.email ?? `contact${i}@example.org`,
      '2026-02-01',
      'participationUpdates;workshopInvitations',
    ].join(',');
  const csv = (rows: string[]) => `${[header, ...rows].join('\n')}\n`;
  const good = Array.from({ length: 20 }, (_, i) => row(i + 1));

  it('imports nothing while two rows are bad, and names both with line and column (exit 1)', async () => {
    expect(await run(['workspace', 'init', 'register'], memoryIo(tmp))).toBe(0);
    const bad = [...good];
    bad[4] = row(5, { kind: 'person' }); // line 6: not an allowed stakeholderKind
    bad[16] = row(17, { email: 'not an e-mail' }); // line 18: not an e-mail address
    writeFileSync(join(tmp, 'stakeholders.csv'), csv(bad));
    const io = memoryIo(tmp);
    const code = await run(['workspace', 'import', 'register', '--type', 'Stakeholder', 'stakeholders.csv'], io);
    expect(code).toBe(1);
    const problems = io
      .out()
      .split('\n')
      .filter((l) => l.startsWith('stakeholders.csv line'));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^stakeholders\.csv line 6, column 3 \(stakeholderKind\): .*\[invalid_enum_value\]$/);
    expect(problems[1]).toMatch(/^stakeholders\.csv line 18, column 6 \(contactPoint\.email\): .*\]$/);
    expect(existsSync(join(dir, 'entities/Stakeholder.ndjson'))).toBe(false);
  });

  it('imports all 20 once fixed, and re-importing changes nothing, not a byte', async () => {
    writeFileSync(join(tmp, 'stakeholders.csv'), csv(good));
    const dry = memoryIo(tmp);
    expect(
      await run(['workspace', 'import', 'register', '--type', 'Stakeholder', 'stakeholders.csv', '--dry-run'], dry),
    ).toBe(0);
    expect(existsSync(join(dir, 'entities/Stakeholder.ndjson'))).toBe(false);
    expect(dry.out()).toMatch(/20 new, 0 replaced, 0 unchanged/);

    expect(
      await run(['workspace', 'import', 'register', '--type', 'Stakeholder', 'stakeholders.csv'], memoryIo(tmp)),
    ).toBe(0);
    const file = join(dir, 'entities/Stakeholder.ndjson');
    const first = readFileSync(file, 'utf8');
    const records = first
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records).toHaveLength(20);
    expect(records[1]).toMatchObject({
      name: 'Person 2, synthetic',
      refTheme: ['urn:ngsi-ld:Theme:brussels:digital', 'urn:ngsi-ld:Theme:brussels:mobility'],
      contactPoint: { consent: { purpose: ['participationUpdates', 'workshopInvitations'] } },
    });

    const again = memoryIo(tmp);
    expect(await run(['workspace', 'import', 'register', '--type', 'Stakeholder', 'stakeholders.csv'], again)).toBe(0);
    expect(again.out()).toMatch(/0 new, 0 replaced, 20 unchanged/);
    expect(readFileSync(file, 'utf8')).toBe(first);
  });

  it('says the type is required and suggests a close one (exit 2)', async () => {
    const io = memoryIo(tmp);
    expect(await run(['workspace', 'import', 'register', 'stakeholders.csv'], io)).toBe(2);
    const io2 = memoryIo(tmp);
    expect(await run(['workspace', 'import', 'register', '--type', 'Stakeholders', 'stakeholders.csv'], io2)).toBe(2);
    expect(io2.err()).toMatch(/did you mean "Stakeholder"/);
  });
});

it('has every workspace message in English, French and Dutch', () => {
  const keys = Object.keys(workspaceMessages.en).sort();
  expect(Object.keys(workspaceMessages.fr).sort()).toEqual(keys);
  expect(Object.keys(workspaceMessages.nl).sort()).toEqual(keys);
});
