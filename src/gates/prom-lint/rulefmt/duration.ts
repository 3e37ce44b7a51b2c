/**
 * Prometheus' duration syntax (prometheus/common model.ParseDuration), used by `for`,
 * `keep_firing_for`, `interval` and `query_offset`: units from largest to smallest, each at most
 * once, e.g. `1h30m`, `90s`, `2w`; `0` alone needs no unit.
 */

const DURATION = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
const UNIT_MS = [365 * 86_400_000, 7 * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1];
/** time.Duration is int64 nanoseconds: about 292 years. */
const MAX_MS = 9_223_372_036_854;

/**
 * Milliseconds of a Prometheus duration, or the error Prometheus gives for it.
 * @example parsePrometheusDuration('1h30m') // { ms: 5400000 }
 */
export function parsePrometheusDuration(text: string): { ms: number } | { error: string } {
  if (text === '0') return { ms: 0 };
  if (text === '') return { error: 'empty duration string' };
  const match = DURATION.exec(text);
  if (match === null) return { error: `not a valid duration string: ${JSON.stringify(text)}` };
  let ms = 0;
  for (let i = 0; i < UNIT_MS.length; i++) {
    const digits = match[i + 1];
    if (digits !== undefined) ms += Number(digits) * (UNIT_MS[i] ?? 0);
  }
  if (ms > MAX_MS) return { error: 'duration out of range' };
  return { ms };
}
