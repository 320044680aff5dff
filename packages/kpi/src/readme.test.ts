import { expect, it } from 'vitest';
import {
  computeKpi,
  rollUp,
  getDefinition,
  listDefinitions,
  normalize,
  assessTarget,
  u4sscBand,
  trend,
  localizeKpiText,
  readKpiText,
} from './index';
// The examples of README.md, run as written.
it('README examples hold', () => {
  expect(getDefinition('ENV-02').name.nl).toBe('Jaargemiddelde PM10-concentratie');
  expect(listDefinitions({ domain: 'project' }).length).toBe(8);
  const eco01 = getDefinition('ECO-01');
  const v = computeKpi(
    eco01,
    { unemployed: 17_200, labourForce: 80_000 },
    { area: '21004', period: '2024', target: { target: 15, acceptable: 18 } },
  );
  expect(v.value).toBe(21.5);
  expect(v.status).toBe('red');
  expect(computeKpi(eco01, { unemployed: 10, labourForce: 0 }, { area: 'x', period: '2024' }).notComputable).toEqual({
    code: 'zero_denominator',
    message: 'denominator labourForce is 0',
    input: 'labourForce',
  });
  const region = rollUp(
    eco01,
    [
      { area: '21004', inputs: { unemployed: 17_200, labourForce: 80_000 } },
      { area: '21015', inputs: { unemployed: 9_000, labourForce: 60_000 } },
    ],
    { area: '04000', period: '2024' },
  );
  expect(region.value).toBeCloseTo(18.714, 3);
  expect(assessTarget('decrease', 22, { target: 20, acceptable: 25 }).status).toBe('amber');
  expect(u4sscBand(80)).toBe('66-95');
  expect(localizeKpiText('200 valid days of 366 in 2024; 62.5 % required', 'fr')).toBe(
    '200 jours valides sur 366 en 2024 ; 62,5 % requis',
  );
  expect(localizeKpiText('denominator labourForce is 0', 'nl')).toBe('de noemer labourForce is 0');
  expect(readKpiText('input population is missing')).toEqual({
    code: 'input_missing',
    params: { input: 'population' },
  });
  expect(
    trend(
      [
        { year: 2022, value: 30 },
        { year: 2023, value: 28 },
      ],
      'decrease',
    ).judgement,
  ).toBe('improving');
  expect(normalize(19, { method: 'minmax', min: 0, max: 190, direction: 'decrease' })).toBeCloseTo(90, 10);
  expect(normalize(10, { method: 'zscore', sample: [10, 20, 30], sd: 'sample' })).toBe(90);
  expect(normalize(45, { method: 'distance-to-target', target: 90, min: 0 })).toBe(50);
  expect(normalize(3, { method: 'rank', sample: [3, 1, 2] })).toBe(100);
});
