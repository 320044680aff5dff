import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate, type ProjectFactsheet } from '@opencity/models';
import { describe, expect, it } from 'vitest';
import { scheduleProjectFromFactsheet } from './fromFactsheet';

const examples = join(import.meta.dirname, '../../../../schemas/office/ProjectFactsheet/examples/valid');
const load = (name: string) => {
  const data = JSON.parse(readFileSync(join(examples, name), 'utf8')) as unknown;
  const v = validate('ProjectFactsheet', data);
  if (!v.ok) throw new Error(`example ${name} is invalid`);
  return v.data as ProjectFactsheet;
};

describe('scheduleProjectFromFactsheet', () => {
  it('maps budget and FTE by project year, dependencies and the earliest start year', () => {
    expect(scheduleProjectFromFactsheet(load('open-data-platform.json'), { value: 0.8, startYear: 2024 })).toEqual({
      id: 'urn:ngsi-ld:ProjectFactsheet:P-OPEN-DATA',
      value: 0.8,
      duration: 2,
      costPerYear: [450000, 300000],
      capacityPerYear: [3, 2],
      predecessors: [],
      earliestStart: 2,
    });
    const epn = scheduleProjectFromFactsheet(load('digital-inclusion-minimal.json'), {
      value: 0.5,
      startYear: 2025,
      mandatory: true,
    });
    expect(epn).toMatchObject({
      costPerYear: [200000, 200000, 150000],
      capacityPerYear: [0, 0, 0],
      predecessors: ['urn:ngsi-ld:ProjectFactsheet:P-OPEN-DATA'],
      mandatory: true,
    });
    expect(epn.earliestStart).toBeUndefined();
  });
  it('rejects a budget year beyond the duration', () => {
    const f = load('open-data-platform.json');
    expect(() => scheduleProjectFromFactsheet({ ...f, duration: 1 }, { value: 1, startYear: 2025 })).toThrow(
      'budgets project year 2 but lasts 1 year(s)',
    );
  });
});
