import fc from 'fast-check';
import type { ScheduleInput } from '../types';

/** Bounds of {@link smallInstances}: inclusive integer ranges. */
interface Bounds {
  readonly projects: readonly [number, number];
  readonly years: readonly [number, number];
  readonly budget: readonly [number, number];
  readonly capacity: readonly [number, number];
  readonly cost: readonly [number, number];
}

const int = ([min, max]: readonly [number, number]) => fc.integer({ min, max });

/**
 * Small scheduling requests for property tests checked by exhaustive search: values 1–20, durations 1–2, 0–3 FTE,
 * each project after the previous one or free.
 */
export function smallInstances(bounds: Bounds): fc.Arbitrary<ScheduleInput> {
  const project = (i: number) =>
    fc.record({
      id: fc.constant(`P${i}`),
      value: fc.integer({ min: 1, max: 20 }),
      duration: fc.integer({ min: 1, max: 2 }),
      costPerYear: int(bounds.cost),
      capacityPerYear: fc.integer({ min: 0, max: 3 }),
      predecessors: i === 0 ? fc.constant([] as string[]) : fc.subarray([`P${i - 1}`], { maxLength: 1 }),
    });
  return int(bounds.projects).chain((n) =>
    fc.record({
      years: fc.array(fc.record({ budget: int(bounds.budget), capacity: int(bounds.capacity) }), {
        minLength: bounds.years[0],
        maxLength: bounds.years[1],
      }),
      projects: fc.tuple(...Array.from({ length: n }, (_, i) => project(i))),
    }),
  );
}
