/**
 * `conventions/severity`: Alertmanager routes and inhibits alerts by their `severity` label, so an
 * alert without one, or with a value no route expects (`Critical`, `page`), reaches the default
 * receiver or nobody. The allowed values are the team's (`settings.conventions.severities`).
 */
import type { NamedValue } from '../../rulefmt/model.js';
import type { LintFinding } from '../../types.js';
import { warningInScalar, type RuleContext } from '../rule-context.js';
import { warningOnRuleName } from './on-rule-name.js';

/**
 * Accepted whatever the configured list: the Prometheus mixins mark alerts that must never notify
 * (Watchdog, InfoInhibitor) with `severity: none`, the marker `alerts/always-firing` also honours.
 */
const NEVER_NOTIFIES = 'none';

/** A Go template action: the value is only known when Prometheus expands it, so it is not judged. */
const TEMPLATED = /\{\{/u;

/**
 * One warning for an alert whose effective `severity` (its own label, else its group's) is missing
 * or not one of the configured severities; nothing when the list is empty.
 * @example conventionSeverity(contextOf('alert: A, labels: {severity: page}')) // one warning on `page`
 */
export function conventionSeverity(context: RuleContext): LintFinding[] {
  const allowed = context.settings.conventions.severities;
  if (!context.isAlert || allowed.length === 0) return [];
  const own = context.rule.labels.find((label) => label.name === 'severity');
  const inherited = context.group.labels.find((label) => label.name === 'severity');
  const severity = own ?? inherited;
  const choices = allowed.join(', ');
  if (severity === undefined) {
    return [
      warningOnRuleName(
        context,
        'conventions/severity',
        `${context.prefix}the alert has no severity label, so Alertmanager cannot route it by ` +
          `urgency; add one under labels (severity: ${allowed[0] ?? ''}; allowed: ${choices})`,
      ),
    ];
  }
  const value = severity.value;
  if (allowed.includes(value) || value === NEVER_NOTIFIES || TEMPLATED.test(value)) return [];
  const sameIgnoringCase = allowed.find((choice) => choice.toLowerCase() === value.toLowerCase());
  const fix =
    sameIgnoringCase === undefined
      ? `use one of ${choices}`
      : `write it ${JSON.stringify(sameIgnoringCase)} (label values are case-sensitive)`;
  const where = own === undefined ? ' (set in the group labels)' : '';
  const message =
    `${context.prefix}severity ${JSON.stringify(value)}${where} is not one of the team's ` +
    `severities, so no Alertmanager route made for them matches it; ${fix}`;
  return own === undefined
    ? [warningOnRuleName(context, 'conventions/severity', message)]
    : [onValue(context, severity, message)];
}

function onValue(context: RuleContext, label: NamedValue, message: string): LintFinding {
  return warningInScalar(
    context.file,
    label.node,
    0,
    label.value.length,
    'conventions/severity',
    message,
  );
}
