/** UN/CEFACT Recommendation 20 common codes used by the contract (`x-unitCode`, NGSI-LD `unitCode`), with UCUM equivalents. */

/** One unit: its UN/CEFACT common code, symbol, English name and UCUM code. */
export interface UnitDefinition<C extends string = UnitCode> {
  readonly code: C;
  readonly symbol: string;
  readonly name: string;
  readonly ucum: string;
}

const u = <const C extends string>(code: C, symbol: string, name: string, ucum: string): UnitDefinition<C> => ({
  code,
  symbol,
  name,
  ucum,
});

const units = [
  u('GQ', 'µg/m³', 'microgram per cubic metre', 'ug/m3'),
  u('GP', 'mg/m³', 'milligram per cubic metre', 'mg/m3'),
  u('59', 'ppm', 'part per million', '[ppm]'),
  u('61', 'ppb', 'part per billion', '[ppb]'),
  u('H50', '/cm³', 'reciprocal cubic centimetre', '/cm3'),
  u('A97', 'hPa', 'hectopascal', 'hPa'),
  u('VLT', 'V', 'volt', 'V'),
  u('AMP', 'A', 'ampere', 'A'),
  u('WTT', 'W', 'watt', 'W'),
  u('KWT', 'kW', 'kilowatt', 'kW'),
  u('KWH', 'kWh', 'kilowatt hour', 'kW.h'),
  u('HTZ', 'Hz', 'hertz', 'Hz'),
  u('D46', 'VA', 'volt ampere', 'V.A'),
  u('D44', 'var', 'var (volt ampere reactive)', 'V.A{reactive}'),
  u('C79', 'kVAh', 'kilovolt ampere hour', 'kV.A.h'),
  u('K3', 'kvarh', 'kilovolt ampere (reactive) hour', 'kV.A{reactive}.h'),
  u('CEL', '°C', 'degree Celsius', 'Cel'),
  u('C62', '1', 'one (dimensionless ratio)', '1'),
  u('P1', '%', 'percent', '%'),
  u('MMT', 'mm', 'millimetre', 'mm'),
  u('CMT', 'cm', 'centimetre', 'cm'),
  u('MTR', 'm', 'metre', 'm'),
  u('KMT', 'km', 'kilometre', 'km'),
  u('MTK', 'm²', 'square metre', 'm2'),
  u('KMK', 'km²', 'square kilometre', 'km2'),
  u('HAR', 'ha', 'hectare', 'har'),
  u('DD', '°', 'degree (angle)', 'deg'),
  u('MTS', 'm/s', 'metre per second', 'm/s'),
  u('KMH', 'km/h', 'kilometre per hour', 'km/h'),
  u('SEC', 's', 'second', 's'),
  u('MIN', 'min', 'minute', 'min'),
  u('HUR', 'h', 'hour', 'h'),
  u('DAY', 'd', 'day', 'd'),
  u('ANN', 'a', 'year', 'a'),
  u('2N', 'dB', 'decibel', 'dB'),
  u('LUX', 'lx', 'lux', 'lx'),
  u('D54', 'W/m²', 'watt per square metre', 'W/m2'),
  u('KGM', 'kg', 'kilogram', 'kg'),
  u('TNE', 't', 'tonne', 't'),
  u('LTR', 'l', 'litre', 'l'),
  u('MTQ', 'm³', 'cubic metre', 'm3'),
  u('EUR', '€', 'euro', '[EUR]'),
  u('IE', 'persons', 'person', '{person}'),
  u('E50', 'accounting unit', 'accounting unit', '{unit}'),
  u('AD', 'B', 'byte', 'By'),
] as const;

/**
 * A UN/CEFACT common code the contract knows (`x-unitCode`, NGSI-LD `unitCode`), e.g. `'GQ'` for µg/m³. Spelled out
 * for readers of the API reference; the compiler checks below that it names exactly the codes of the unit table.
 */
export type UnitCode =
  | 'GQ'
  | 'GP'
  | '59'
  | '61'
  | 'H50'
  | 'A97'
  | 'VLT'
  | 'AMP'
  | 'WTT'
  | 'KWT'
  | 'KWH'
  | 'HTZ'
  | 'D46'
  | 'D44'
  | 'C79'
  | 'K3'
  | 'CEL'
  | 'C62'
  | 'P1'
  | 'MMT'
  | 'CMT'
  | 'MTR'
  | 'KMT'
  | 'MTK'
  | 'KMK'
  | 'HAR'
  | 'DD'
  | 'MTS'
  | 'KMH'
  | 'SEC'
  | 'MIN'
  | 'HUR'
  | 'DAY'
  | 'ANN'
  | '2N'
  | 'LUX'
  | 'D54'
  | 'KGM'
  | 'TNE'
  | 'LTR'
  | 'MTQ'
  | 'EUR'
  | 'IE'
  | 'E50'
  | 'AD';

type TableCode = (typeof units)[number]['code'];
// Both directions: a code in the table missing from the union, or the reverse, fails to compile.
const everyTableCodeIsAUnitCode: [TableCode] extends [UnitCode] ? true : never = true;
const everyUnitCodeIsInTheTable: [UnitCode] extends [TableCode] ? true : never = true;
void everyTableCodeIsAUnitCode;
void everyUnitCodeIsInTheTable;

/** Every unit code a schema of the contract may name, keyed by UN/CEFACT code (a prototype-free, frozen object). */
export const unitCodes: Readonly<Record<UnitCode, UnitDefinition>> = /* @__PURE__ */ Object.freeze(
  Object.assign(
    Object.create(null) as Record<UnitCode, UnitDefinition>,
    Object.fromEntries(units.map((x) => [x.code, x])),
  ),
);

/** True when `code` is a unit code of the contract's unit table. */
export function isUnitCode(code: unknown): code is UnitCode {
  return typeof code === 'string' && Object.hasOwn(unitCodes, code);
}
