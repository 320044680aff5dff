/**
 * Spreadsheet rows → entities: each header names a property (dotted for nested values, a number for a list
 * position, `name.fr` for localized text), each cell is typed from the type's schema, `;` separates list items.
 * Pure and browser-safe: the readers (CSV, Parquet) only supply headers and cells.
 */
import { getShape, type PropertyShape, type Shape } from '@opencity/models';
import { uncsvCell } from './csvCell';

/** How a cell becomes a value, decided from the schema. */
export type CellKind = 'string' | 'number' | 'boolean' | 'list' | 'idOrList' | 'json';

/** One column of a planned sheet. */
export interface ColumnPlan {
  /** The header as written. */
  readonly header: string;
  /** 1-based column number. */
  readonly column: number;
  /** Property path: names, and numbers for list positions. */
  readonly path: readonly (string | number)[];
  /** JSON Pointer of the value in the entity. */
  readonly pointer: string;
  /** How the cell is read. */
  readonly kind: CellKind;
  /** For lists: how each item is read. */
  readonly item?: 'string' | 'number' | 'boolean';
}

/** A header that cannot name a property. */
export interface HeaderProblem {
  readonly column: number;
  readonly header: string;
  readonly reason: string;
}

/** The columns of a sheet for one entity type, and the headers that cannot be used. */
export interface RowPlan {
  /** The schema the rows follow (an entity type, or a record schema such as `Statistic`). */
  readonly type: string;
  /** True when rows are entities: `type` is then written on each. */
  readonly entity: boolean;
  readonly columns: readonly ColumnPlan[];
  readonly problems: readonly HeaderProblem[];
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const escapePointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

function kindOf(prop: PropertyShape | undefined): Pick<ColumnPlan, 'kind' | 'item'> {
  if (!prop) return { kind: 'string' };
  const types = (prop.valueType ?? '').split('|').filter(Boolean);
  if (types.length === 1) {
    const [t] = types;
    if (t === 'number' || t === 'integer') return { kind: 'number' };
    if (t === 'boolean') return { kind: 'boolean' };
    if (t === 'object') return { kind: 'json' };
    if (t === 'array') {
      if (prop.items) return { kind: 'json' };
      const item = (prop.itemType ?? 'string').split('|')[0];
      return {
        kind: 'list',
        item: item === 'number' || item === 'integer' ? 'number' : item === 'boolean' ? 'boolean' : 'string',
      };
    }
    return { kind: 'string' };
  }
  if (types.length > 1) return types.includes('string') ? { kind: 'string' } : { kind: 'number' };
  if (prop.forms?.includes('array')) return { kind: 'idOrList' };
  return { kind: 'string' };
}

/**
 * Plans how the headers of a sheet map onto the properties of `type` (an entity type, or with `entity: false` a record
 * schema such as `Statistic`): each header's path, pointer and cell kind.
 * Headers that are empty, repeated, unsafe (`__proto__`) or that clash with another (`name` and `name.fr`) are problems.
 * @example
 * planRow('Stakeholder', ['id', 'name.fr', 'name.nl', 'refTheme']).columns.map((c) => c.kind);
 * // ['string', 'string', 'string', 'list']
 */
export function planRow(
  type: string,
  headers: readonly string[],
  options: { readonly entity?: boolean } = {},
): RowPlan {
  const shape = getShape(type);
  const columns: ColumnPlan[] = [];
  const problems: HeaderProblem[] = [];
  const seen = new Map<string, number>();
  headers.forEach((raw, i) => {
    const header = raw.trim();
    const column = i + 1;
    if (header === '') return void problems.push({ column, header, reason: 'empty header' });
    const path = header.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    if (path.some((s) => s === '' || (typeof s === 'string' && FORBIDDEN.has(s))))
      return void problems.push({ column, header, reason: 'not a property path' });
    if (typeof path[0] === 'number')
      return void problems.push({ column, header, reason: 'starts with a list position' });
    const pointer = `/${path.map((s) => escapePointer(String(s))).join('/')}`;
    if (seen.has(pointer))
      return void problems.push({ column, header, reason: `same property as column ${seen.get(pointer)}` });
    for (const [other, at] of seen) {
      if (other.startsWith(`${pointer}/`) || pointer.startsWith(`${other}/`))
        return void problems.push({ column, header, reason: `clashes with column ${at}` });
    }
    seen.set(pointer, column);
    let current: Shape | undefined = shape;
    let prop: PropertyShape | undefined;
    for (const segment of path) {
      if (typeof segment === 'number') {
        current = prop?.items;
        prop = undefined;
        continue;
      }
      prop = current && Object.hasOwn(current.properties, segment) ? current.properties[segment] : undefined;
      current = prop?.object;
    }
    columns.push({ header, column, path, pointer, ...kindOf(prop) });
  });
  return { type, entity: options.entity ?? true, columns, problems };
}

function typed(cell: string, kind: 'string' | 'number' | 'boolean'): unknown {
  if (kind === 'number') return NUMBER.test(cell) ? Number(cell) : cell;
  if (kind === 'boolean') return /^true$/i.test(cell) ? true : /^false$/i.test(cell) ? false : cell;
  return cell;
}

/** Reads one cell as the plan says (the raw text when it does not parse: schema validation then says why). */
export function readCell(plan: ColumnPlan, cell: string): unknown {
  switch (plan.kind) {
    case 'number':
      return typed(cell, 'number');
    case 'boolean':
      return typed(cell, 'boolean');
    case 'list':
      return cell
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((s) => typed(s, plan.item ?? 'string'));
    case 'idOrList':
      return cell.includes(';')
        ? cell
            .split(';')
            .map((s) => s.trim())
            .filter((s) => s !== '')
        : cell;
    case 'json':
      if (cell.startsWith('{') || cell.startsWith('[')) {
        try {
          return JSON.parse(cell) as unknown;
        } catch {
          return cell;
        }
      }
      return cell;
    default:
      return cell;
  }
}

/** Removes the holes a sheet leaves in lists (`scores.1.*` filled, `scores.0.*` empty), recursively. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) (value as Record<string, unknown>)[k] = compact(v);
  }
  return value;
}

/**
 * Builds the entity of one row: `type` first, then every non-empty cell at its path. Cells are `undefined` or `''`
 * when empty (the property is then left out); cells that are not text (Parquet numbers, booleans) are kept as they are.
 * @example
 * const plan = planRow('Stakeholder', ['id', 'name.fr', 'refTheme']);
 * rowToEntity(plan, ['urn:ngsi-ld:Stakeholder:a', 'Alice', 'urn:t:1;urn:t:2']);
 * // { type: 'Stakeholder', id: 'urn:ngsi-ld:Stakeholder:a', name: { fr: 'Alice' }, refTheme: ['urn:t:1', 'urn:t:2'] }
 */
export function rowToEntity(plan: RowPlan, cells: readonly unknown[]): Record<string, unknown> {
  const entity: Record<string, unknown> = plan.entity ? { type: plan.type } : {};
  let holes = false;
  for (const col of plan.columns) {
    const raw = cells[col.column - 1];
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) continue;
    const value = typeof raw === 'string' ? readCell(col, uncsvCell(raw.trim())) : raw;
    let node: Record<string, unknown> | unknown[] = entity;
    for (let i = 0; i < col.path.length - 1; i++) {
      const key = col.path[i]!;
      const nextIsIndex = typeof col.path[i + 1] === 'number';
      const container = node as Record<string | number, unknown>;
      let child = container[key];
      if (child === null || typeof child !== 'object') {
        child = nextIsIndex ? [] : {};
        container[key] = child;
      }
      node = child as Record<string, unknown> | unknown[];
    }
    const last = col.path[col.path.length - 1]!;
    if (typeof last === 'number') holes = true;
    (node as Record<string | number, unknown>)[last] = value;
  }
  if (holes || plan.columns.some((c) => c.path.length > 2)) compact(entity);
  return entity;
}

/**
 * The column a finding's JSON Pointer falls in (the longest header pointer it starts with), so that a report can
 * say "line 7, column 4 (contactPoint.email)".
 */
export function columnAt(plan: RowPlan, pointer: string): ColumnPlan | undefined {
  let best: ColumnPlan | undefined;
  for (const col of plan.columns) {
    if (
      (pointer === col.pointer || pointer.startsWith(`${col.pointer}/`)) &&
      (!best || col.pointer.length > best.pointer.length)
    )
      best = col;
  }
  return best;
}
