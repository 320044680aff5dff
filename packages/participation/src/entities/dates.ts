/**
 * Calendar days of the contract's dates. A date (`2026-03-14`) or an RFC 3339 date-time (`2026-03-14T10:00:00+01:00`)
 * is read as the calendar day written in it — the local day where the event happened — so no time zone shifts a
 * meeting to the day before.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;
const MS_PER_DAY = 86_400_000;

/** The calendar day (`YYYY-MM-DD`) of a date or date-time string, or `undefined` when it is not a real date. */
export function dayOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DAY.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
  return value.slice(0, 10);
}

/** Days since 1970-01-01 of a calendar day (`YYYY-MM-DD`, already checked by {@link dayOf}). */
export function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / MS_PER_DAY;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The calendar month (`YYYY-MM`) of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The months from the month of `first` to the month of `last`, inclusive, in order. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const endY = Number(last.slice(0, 4));
  const endM = Number(last.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** The last calendar day of a month (`YYYY-MM`). */
export function lastDayOfMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
