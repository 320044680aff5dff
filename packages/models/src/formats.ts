/**
 * The `format` checks of the contract: ajv-formats' full formats, with `date-time`, `date`, `time` and `uri` held to
 * their RFCs exactly, so that our validators and other languages' (Python `jsonschema` with its format extras)
 * accept the same strings.
 *
 * - `date-time`, `date`, `time`: RFC 3339 §5.6 — `T` (or `t`) between date and time, a `Z` or `±hh:mm` offset, real
 *   calendar days, years 0001–9999 and no leap second (`:60`): JavaScript `Date` and Python `datetime` cannot
 *   represent one, and Python's `rfc3339-validator` rejects it. ajv-formats alone accepts a space separator,
 *   `+0100` and `+01` offsets and `23:59:60` on any date.
 * - `uri`: the `URI` rule of RFC 3986 §3 (absolute, with a scheme), built from its ABNF. ajv-formats rejects some
 *   valid URIs (`http:`, an empty path).
 * - `email`, `duration` and the others: ajv-formats' full mode unchanged.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { isRfc3339Date, isRfc3339DateTime, isRfc3339Time, isRfc3986Uri } from './formatChecks';

export { isRfc3339Date, isRfc3339DateTime, isRfc3339Time, isRfc3986Uri };

/** A format check as ajv takes it: a function, a regular expression, or `{validate, compare}`. */
export type FormatDefinition = (typeof fullFormats)[keyof typeof fullFormats];

const compareOf = (name: 'date' | 'time' | 'date-time'): ((a: string, b: string) => number | undefined) =>
  (fullFormats[name] as { compare: (a: string, b: string) => number | undefined }).compare;

/**
 * Every format the contract's validators check, by name, in the shape ajv's `addFormat` takes. The precompiled
 * validators use exactly these; add them to your own ajv to check the schema files the same way.
 * @example
 * for (const [name, format] of Object.entries(contractFormats)) ajv.addFormat(name, format);
 */
export const contractFormats: Readonly<Record<string, FormatDefinition>> = {
  ...fullFormats,
  date: { validate: isRfc3339Date, compare: compareOf('date') },
  time: { validate: isRfc3339Time, compare: compareOf('time') },
  'date-time': { validate: isRfc3339DateTime, compare: compareOf('date-time') },
  uri: isRfc3986Uri,
};
