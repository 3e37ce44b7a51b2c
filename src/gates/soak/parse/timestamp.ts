import { ConfigurationError } from '../../../shared/errors.js';

/**
 * RFC 3339 date-time: date, `T` (or a space, as RFC 3339 §5.6 allows), time, optional fraction of
 * any length (k6 writes nanoseconds), and `Z` or an offset. Hand-written because `Date.parse`
 * accepts more than RFC 3339 (and different things per engine) and keeps milliseconds only.
 */
const rfc3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/**
 * Seconds since the Unix epoch of an RFC 3339 date-time (`2017-05-09T14:34:45.625742514+02:00`),
 * with its fraction (to about a microsecond: a double near 1.7e9 has no finer steps), or
 * `undefined` when `text` is not one.
 */
export function parseRfc3339(text: string): number | undefined {
  const m = rfc3339.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return undefined;
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const fraction = m[7] === undefined ? 0 : Number(`0${m[7]}`);
  const offsetMinutes =
    m[9] === undefined ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  return ms / 1000 + fraction - offsetMinutes * 60;
}

/**
 * Numbers at or above this are taken for milliseconds, not seconds: 1e11 s is the year 5138,
 * while 1e11 ms is 1973, so no real soak run is ambiguous.
 */
const millisecondsFloor = 1e11;

/**
 * Seconds since the epoch of a plain-input timestamp: a number of seconds (fractional allowed)
 * or an RFC 3339 date-time.
 *
 * @throws ConfigurationError naming `where` when it is neither, or looks like milliseconds
 *   (refused rather than guessed: dividing silently would hide a mislabelled column).
 */
export function parsePlainTimestamp(value: string | number, where: string): number {
  const seconds =
    typeof value === 'number'
      ? value
      : /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(value)
        ? Number(value)
        : parseRfc3339(value.trim());
  if (seconds === undefined || !Number.isFinite(seconds)) {
    throw new ConfigurationError(
      `${where}: timestamp ${JSON.stringify(value)} is neither seconds since the epoch nor an RFC 3339 date-time (2026-12-06T21:00:00Z)`,
    );
  }
  if (Math.abs(seconds) >= millisecondsFloor) {
    throw new ConfigurationError(
      `${where}: timestamp ${JSON.stringify(value)} looks like milliseconds; timestamps are seconds since the epoch (divide by 1000) or RFC 3339`,
    );
  }
  return seconds;
}
