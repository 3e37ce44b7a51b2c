/** promtool's duplicate-rules lint as a suite check: one warning per repeat within a document. */
import { duplicateRules } from '../rulefmt/duplicate-rules.js';
import type { RuleFileModel } from '../rulefmt/model.js';
import type { LintFinding } from '../types.js';

/** Warnings for rules repeated (same name and labels) within one rule document. */
export function duplicateRuleWarnings(models: readonly RuleFileModel[]): LintFinding[] {
  return models.flatMap((model) =>
    duplicateRules(model).map((problem) => ({
      severity: 'warning' as const,
      file: model.file,
      ...problem.position,
      check: problem.check,
      message: problem.message,
    })),
  );
}
