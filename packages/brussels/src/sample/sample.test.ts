import { describe, expect, it } from 'vitest';
import { validate } from '@opencity/models';
import {
  juryScoresToCsv,
  municipalVariables,
  sampleFactsheets,
  sampleJuryScores,
  sampleObservations,
  sampleProjects,
  sampleStatistics,
  SYNTHETIC_PROVIDER,
} from '../index';

describe('sampleStatistics', () => {
  const stats = sampleStatistics({ seed: 11, years: [2020, 2022] });

  it('is deterministic for a seed', () => {
    expect(sampleStatistics({ seed: 11, years: [2020, 2022] })).toEqual(stats);
    expect(sampleStatistics({ seed: 12, years: [2020, 2022] })).not.toEqual(stats);
  });

  it('gives every municipality every variable for every year, all finite and labelled synthetic', () => {
    const perArea = stats.filter((s) => s.area === '21009');
    expect(perArea.map((s) => s.variable).sort()).toEqual(
      [...municipalVariables, ...municipalVariables, ...municipalVariables].sort(),
    );
    for (const s of stats) {
      expect(Number.isFinite(s.value)).toBe(true);
      expect(s.synthetic).toBe(true);
    }
  });

  it('keeps numerators within their denominators', () => {
    const value = (area: string, period: string, variable: string): number =>
      stats.find((s) => s.area === area && s.period === period && s.variable === variable)?.value ?? Number.NaN;
    for (const area of ['21001', '21017']) {
      expect(value(area, '2021', 'unemployed')).toBeLessThan(value(area, '2021', 'labourForce'));
      expect(value(area, '2021', 'householdsWithInternet')).toBeLessThanOrEqual(value(area, '2021', 'households'));
      expect(value(area, '2021', 'smartElectricityMeters')).toBeLessThanOrEqual(
        value(area, '2021', 'electricityMeters'),
      );
    }
    expect(value('21004', '2022', 'openDatasets')).toBeLessThan(value('21004', '2022', 'inventoriedDatasets'));
    expect(value('04000', '2022', 'linesWithRealTime')).toBeLessThanOrEqual(value('04000', '2022', 'lines'));
  });

  it('rejects an inverted year range', () => {
    expect(() => sampleStatistics({ years: [2024, 2020] })).toThrow(/first ≤ last/);
    expect(() => sampleStatistics({ years: [2024, 2020] })).toThrow(
      expect.objectContaining({ name: 'ProfileLookupError', code: 'invalid_option' }),
    );
    expect(() => sampleJuryScores({ criteria: [] })).toThrow(expect.objectContaining({ code: 'invalid_option' }));
  });
});

describe('sampleObservations', () => {
  const obs = sampleObservations({ seed: 5, years: [2024, 2024] });

  it('produces AirQualityObserved entities that the published schema accepts', () => {
    for (const o of obs.filter((_, i) => i % 4999 === 0)) {
      const result = validate('AirQualityObserved', o);
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
    expect(obs.every((o) => o.dataProvider === SYNTHETIC_PROVIDER)).toBe(true);
  });

  it('leaves hours and days missing, including a long outage at station 21011', () => {
    const hours = (nis: string) => obs.filter((o) => o.address.nisCode === nis).length;
    expect(hours('21011')).toBeLessThan(8784 * 0.75);
    expect(hours('21001')).toBeGreaterThan(8784 * 0.85);
    expect(hours('21001')).toBeLessThan(8784);
  });

  it('is the same on every run for a seed', () => {
    expect(sampleObservations({ seed: 5, years: [2024, 2024] }).slice(0, 50)).toEqual(obs.slice(0, 50));
  });
});

describe('projects and jury', () => {
  it('scores every project on every criterion for every juror, with one declared abstention', () => {
    const projects = sampleProjects();
    const scores = sampleJuryScores({ criteria: ['a', 'b', 'c'] });
    expect(scores).toHaveLength(7 * projects.length * 3);
    expect(scores.filter((s) => s.score === null).map((s) => `${s.juror}/${s.project}`)).toEqual([
      'J3/PRJ-BXL-09',
      'J3/PRJ-BXL-09',
      'J3/PRJ-BXL-09',
    ]);
    for (const s of scores) if (s.score !== null) expect([0, 1, 2, 3, 4]).toContain(s.score);
    const ids = new Set(projects.map((p) => p.id));
    for (const p of projects) for (const d of p.dependsOn) expect(ids.has(d)).toBe(true);
  });

  it('exports the projects as valid ProjectFactsheet entities', () => {
    const sheets = sampleFactsheets();
    expect(sheets).toHaveLength(12);
    for (const f of sheets)
      expect(validate('ProjectFactsheet', f).findings.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('writes CSV with an empty cell for abstentions', () => {
    const csv = juryScoresToCsv([{ juror: 'J1', project: 'P', criterion: 'c', score: null }]);
    expect(csv).toBe('juror,project,criterion,score\nJ1,P,c,\n');
  });
});
