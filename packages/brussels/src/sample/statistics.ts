/** Synthetic yearly statistics per municipality: the input variables of the city KPIs. */
import { municipalities, populationAt, region } from '../municipalities';
import { seededRandom, type SeededRandom } from '@opencity/roadmap';
import { DEFAULT_SEED } from './notice';
import { ProfileLookupError } from '../profileError';

/** One synthetic statistic: the value of an input variable for an area and a year. */
export interface StatisticRecord {
  /** NIS code of the area (a municipality, or 04000 for region-only figures). */
  readonly area: string;
  /** Calendar year the figure refers to, e.g. `2023`. */
  readonly period: string;
  /** Input variable name, as used by the KPI formulas. */
  readonly variable: string;
  /** Value (counts are integers). */
  readonly value: number;
  /** Always true: the figure is invented. */
  readonly synthetic: true;
}

/** Options of {@link sampleStatistics}. */
export interface SampleStatisticsOptions {
  /** Seed of the generator (default {@link DEFAULT_SEED}). */
  readonly seed?: number;
  /** First and last year, inclusive (default 2019–2024). */
  readonly years?: readonly [first: number, last: number];
}

/** Names of the input variables generated per municipality and year. */
export const municipalVariables = [
  'population',
  'households',
  'householdsWithInternet',
  'fixedBroadbandSubscriptions',
  'internetSubscriptions',
  'labourForce',
  'unemployed',
  'youthLabourForce',
  'unemployedYouth',
  'fullTimeEmployed',
  'electricityMeters',
  'smartElectricityMeters',
  'nonHouseholdBuildings',
  'buildingsWithSmartMeter',
  'populationWithFastBroadband',
  'people16to74',
  'peopleWithBasicSkills',
  'services',
  'servicesOnline',
  'inventoriedDatasets',
  'openDatasets',
  'greenArea',
  'cycleLanesKm',
  'inhabitants',
  'inhabitantsNearStop',
  'landArea',
  'airQualityStations',
  'ghgEmissions',
  'populationServed',
  'plasticOnMarket',
  'plasticRecycled',
  'fireDeaths',
  'populationPreviousYear',
  'roadNetworkKm',
  'pavementKm',
  'bikeLaneKm',
  'zone30Km',
  'pedestrianZoneKm',
] as const;

/** Names of the input variables that exist only for the whole region. */
export const regionalVariables = ['lines', 'linesWithRealTime', 'routeKm', 'connectedRouteKm'] as const;

const clamp01 = (x: number): number => Math.min(0.995, Math.max(0.01, x));

/**
 * Generates the synthetic statistics: every municipal variable for each of the 19 municipalities and each year, plus
 * the regional variables. Population follows the real 2020 count with a small synthetic drift; every other figure is
 * invented around plausible levels with per-municipality trends, so that statuses and trends differ between areas.
 * @example
 * ```ts
 * const stats = sampleStatistics({ seed: 7, years: [2022, 2024] });
 * stats.filter((s) => s.variable === 'unemployed' && s.period === '2024').length; // 19
 * ```
 */
export function sampleStatistics(options: SampleStatisticsOptions = {}): StatisticRecord[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const [first, last] = options.years ?? [2019, 2024];
  if (!Number.isInteger(first) || !Number.isInteger(last) || last < first)
    throw new ProfileLookupError(
      'invalid_option',
      `years must be two integers [first, last] with first ≤ last; got [${first}, ${last}]`,
    );
  const random = seededRandom(seed);
  const out: StatisticRecord[] = [];
  const push = (area: string, year: number, variable: string, value: number): void => {
    if (!Number.isFinite(value))
      throw new ProfileLookupError(
        'inconsistent_profile',
        `generated a non-finite value for ${variable} in ${area}/${year}`,
      );
    out.push({ area, period: String(year), variable, value, synthetic: true });
  };
  for (const m of municipalities) {
    const p = profileOf(random);
    const pop2020 = populationAt(m.nis, '2020-01-01').value;
    for (let year = first; year <= last; year++) {
      const t = year - 2019;
      const population = Math.round(pop2020 * (1 + p.growth * (year - 2020)));
      const households = Math.round(population / p.householdSize);
      const internet = clamp01(p.internet + 0.012 * t + random.normal(0, 0.004));
      const broadband = clamp01(internet - 0.12 + 0.01 * t + random.normal(0, 0.006));
      const labourForce = Math.round(population * p.activity);
      const unemploymentRate = clamp01(p.unemployment - 0.004 * t + random.normal(0, 0.003));
      const youthLabour = Math.round(labourForce * 0.09);
      const youthRate = clamp01(unemploymentRate * 1.9 + random.normal(0, 0.01));
      const meters = Math.round(households * 1.08);
      const smart = clamp01(p.smartMeters + 0.06 * t + random.normal(0, 0.01));
      push(m.nis, year, 'population', population);
      push(m.nis, year, 'households', households);
      push(m.nis, year, 'householdsWithInternet', Math.round(households * internet));
      push(m.nis, year, 'fixedBroadbandSubscriptions', Math.round(households * broadband));
      push(m.nis, year, 'internetSubscriptions', Math.round(population * (1.05 + 0.02 * t + random.normal(0, 0.01))));
      push(m.nis, year, 'labourForce', labourForce);
      push(m.nis, year, 'unemployed', Math.round(labourForce * unemploymentRate));
      push(m.nis, year, 'youthLabourForce', youthLabour);
      push(m.nis, year, 'unemployedYouth', Math.round(youthLabour * youthRate));
      push(m.nis, year, 'fullTimeEmployed', Math.round(labourForce * clamp01(p.fullTime + 0.003 * t)));
      push(m.nis, year, 'electricityMeters', meters);
      push(m.nis, year, 'smartElectricityMeters', Math.round(meters * smart));
      const buildings = Math.round(m.areaKm2 * 260);
      push(m.nis, year, 'nonHouseholdBuildings', buildings);
      push(m.nis, year, 'buildingsWithSmartMeter', Math.round(buildings * clamp01(p.smartMeters * 1.5 + 0.07 * t)));
      push(
        m.nis,
        year,
        'populationWithFastBroadband',
        Math.round(population * clamp01(0.86 + 0.02 * t + random.normal(0, 0.005))),
      );
      const adults = Math.round(population * 0.74);
      push(m.nis, year, 'people16to74', adults);
      push(
        m.nis,
        year,
        'peopleWithBasicSkills',
        Math.round(adults * clamp01(p.skills + 0.015 * t + random.normal(0, 0.006))),
      );
      const services = 60 + Math.round(m.areaKm2);
      push(m.nis, year, 'services', services);
      push(m.nis, year, 'servicesOnline', Math.round(services * clamp01(p.online + 0.06 * t)));
      const datasets = 40 + 4 * t + Math.round(population / 10_000);
      push(m.nis, year, 'inventoriedDatasets', datasets);
      push(m.nis, year, 'openDatasets', Math.round(datasets * clamp01(p.open + 0.05 * t)));
      push(m.nis, year, 'greenArea', Math.round(m.areaKm2 * 100 * p.green * 10) / 10);
      push(m.nis, year, 'cycleLanesKm', Math.round(m.areaKm2 * p.cycleDensity * (1 + 0.06 * t) * 10) / 10);
      push(m.nis, year, 'inhabitants', population);
      push(m.nis, year, 'inhabitantsNearStop', Math.round(population * clamp01(p.transit + 0.003 * t)));
      push(m.nis, year, 'ghgEmissions', Math.round(population * (3.9 - 0.08 * t + random.normal(0, 0.05))));
      push(m.nis, year, 'populationServed', Math.round(population * clamp01(0.985 + random.normal(0, 0.004))));
      const plastic = Math.round(population * 0.028);
      push(m.nis, year, 'plasticOnMarket', plastic);
      push(m.nis, year, 'plasticRecycled', Math.round(plastic * clamp01(0.3 + 0.02 * t + random.normal(0, 0.01))));
      push(m.nis, year, 'fireDeaths', Math.max(0, Math.round(random.normal(population / 200_000, 0.6))));
      const roads = Math.round(m.areaKm2 * 16 * 10) / 10;
      push(m.nis, year, 'roadNetworkKm', roads);
      push(m.nis, year, 'pavementKm', Math.round(roads * 0.4 * 10) / 10);
      push(m.nis, year, 'bikeLaneKm', Math.round(roads * (0.05 + 0.012 * t) * 10) / 10);
      push(
        m.nis,
        year,
        'zone30Km',
        Math.round(roads * clamp01(0.15 + 0.07 * t + random.normal(0, 0.01)) * 0.5 * 10) / 10,
      );
      push(m.nis, year, 'pedestrianZoneKm', Math.round(roads * 0.015 * (m.nis === '21004' ? 3 : 1) * 10) / 10);
      push(m.nis, year, 'populationPreviousYear', Math.round(pop2020 * (1 + p.growth * (year - 1 - 2020))));
      push(m.nis, year, 'landArea', m.areaKm2);
      push(m.nis, year, 'airQualityStations', Math.max(1, Math.round(m.areaKm2 / 6 + (t >= 3 ? 1 : 0))));
    }
  }
  for (let year = first; year <= last; year++) {
    const t = year - 2019;
    push(region.nis, year, 'lines', 110);
    push(region.nis, year, 'linesWithRealTime', Math.min(110, 70 + 7 * t + random.int(0, 3)));
    push(region.nis, year, 'routeKm', 650);
    push(region.nis, year, 'connectedRouteKm', Math.min(650, 120 + 45 * t + random.int(0, 10)));
  }
  return out;
}

interface AreaProfile {
  growth: number;
  householdSize: number;
  internet: number;
  activity: number;
  unemployment: number;
  fullTime: number;
  smartMeters: number;
  green: number;
  cycleDensity: number;
  transit: number;
  skills: number;
  online: number;
  open: number;
}

function profileOf(random: SeededRandom): AreaProfile {
  return {
    growth: random.normal(0.006, 0.004),
    householdSize: 1.9 + random.next() * 0.6,
    internet: 0.8 + random.next() * 0.1,
    activity: 0.44 + random.next() * 0.06,
    unemployment: 0.08 + random.next() * 0.14,
    fullTime: 0.68 + random.next() * 0.1,
    smartMeters: 0.04 + random.next() * 0.1,
    green: 0.08 + random.next() * 0.45,
    cycleDensity: 2 + random.next() * 4,
    transit: 0.82 + random.next() * 0.16,
    skills: 0.5 + random.next() * 0.2,
    online: 0.35 + random.next() * 0.25,
    open: 0.25 + random.next() * 0.25,
  };
}
