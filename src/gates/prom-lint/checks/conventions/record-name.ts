/**
 * `conventions/record-name`: recording rule names of the form `level:metric:operations`
 * (Prometheus' naming practices for recording rules: `job:http_requests:rate5m` says it is
 * aggregated to `job`, comes from `http_requests`, and is a 5m rate). The colons tell a reader the
 * series is recorded, not scraped, and what was done to it.
 */
import type { LintFinding } from '../../types.js';
import type { RuleContext } from '../rule-context.js';
import { warningOnRuleName } from './on-rule-name.js';

/**
 * Whether a recording rule name has exactly three non-empty colon-separated parts.
 * @example isLevelMetricOperations('job:http_requests:rate5m') // true
 * @example isLevelMetricOperations('http_requests_rate') // false
 */
export function isLevelMetricOperations(name: string): boolean {
  const parts = name.split(':');
  return parts.length === 3 && parts.every((part) => part !== '');
}

/** One warning, on the name, for a recording rule not named `level:metric:operations`. */
export function conventionRecordName(context: RuleContext): LintFinding[] {
  const name = context.rule.record?.value ?? '';
  if (context.isAlert || name === '' || !context.settings.conventions.recordNames) return [];
  if (isLevelMetricOperations(name)) return [];
  return [
    warningOnRuleName(
      context,
      'conventions/record-name',
      `${context.prefix}recording rule name ${JSON.stringify(name)} is not level:metric:operations, ` +
        'so readers cannot tell what it aggregates by or what it computes; rename it like ' +
        'job:http_requests:rate5m (aggregation labels, source metric, operations, separated by colons)',
    ),
  ];
}
