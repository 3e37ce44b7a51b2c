/**
 * `rules/group-interval`: a series without a new sample for 5 minutes is stale to queries
 * (Prometheus' lookback delta), so the output of recording rules evaluated less often than that
 * disappears between evaluations, and every rule or dashboard reading it sees gaps.
 */
import { parsePrometheusDuration } from '../rulefmt/duration.js';
import type { RuleGroupModel } from '../rulefmt/model.js';
import type { LintFinding } from '../types.js';

/** Prometheus' default `--query.lookback-delta`. */
const LOOKBACK_DELTA_MS = 5 * 60_000;

/**
 * One warning, on the `interval` value, for a group with recording rules evaluated less often
 * than every 5 minutes. Groups of alerts only are left alone: an alert's state lives in
 * Prometheus, not in a series other queries read.
 */
export function groupInterval(file: string, group: RuleGroupModel): LintFinding[] {
  const interval = group.interval;
  if (interval === undefined) return [];
  const duration = parsePrometheusDuration(interval.value);
  if (!('ms' in duration) || duration.ms <= LOOKBACK_DELTA_MS) return [];
  if (!group.rules.some((rule) => (rule.record?.value ?? '') !== '')) return [];
  return [
    {
      severity: 'warning',
      file,
      line: interval.position.line,
      column: interval.position.column,
      check: 'rules/group-interval',
      message:
        `group ${JSON.stringify(group.name?.value ?? '')}: interval ${interval.value} is longer ` +
        'than the 5m staleness window, so its recorded series go stale between evaluations; ' +
        'use an interval of 5m or less',
    },
  ];
}
