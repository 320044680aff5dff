/** Schemas without their annotations, for code that embeds schemas (validators) and only needs what they check. */
import { isAnnotationKeyword } from '@opencity/models/internal';

// Inside these keywords, keys are names chosen by authors (properties, definitions), not keywords.
const NAME_MAPS = new Set(['properties', '$defs', 'patternProperties', 'dependentSchemas', 'dependentRequired']);

/** A copy of a schema without annotation keywords (`title`, `description`, `examples`, `x-*`…). */
export function withoutAnnotations(value: unknown, parentKey = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutAnnotations(v));
  if (!value || typeof value !== 'object') return value;
  const namesMap = NAME_MAPS.has(parentKey);
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => namesMap || !isAnnotationKeyword(k))
      .map(([k, v]) => [k, withoutAnnotations(v, namesMap ? '' : k)]),
  );
}
