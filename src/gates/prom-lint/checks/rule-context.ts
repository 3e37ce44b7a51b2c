/**
 * What every rule warning check receives: the rule, its group, its parsed expression, and a way
 * to turn offsets inside a YAML value into a finding at the right place in the user's file.
 */
import { positionOfOffset } from '../load/position-of-offset.js';
import type { YamlScalar } from '../load/yaml-tree.js';
import { functionCalls, type ParsedPromQL } from '../promql/index.js';
import type { RuleGroupModel, RuleModel } from '../rulefmt/model.js';
import type { PromLintSettings } from '../settings.js';
import type { LintFinding } from '../types.js';

/** One rule whose `expr` parsed without errors, as the warning checks see it. */
export interface RuleContext {
  file: string;
  group: RuleGroupModel;
  rule: RuleModel;
  /** True for alerting rules (a non-empty `alert:`). */
  isAlert: boolean;
  /** The parsed `expr`; only rules whose expr has no error reach the checks. */
  parsed: ParsedPromQL;
  /** The YAML scalar of `expr`, to map expression offsets to file positions. */
  exprNode: YamlScalar;
  /** Prometheus' message prefix: `group "g", rule 2, "Name": `. */
  prefix: string;
  /** The team's tunables (scrape interval, conventions). */
  settings: PromLintSettings;
}

/**
 * A warning spanning `from`..`to` (0-based, `to` exclusive) inside a YAML scalar's value, mapped
 * to file positions the same way PromQL errors are, so annotations underline the exact text.
 */
export function warningInScalar(
  file: string,
  node: YamlScalar,
  from: number,
  to: number,
  check: string,
  message: string,
): LintFinding {
  const start = positionOfOffset(node, from);
  const end = positionOfOffset(node, to);
  return {
    severity: 'warning',
    file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    check,
    message,
  };
}

/** One warning per call of the PromQL function `name` in the rule's expression, on the call. */
export function warningsOnCalls(
  context: RuleContext,
  name: string,
  check: string,
  message: string,
): LintFinding[] {
  return functionCalls(context.parsed)
    .filter((call) => call.name === name)
    .map((call) =>
      warningInScalar(context.file, context.exprNode, call.from, call.to, check, message),
    );
}
