import { validate } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { readJuryCsv } from './readJuryCsv';

const header = 'juror,project,criterion,score\n';

describe('readJuryCsv', () => {
  it('reads one JuryEvaluation per juror and project, valid against the contract; an empty score abstains', () => {
    const r = readJuryCsv(`${header}J1,P1,impact,3\nJ1,P1,cost,1\nJ2,P1,impact,\nJ2,P1,cost,\n`, {
      selection: 'call-2025',
    });
    expect(r.ok).toBe(true);
    expect(r.rows).toBe(4);
    expect(r.evaluations).toEqual([
      {
        id: 'urn:ngsi-ld:JuryEvaluation:call-2025:J1:P1',
        type: 'JuryEvaluation',
        refJuror: 'J1',
        refProjectFactsheet: 'P1',
        selection: 'call-2025',
        round: 1,
        status: 'scored',
        scores: [
          { criterion: 'impact', score: 3 },
          { criterion: 'cost', score: 1 },
        ],
      },
      {
        id: 'urn:ngsi-ld:JuryEvaluation:call-2025:J2:P1',
        type: 'JuryEvaluation',
        refJuror: 'J2',
        refProjectFactsheet: 'P1',
        selection: 'call-2025',
        round: 1,
        status: 'abstained',
        abstention: { reason: 'conflict-of-interest' },
      },
    ]);
    for (const e of r.evaluations) expect(validate('JuryEvaluation', e).ok, e.id).toBe(true);
  });

  it('reads quoted cells, a BOM, CRLF, any header case, a semicolon sheet with decimal commas, reasons and comments', () => {
    const r = readJuryCsv(
      '\uFEFFJuror;Project;Criterion;Score;Abstention;Comment\r\nJ1;P1;impact;3,5;;"used by ""all"" 19; municipalities"\r\nJ2;P1;;;absence;\r\nJ3;P1;;;works for the applicant;\r\n',
    );
    expect(r.ok).toBe(true);
    expect(r.parameters).toMatchObject({ delimiter: ';', decimalComma: true });
    expect(r.evaluations.map((e) => e.scores ?? e.abstention)).toEqual([
      [{ criterion: 'impact', score: 3.5, comment: 'used by "all" 19; municipalities' }],
      { reason: 'absence' },
      { reason: 'other', explanation: 'works for the applicant' },
    ]);
  });

  it('accounts for every bad row with its line and the problem, in the language asked', () => {
    const r = readJuryCsv(
      `${header}J1,P1,impact,3\nJ1,P1,impact,4\nJ1,,impact,2\nJ2,P1,impact,high\nJ2,P1,cost,0x10\nJ3,P1,impact,1e400\nJ4,P1,impact,2\nJ4,P1,cost,\nJ5,P1,impact,1,extra\nJane Doe,P1,impact,2\n`,
      { lang: 'fr' },
    );
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.code, f.message])).toEqual([
      ['csv_malformed', expect.stringContaining('ligne 10')],
      ['duplicate_score', 'J1 a noté « P1 » sur « impact » deux fois (lines 2 and 3)'],
      ['csv_missing_value', 'ligne 4 : la colonne project est vide'],
      ['score_not_a_number', 'ligne 5 : la note « high » n’est pas un nombre'],
      ['score_not_a_number', 'ligne 6 : la note « 0x10 » n’est pas un nombre'],
      ['score_not_a_number', 'ligne 7 : la note « 1e400 » n’est pas un nombre'],
      ['invalid_entity', expect.stringContaining('Jane Doe')],
      ['scored_and_abstained', expect.stringContaining('J4')],
    ]);
    // The rows that could be read still give their evaluations.
    expect(r.evaluations.map((e) => e.refJuror)).toEqual(['J1']);
  });

  it('names the missing columns, and rejects impossible options', () => {
    const r = readJuryCsv('juror,project,score\nJ1,P1,3\n');
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => f.message)).toEqual([
      'the header has no "criterion" column (header: juror,project,score)',
    ]);
    expect(readJuryCsv('').findings).toHaveLength(4);
    expect(() => readJuryCsv(header, { round: 0 })).toThrow(expect.objectContaining({ code: 'invalid_option' }));
    expect(() => readJuryCsv(header, { selection: 'a b' })).toThrow(/without spaces/);
  });
});
