/** MQTT topics of the example: the channels of the OpenCity AsyncAPI contract (@opencity/interop). */
import { municipalities } from '@opencity/brussels';
import { openCityContract } from '@opencity/interop';

/**
 * The region's AsyncAPI contract (schemas/asyncapi/opencity.asyncapi.json), its `municipality` parameter closed to the
 * Brussels profile's code list (the 19 NIS codes): a message for municipality `99999` or `abcde` is refused with
 * `asyncapi_parameter_not_allowed`.
 */
export const contract = openCityContract().withParameterValues({ municipality: municipalities.map((m) => m.nis) });

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
