import { computeDataset, listDefinitions, type InputRow } from '@opencity/kpi';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { small } from '../__fixtures__/smallProgramme';
import { pielouEvenness } from '../helix/pielou';
import { participationBalance } from '../helix/participationBalance';
import { responseStatistics } from '../contributions/responses';
import { participationKpiInputs } from './participationKpiInputs';

const definitions = listDefinitions({ domain: 'society' }).filter((d) => d.id.startsWith('PAR-'));
const inputs = participationKpiInputs(small, { area: '04000', asOf: '2026-07-01' });
const row = (area: string, variable: string) => inputs.find((r) => r.area === area && r.variable === variable)?.value;

describe('participationKpiInputs (hand-checked on the small programme, 1 July 2026)', () => {
  it('counts the programme area', () => {
    expect(Object.fromEntries(inputs.filter((r) => r.area === '04000').map((r) => [r.variable, r.value]))).toEqual({
      reachedCivilSociety: 3,
      reachedAcademia: 2,
      reachedPublic: 2,
      reachedPrivate: 1,
      municipalitiesRepresented: 3,
      workshopAttendance: 28, // 25 counted at w1 + 3 registered at w2
      workshops: 2,
      contributions: 6,
      answeredWithin30Days: 3,
      contributionsDue: 5,
      medianResponseDays: 15,
    });
    expect(inputs.every((r) => r.period === '2026')).toBe(true);
  });

  it('counts municipalities from the stakeholders’ records and themes by their code', () => {
    expect(row('21004', 'contributions')).toBe(3); // c1, c4, c6 by anna and chloe
    expect(row('21004', 'answeredWithin30Days')).toBe(2);
    expect(row('21004', 'contributionsDue')).toBe(3);
    expect(row('21004', 'medianResponseDays')).toBe(15);
    expect(row('21015', 'reachedPrivate')).toBe(1);
    expect(row('21015', 'reachedAcademia')).toBe(0);
    expect(row('mobility', 'workshopAttendance')).toBe(25);
    expect(row('digital', 'workshops')).toBe(1);
  });

  it('splits periods by quarter when asked', () => {
    const q = participationKpiInputs(small, { area: '04000', asOf: '2026-07-01', periodUnit: 'quarter' });
    expect(
      q.filter((r) => r.area === '04000' && r.variable === 'contributions').map((r) => [r.period, r.value]),
    ).toEqual([
      ['2026-Q1', 2],
      ['2026-Q2', 4],
    ]);
  });

  it('rejects bad options', () => {
    expect(() => participationKpiInputs(small, { area: '04000', asOf: 'July' })).toThrow('asOf must be a date');
    expect(() => participationKpiInputs(small, { area: '', asOf: '2026-07-01' })).toThrow('area');
    expect(() => participationKpiInputs(small, { area: 'x', asOf: '2026-07-01', responseWindowDays: -1 })).toThrow(
      'responseWindowDays',
    );
  });
});

describe('the PAR-* KPIs computed by the KPI engine agree with the library', () => {
  it('computes every participation KPI of the programme area', async () => {
    const population: InputRow = { area: '04000', period: '2026', variable: 'population', value: 1_200_000 };
    const values = await computeDataset({ definitions, inputs: [...inputs, population] });
    const v = (kpi: string, area = '04000') => values.find((x) => x.kpi === kpi && x.area === area);
    expect([v('PAR-01')?.value, v('PAR-02')?.value, v('PAR-03')?.value, v('PAR-04')?.value]).toEqual([3, 2, 2, 1]);
    // Two independent paths to Pielou's J: the catalogue's expression in the KPI engine and pielouEvenness.
    const j = participationBalance(small).participants.evenness;
    expect(j.ok && v('PAR-05')?.value).toBeCloseTo(j.ok ? j.value : Number.NaN, 12);
    const r = responseStatistics(small.contributions!, { asOf: '2026-07-01' });
    expect(v('PAR-06')?.value).toBeCloseTo(r.shareInTime.ok ? r.shareInTime.value * 100 : Number.NaN, 12);
    expect(v('PAR-07')?.value).toBe(15);
    expect(v('PAR-08')?.value).toBeCloseTo((6 / 1_200_000) * 100_000, 12);
    expect(v('PAR-09')?.value).toBe(3);
    expect(v('PAR-10')?.value).toBe(28);
    expect(v('PAR-11')?.value).toBe(14);
    expect(v('PAR-10', 'mobility')?.value).toBe(25);
    expect(v('PAR-07')?.provenance.definition).toBe('PAR-07');
  });

  it('says why a value cannot be computed instead of returning NaN', async () => {
    const values = await computeDataset({
      definitions,
      inputs: [
        { area: 'x', period: '2026', variable: 'reachedCivilSociety', value: 0 },
        { area: 'x', period: '2026', variable: 'reachedAcademia', value: 0 },
        { area: 'x', period: '2026', variable: 'reachedPublic', value: 0 },
        { area: 'x', period: '2026', variable: 'reachedPrivate', value: 0 },
      ],
    });
    const pielou = values.find((x) => x.kpi === 'PAR-05')!;
    expect(pielou.value).toBeUndefined();
    expect(pielou.notComputable?.code).toBe('zero_denominator');
  });

  it('PAR-05 equals pielouEvenness on any helix counts (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(300), { minLength: 4, maxLength: 4 }), async ([cs, ac, pu, pr]) => {
        const rows = (
          [
            ['reachedCivilSociety', cs],
            ['reachedAcademia', ac],
            ['reachedPublic', pu],
            ['reachedPrivate', pr],
          ] as const
        ).map(([variable, value]) => ({ area: 'a', period: '2026', variable, value: value! }));
        const [value] = await computeDataset({
          definitions: definitions.filter((d) => d.id === 'PAR-05'),
          inputs: rows,
        });
        const expected = pielouEvenness([cs!, ac!, pu!, pr!]);
        if (!expected.ok) return value?.value === undefined && value?.notComputable !== undefined;
        return value?.value !== undefined && Math.abs(value.value - expected.value) < 1e-12;
      }),
      { numRuns: 200 },
    );
  });
});
