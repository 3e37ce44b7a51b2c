/**
 * `alerts/for-range`: an alert's `for` outside the bounds a team sets (`alert-for: {min, max}` in
 * the configuration file): too short and one noisy evaluation pages someone, too long and a real
 * outage waits that long before anyone hears of it. No `for` counts as 0s. pint's rule/for.
 * Off unless configured.
 */
import { parsePrometheusDuration } from '../rulefmt/duration.js';
import type { LintFinding } from '../types.js';
import { formatMs } from './max-range.js';
import { warningInScalar, type RuleContext } from './rule-context.js';

/** One warning for an alert whose `for` is under `min` or over `max`, on `for` (or the name). */
export function forRange(context: RuleContext): LintFinding[] {
  const bounds = context.settings.alertFor;
  const name = context.rule.alert;
  if (bounds === undefined || !context.isAlert || name === undefined) return [];
  const written = context.rule.for;
  const parsed = written === undefined ? { ms: 0 } : parsePrometheusDuration(written.value.trim());
  if (!('ms' in parsed)) return []; // a bad duration is an error reported elsewhere
  const problem =
    bounds.min !== undefined && parsed.ms < bounds.min
      ? `shorter than the ${formatMs(bounds.min)} allowed`
      : bounds.max !== undefined && parsed.ms > bounds.max
        ? `longer than the ${formatMs(bounds.max)} allowed`
        : undefined;
  if (problem === undefined) return [];
  const shown = written === undefined ? "no 'for' means 0s," : `for: ${written.value} is`;
  const node = written?.node ?? name.node;
  const length = (written ?? name).value.length;
  return [
    warningInScalar(
      context.file,
      node,
      0,
      length,
      'alerts/for-range',
      `${context.prefix}${shown} ${problem} (alert-for in the configuration)`,
    ),
  ];
}
