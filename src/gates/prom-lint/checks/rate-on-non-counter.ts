/**
 * `promql/rate-on-non-counter`: rate(), irate() and increase() treat every decrease as a counter
 * reset, so on a gauge they report growth that never happened; gauges want delta() or deriv().
 *
 * Deliberately conservative. Names are not types, and many exporters name counters without
 * `_total` (postgres_exporter's `pg_stat_database_deadlocks`, envoy's
 * `envoy_cluster_upstream_rq_xx`, SNMP's `ifHCInOctets`: about 70 of the metrics that
 * awesome-prometheus-alerts rates), so a missing counter suffix proves nothing. Only names that by Prometheus' naming conventions are gauges are
 * flagged: a unit or suffix that measures a level (`_ratio`, `_celsius`, `_info`, `_timestamp`,
 * an `_average`), and the well-known `up` and `node_load*`.
 */
import { functionCalls, selectors } from '../promql/index.js';
import type { LintFinding } from '../types.js';
import { warningInScalar, type RuleContext } from './rule-context.js';

const COUNTER_FUNCTIONS = new Set(['rate', 'irate', 'increase']);

/**
 * Counter suffixes of the naming conventions (histograms and summaries included): a name with
 * one is a counter, which only grows and restarts at 0.
 */
export const COUNTER_SUFFIX = /(?:_total|_count|_sum|_bucket)$/u;

/** Names and suffixes that by convention measure a level, never a running count. */
const GAUGE_NAME =
  /^(?:up|node_load(?:1|5|15))$|_(?:info|ratio|percent|percentage|celsius|fahrenheit|temperature|volts|amperes|watts|utilization|average|avg|gauge|timestamp|timestamp_seconds|created)$/u;

/**
 * Whether a metric name is, by convention, a gauge. Recording-rule names (with `:`) and names
 * with a counter suffix never are.
 * @example isConventionalGauge('node_memory_utilization_ratio') // true
 * @example isConventionalGauge('pg_stat_database_deadlocks') // false: unknown, so not flagged
 */
export function isConventionalGauge(name: string): boolean {
  if (name.includes(':') || COUNTER_SUFFIX.test(name)) return false;
  return GAUGE_NAME.test(name);
}

/** One warning per gauge-named selector inside rate()/irate()/increase(), on the selector. */
export function rateOnNonCounter(context: RuleContext): LintFinding[] {
  const { parsed } = context;
  const findings: LintFinding[] = [];
  const flagged = new Set<number>();
  const all = selectors(parsed);
  for (const call of functionCalls(parsed)) {
    if (!COUNTER_FUNCTIONS.has(call.name)) continue;
    const argument = call.args[0];
    if (argument === undefined) continue;
    // Every selector inside the argument: `x[5m]`, or a subquery's inner expression.
    for (const selector of all) {
      const name = selector.metricName;
      if (selector.from < argument.from || selector.to > argument.to) continue;
      if (name === undefined || !isConventionalGauge(name) || flagged.has(selector.from)) continue;
      flagged.add(selector.from);
      findings.push(
        warningInScalar(
          context.file,
          context.exprNode,
          selector.from,
          selector.to,
          'promql/rate-on-non-counter',
          `${context.prefix}${call.name}() on ${JSON.stringify(name)}, which by its name is a ` +
            'gauge: every decrease counts as a counter reset; use delta() or deriv() for gauges',
        ),
      );
    }
  }
  return findings;
}
