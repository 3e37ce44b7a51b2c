/**
 * `conventions/alert-name`: alert names in CamelCase (`KubeAPIDown`, `HostOutOfMemory`), the
 * style of the Prometheus mixins and of most public alert collections. The name is the
 * `alertname` label that routes, silences and dashboards match on, so one consistent style keeps
 * those matchers predictable.
 */
import type { LintFinding } from '../../types.js';
import type { RuleContext } from '../rule-context.js';
import { warningOnRuleName } from './on-rule-name.js';

/** Upper CamelCase: a capital first, then letters and digits; acronyms (`HTTPErrors`) allowed. */
const CAMEL_CASE = /^[A-Z][A-Za-z0-9]*$/u;

/**
 * Whether an alert name is upper CamelCase.
 * @example isCamelCaseAlertName('KubeAPIDown') // true
 * @example isCamelCaseAlertName('node_down') // false
 */
export function isCamelCaseAlertName(name: string): boolean {
  return CAMEL_CASE.test(name);
}

/**
 * The CamelCase spelling of a name: words split at anything not a letter or digit, each word's
 * first letter upper-cased, the rest kept (so acronyms survive).
 * @example camelCaseAlertName('High CPU') // 'HighCPU'
 * @example camelCaseAlertName('node_down') // 'NodeDown'
 */
export function camelCaseAlertName(name: string): string {
  return name
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

/** One warning, on the name, for an alert whose name is not upper CamelCase. */
export function conventionAlertName(context: RuleContext): LintFinding[] {
  const name = context.rule.alert?.value ?? '';
  if (!context.isAlert || !context.settings.conventions.alertNames || isCamelCaseAlertName(name))
    return [];
  const suggestion = camelCaseAlertName(name);
  const rename = isCamelCaseAlertName(suggestion)
    ? `rename it ${suggestion}`
    : 'rename it in CamelCase starting with a capital letter (e.g. HostOutOfMemory)';
  return [
    warningOnRuleName(
      context,
      'conventions/alert-name',
      `${context.prefix}alert name ${JSON.stringify(name)} is not CamelCase, the style routes ` +
        `and silences matching alertname expect; ${rename} (and update any matcher using the old name)`,
    ),
  ];
}
