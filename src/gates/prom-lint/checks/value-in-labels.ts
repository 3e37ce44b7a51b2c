/**
 * `alerts/value-in-labels`: labels identify an alert, so a label templated from `$value` (or
 * `.Value`) changes on every evaluation and Prometheus sends a new alert each time, resolving the
 * previous one; the value belongs in an annotation.
 */
import type { LintFinding } from '../types.js';
import { warningInScalar, type RuleContext } from './rule-context.js';

/** `$value` or `.Value` as a whole template word (not `$values` or `.ValueType`). */
const VALUE_REFERENCE = /\$value\b|\.Value\b/gu;

/** One warning per `$value` / `.Value` in an alerting rule's labels, on the reference itself. */
export function valueInLabels(context: RuleContext): LintFinding[] {
  if (!context.isAlert) return [];
  const findings: LintFinding[] = [];
  for (const label of context.rule.labels) {
    for (const match of label.value.matchAll(VALUE_REFERENCE)) {
      findings.push(
        warningInScalar(
          context.file,
          label.node,
          match.index,
          match.index + match[0].length,
          'alerts/value-in-labels',
          `${context.prefix}label ${JSON.stringify(label.name)} uses ${match[0]}: the labels ` +
            'change on every evaluation, so each one starts a new alert; put the value in an annotation',
        ),
      );
    }
  }
  return findings;
}
