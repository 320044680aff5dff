/** Where an OpenCity schema `$id` lives in a local `schemas/` folder (for offline `$ref` resolution). */

const OPENCITY_ID =
  /^https:\/\/w3id\.org\/opencity\/schemas\/([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+)\/v(\d+)\/schema\.json$/;

/**
 * The local file of an OpenCity schema `$id` under a `schemas/` folder, or `undefined` for any other URI.
 * @example
 * schemaFileForId('https://w3id.org/opencity/schemas/city/ParkingSpot/v1/schema.json', 'schemas'); // 'schemas/city/ParkingSpot/schema.json'
 */
export function schemaFileForId(id: string, schemasRoot: string): string | undefined {
  const match = OPENCITY_ID.exec(id.split('#')[0]!);
  return match ? `${schemasRoot.replace(/[\\/]+$/, '')}/${match[1]!}/${match[2]!}/schema.json` : undefined;
}
