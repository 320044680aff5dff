import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateScores, combineScores, type JurorScore } from './aggregateScores';
import { borda } from './borda';
import { kendallW } from './kendallW';

describe('kendallW', () => {
  it('reproduces the NAG Library G08DAF example: W = 0.828, significance 0.008', () => {
    // NAG Fortran Library Mark 26.2, routine G08DAF, example program results
    // (https://support.nag.com/numeric/fl/nagdoc_fl26.2/examples/baseresults/g08dafe.r.html): 3 comparisons × 10 items, ties averaged.
    const scores = [
      [1.0, 4.5, 2.0, 4.5, 3.0, 7.5, 6.0, 9.0, 7.5, 10.0],
      [2.5, 1.0, 2.5, 4.5, 4.5, 8.0, 9.0, 6.5, 10.0, 6.5],
      [2.0, 1.0, 4.5, 4.5, 4.5, 4.5, 8.0, 8.0, 8.0, 10.0],
    ];
    const r = kendallW(scores);
    expect(r.w).toBeCloseTo(0.828, 3);
    expect(r.p).toBeCloseTo(0.008, 3);
    expect(r.df).toBe(9);
    expect(r.chiSquare).toBeCloseTo(3 * 9 * r.w, 12);
  });

  it('property: W ∈ [0, 1], chiSquare = m(n − 1)W, df = n − 1, and W = 1 when every rater agrees', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((n) =>
          fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }), {
            minLength: 2,
            maxLength: 6,
          }),
        ),
        (table) => {
          if (table.every((row) => row.every((x) => x === row[0]))) return; // undefined: no rater orders anything
          const r = kendallW(table);
          expect(r.w).toBeGreaterThanOrEqual(-1e-12);
          expect(r.w).toBeLessThanOrEqual(1 + 1e-12);
          expect(r.chiSquare).toBeCloseTo(table.length * (table[0]!.length - 1) * r.w, 10);
          expect(r.df).toBe(table[0]!.length - 1);
          expect(r.p).toBeGreaterThanOrEqual(0);
          expect(r.p).toBeLessThanOrEqual(1);
          const same = kendallW(table.map(() => table.find((row) => row.some((x) => x !== row[0])) as number[]));
          expect(same.w).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it('rejects incomplete tables and a table with no ordering at all', () => {
    expect(() =>
      kendallW([
        [1, 2, 3],
        [1, 2],
      ]),
    ).toThrow('rater 1 must score all 3 items');
    expect(() =>
      kendallW([
        [1, 1],
        [2, 2],
      ]),
    ).toThrow('every rater gave every item the same score');
    expect(() => kendallW([[1, 2]])).toThrow('at least two raters');
  });
});

describe('borda', () => {
  it('scores: ties get average points and are reported', () => {
    const b = borda([
      [9, 7, 7],
      [8, 8, 5],
    ]);
    // Rater 1 ranks 1, 2.5, 2.5 → points 2, 0.5, 0.5; rater 2 ranks 1.5, 1.5, 3 → 1.5, 1.5, 0.
    expect(b.points).toEqual([3.5, 2, 0.5]);
    expect(b.order).toEqual([0, 1, 2]);
    expect(
      borda(
        [
          [1, 2],
          [2, 1],
        ],
        { input: 'ranks' },
      ).ties,
    ).toEqual([[0, 1]]);
  });
});

describe('aggregateScores', () => {
  const scores: JurorScore[] = [
    { juror: 'J1', project: 'P1', criterion: 'impact', score: 4 },
    { juror: 'J2', project: 'P1', criterion: 'impact', score: 1 },
    { juror: 'J3', project: 'P1', criterion: 'impact', score: 4 },
    { juror: 'J1', project: 'P2', criterion: 'impact', score: 2 },
    { juror: 'J2', project: 'P2', criterion: 'impact', score: 3 },
  ];

  it('aggregates over the jurors present, records abstentions with their reasons and flags disputed cells', () => {
    const agg = aggregateScores({
      scores,
      abstentions: [{ juror: 'J3', project: 'P2', reason: 'employed by the applicant' }],
    });
    expect(agg.projects).toEqual(['P1', 'P2']);
    expect(agg.values).toEqual([[4], [2.5]]);
    const p1 = agg.cells[0]![0]!;
    expect(p1).toMatchObject({
      count: 3,
      min: 1,
      max: 4,
      range: 3,
      iqr: 1.5,
      disputed: true,
      abstained: [],
      missing: [],
    });
    expect(agg.cells[1]![0]).toMatchObject({ count: 2, abstained: ['J3'], missing: [], disputed: false });
    expect(agg.disputed).toEqual([{ project: 'P1', criterion: 'impact', iqr: 1.5 }]);
    expect(agg.parameters).toEqual({ method: 'median', disputeIqr: 1 });
  });

  it('offers mean, trimmed mean and geometric mean', () => {
    expect(aggregateScores({ scores, method: 'mean' }).values[0]).toEqual([3]);
    expect(combineScores([1, 3, 4, 4, 9], 'trimmed-mean', 0.2)).toBeCloseTo(11 / 3, 12);
    expect(combineScores([1, 4], 'geometric-mean')).toBeCloseTo(2, 12);
    expect(() => combineScores([0, 4], 'geometric-mean')).toThrow('positive scores');
    expect(aggregateScores({ scores, method: 'trimmed-mean' }).parameters).toEqual({
      method: 'trimmed-mean',
      trim: 0.2,
      disputeIqr: 1,
    });
  });

  it('lists jurors who neither scored nor abstained', () => {
    const agg = aggregateScores({ scores });
    expect(agg.cells[1]![0]!.missing).toEqual(['J3']);
  });

  it('rejects contradictions with specific errors', () => {
    expect(() =>
      aggregateScores({ scores, abstentions: [{ juror: 'J1', project: 'P1', reason: 'conflict' }] }),
    ).toThrow('juror "J1" abstained on "P1" but scored it');
    expect(() => aggregateScores({ scores, abstentions: [{ juror: 'J3', project: 'P2', reason: ' ' }] })).toThrow(
      'without a reason',
    );
    expect(() => aggregateScores({ scores: [...scores, scores[0]!] })).toThrow('scored "P1" on "impact" twice');
    expect(() => aggregateScores({ scores, criteria: ['impact', 'cost'] })).toThrow('no juror scored "P1" on "cost"');
    expect(() => aggregateScores({ scores, projects: ['P1'] })).toThrow('unknown project "P2"');
    expect(() => aggregateScores({ scores: [{ ...scores[0]!, score: Number.NaN }] })).toThrow(
      'must be a finite number',
    );
  });
});

describe('juryAgreement', () => {
  it('computes W over the jurors with complete scores and lists the others', async () => {
    const { juryAgreement } = await import('./juryAgreement');
    const s = (juror: string, project: string, criterion: string, score: number): JurorScore => ({
      juror,
      project,
      criterion,
      score,
    });
    const agg = aggregateScores({
      scores: [
        s('J1', 'P1', 'a', 1),
        s('J1', 'P2', 'a', 2),
        s('J1', 'P3', 'a', 3),
        s('J2', 'P1', 'a', 1),
        s('J2', 'P2', 'a', 2),
        s('J2', 'P3', 'a', 3),
        s('J3', 'P1', 'a', 3),
        s('J3', 'P3', 'a', 1),
      ],
      abstentions: [{ juror: 'J3', project: 'P2', reason: 'conflict of interest' }],
    });
    const a = juryAgreement(agg);
    expect(a.jurors).toEqual(['J1', 'J2']);
    expect(a.excluded).toEqual([{ juror: 'J3', projects: ['P2'] }]);
    expect(a.overall?.w).toBeCloseTo(1, 12);
    expect(a.byCriterion.a?.w).toBeCloseTo(1, 12);
  });
});
