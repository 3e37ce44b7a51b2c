/**
 * `alerts/absent-without-for`: absent() is true as soon as one evaluation finds no sample, which
 * happens on a single failed scrape or a target restart; without `for` the alert fires at once.
 *
 * absent_over_time() is not flagged: its range already waits (absent_over_time(x[5m]) fires only
 * after five minutes without a sample), which is what `for` would add.
 */
import { parsePrometheusDuration } from '../rulefmt/duration.js';
import type { LintFinding } from '../types.js';
import { warningsOnCalls, type RuleContext } from './rule-context.js';

/** One warning per absent() call of an alerting rule with no (or a zero) `for`, on the call. */
export function absentWithoutFor(context: RuleContext): LintFinding[] {
  if (!context.isAlert || waits(context)) return [];
  return warningsOnCalls(
    context,
    'absent',
    'alerts/absent-without-for',
    `${context.prefix}absent() without 'for' fires on a single missed scrape or restart; ` +
      "add 'for' (e.g. for: 5m) or use absent_over_time(...[5m])",
  );
}

/** Whether the rule has a `for` longer than zero (a bad duration is an error reported elsewhere). */
function waits({ rule }: RuleContext): boolean {
  if (rule.for === undefined) return false;
  const duration = parsePrometheusDuration(rule.for.value);
  return !('ms' in duration) || duration.ms > 0;
}
