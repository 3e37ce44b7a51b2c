/**
 * Rules that read what another rule records, at a moment when it is not written yet:
 * - `rules/cross-group-dependency`: a recording rule reading a metric recorded in another group
 *   (any file). Prometheus evaluates groups concurrently, each on its own timer, so the reader
 *   sees a value up to one interval old, or from before or after the writer's evaluation at
 *   random, and every level of such a chain adds its lag. Alerting rules are not flagged: reading
 *   records from separate `*.rules` groups is how the Prometheus mixins build alerts, and an alert's
 *   `for:` outlasts an interval of lag.
 * - `rules/record-order`: any rule reading a record defined later in its own group. Rules of a
 *   group run in order, so it always reads the previous evaluation's value; moving the record up
 *   fixes it.
 * A rule reading its own record (`record: x`, `expr: x offset 1d`, or a ratchet like
 * `max(x or vector(0))`) reads its previous value on purpose and is not flagged.
 */
import {
  METRIC_NAME_LABEL,
  selectorMatchers,
  type LabelMatcherSpec,
} from '../promql/label-matchers.js';
import { matcherSetsMayOverlap } from '../promql/selector-overlap.js';
import type { LintFinding } from '../types.js';
import type { SelectorFacts } from './expression-facts.js';
import { warningInScalar } from './rule-context.js';
import { ruleLocation, type SuiteRule } from './suite-rules.js';

/** Whether a selector can pick series a record writes (its static labels may rule that out). */
function selectsRecord(selector: SelectorFacts, record: SuiteRule): boolean {
  const written: LabelMatcherSpec[] = [
    { name: METRIC_NAME_LABEL, op: '=', value: record.name.value },
    ...[...record.staticLabels].map(([name, value]) => ({ name, op: '=' as const, value })),
  ];
  return matcherSetsMayOverlap(selectorMatchers(selector), written);
}

function describe(rule: SuiteRule): string {
  return `"${rule.name.value}" (group "${rule.group.name?.value ?? ''}", ${ruleLocation(rule)})`;
}

/**
 * Warnings on each selector that reads a record from another group (recording rules only) or a
 * record defined later in the rule's own group (every rule), on the selector's text.
 * @example crossGroupDependencies(models) // one finding when group b records `y: sum(x:rate5m)` and group a records `x:rate5m`
 */
export function crossGroupDependencies(rules: readonly SuiteRule[]): LintFinding[] {
  const records = new Map<string, SuiteRule[]>();
  for (const rule of rules) {
    if (rule.isAlert) continue;
    const list = records.get(rule.name.value);
    if (list === undefined) records.set(rule.name.value, [rule]);
    else list.push(rule);
  }
  const findings: LintFinding[] = [];
  for (const rule of rules) {
    // Only selectors of recorded names were kept (expression-facts.ts).
    for (const selector of rule.facts.recordReads) {
      const { name } = selector;
      if (!rule.isAlert && name === rule.name.value) continue;
      const writers = (records.get(name) ?? []).filter((record) => selectsRecord(selector, record));
      if (writers.length === 0) continue;
      const sameGroup = writers.filter((record) => record.group === rule.group);
      const at = (check: string, message: string): LintFinding =>
        warningInScalar(rule.file, rule.expr.node, selector.from, selector.to, check, message);
      if (sameGroup.length > 0) {
        if (sameGroup.some((record) => record.rule.index < rule.rule.index)) continue;
        const [later] = sameGroup;
        if (later === undefined) continue;
        findings.push(
          at(
            'rules/record-order',
            `${rule.prefix}reads ${describe(later)}, which is recorded later in the same group: ` +
              'rules of a group run in order, so this one always sees the previous ' +
              "evaluation's value; move the recording rule above this one",
          ),
        );
      } else if (!rule.isAlert) {
        const [writer] = writers;
        if (writer === undefined) continue;
        findings.push(
          at(
            'rules/cross-group-dependency',
            `${rule.prefix}reads ${describe(writer)}, recorded in another group: groups are ` +
              'evaluated concurrently on their own timers, so this record lags by up to one ' +
              'interval and may mix old and new values; put both rules in one group, the ' +
              'record first',
          ),
        );
      }
    }
  }
  return findings;
}
