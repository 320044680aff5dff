/**
 * Which dates must come in which order (`date_order`) and which activities must fall inside the programme period
 * (`outside_programme_period`). Tables, not code, so that a new rule is one line.
 */

/** Within one entity: `end` must not be before `start`. `items` names an array whose every item is checked. */
export interface DatePairRule {
  readonly type: string;
  readonly start: string;
  readonly end: string;
  /** Both dates are inside the items of this array property (e.g. each status change of a contribution). */
  readonly items?: string;
  /** `start` is a property of the entity itself while `end` is in each item of `items`. */
  readonly startOnEntity?: boolean;
}

/** Across entities: `property` of `type` must not be before `targetProperty` of the entity its `via` points to. */
export interface CrossDateRule {
  readonly type: string;
  readonly property: string;
  readonly via: string;
  readonly targetType: string;
  readonly targetProperty: string;
}

/** End-before-start rules inside one entity. */
export const datePairRules: readonly DatePairRule[] = [
  { type: 'Meeting', start: 'startDate', end: 'endDate' },
  { type: 'Workshop', start: 'startDate', end: 'endDate' },
  { type: 'Membership', start: 'startDate', end: 'endDate' },
  { type: 'GovernanceBoard', start: 'dateEstablished', end: 'dateDissolved' },
  { type: 'Roadmap', start: 'horizon/startYear', end: 'horizon/endYear' },
  { type: 'Contribution', start: 'dateReceived', end: 'date', items: 'statusHistory', startOnEntity: true },
];

/** Rules between an entity and the meeting or workshop it refers to. */
export const crossDateRules: readonly CrossDateRule[] = [
  { type: 'Decision', property: 'dateDecided', via: 'refMeeting', targetType: 'Meeting', targetProperty: 'startDate' },
  {
    type: 'Contribution',
    property: 'dateReceived',
    via: 'refMeeting',
    targetType: 'Meeting',
    targetProperty: 'startDate',
  },
  {
    type: 'Contribution',
    property: 'dateReceived',
    via: 'refWorkshop',
    targetType: 'Workshop',
    targetProperty: 'startDate',
  },
];

/** The date of each dated activity of the participation programme. */
export const programmeDates: Readonly<Record<string, string>> = {
  Meeting: 'startDate',
  Workshop: 'startDate',
  Contribution: 'dateReceived',
  Decision: 'dateDecided',
};

const DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * Compares two dates given as `YYYY-MM-DD`, RFC 3339 date-times or years: negative when `a` is before `b`, `undefined`
 * when they cannot be compared (schema validation reports malformed values). Two date-times compare as instants; a
 * date against a date-time compares the calendar date the date-time was written in (its own offset).
 */
export function compareDates(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return Number.isFinite(a - b) ? a - b : undefined;
  if (typeof a !== 'string' || typeof b !== 'string' || !DATE.test(a) || !DATE.test(b)) return undefined;
  if (a.length > 10 && b.length > 10) {
    const ta = Date.parse(a);
    const tb = Date.parse(b);
    if (Number.isFinite(ta) && Number.isFinite(tb)) return ta - tb;
  }
  const da = a.slice(0, 10);
  const db = b.slice(0, 10);
  return da < db ? -1 : da > db ? 1 : 0;
}

/** The calendar date of a date or date-time string (`YYYY-MM-DD`), or `undefined`. */
export function calendarDate(value: unknown): string | undefined {
  return typeof value === 'string' && DATE.test(value) ? value.slice(0, 10) : undefined;
}

/** The value at a `/`-separated path of plain property names. */
export function valueAt(entity: unknown, path: string): unknown {
  let node: unknown = entity;
  for (const key of path.split('/')) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
