/**
 * Duplicates and overlaps across every rule file, with no configuration:
 * - `rules/duplicate`: two rules with one identity (alert or record name plus static labels)
 *   whose results may share a series. Prometheus then writes two values into one series (or
 *   sends one alert from two rules, with differing annotations). Unlike promtool's
 *   duplicate-rules lint (per file, name and labels only; not run here for that reason), rules whose results are provably
 *   apart are fine: kubernetes-mixin records `code=~"2.."` and `code=~"5.."` under one name, and
 *   `sum by (code)` keeps them apart. What the results can be is worked out from the tree: the
 *   matchers every result series satisfies and the labels it can carry, through `by`/`without`,
 *   `on`/`ignoring`/`group_left`, label_replace() and absent(); the metric name and the static
 *   labels are left aside, the rule overwriting both.
 * - `alerts/overlap`: two alert names that always fire together: the same expression and labels,
 *   or the same expression with nested thresholds and the same labels (`> 80` and `> 90`, both
 *   `severity: warning`). With different severities that is the usual warning/critical pair.
 * Findings go on the later rule (file order, then line) and name the other's file and line.
 * The rules compared come from suite-rules.ts, with what was read of their expressions
 * (expression-facts.ts: what their results can be, their canonical text, their threshold).
 */
import { mayCarryLabel } from '../promql/output-labels.js';
import { METRIC_NAME_LABEL, type LabelMatcherSpec } from '../promql/label-matchers.js';
import { matcherSetsMayOverlap } from '../promql/selector-overlap.js';
import { parsePrometheusDuration } from '../rulefmt/duration.js';
import type { LintFinding } from '../types.js';
import type { ResultShape, Threshold } from './expression-facts.js';
import { groupBy, ruleLocation, warningOnName, type SuiteRule } from './suite-rules.js';

/**
 * Whether two rules of one identity may write the same series. The metric name and the rule's
 * static labels are left out: Prometheus replaces both with the rule's own. A label one side
 * cannot carry (not among its `by` labels, dropped by `without`, ...: output-labels.ts) is
 * missing there, which is the value `''`.
 */
function resultsMayShareSeries(a: SuiteRule, b: SuiteRule): boolean {
  // Both share an identity, so the suite kept both results (expression-facts.ts).
  if (a.facts.result === undefined || b.facts.result === undefined) return true;
  const ignored = new Set([METRIC_NAME_LABEL, 'alertname', ...a.staticLabels.keys()]);
  const resultOf = ({ labels, matchers }: ResultShape): ResultShape => ({
    labels,
    matchers: matchers.filter((m) => !ignored.has(m.name)),
  });
  const left = resultOf(a.facts.result);
  const right = resultOf(b.facts.result);
  const missing = ({ labels }: typeof left, other: typeof right): LabelMatcherSpec[] =>
    other.matchers
      .filter((m) => !mayCarryLabel(labels, m.name))
      .map((m) => ({ name: m.name, op: '=' as const, value: '' }));
  return matcherSetsMayOverlap(
    [...left.matchers, ...missing(left, right)],
    [...right.matchers, ...missing(right, left)],
  );
}

/**
 * `rules/duplicate`: a rule with the name and static labels of an earlier rule (any file) whose
 * results may share series with it. One finding per later rule, naming the first such rule.
 * @example ruleDuplicates([a, b]) // [] when a records `code=~"2.."` and b `code=~"5.."` by code
 */
export function ruleDuplicates(rules: readonly SuiteRule[]): LintFinding[] {
  const findings: LintFinding[] = [];
  const sameIdentity = groupBy(rules, (r) => r.identity.key);
  for (const rules of sameIdentity) {
    rules.forEach((rule, i) => {
      const earlier = rules.slice(0, i).find((other) => resultsMayShareSeries(other, rule));
      if (earlier === undefined) return;
      const what = rule.isAlert
        ? 'Alertmanager gets one alert from two rules, with annotations and timing flipping between them'
        : 'both write into one series, which flips between their values (or drops one as a duplicate sample)';
      findings.push(
        warningOnName(
          rule,
          'rules/duplicate',
          `${rule.prefix}same ${rule.isAlert ? 'alert' : 'record'} name and labels as the rule at ` +
            `${ruleLocation(earlier)}, and their results may share series: ${what}; ` +
            'delete one, or tell them apart with a label or by selectors on a label the result keeps',
        ),
      );
    });
  }
  return findings;
}

/** Whether `x a.op a.value` holds whenever `x b.op b.value` does (same vector). */
function implies(b: Threshold, a: Threshold): boolean {
  const upward = (op: string): boolean => op === '>' || op === '>=';
  if (upward(a.op) !== upward(b.op)) return false;
  if (b.value === a.value) return a.op.length === 2 || b.op.length === 1;
  return upward(a.op) ? b.value > a.value : b.value < a.value;
}

function forMs(rule: SuiteRule): number {
  const parsed = parsePrometheusDuration(rule.rule.for?.value ?? '0s');
  return 'ms' in parsed ? parsed.ms : 0;
}

/**
 * `alerts/overlap`: an alert that always fires together with an earlier alert of another name
 * and the same labels: the same normalised expression, or the same expression with a threshold
 * that implies the other's (`x > 90` fires only when `x > 80` does; the `for:` of the stricter
 * one must be at least the other's). Different labels, e.g. `severity: warning` and `critical`,
 * are the nested-severity pattern and pass.
 */
export function alertOverlaps(rules: readonly SuiteRule[]): LintFinding[] {
  const findings: LintFinding[] = [];
  const alerts = rules.filter((r) => r.isAlert);
  const reported = new Set<SuiteRule>();
  const sameExpr = groupBy(alerts, (r) =>
    JSON.stringify([r.facts.normalized, r.identity.labelsKey]),
  );
  for (const rules of sameExpr) {
    rules.forEach((rule, i) => {
      const before = rules.slice(0, i);
      // A rule repeating an earlier one of its own name is a `rules/duplicate` already.
      if (before.some((other) => other.name.value === rule.name.value)) return;
      const earlier = before.find((other) => other.name.value !== rule.name.value);
      if (earlier === undefined) return;
      reported.add(rule);
      const [mine, theirs] = [forMs(rule), forMs(earlier)];
      const together =
        mine === theirs
          ? 'so both always fire together and every notification comes twice'
          : `so whenever the one with the longer \`for\` (${mine > theirs ? 'this one' : 'the other'}) fires, the other fires too and every notification comes twice`;
      findings.push(
        warningOnName(
          rule,
          'alerts/overlap',
          `${rule.prefix}same expression and labels as alert "${earlier.name.value}" at ` +
            `${ruleLocation(earlier)}, ${together}; delete one, or give them different thresholds or severities`,
        ),
      );
    });
  }
  const withThreshold = alerts.flatMap((rule) => {
    const threshold = rule.facts.threshold;
    return threshold === undefined || reported.has(rule) ? [] : [{ rule, threshold }];
  });
  const sameVector = groupBy(withThreshold, ({ rule, threshold }) =>
    JSON.stringify([threshold.vector, rule.identity.labelsKey]),
  );
  for (const entries of sameVector) {
    entries.forEach(({ rule, threshold }, i) => {
      const pair = entries
        .slice(0, i)
        .find(
          (other) =>
            other.rule.name.value !== rule.name.value &&
            ((implies(threshold, other.threshold) && forMs(rule) >= forMs(other.rule)) ||
              (implies(other.threshold, threshold) && forMs(other.rule) >= forMs(rule))),
        );
      if (pair === undefined) return;
      const thisStricter = implies(threshold, pair.threshold);
      const [strict, loose] = thisStricter
        ? [threshold, pair.threshold]
        : [pair.threshold, threshold];
      const other = `alert "${pair.rule.name.value}" at ${ruleLocation(pair.rule)}`;
      const relation = thisStricter
        ? `whenever this alert fires (\`${strict.text}\`), ${other} fires too (\`${loose.text}\`)`
        : `whenever ${other} fires (\`${strict.text}\`), this alert fires too (\`${loose.text}\`)`;
      findings.push(
        warningOnName(
          rule,
          'alerts/overlap',
          `${rule.prefix}${relation}, with the same labels, so the stricter one only repeats ` +
            'the other; give the stricter threshold a higher severity (the warning/critical ' +
            'pattern) or drop one of them',
        ),
      );
    });
  }
  return findings;
}
