/**
 * `conventions/summary`, `conventions/description`, `conventions/runbook-url`: the annotations the
 * Prometheus monitoring mixins give every alert. Notifications and on-call tools show them: an
 * alert without a summary is a bare name in a pager, one without a runbook leaves the responder
 * searching. Each is switched by `settings.conventions` (runbook_url is off by default).
 */
import type { ConventionSettings } from '../../settings.js';
import type { LintFinding } from '../../types.js';
import type { RuleContext } from '../rule-context.js';
import { warningOnRuleName } from './on-rule-name.js';

/** One required annotation: its key, its check, the switch, and what to write in it. */
interface RequiredAnnotation {
  key: string;
  check: string;
  enabled: (conventions: ConventionSettings) => boolean;
  /** Completes "add <key>: ..." with an example of what the annotation holds. */
  example: string;
}

const REQUIRED: readonly RequiredAnnotation[] = [
  {
    key: 'summary',
    check: 'conventions/summary',
    enabled: (conventions) => conventions.summary,
    example: 'a one-line title, e.g. "Instance {{ $labels.instance }} is down"',
  },
  {
    key: 'description',
    check: 'conventions/description',
    enabled: (conventions) => conventions.description,
    example: 'what is wrong and what it affects, with {{ $value }} and the labels that locate it',
  },
  {
    key: 'runbook_url',
    check: 'conventions/runbook-url',
    enabled: (conventions) => conventions.runbookUrl,
    example: 'the link to the page that tells the responder what to do',
  },
];

/**
 * One warning per enabled annotation an alert lacks or leaves empty (whitespace only counts as
 * empty: it renders as nothing), on the alert's name.
 * @example requiredAnnotations(contextOf('alert: A, annotations: {summary: S}'))
 *   // one conventions/description warning
 */
export function requiredAnnotations(context: RuleContext): LintFinding[] {
  if (!context.isAlert) return [];
  const findings: LintFinding[] = [];
  for (const required of REQUIRED) {
    if (!required.enabled(context.settings.conventions)) continue;
    const annotation = context.rule.annotations.find((entry) => entry.name === required.key);
    if (annotation !== undefined && annotation.value.trim() !== '') continue;
    const problem = annotation === undefined ? 'has no' : 'has an empty';
    findings.push(
      warningOnRuleName(
        context,
        required.check,
        `${context.prefix}the alert ${problem} ${required.key} annotation, so notifications ` +
          `show less than on-call needs; add ${required.key}: ${required.example}`,
      ),
    );
  }
  return findings;
}
