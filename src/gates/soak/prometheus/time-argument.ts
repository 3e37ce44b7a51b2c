import { ConfigurationError } from '../../../shared/errors.js';
import { parseRfc3339 } from '../parse/timestamp.js';

/** Seconds in each unit of a Prometheus duration (`1h30m`); a year is 365 days, as in PromQL. */
const unitSeconds: Readonly<Record<string, number>> = {
  ms: 0.001,
  s: 1,
  m: 60,
  h: 3600,
  d: 86_400,
  w: 604_800,
  y: 31_536_000,
};

/** A Prometheus duration: units from the largest down, each at most once (`2h`, `1h30m`, `90s`). */
const durationPattern =
  /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
const durationUnits = ['y', 'w', 'd', 'h', 'm', 's', 'ms'] as const;

/** Seconds since the epoch written as a decimal number. */
const unixSeconds = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** As in parse/timestamp.ts: 1e11 s is the year 5138, 1e11 ms is 1973. */
const millisecondsFloor = 1e11;

const accepted =
  'an RFC 3339 date-time (2026-12-06T21:00:00Z), seconds since the epoch (1796590800), or a time relative to now (now, now-2h, -90m, now-1h30m)';

/**
 * Seconds in a Prometheus duration such as `2h`, `90m` or `1h30m`, or `undefined` when `text` is
 * not one (or is zero: no window is zero long).
 */
export function parsePrometheusDuration(text: string): number | undefined {
  const m = durationPattern.exec(text);
  if (!m || text === '') return undefined;
  let seconds = 0;
  durationUnits.forEach((unit, index) => {
    const count = m[index + 1];
    if (count !== undefined) seconds += Number(count) * (unitSeconds[unit] ?? 0);
  });
  return seconds > 0 ? seconds : undefined;
}

/**
 * The time a `--from`/`--to` argument names, in seconds since the epoch: an RFC 3339 date-time,
 * seconds since the epoch, or a time relative to `now` (`now`, `now-2h`, or `-2h` for short; a
 * duration in Prometheus' syntax). Relative times let a nightly job say "the last two hours"
 * without computing dates in shell.
 *
 * @param now seconds since the epoch that relative times count from.
 * @throws ConfigurationError echoing `text` and the accepted forms when it is none of them, or
 *   looks like milliseconds since the epoch.
 * @example parseTimeArgument('now-2h', 1796590800) // 1796583600
 */
export function parseTimeArgument(text: string, now: number): number {
  const value = text.trim();
  if (value === 'now') return now;
  const relative = /^(?:now)?-(.+)$/.exec(value);
  if (relative) {
    const seconds = parsePrometheusDuration(relative[1] ?? '');
    if (seconds !== undefined) return now - seconds;
  }
  if (unixSeconds.test(value)) {
    const seconds = Number(value);
    if (Math.abs(seconds) >= millisecondsFloor) {
      throw new ConfigurationError(
        `time ${JSON.stringify(text)} looks like milliseconds since the epoch; give seconds (divide by 1000), RFC 3339 or a relative time (now-2h)`,
      );
    }
    return seconds;
  }
  const rfc3339 = parseRfc3339(value);
  if (rfc3339 !== undefined) return rfc3339;
  throw new ConfigurationError(`time ${JSON.stringify(text)} is not ${accepted}`);
}
