/**
 * promtool's `--lint=duplicate-rules` (on by default, not fatal): two rules of one file with the
 * same name and the same labels (group labels overlaid by rule labels) would write the same
 * series or alert, which "might cause inconsistency while recording expressions".
 */
import type { RuleFileModel } from './model.js';
import type { RuleProblem } from './validate.js';
import { ruleName } from './validate.js';

/** One warning per repeated rule, on the repeat, naming where the first one is. */
export function duplicateRules(model: RuleFileModel): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const first = new Map<string, number>();
  for (const group of model.groups) {
    for (const rule of group.rules) {
      const labels = new Map<string, string>();
      for (const label of group.labels) labels.set(label.name, label.value);
      for (const label of rule.labels) labels.set(label.name, label.value);
      const sorted = [...labels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const name = ruleName(rule);
      const key = JSON.stringify([name, sorted]);
      const firstLine = first.get(key);
      if (firstLine === undefined) {
        first.set(key, rule.position.line);
        continue;
      }
      const shown = sorted.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ');
      problems.push({
        check: 'rulefmt/duplicate-rule',
        position: rule.position,
        message: `duplicate rule: ${name}{${shown}} is also defined at line ${firstLine}; might cause inconsistency while recording expressions`,
      });
    }
  }
  return problems;
}
