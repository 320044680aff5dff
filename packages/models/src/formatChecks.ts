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

// Digits are ASCII only (no `u` flag: `\d` is [0-9]); without the `m` flag `$` is the end of the string.
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FULL_TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

/** RFC 3339 `full-date`: `2026-03-01`. */
export function isRfc3339Date(value: string): boolean {
  const m = FULL_DATE.exec(value);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** RFC 3339 `full-time`: `08:30:00Z`, `08:30:00.5+01:00` (no leap second). */
export function isRfc3339Time(value: string): boolean {
  const m = FULL_TIME.exec(value);
  if (m === null) return false;
  const [hour, minute, second] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [offsetHour, offsetMinute] = [Number(m[4] ?? 0), Number(m[5] ?? 0)];
  return hour <= 23 && minute <= 59 && second <= 59 && offsetHour <= 23 && offsetMinute <= 59;
}

/** RFC 3339 `date-time`: `2026-03-01T08:30:00Z`, `2026-03-01T08:30:00.5+01:00`. */
export function isRfc3339DateTime(value: string): boolean {
  const t = value.length > 10 ? value[10] : undefined;
  return (t === 'T' || t === 't') && isRfc3339Date(value.slice(0, 10)) && isRfc3339Time(value.slice(11));
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
