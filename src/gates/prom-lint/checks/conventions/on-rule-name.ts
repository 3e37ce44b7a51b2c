/**
 * Where a convention finding about a whole rule goes: on the rule's name (`alert:` or `record:`
 * value), the place a reader looks for the rule and the line a suppression comment sits above.
 */
import type { LintFinding } from '../../types.js';
import { warningInScalar, type RuleContext } from '../rule-context.js';

/**
 * A warning spanning the rule's name, or at the rule itself when it has no name (a rule without
 * `alert` or `record` is an error reported elsewhere; this only keeps the check total).
 */
export function warningOnRuleName(
  context: RuleContext,
  check: string,
  message: string,
): LintFinding {
  const name = context.rule.alert ?? context.rule.record;
  if (name === undefined) {
    return { severity: 'warning', file: context.file, ...context.rule.position, check, message };
  }
  return warningInScalar(context.file, name.node, 0, name.value.length, check, message);
}
