/** What an observation row in a table may take from its sensor: where it stands. */

/** The place of a sensor, as its Device entity states it. */
export interface DevicePlace {
  readonly location?: unknown;
  readonly address?: unknown;
}

/** The place of a Device entity, or `undefined` when it states none. */
export function devicePlace(entity: Readonly<Record<string, unknown>>): DevicePlace | undefined {
  const place: { location?: unknown; address?: unknown } = {};
  if (entity['location'] !== undefined) place.location = entity['location'];
  if (entity['address'] !== undefined) place.address = entity['address'];
  return place.location === undefined && place.address === undefined ? undefined : place;
}

/**
 * Fills `location` and `address` of an observation row (CSV or Parquet) that leaves them out, from the Device its
 * `refDevice` names: a station does not move, so sensor exports rarely repeat where it stands.
 */
export function fillFromDevice(
  entity: Record<string, unknown>,
  places: ReadonlyMap<string, DevicePlace>,
): Record<string, unknown> {
  const device = entity['refDevice'];
  const place = typeof device === 'string' ? places.get(device) : undefined;
  if (!place) return entity;
  if (entity['location'] === undefined && place.location !== undefined) entity['location'] = place.location;
  if (entity['address'] === undefined && place.address !== undefined) entity['address'] = place.address;
  return entity;
}
