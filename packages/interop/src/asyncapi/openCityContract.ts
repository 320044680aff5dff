/** The OpenCity region's own AsyncAPI contract, bundled (no file access, works in browsers). */
import document from '../../../../schemas/asyncapi/opencity.asyncapi.json';
import { AsyncApiContract } from './contract';

let cached: AsyncApiContract | undefined;

/**
 * The contract in schemas/asyncapi/opencity.asyncapi.json: observation channels of every city entity type,
 * NGSI-LD notifications and the Office events.
 * @example
 * const contract = openCityContract();
 * contract.matchTopic('city/ixelles/ParkingSpot/v1/urn:ngsi-ld:ParkingSpot:p1')?.channel; // 'parkingSpotObservations'
 */
export function openCityContract(): AsyncApiContract {
  cached ??= AsyncApiContract.fromDocument(document);
  return cached;
}
