/**
 * `rules/removed-dependency`: a change that deletes (or renames) a recording rule while other
 * rules still read its series. Once the change is deployed the series stops, and every rule on
 * it goes quiet: alerts built on it can no longer fire. pint's rule/dependency ("removed
 * dependencies", in `pint ci`).
 *
 * It compares two states of the rule files, so it needs the files as they were before the change
 * (the base of a pull request) besides the files linted: a pure function of both, for the run to
 * call when it has the base's files.
 */
import { parsePromQL, selectors } from '../promql/index.js';
import type { RuleFileModel } from '../rulefmt/model.js';
import type { LintFinding } from '../types.js';
import { rulePrefix } from '../rulefmt/validate.js';
import { warningInScalar } from './rule-context.js';

/**
 * One warning per selector, in the rules after the change, of a series that a recording rule
 * wrote before the change and none writes after it.
 * @example removedDependencies(before, after) // [] when every record read is still recorded
 */
export function removedDependencies(
  before: readonly RuleFileModel[],
  after: readonly RuleFileModel[],
): LintFinding[] {
  const recordsAfter = recordNames(after);
  const removed = new Map<string, string>();
  for (const model of before)
    for (const group of model.groups)
      for (const rule of group.rules) {
        const name = rule.record?.value ?? '';
        if (name !== '' && !recordsAfter.has(name) && !removed.has(name))
          removed.set(name, `${model.file}, group ${JSON.stringify(group.name?.value ?? '')}`);
      }
  if (removed.size === 0) return [];
  const findings: LintFinding[] = [];
  for (const model of after)
    for (const group of model.groups)
      for (const rule of group.rules) {
        if (rule.expr === undefined) continue;
        const parsed = parsePromQL(rule.expr.value);
        for (const selector of selectors(parsed)) {
          const where =
            selector.metricName === undefined ? undefined : removed.get(selector.metricName);
          if (where === undefined) continue;
          findings.push({
            ...warningInScalar(
              model.file,
              rule.expr.node,
              selector.from,
              selector.to,
              'rules/removed-dependency',
              `${rulePrefix(group, rule)}reads ${selector.metricName ?? ''}, which this change stops ` +
                `recording (its recording rule was in ${where}): the series ends and this rule ` +
                'goes quiet; keep the recording rule or change this rule',
            ),
            causedByChange: true,
          });
        }
      }
  return findings;
}

function recordNames(models: readonly RuleFileModel[]): Set<string> {
  const names = new Set<string>();
  for (const model of models)
    for (const group of model.groups)
      for (const rule of group.rules) if (rule.record !== undefined) names.add(rule.record.value);
  return names;
}
