/** MQTT topics of the example: the channels of the OpenCity AsyncAPI contract (@opencity/interop). */
import { openCityContract } from '@opencity/interop';

/** The region's AsyncAPI contract (schemas/asyncapi/opencity.asyncapi.json). */
export const contract = openCityContract();

/** The contract channel air-quality stations publish on: `city/{municipality}/AirQualityObserved/v2/{entityId}`. */
export const OBSERVATION_CHANNEL = 'airQualityObservedObservations';

/** Topic on which the station of a municipality publishes one observation entity. */
export function topicFor(nis: string, entityId: string): string {
  return contract.topicFor(OBSERVATION_CHANNEL, { municipality: nis, entityId });
}

/** Subscription filter for every station of every municipality (`city/+/AirQualityObserved/v2/+`). */
export const observationFilter = contract.subscriptionFilter(OBSERVATION_CHANNEL);

/**
 * Where the ingester puts rejected messages with their report. An operational topic of this deployment, deliberately
 * outside the contract's channel space: producers never publish there.
 */
export const DEAD_LETTER_TOPIC = 'opencity/deadletter/AirQualityObserved';
