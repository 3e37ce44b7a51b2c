/**
 * `rules/reject`: label and annotation keys or values a team refuses (`reject` in the
 * configuration file), each a pattern fully anchored: a key with spaces (`bad key`, valid in
 * Prometheus 3's UTF-8 names but unusable in most routing trees and templates), a URL in a label
 * value (labels identify an alert, so a link that changes makes a new alert; links belong in
 * annotations). pint's rule/reject. Off unless configured.
 */
import type { NamedValue } from '../rulefmt/model.js';
import type { RejectRule } from '../settings.js';
import type { LintFinding } from '../types.js';
import { anchoredPattern } from './anchored-pattern.js';
import { warningInScalar, type RuleContext } from './rule-context.js';

/** One warning per key or value that a configured pattern rejects, on the key or the value. */
export function reject(context: RuleContext): LintFinding[] {
  const rules = context.settings.reject ?? [];
  if (rules.length === 0) return [];
  const findings: LintFinding[] = [];
  const check = (
    kind: 'label' | 'annotation',
    entries: readonly NamedValue[],
    keys: (rule: RejectRule) => boolean,
    values: (rule: RejectRule) => boolean,
  ): void => {
    for (const entry of entries) {
      const keyRule = rules.find((r) => keys(r) && anchoredPattern(r.pattern)?.test(entry.name));
      if (keyRule !== undefined) findings.push(keyFinding(context, kind, entry, keyRule.pattern));
      const valueRule = rules.find(
        (r) => values(r) && anchoredPattern(r.pattern)?.test(entry.value),
      );
      if (valueRule !== undefined)
        findings.push(
          warningInScalar(
            context.file,
            entry.node,
            0,
            entry.value.length,
            'rules/reject',
            `${context.prefix}the value of ${kind} ${JSON.stringify(entry.name)} matches the ` +
              `rejected pattern ${JSON.stringify(valueRule.pattern)} (reject in the configuration)`,
          ),
        );
    }
  };
  check(
    'label',
    context.rule.labels,
    (r) => r.labelKeys,
    (r) => r.labelValues,
  );
  if (context.isAlert)
    check(
      'annotation',
      context.rule.annotations,
      (r) => r.annotationKeys,
      (r) => r.annotationValues,
    );
  return findings;
}

/** A finding on a key: it starts at the key and spans its name as written unquoted. */
function keyFinding(
  context: RuleContext,
  kind: 'label' | 'annotation',
  entry: NamedValue,
  pattern: string,
): LintFinding {
  const { line, column } = entry.namePosition;
  return {
    severity: 'warning',
    file: context.file,
    line,
    column,
    endLine: line,
    endColumn: column + entry.name.length,
    check: 'rules/reject',
    message:
      `${context.prefix}${kind} name ${JSON.stringify(entry.name)} matches the rejected pattern ` +
      `${JSON.stringify(pattern)} (reject in the configuration)`,
  };
}
