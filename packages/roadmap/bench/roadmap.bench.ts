/**
 * Benchmarks at the size of issue 7: 200 projects × 12 criteria × 15 jurors; 10,000 Monte Carlo draws; scheduling
 * 200 projects over 5 years. Each group has a baseline measured in the same run, so vitest prints ratios against it.
 * Run: `npx vitest bench --run` (nx target `bench`).
 */
import { bench, describe } from 'vitest';
import { benchMatrix, benchSchedule, benchScores } from './benchInstances';
import { aggregateScores } from '../src/jury/aggregateScores';
import { kendallW } from '../src/jury/kendallW';
import { rank } from '../src/rank/rank';
import { checkScheduleInput } from '../src/schedule/checkScheduleInput';
import { checkSchedule } from '../src/schedule/checkSchedule';
import { schedule } from '../src/schedule/schedule';
import type { ScheduleInput } from '../src/schedule/types';
import { seededRandom, uniformSimplex } from '../src/core/seededRandom';
import { smaa } from '../src/sensitivity/smaa';
import { weightStabilityIntervals } from '../src/sensitivity/weightStabilityIntervals';

const scores = benchScores(200, 12, 15);
const matrix = benchMatrix(200, 12);
const jurorTotals = Array.from({ length: 15 }, (_, j) =>
  Array.from({ length: 200 }, (_, p) =>
    scores.filter((s) => s.juror === `J${j}` && s.project === `P${p}`).reduce((a, s) => a + s.score, 0),
  ),
);
const heavy = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 } as const;

describe('jury: 200 projects × 12 criteria × 15 jurors (36,000 scores)', () => {
  bench('baseline: one pass summing scores per cell', () => {
    const sums = new Map<string, number>();
    for (const s of scores)
      sums.set(`${s.project}\u0000${s.criterion}`, (sums.get(`${s.project}\u0000${s.criterion}`) ?? 0) + s.score);
  });
  bench('aggregateScores (median, spread, dispute flags)', () => {
    aggregateScores({ scores });
  });
  bench('kendallW (15 jurors × 200 projects)', () => {
    kendallW(jurorTotals);
  });
});

describe('ranking: 200 projects × 12 criteria', () => {
  bench('baseline: wsm', () => {
    rank(matrix, { method: 'wsm' });
  });
  bench('topsis', () => {
    rank(matrix, { method: 'topsis' });
  });
  bench('vikor', () => {
    rank(matrix, { method: 'vikor' });
  });
  bench('promethee2 (40,000 pairs)', () => {
    rank(matrix, { method: 'promethee2' });
  });
  bench('weightStabilityIntervals', () => {
    weightStabilityIntervals(matrix);
  });
});

describe('Monte Carlo: 10,000 weight draws on 200 × 12', () => {
  bench(
    'baseline: drawing 10,000 weight vectors',
    () => {
      const random = seededRandom(1);
      const w = new Array<number>(12).fill(0);
      for (let d = 0; d < 10_000; d++) uniformSimplex(random, w);
    },
    heavy,
  );
  bench(
    'smaa (rank acceptabilities, central weights, confidence)',
    () => {
      smaa(matrix, { draws: 10_000, seed: 1 });
    },
    heavy,
  );
});

/** The spreadsheet heuristic: by value per euro, each project at its earliest start that fits. */
function greedy(input: ScheduleInput): Record<string, number> {
  const { projects, horizon } = checkScheduleInput(input);
  const budget = input.years.map((y) => y.budget);
  const capacity = input.years.map((y) => y.capacity);
  const starts: Record<string, number> = {};
  const order = [...projects].sort(
    (a, b) => b.value / b.cost.reduce((x, y) => x + y, 1) - a.value / a.cost.reduce((x, y) => x + y, 1),
  );
  for (const p of order) {
    for (let t = p.earliestStart; t + p.duration - 1 <= horizon; t++) {
      const predsDone = p.predecessors.every(
        (q) =>
          starts[projects[q]!.id] !== undefined && (starts[projects[q]!.id] as number) + projects[q]!.duration - 1 < t,
      );
      const fits = p.cost.every(
        (c, k) => c <= (budget[t + k - 1] as number) && (p.capacity[k] as number) <= (capacity[t + k - 1] as number),
      );
      if (predsDone && fits) {
        p.cost.forEach((c, k) => {
          budget[t + k - 1] = (budget[t + k - 1] as number) - c;
          capacity[t + k - 1] = (capacity[t + k - 1] as number) - (p.capacity[k] as number);
        });
        starts[p.id] = t;
        break;
      }
    }
  }
  if (checkSchedule(input, starts).length > 0) throw new Error('greedy produced an invalid schedule');
  return starts;
}

describe('scheduling: 200 projects over 5 years (budget half of demand)', () => {
  const input = benchSchedule(200, 5, 3);
  bench(
    'baseline: greedy by value per euro (not optimal)',
    () => {
      greedy(input);
    },
    heavy,
  );
  bench(
    'schedule (HiGHS MILP, mipRelGap 1e-4, independent check)',
    async () => {
      await schedule(input, { timeLimitSeconds: 120 });
    },
    heavy,
  );
});
