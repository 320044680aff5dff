/**
 * Type tests of the roadmap pipeline's results: `readJuryCsv` and `scoreRoadmap` are discriminated by `ok`, and the
 * ranking and matrix exist only on a scored roadmap. Run by vitest's typecheck mode.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { JuryEvaluation } from '@opencity/models';
import {
  readJuryCsv,
  scoreRoadmap,
  type JuryCsvResult,
  type RoadmapFinding,
  type ScoredRoadmap,
  type ScoreRoadmapResult,
} from '@opencity/roadmap';

describe('JuryCsvResult', () => {
  it('carries the evaluations read and the findings either way', () => {
    const r = readJuryCsv('juror,project,criterion,score\n');
    expectTypeOf(r).toEqualTypeOf<JuryCsvResult>();
    expectTypeOf(r.ok).toEqualTypeOf<boolean>();
    expectTypeOf(r.evaluations).toEqualTypeOf<JuryEvaluation[]>();
    expectTypeOf(r.findings).toEqualTypeOf<RoadmapFinding[]>();
    expectTypeOf(r.rows).toEqualTypeOf<number>();
  });
});

describe('ScoreRoadmapResult', () => {
  it('has a ranking only after ok narrowed it', async () => {
    const r = await scoreRoadmap({ evaluations: [], criteria: [], projects: [] });
    expectTypeOf(r).toEqualTypeOf<ScoreRoadmapResult>();
    expectTypeOf(r.findings).toEqualTypeOf<RoadmapFinding[]>();
    if (r.ok) {
      expectTypeOf(r).toEqualTypeOf<ScoredRoadmap>();
      expectTypeOf(r.ranking).toEqualTypeOf<ScoredRoadmap['ranking']>();
      expectTypeOf(r.values).toEqualTypeOf<number[]>();
    } else {
      expectTypeOf(r).toEqualTypeOf<{ readonly ok: false; readonly findings: RoadmapFinding[] }>();
      // @ts-expect-error no ranking without a scored roadmap
      void r.ranking;
    }
  });

  it('returns a promise', () => {
    expectTypeOf(scoreRoadmap).returns.toEqualTypeOf<Promise<ScoreRoadmapResult>>();
  });
});

describe('discriminants', () => {
  it('ok is true or false in both results, and no third case', () => {
    // Each switch over `ok` is exhaustive: after both cases the result is never.
    const readCount = (r: JuryCsvResult): number => {
      if (r.ok) return r.evaluations.length;
      if (!r.ok) return r.findings.length;
      expectTypeOf(r).toBeNever();
      return r;
    };
    const ranked = (r: ScoreRoadmapResult): number => {
      if (r.ok === true) return r.values.length;
      if (r.ok === false) return -r.findings.length;
      expectTypeOf(r).toBeNever();
      return r;
    };
    expectTypeOf(readCount).returns.toEqualTypeOf<number>();
    expectTypeOf(ranked).returns.toEqualTypeOf<number>();
    expectTypeOf<JuryCsvResult['ok'] | ScoreRoadmapResult['ok']>().toEqualTypeOf<boolean>();
    expectTypeOf<Extract<JuryCsvResult, { ok: true }>>().not.toBeNever();
    expectTypeOf<Extract<JuryCsvResult, { ok: false }>>().not.toBeNever();
    expectTypeOf<Extract<ScoreRoadmapResult, { ok: true }>>().toEqualTypeOf<ScoredRoadmap>();
    expectTypeOf<Extract<ScoreRoadmapResult, { ok: false }>>().not.toBeNever();
  });
});
