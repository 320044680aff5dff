/** NGSI-LD entity identifiers: `urn:ngsi-ld:<Type>:<local id>`. */

const URN = /^urn:ngsi-ld:([A-Za-z][A-Za-z0-9_]*):(\S+)$/;

/**
 * Builds the conventional NGSI-LD id of an entity.
 * @example
 * ngsiLdId('AirQualityObserved', 'Brussels-41R001'); // 'urn:ngsi-ld:AirQualityObserved:Brussels-41R001'
 */
export function ngsiLdId(type: string, localId: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(type))
    throw new TypeError(`ngsiLdId: entity type must be a name such as AirQualityObserved; got ${JSON.stringify(type)}`);
  if (localId === '' || /\s/.test(localId))
    throw new TypeError(`ngsiLdId: local id must be non-empty and without whitespace; got ${JSON.stringify(localId)}`);
  return `urn:ngsi-ld:${type}:${localId}`;
}

/** Splits an `urn:ngsi-ld:<Type>:<local id>` identifier, or returns `undefined` when it does not follow the convention. */
export function parseNgsiLdId(id: string): { readonly type: string; readonly localId: string } | undefined {
  const match = URN.exec(id);
  return match ? { type: match[1]!, localId: match[2]! } : undefined;
}
