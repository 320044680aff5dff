/** The contract's entities this package reads, gathered by type; the currency between packages. */
import type {
  Contribution,
  Decision,
  GovernanceBoard,
  JuryEvaluation,
  Meeting,
  Membership,
  Organisation,
  ProjectFactsheet,
  Roadmap,
  Stakeholder,
  Theme,
  Workshop,
} from '@opencity/models';

/** Entities of a participation programme, by type. Every list is optional: absent means none. */
export interface ParticipationEntities {
  /** The participation register. */
  readonly stakeholders?: readonly Stakeholder[];
  /** Organisations (stakeholders' employers, board members that are organisations, project owners). */
  readonly organisations?: readonly Organisation[];
  /** Bilateral and multilateral meetings and board sessions. */
  readonly meetings?: readonly Meeting[];
  /** Collaborative and multidisciplinary workshops. */
  readonly workshops?: readonly Workshop[];
  /** Ideas, suggestions and concerns received. */
  readonly contributions?: readonly Contribution[];
  /** Governance boards (government, steering committee, jury…). */
  readonly boards?: readonly GovernanceBoard[];
  /** Seats on the boards. */
  readonly memberships?: readonly Membership[];
  /** Decisions of the boards. */
  readonly decisions?: readonly Decision[];
  /** Project factsheets. */
  readonly factsheets?: readonly ProjectFactsheet[];
  /** Jurors' evaluations of the factsheets. */
  readonly juryEvaluations?: readonly JuryEvaluation[];
  /** Scheduled roadmaps. */
  readonly roadmaps?: readonly Roadmap[];
  /** The city's themes. */
  readonly themes?: readonly Theme[];
}

const KEY_OF_TYPE = {
  Stakeholder: 'stakeholders',
  Organisation: 'organisations',
  Meeting: 'meetings',
  Workshop: 'workshops',
  Contribution: 'contributions',
  GovernanceBoard: 'boards',
  Membership: 'memberships',
  Decision: 'decisions',
  ProjectFactsheet: 'factsheets',
  JuryEvaluation: 'juryEvaluations',
  Roadmap: 'roadmaps',
  Theme: 'themes',
} as const satisfies Record<string, keyof ParticipationEntities>;

/** The entity types {@link collectEntities} keeps. */
export const PARTICIPATION_TYPES = Object.freeze(Object.keys(KEY_OF_TYPE)) as readonly (keyof typeof KEY_OF_TYPE)[];

/** Entities gathered by {@link collectEntities}, with every list present and the count of records left aside. */
export type CollectedEntities = {
  -readonly [K in keyof ParticipationEntities]-?: NonNullable<ParticipationEntities[K]>;
} & {
  /** Records of other types, and values that are not entities (no string `id` and `type`). */
  readonly ignored: number;
};

/**
 * Sorts a mixed list of records (a workspace's entity files, an NGSI-LD keyValues query result) into
 * {@link ParticipationEntities} by their `type`. It does not validate them: check the records against the contract
 * first (`validate`, `opencity workspace check`); this only needs a string `id` and `type`.
 * @example
 * const entities = collectEntities([...stakeholders, ...meetings, ...decisions]);
 * entities.meetings.length;
 */
export function collectEntities(records: Iterable<unknown>): CollectedEntities {
  const out: Record<string, unknown[]> = Object.create(null) as Record<string, unknown[]>;
  for (const key of Object.values(KEY_OF_TYPE)) out[key] = [];
  let ignored = 0;
  for (const r of records) {
    if (!r || typeof r !== 'object') {
      ignored++;
      continue;
    }
    const { id, type } = r as { id?: unknown; type?: unknown };
    const key =
      typeof type === 'string' && Object.hasOwn(KEY_OF_TYPE, type)
        ? KEY_OF_TYPE[type as keyof typeof KEY_OF_TYPE]
        : undefined;
    if (key === undefined || typeof id !== 'string') {
      ignored++;
      continue;
    }
    out[key]!.push(r);
  }
  return { ...(out as unknown as Omit<CollectedEntities, 'ignored'>), ignored };
}

/** A map from id to entity; the first of duplicated ids wins (duplicates are the workspace check's business). */
export function byId<T extends { readonly id: string }>(list: readonly T[] | undefined): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const e of list ?? []) if (!map.has(e.id)) map.set(e.id, e);
  return map;
}
