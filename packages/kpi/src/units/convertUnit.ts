/**
 * Unit checking and conversion between UN/CEFACT codes: scale changes within a dimension (t ↔ kg, km² ↔ ha, % ↔ 1)
 * and gas mixing ratios to mass concentrations (ppb/ppm → µg/m³, mg/m³) with the U4SSC verification factors.
 */
import { KpiError } from '../errors';

/** Substances whose mixing ratios convert to mass concentrations. */
export type Substance = 'NO2' | 'SO2' | 'O3' | 'CO';

/**
 * µg/m³ per ppb for each gas.
 * NO2 1.9, SO2 2.62 and O3 1.96 are the factors of the U4SSC KPI Verification Manual (ITU, 2022, p. 95);
 * CO 1.16 is M/V at the EU reference conditions of Directive 2008/50/EC (20 °C, 101.3 kPa: 28.01 g/mol ÷ 24.06 l/mol).
 */
export const ppbToMicrogramFactors: Readonly<Record<Substance, number>> = { NO2: 1.9, SO2: 2.62, O3: 1.96, CO: 1.16 };

/** Dimension and factor to the dimension's base unit, per UN/CEFACT code. */
const SCALES: Readonly<Record<string, readonly [dimension: string, toBase: number]>> = {
  // Dimensionless ratios.
  C62: ['ratio', 1],
  P1: ['ratio', 0.01],
  // Mass concentration (base µg/m³).
  GQ: ['massConcentration', 1],
  GP: ['massConcentration', 1000],
  // Mixing ratio (base ppb).
  '61': ['mixingRatio', 1],
  '59': ['mixingRatio', 1000],
  // Mass (base kg).
  KGM: ['mass', 1],
  TNE: ['mass', 1000],
  GRM: ['mass', 0.001],
  // Length (base m).
  MMT: ['length', 0.001],
  CMT: ['length', 0.01],
  MTR: ['length', 1],
  KMT: ['length', 1000],
  // Area (base m²).
  MTK: ['area', 1],
  HAR: ['area', 10_000],
  KMK: ['area', 1_000_000],
  // Energy (base kWh).
  KWH: ['energy', 1],
  MWH: ['energy', 1000],
  GWH: ['energy', 1_000_000],
  // Time (base s).
  SEC: ['time', 1],
  MIN: ['time', 60],
  HUR: ['time', 3600],
  DAY: ['time', 86_400],
  // Volume (base m³).
  LTR: ['volume', 0.001],
  MTQ: ['volume', 1],
};

/** The unit codes {@link convertUnit} knows. */
export const convertibleUnitCodes: readonly string[] = Object.keys(SCALES);

/** True when `from` converts to `to` (for gases only with a substance). */
export function canConvert(from: string, to: string, substance?: Substance): boolean {
  if (from === to) return true;
  const a = SCALES[from];
  const b = SCALES[to];
  if (!a || !b) return false;
  if (a[0] === b[0]) return true;
  const gas = new Set([a[0], b[0]]);
  return substance !== undefined && gas.has('mixingRatio') && gas.has('massConcentration');
}

/**
 * Converts a value between UN/CEFACT unit codes.
 * @throws {@link KpiError} `unit_conversion` when the units are unknown or of different dimensions (or a gas conversion lacks its substance).
 * @example
 * convertUnit(20, '61', 'GQ', 'NO2'); // 38 (20 ppb NO2 = 38 µg/m³)
 * convertUnit(1.5, 'KMK', 'HAR');     // 150
 */
export function convertUnit(value: number, from: string, to: string, substance?: Substance): number {
  const converted = scaledValue(value, from, to, substance);
  if (Number.isFinite(converted) || !Number.isFinite(value)) return converted;
  // The product overflowed before the division brought it back: apply the combined factor instead.
  const factor = scaledValue(1, from, to, substance);
  const retried = value * factor;
  if (Number.isFinite(retried)) return retried;
  throw new KpiError('out_of_range', `${value} ${from} in ${to} is beyond the range of a double`);
}

function scaledValue(value: number, from: string, to: string, substance?: Substance): number {
  if (from === to) return value;
  const a = Object.hasOwn(SCALES, from) ? SCALES[from] : undefined;
  const b = Object.hasOwn(SCALES, to) ? SCALES[to] : undefined;
  if (!a)
    throw new KpiError('unit_conversion', `unknown unit code "${from}" (known: ${convertibleUnitCodes.join(', ')})`);
  if (!b)
    throw new KpiError('unit_conversion', `unknown unit code "${to}" (known: ${convertibleUnitCodes.join(', ')})`);
  if (a[0] === b[0]) return (value * a[1]) / b[1];
  if (a[0] === 'mixingRatio' && b[0] === 'massConcentration') {
    if (!substance)
      throw new KpiError('unit_conversion', `converting ${from} to ${to} needs the substance (NO2, SO2, O3 or CO)`);
    return (value * a[1] * ppbToMicrogramFactors[substance]) / b[1];
  }
  if (a[0] === 'massConcentration' && b[0] === 'mixingRatio') {
    if (!substance)
      throw new KpiError('unit_conversion', `converting ${from} to ${to} needs the substance (NO2, SO2, O3 or CO)`);
    return (value * a[1]) / ppbToMicrogramFactors[substance] / b[1];
  }
  throw new KpiError('unit_conversion', `cannot convert ${from} (${a[0]}) to ${to} (${b[0]})`);
}
