/**
 * Where Brussels gets each input of the KPI catalogue. The catalogue of @opencity/kpi names the kind of source only
 * (a public transport operator, an electricity distribution system operator…); the profile names the Brussels
 * institution, and `brusselsKpiDefinitions` is the catalogue with those sources, to pass wherever @opencity/kpi takes
 * `definitions` so that every value's provenance names them.
 */
import { catalogue } from '@opencity/kpi';
import type { KpiDefinition } from '@opencity/models';

const LABOUR = 'view.brussels / Statbel Labour Force Survey';
const ICT_SURVEY = 'Statbel ICT usage survey (households and individuals)';
const POPULATION = 'Statbel population on 1 January';
const HOUSEHOLDS = 'Statbel households';
const BIPT = 'BIPT telecom market statistics';
const SIBELGA = 'Sibelga (Brussels distribution system operator)';
const AIR =
  'Bruxelles Environnement / Leefmilieu Brussel air-quality network (irceline) and calibrated low-cost sensors';
const ROADS = 'Brussels Mobility / Urbis road network';
const STIB = 'STIB-MIVB network data (GTFS and GTFS-RT)';
const LAND = 'Statbel land area';

/** The Brussels source of each KPI input: `brusselsKpiSources[kpiId][inputName]`. */
export const brusselsKpiSources: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'ECO-01': { unemployed: LABOUR, labourForce: LABOUR },
  'ECO-02': { unemployedYouth: LABOUR, youthLabourForce: LABOUR },
  'ECO-03': { fullTimeEmployed: LABOUR, labourForce: LABOUR },
  'DIG-01': { householdsWithInternet: ICT_SURVEY, households: HOUSEHOLDS },
  'DIG-02': { fixedBroadbandSubscriptions: BIPT, households: HOUSEHOLDS },
  'DIG-03': { populationWithFastBroadband: 'BIPT coverage atlas', population: POPULATION },
  'DIG-04': { internetSubscriptions: BIPT, population: POPULATION },
  'DIG-05': { servicesOnline: 'Service catalogue (irisbox / municipal e-counter)' },
  'DIG-06': { openDatasets: 'datastore.brussels / opendatastore.brussels' },
  'DIG-07': { smartElectricityMeters: SIBELGA, electricityMeters: SIBELGA },
  'DIG-08': { buildingsWithSmartMeter: SIBELGA, nonHouseholdBuildings: 'Urbis / cadastre (SPF Finances)' },
  'DIG-10': { peopleWithBasicSkills: ICT_SURVEY, people16to74: ICT_SURVEY },
  'ENV-01': { pm25: AIR },
  'ENV-02': { pm10: AIR },
  'ENV-03': { no2: AIR },
  'ENV-09': { pm10: AIR },
  'ENV-04': { ghgEmissions: 'Bruxelles Environnement regional energy and emissions balance', population: POPULATION },
  'ENV-05': { greenArea: 'Bruxelles Environnement green-space map', population: POPULATION },
  'ENV-06': { airQualityStations: AIR, landArea: LAND },
  'ENV-07': { populationServed: 'Bruxelles-Propreté / Net Brussel', population: POPULATION },
  'ENV-08': { plasticRecycled: 'Fost Plus / Bruxelles-Propreté', plasticOnMarket: 'Fost Plus' },
  'MOB-01': { cycleLanesKm: ROADS, population: POPULATION },
  'MOB-02': {
    inhabitantsNearStop: 'Statbel statistical sectors × STIB-MIVB, De Lijn, TEC, SNCB stops',
    inhabitants: POPULATION,
  },
  'MOB-03': { linesWithRealTime: STIB, lines: STIB },
  'MOB-04': { connectedRouteKm: STIB, routeKm: STIB },
  'MOB-05': {
    pavementKm: ROADS,
    bikeLaneKm: ROADS,
    zone30Km: ROADS,
    pedestrianZoneKm: ROADS,
    roadNetworkKm: ROADS,
  },
  'SOC-01': { fireDeaths: 'SIAMU-DBDMH (Brussels fire and emergency service)', population: POPULATION },
  'SOC-02': { population: POPULATION, landArea: LAND },
  'SOC-03': {
    population: 'IBSA/BISA demographic barometer, 1 January',
    populationPreviousYear: 'IBSA/BISA demographic barometer, 1 January of the previous year',
  },
  'PRJ-08': { datasetsPublished: 'datastore.brussels catalogue' },
};

/**
 * The KPI catalogue with the Brussels source of every input that has one (the others keep the catalogue's).
 * @example
 * ```ts
 * import { computeKpi, getDefinition } from '@opencity/kpi';
 * computeKpi(getDefinition('MOB-03', brusselsKpiDefinitions), inputs, { area: '21004', period: '2024' });
 * // provenance.inputs[0].source: 'STIB-MIVB network data (GTFS and GTFS-RT)'
 * ```
 */
export const brusselsKpiDefinitions: readonly KpiDefinition[] = Object.freeze(
  catalogue.map((d) => {
    const sources = brusselsKpiSources[d.id];
    if (!sources) return d;
    return {
      ...d,
      // map keeps the length, so the catalogue's non-empty input list stays non-empty.
      inputs: d.inputs.map((i) =>
        Object.hasOwn(sources, i.name) ? { ...i, source: sources[i.name] as string } : i,
      ) as KpiDefinition['inputs'],
    };
  }),
);
