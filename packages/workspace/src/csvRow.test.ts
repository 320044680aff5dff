import { describe, expect, it } from 'vitest';
import { csvCell, uncsvCell } from './csvCell';
import { columnAt, planRow, rowToEntity } from './csvRow';
import { classifyWorkspacePath } from './layout';

describe('spreadsheet rows → entities', () => {
  it('types cells from the schema: localized text, nested values, lists, numbers, booleans, list positions', () => {
    const plan = planRow('Stakeholder', [
      'id',
      'name.fr',
      'name.nl',
      'refTheme',
      'contactPoint.email',
      'contactPoint.consent.dateGiven',
      'contactPoint.consent.purpose',
    ]);
    expect(plan.problems).toEqual([]);
    expect(
      rowToEntity(plan, [
        'urn:ngsi-ld:Stakeholder:a',
        'Alice',
        'Alice',
        'urn:t:1; urn:t:2',
        'a@example.org',
        '2026-03-01',
        'workshopInvitations',
      ]),
    ).toEqual({
      type: 'Stakeholder',
      id: 'urn:ngsi-ld:Stakeholder:a',
      name: { fr: 'Alice', nl: 'Alice' },
      refTheme: ['urn:t:1', 'urn:t:2'],
      contactPoint: { email: 'a@example.org', consent: { dateGiven: '2026-03-01', purpose: ['workshopInvitations'] } },
    });
    const jury = planRow('JuryEvaluation', [
      'round',
      'scores.0.criterion',
      'scores.0.score',
      'scores.1.criterion',
      'scores.1.score',
    ]);
    expect(rowToEntity(jury, ['2', 'impact', '3.5', 'cost', ''])).toEqual({
      type: 'JuryEvaluation',
      round: 2,
      scores: [{ criterion: 'impact', score: 3.5 }, { criterion: 'cost' }],
    });
    const seat = planRow('Membership', ['votingRights']);
    expect(rowToEntity(seat, ['TRUE'])).toEqual({ type: 'Membership', votingRights: true });
  });

  it('keeps what does not parse as text, so that validation says why, and finds the column of a pointer', () => {
    const plan = planRow('Target', ['kpi', 'target']);
    expect(rowToEntity(plan, ['DIG-01', '3,5'])).toEqual({ type: 'Target', kpi: 'DIG-01', target: '3,5' });
    expect(columnAt(plan, '/target')?.column).toBe(2);
    expect(columnAt(plan, '/other')).toBeUndefined();
  });

  it('refuses headers that cannot name a property', () => {
    const plan = planRow('Stakeholder', ['name', 'name.fr', '', '__proto__.x', 'name']);
    expect(plan.problems.map((p) => [p.column, p.reason])).toEqual([
      [2, 'clashes with column 1'],
      [3, 'empty header'],
      [4, 'not a property path'],
      [5, 'same property as column 1'],
    ]);
  });

  it('writes cells that spreadsheets read back as the same text', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(uncsvCell('\'=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
    expect(uncsvCell("'quoted")).toBe("'quoted");
    expect(csvCell(['a', 'b'])).toBe('a;b');
    expect(csvCell({ type: 'Point' })).toBe('"{""type"":""Point""}"');
  });
});

describe('workspace layout', () => {
  it('classifies files by folder and name', () => {
    expect(classifyWorkspacePath('entities/2026/Meeting.board.ndjson')).toEqual({
      kind: 'file',
      file: {
        path: 'entities/2026/Meeting.board.ndjson',
        kind: 'entities',
        format: 'ndjson',
        type: 'Meeting',
        label: 'board',
      },
    });
    expect(classifyWorkspacePath('observations/AirQualityObserved.parquet')).toMatchObject({
      kind: 'file',
      file: { format: 'parquet' },
    });
    expect(classifyWorkspacePath('statistics/statbel 2024.csv')).toMatchObject({
      kind: 'file',
      file: { kind: 'statistics' },
    });
    expect(classifyWorkspacePath('entities/meetings.ndjson')).toMatchObject({ kind: 'unknown' });
    expect(classifyWorkspacePath('entities/Meeting.csv')).toMatchObject({ kind: 'unknown' });
    expect(classifyWorkspacePath('.git/config')).toEqual({ kind: 'ignored' });
    expect(classifyWorkspacePath('docs/README.md')).toEqual({ kind: 'ignored' });
    expect(classifyWorkspacePath('budget.xlsx')).toMatchObject({ kind: 'unknown' });
  });
});
