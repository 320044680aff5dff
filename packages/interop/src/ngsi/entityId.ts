/** NGSI-LD entity identifiers: `urn:ngsi-ld:<Type>:<local id>`. */
import { errorGuard, OpenCityError } from '@opencity/models';

/** Why {@link ngsiLdId} refused its arguments. */
export type EntityIdErrorCode = 'invalid_entity_type' | 'invalid_local_id';

/** A type name or local id that cannot make an NGSI-LD entity id (a programming mistake, not a data finding). */
export class EntityIdError extends OpenCityError<EntityIdErrorCode> {
  override readonly name = 'EntityIdError';
}

/** True for an {@link EntityIdError}, whichever installed copy of the package threw it. */
export const isEntityIdError = errorGuard<EntityIdError>('EntityIdError');

const URN = /^urn:ngsi-ld:([A-Za-z][A-Za-z0-9_]*):(\S+)$/;

/**
 * Builds the conventional NGSI-LD id of an entity; throws an {@link EntityIdError} for a type that is not a name or
 * a local id that is empty or holds whitespace.
 * @example
 * ngsiLdId('AirQualityObserved', 'Brussels-41R001'); // 'urn:ngsi-ld:AirQualityObserved:Brussels-41R001'
 */
export function ngsiLdId(type: string, localId: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(type))
    throw new EntityIdError(
      'invalid_entity_type',
      `ngsiLdId: entity type must be a name such as AirQualityObserved; got ${JSON.stringify(type)}`,
    );
  if (localId === '' || /\s/.test(localId))
    throw new EntityIdError(
      'invalid_local_id',
      `ngsiLdId: local id must be non-empty and without whitespace; got ${JSON.stringify(localId)}`,
    );
  return `urn:ngsi-ld:${type}:${localId}`;
}

/** Splits an `urn:ngsi-ld:<Type>:<local id>` identifier, or returns `undefined` when it does not follow the convention. */
export function parseNgsiLdId(id: string): { readonly type: string; readonly localId: string } | undefined {
  const match = URN.exec(id);
  return match ? { type: match[1]!, localId: match[2]! } : undefined;
}
