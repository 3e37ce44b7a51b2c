/**
 * `promql/required-labels`: selectors of the metrics a team names (`required-labels` in the
 * configuration file) must filter on the labels it names: `up == 0` in an alert that should only
 * watch one scrape job fires for every job on the server. pint's promql/selector
 * (`requiredLabels`). Off unless configured. The metric pattern is an RE2 regex, fully anchored
 * as Prometheus anchors its regex matchers (`up` matches `up`, not `up:sum`).
 */
import { selectors } from '../promql/index.js';
import { anchoredPattern } from './anchored-pattern.js';
import type { LintFinding } from '../types.js';
import { appliesTo } from './rule-kinds.js';
import { warningInScalar, type RuleContext } from './rule-context.js';

/** One warning per selector of a named metric without a matcher on a required label. */
export function requiredLabels(context: RuleContext): LintFinding[] {
  const entries = (context.settings.requiredLabels ?? []).filter((entry) =>
    appliesTo(entry.rules, context),
  );
  if (entries.length === 0) return [];
  const findings: LintFinding[] = [];
  for (const selector of selectors(context.parsed)) {
    const name =
      selector.metricName ??
      selector.matchers.find((m) => m.name === '__name__' && m.op === '=')?.value;
    if (name === undefined) continue;
    const present = new Set(selector.matchers.map((m) => m.name));
    const missing = new Set(
      entries
        .filter((entry) => anchoredPattern(entry.metric)?.test(name) === true)
        .flatMap((entry) => entry.labels.filter((label) => !present.has(label))),
    );
    if (missing.size === 0) continue;
    const list = [...missing].sort();
    findings.push(
      warningInScalar(
        context.file,
        context.exprNode,
        selector.from,
        selector.to,
        'promql/required-labels',
        `${context.prefix}${context.parsed.text.slice(selector.from, selector.to)} does not filter on ` +
          `${list.map((label) => JSON.stringify(label)).join(', ')}, which selectors of ${name} must ` +
          '(required-labels in the configuration)',
      ),
    );
  }
  return findings;
}
