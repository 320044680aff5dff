/** The OpenCity KPI catalogue: executable definitions by id, as data validated by the KpiDefinition schema. */
import type { KpiDefinition } from '@opencity/models';
import { KpiError } from '../errors';
import { digital } from './digital';
import { digitalIndex } from './digitalIndex';
import { economy } from './economy';
import { environment } from './environment';
import { mobility } from './mobility';
import { participation } from './participation';
import { projects } from './project';
import { society } from './society';

/** Every definition of the catalogue, by domain then id. */
export const catalogue: readonly KpiDefinition[] = Object.freeze([
  ...economy,
  ...digital,
  digitalIndex,
  ...environment,
  ...mobility,
  ...society,
  ...participation,
  ...projects,
]);

const byId = new Map(catalogue.map((d) => [d.id, d]));

/**
 * The definition with this id.
 * @throws {@link KpiError} `invalid_option` for an unknown id.
 * @example
 * getDefinition('ENV-02').name.fr; // 'Concentration moyenne annuelle de PM10'
 */
export function getDefinition(id: string, definitions: readonly KpiDefinition[] = catalogue): KpiDefinition {
  const d = definitions === catalogue ? byId.get(id) : definitions.find((x) => x.id === id);
  if (!d) throw new KpiError('invalid_option', `unknown KPI "${id}"`);
  return d;
}

/** Definitions filtered by domain (all when omitted). */
export function listDefinitions(
  filter: { domain?: KpiDefinition['domain'] } = {},
  definitions: readonly KpiDefinition[] = catalogue,
): KpiDefinition[] {
  return definitions.filter((d) => filter.domain === undefined || d.domain === filter.domain);
}
