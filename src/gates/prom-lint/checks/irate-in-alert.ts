/**
 * `promql/irate-in-alert`: irate() looks only at the last two samples of its range, so an alert
 * on it flaps with every spike and dip; rate() averages over the whole range. (Prometheus docs,
 * "irate should only be used when graphing volatile, fast-moving counters".)
 */
import type { LintFinding } from '../types.js';
import { warningsOnCalls, type RuleContext } from './rule-context.js';

/** One warning per irate() call in an alerting rule's expression, on the call. */
export function irateInAlert(context: RuleContext): LintFinding[] {
  if (!context.isAlert) return [];
  return warningsOnCalls(
    context,
    'irate',
    'promql/irate-in-alert',
    `${context.prefix}irate() uses only the last two samples of its range, so the alert flaps ` +
      'with every spike; use rate() in alerts',
  );
}
