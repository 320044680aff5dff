import type { DecisionMatrix } from '../src/core/decisionMatrix';
import type { JurorScore } from '../src/jury/aggregateScores';
import type { ScheduleInput } from '../src/schedule/types';
import { seededRandom } from '../src/core/seededRandom';

/** Seeded benchmark data: `projects` × `criteria` scores by `jurors` jurors on a 0–4 scale (internal, for benches). */
export function benchScores(projects: number, criteria: number, jurors: number, seed = 1): JurorScore[] {
  const random = seededRandom(seed);
  const next = () => random.next();
  const out: JurorScore[] = [];
  for (let p = 0; p < projects; p++) {
    const quality = next();
    for (let c = 0; c < criteria; c++) {
      for (let j = 0; j < jurors; j++)
        out.push({
          juror: `J${j}`,
          project: `P${p}`,
          criterion: `C${c}`,
          score: Math.min(4, Math.floor((quality * 0.6 + next() * 0.4) * 5)),
        });
    }
  }
  return out;
}

/** Seeded benchmark decision matrix (internal). */
export function benchMatrix(projects: number, criteria: number, seed = 1): DecisionMatrix {
  const random = seededRandom(seed);
  const next = () => random.next();
  return {
    alternatives: Array.from({ length: projects }, (_, i) => `P${i}`),
    criteria: Array.from({ length: criteria }, (_, j) => ({
      id: `C${j}`,
      weight: 1 + Math.floor(next() * 5),
      type: j === criteria - 1 ? ('cost' as const) : ('benefit' as const),
    })),
    values: Array.from({ length: projects }, () =>
      Array.from({ length: criteria }, () => 1 + Math.round(next() * 40) / 10),
    ),
  };
}

/** Seeded scheduling instance: `projects` projects over `years` years, about a third with a predecessor (internal). */
export function benchSchedule(projects: number, years: number, seed = 1, tightness = 0.5): ScheduleInput {
  const random = seededRandom(seed);
  const next = () => random.next();
  const list = Array.from({ length: projects }, (_, i) => {
    const duration = 1 + Math.floor(next() * 3);
    return {
      id: `P${i}`,
      value: Math.round(next() * 1000) / 10,
      duration,
      costPerYear: 50_000 * (1 + Math.floor(next() * 10)),
      capacityPerYear: 1 + Math.floor(next() * 4),
      predecessors: i > 0 && next() < 0.3 ? [`P${Math.floor(next() * i)}`] : [],
    };
  });
  const demand = list.reduce((s, p) => s + p.costPerYear * p.duration, 0);
  const fte = list.reduce((s, p) => s + p.capacityPerYear * p.duration, 0);
  return {
    years: Array.from({ length: years }, () => ({
      budget: Math.round((demand * tightness) / years),
      capacity: Math.round((fte * (tightness + 0.1)) / years),
    })),
    projects: list,
  };
}
