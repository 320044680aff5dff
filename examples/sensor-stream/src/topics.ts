/** MQTT topics of the example, as the AsyncAPI contract names its channels. */

/** Topic on which the station of a municipality publishes its observations. */
export function topicFor(nis: string): string {
  return `opencity/v1/airquality/${nis}`;
}

/** Subscription filter for every station. */
export const observationFilter = 'opencity/v1/airquality/+';

/** Where rejected messages go, with their validation report. */
export const DEAD_LETTER_TOPIC = 'opencity/v1/deadletter';
