import type { ScheduleInput } from '../types';

/** Two years of budget 100 and capacity 3. */
export const twoYears = [
  { budget: 100, capacity: 3 },
  { budget: 100, capacity: 3 },
];

/**
 * Hand-checked request: P1 in year 1 (80 of 100), P2 after it in year 2 (60), P3 (30 a year for two years) does not
 * fit; value 10 + 6 = 16.
 */
export const threeProjects: ScheduleInput = {
  years: twoYears,
  projects: [
    { id: 'P1', value: 10, duration: 1, costPerYear: 80, capacityPerYear: 1, predecessors: [] },
    { id: 'P2', value: 6, duration: 1, costPerYear: 60, capacityPerYear: 1, predecessors: ['P1'] },
    { id: 'P3', value: 5, duration: 2, costPerYear: 30, capacityPerYear: 1, predecessors: [] },
  ],
};
