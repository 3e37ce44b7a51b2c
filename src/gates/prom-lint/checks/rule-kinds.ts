/** Which rules a configured check applies to, as the configuration file names them. */
import type { RuleContext } from './rule-context.js';

/**
 * Whether a configured entry for `rules` (`alerting`, `recording` or `all`) applies to the rule.
 * @example appliesTo('recording', context) // false for an alerting rule
 */
export function appliesTo(rules: 'alerting' | 'recording' | 'all', context: RuleContext): boolean {
  return rules === 'all' || (rules === 'alerting') === context.isAlert;
}
