/**
 * The RFC checks behind the contract's `date`, `time`, `date-time` and `uri` formats (see formats.ts), in a module of
 * their own with no import: the generated validators import exactly the checks they use.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
}

// The grammar is fixed-width apart from the fraction of a second, so the checks read characters at their places: no
// regular expression, no captured array and no substring per value (the validators call them for every timestamp of
// every record). Digits are ASCII only.

/** The number written by the two ASCII digits at `i`, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** True when `s` holds a `full-date` (`2026-03-01`, a real calendar day) at `i`. */
function dateAt(s: string, i: number): boolean {
  const high = twoDigits(s, i);
  const low = twoDigits(s, i + 2);
  if (high < 0 || low < 0 || s.charCodeAt(i + 4) !== 0x2d || s.charCodeAt(i + 7) !== 0x2d) return false;
  const month = twoDigits(s, i + 5);
  const day = twoDigits(s, i + 8);
  return month >= 0 && day >= 0 && isCalendarDate(high * 100 + low, month, day);
}

/** True when `s` from `i` to its end is a `full-time` (`08:30:00Z`, `08:30:00.5+01:00`, no leap second). */
function timeAt(s: string, i: number): boolean {
  const hour = twoDigits(s, i);
  const minute = twoDigits(s, i + 3);
  const second = twoDigits(s, i + 6);
  if (s.charCodeAt(i + 2) !== 0x3a || s.charCodeAt(i + 5) !== 0x3a) return false;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  let j = i + 8;
  if (s.charCodeAt(j) === 0x2e) {
    const first = ++j;
    for (let c = s.charCodeAt(j); c >= 0x30 && c <= 0x39; c = s.charCodeAt(++j));
    if (j === first) return false;
  }
  const sign = s.charCodeAt(j);
  if (sign === 0x5a || sign === 0x7a) return j + 1 === s.length; // Z or z
  if (sign !== 0x2b && sign !== 0x2d) return false; // + or -
  const offsetHour = twoDigits(s, j + 1);
  const offsetMinute = twoDigits(s, j + 4);
  return (
    j + 6 === s.length &&
    s.charCodeAt(j + 3) === 0x3a &&
    offsetHour >= 0 &&
    offsetHour <= 23 &&
    offsetMinute >= 0 &&
    offsetMinute <= 59
  );
}

/** RFC 3339 `full-date`: `2026-03-01`. */
export function isRfc3339Date(value: string): boolean {
  return value.length === 10 && dateAt(value, 0);
}

/** RFC 3339 `full-time`: `08:30:00Z`, `08:30:00.5+01:00` (no leap second). */
export function isRfc3339Time(value: string): boolean {
  return timeAt(value, 0);
}

/** RFC 3339 `date-time`: `2026-03-01T08:30:00Z`, `2026-03-01T08:30:00.5+01:00`. */
export function isRfc3339DateTime(value: string): boolean {
  const t = value.charCodeAt(10);
  return (t === 0x54 || t === 0x74) && dateAt(value, 0) && timeAt(value, 11);
}

// RFC 3986 §3 and Appendix A, rule by rule.
const UNRESERVED = 'A-Za-z0-9\\-._~';
const SUB_DELIMS = "!$&'()*+,;=";
const PCT = '%[0-9A-Fa-f]{2}';
const PCHAR = `(?:[${UNRESERVED}${SUB_DELIMS}:@]|${PCT})`;
const DEC_OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])';
const IPV4 = `${DEC_OCTET}(?:\\.${DEC_OCTET}){3}`;
const H16 = '[0-9A-Fa-f]{1,4}';
const LS32 = `(?:${H16}:${H16}|${IPV4})`;
const IPV6 = [
  `(?:${H16}:){6}${LS32}`,
  `::(?:${H16}:){5}${LS32}`,
  `(?:${H16})?::(?:${H16}:){4}${LS32}`,
  `(?:(?:${H16}:){0,1}${H16})?::(?:${H16}:){3}${LS32}`,
  `(?:(?:${H16}:){0,2}${H16})?::(?:${H16}:){2}${LS32}`,
  `(?:(?:${H16}:){0,3}${H16})?::${H16}:${LS32}`,
  `(?:(?:${H16}:){0,4}${H16})?::${LS32}`,
  `(?:(?:${H16}:){0,5}${H16})?::${H16}`,
  `(?:(?:${H16}:){0,6}${H16})?::`,
].join('|');
const IPVFUTURE = `[Vv][0-9A-Fa-f]+\\.[${UNRESERVED}${SUB_DELIMS}:]+`;
const HOST = `(?:\\[(?:${IPV6}|${IPVFUTURE})\\]|${IPV4}|(?:[${UNRESERVED}${SUB_DELIMS}]|${PCT})*)`;
const AUTHORITY = `(?:(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT})*@)?${HOST}(?::[0-9]*)?`;
const HIER_PART = `(?://${AUTHORITY}(?:/${PCHAR}*)*|/(?:${PCHAR}+(?:/${PCHAR}*)*)?|${PCHAR}+(?:/${PCHAR}*)*|)`;
const URI = /* @__PURE__ */ new RegExp(
  `^[A-Za-z][A-Za-z0-9+\\-.]*:${HIER_PART}(?:\\?(?:${PCHAR}|[/?])*)?(?:#(?:${PCHAR}|[/?])*)?$`,
);

/** RFC 3986 `URI`: an absolute URI with a scheme (`https://…`, `urn:ngsi-ld:…`, `mailto:…`). */
export function isRfc3986Uri(value: string): boolean {
  return URI.test(value);
}

/** The `date` check in the `{ validate }` form the generated validators call. */
export const rfc3339Date = { validate: isRfc3339Date };
/**
 * The `time` check in the `{ validate }` form the generated validators call (the generator maps `format: time` to it;
 * no schema uses that format today).
 * @public
 */
export const rfc3339Time = { validate: isRfc3339Time };
/** The `date-time` check in the `{ validate }` form the generated validators call. */
export const rfc3339DateTime = { validate: isRfc3339DateTime };
