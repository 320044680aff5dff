/** Synthetic air-quality sensor observations: hourly means per station, as AirQualityObserved entities. */
import { municipalities } from '../municipalities';
import { seededRandom } from '@opencity/roadmap';
import { DEFAULT_SEED, SYNTHETIC_PROVIDER } from './notice';
import { ProfileLookupError } from '../profileError';

/** An hourly air-quality observation in the keyValues form of the OpenCity AirQualityObserved model. */
export interface SampleAirQualityObservation {
  /** NGSI-LD entity id. */
  readonly id: string;
  /** Entity type. */
  readonly type: 'AirQualityObserved';
  /** Station name, marked synthetic in every language. */
  readonly name: { readonly fr: string; readonly nl: string; readonly en: string };
  /** Start of the measured hour (ISO 8601, UTC). */
  readonly dateObserved: string;
  /** Station position (GeoJSON point, longitude first). */
  readonly location: { readonly type: 'Point'; readonly coordinates: readonly [number, number] };
  /** Where the station stands. */
  readonly address: {
    readonly postalCode: string;
    readonly nisCode: string;
    readonly addressCountry: 'BE';
    readonly municipality: { readonly fr: string; readonly nl: string };
  };
  /** Outdoor station. */
  readonly typeofLocation: 'outdoor';
  /** PM2.5 hourly mean, µg/m³. */
  readonly pm25: number;
  /** PM10 hourly mean, µg/m³. */
  readonly pm10: number;
  /** NO2 hourly mean, µg/m³. */
  readonly no2: number;
  /** Device that measured it. */
  readonly refDevice: string;
  /** Always {@link SYNTHETIC_PROVIDER}. */
  readonly dataProvider: string;
}

/** Options of {@link sampleObservations}. */
export interface SampleObservationsOptions {
  /** Seed of the generator (default {@link DEFAULT_SEED}). */
  readonly seed?: number;
  /** First and last year, inclusive (default 2019–2024). */
  readonly years?: readonly [first: number, last: number];
  /** Share of station-hours lost at random, in [0, 1) (default 0.04). */
  readonly missingShare?: number;
  /** Share of station-days lost entirely (a sensor down for the day), in [0, 1) (default 0.03). */
  readonly missingDayShare?: number;
}

/** Where the synthetic station of each municipality stands ([longitude, latitude], near its centre), by NIS code. */
export const stationSites: Readonly<Record<string, readonly [number, number]>> = {
  '21001': [4.3085, 50.8365],
  '21002': [4.4331, 50.8156],
  '21003': [4.2947, 50.8653],
  '21004': [4.3517, 50.8467],
  '21005': [4.3892, 50.8361],
  '21006': [4.4036, 50.8719],
  '21007': [4.3244, 50.8103],
  '21008': [4.3086, 50.8711],
  '21009': [4.3722, 50.8275],
  '21010': [4.3278, 50.8778],
  '21011': [4.3292, 50.8622],
  '21012': [4.3228, 50.855],
  '21013': [4.3453, 50.8267],
  '21014': [4.3733, 50.8533],
  '21015': [4.3792, 50.8675],
  '21016': [4.3378, 50.8003],
  '21017': [4.4158, 50.7992],
  '21018': [4.4294, 50.8467],
  '21019': [4.4431, 50.8297],
};

const HOUR_MS = 3_600_000;
const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Generates, lazily, one synthetic station per municipality and an hourly mean of PM2.5, PM10 and NO2 for every hour
 * of the years, with daily and seasonal cycles, per-station levels, a slow improvement, randomly missing hours and
 * days, and one long outage (station 21011 loses the first four months of the last year) so that the data-coverage
 * rules of the KPI catalogue (18 of 24 hours a day, 75 % of the days a year) have something to reject.
 * @example
 * ```ts
 * let n = 0;
 * for (const o of observationStream({ years: [2024, 2024] })) n++;
 * ```
 */
export function* observationStream(options: SampleObservationsOptions = {}): Generator<SampleAirQualityObservation> {
  const seed = options.seed ?? DEFAULT_SEED;
  const [first, last] = options.years ?? [2019, 2024];
  const missingShare = options.missingShare ?? 0.04;
  const missingDayShare = options.missingDayShare ?? 0.03;
  if (!Number.isInteger(first) || !Number.isInteger(last) || last < first)
    throw new ProfileLookupError(
      'invalid_option',
      `years must be two integers [first, last] with first ≤ last; got [${first}, ${last}]`,
    );
  if (!(missingShare >= 0 && missingShare < 1))
    throw new ProfileLookupError('invalid_option', `missingShare must be in [0, 1); got ${missingShare}`);
  if (!(missingDayShare >= 0 && missingDayShare < 1))
    throw new ProfileLookupError('invalid_option', `missingDayShare must be in [0, 1); got ${missingDayShare}`);
  const random = seededRandom(seed + 1);
  for (const m of municipalities) {
    const site = stationSites[m.nis];
    if (!site) throw new ProfileLookupError('inconsistent_profile', `no station site for ${m.nis}`);
    const density = (m.population.at(-1)?.value ?? 0) / m.areaKm2;
    // Denser, more central municipalities get more traffic pollution.
    const urban = Math.min(1, density / 20_000);
    const basePm25 = 9 + 6 * urban + random.normal(0, 0.8);
    const baseNo2 = 20 + 22 * urban + random.normal(0, 2);
    const station = `SYN-${m.nis}`;
    const name = {
      fr: `Station synthétique ${m.name.fr}`,
      nl: `Synthetisch station ${m.name.nl}`,
      en: `Synthetic station ${m.name.en}`,
    };
    const location = { type: 'Point' as const, coordinates: site };
    const address = {
      postalCode: m.postcodes[0] ?? '',
      nisCode: m.nis,
      addressCountry: 'BE' as const,
      municipality: { fr: m.name.fr, nl: m.name.nl },
    };
    for (let year = first; year <= last; year++) {
      const start = Date.UTC(year, 0, 1);
      const end = Date.UTC(year + 1, 0, 1);
      const improvement = 1 - 0.03 * (year - first);
      let dayDown = false;
      for (let t = start; t < end; t += HOUR_MS) {
        const hour = ((t - start) / HOUR_MS) % 24;
        if (hour === 0) dayDown = random.next() < missingDayShare;
        const dayOfYear = Math.floor((t - start) / (24 * HOUR_MS));
        const season = 1 + 0.35 * Math.cos((2 * Math.PI * (dayOfYear - 15)) / 365);
        const rush = 1 + 0.25 * (Math.exp(-((hour - 8) ** 2) / 4) + Math.exp(-((hour - 18) ** 2) / 5));
        const pm25 = Math.max(0.5, basePm25 * season * improvement * Math.exp(random.normal(0, 0.3)));
        const no2 = Math.max(1, baseNo2 * (0.8 + 0.2 * season) * rush * improvement * Math.exp(random.normal(0, 0.25)));
        const pm10Factor = 1.55 + random.next() * 0.2;
        const lost =
          dayDown || random.next() < missingShare || (m.nis === '21011' && year === last && t < Date.UTC(year, 4, 1));
        if (lost) continue;
        const time = new Date(t).toISOString().replace('.000Z', 'Z');
        yield {
          id: `urn:ngsi-ld:AirQualityObserved:${station}-${time}`,
          type: 'AirQualityObserved',
          name,
          dateObserved: time,
          location,
          address,
          typeofLocation: 'outdoor',
          pm25: round1(pm25),
          pm10: round1(pm25 * pm10Factor),
          no2: round1(no2),
          refDevice: `urn:ngsi-ld:Device:${station}`,
          dataProvider: SYNTHETIC_PROVIDER,
        };
      }
    }
  }
}

/**
 * The synthetic observations of {@link observationStream} as an array (keep the range small: a year is about 160 000
 * records).
 * @example
 * ```ts
 * const obs = sampleObservations({ years: [2024, 2024] });
 * obs[0]?.dateObserved; // '2024-01-01T00:00:00Z' (unless that hour is missing)
 * ```
 */
export function sampleObservations(options: SampleObservationsOptions = {}): SampleAirQualityObservation[] {
  return [...observationStream(options)];
}
