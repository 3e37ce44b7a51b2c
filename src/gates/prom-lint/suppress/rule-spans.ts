/**
 * The lines each rule occupies in its file, so a `disable` comment can be tied to the rule it
 * sits in or above, and a finding to the rule it is about. Computed from the decoded model: every
 * value remembers where its source ends, which also covers multi-line block scalars.
 */
import { positionInText } from '../load/parse-yaml.js';
import type { YamlScalar } from '../load/yaml-tree.js';
import type { RuleFileModel, RuleModel } from '../rulefmt/model.js';

/** Where one rule is, in lines of the user's file. */
export interface RuleSpan {
  /** The line of the rule's first key (the `- ` item line in the usual layout). */
  firstLine: number;
  /** The last line holding part of the rule's values (comments after it are not counted). */
  lastLine: number;
  /** The column of the rule's first key: a comment indented this far belongs to the rule. */
  keyColumn: number;
}

/**
 * The span of every rule of the given documents (one file's), in the order of the model.
 * @example ruleSpans([model]) // [{ firstLine: 4, lastLine: 8, keyColumn: 9 }] for a five-line rule
 */
export function ruleSpans(models: readonly RuleFileModel[]): RuleSpan[] {
  return models.flatMap((model) =>
    model.groups.flatMap((group) => group.rules.map((rule) => spanOf(rule))),
  );
}

function spanOf(rule: RuleModel): RuleSpan {
  let lastLine = rule.position.line;
  for (const node of scalarsOf(rule)) lastLine = Math.max(lastLine, endLine(node));
  return { firstLine: rule.position.line, lastLine, keyColumn: rule.position.column };
}

function scalarsOf(rule: RuleModel): YamlScalar[] {
  const located = [rule.record, rule.alert, rule.expr, rule.for, rule.keepFiringFor];
  return [
    ...located.flatMap((field) => (field === undefined ? [] : [field.node])),
    ...rule.labels.map((label) => label.node),
    ...rule.annotations.map((annotation) => annotation.node),
  ];
}

/** The file line of a scalar's last character (a block scalar's final line break included). */
function endLine(node: YamlScalar): number {
  const source = node.source;
  const last = Math.max(node.sourceStart, node.sourceEnd - 1);
  return source.toFilePosition(positionInText(source.lineStarts, last)).line;
}
