/**
 * The semantic checks of Prometheus' rule loader (model/rulefmt `Validate`), worded as
 * Prometheus words them, each placed on the key or value at fault.
 */
import type { SourcePosition } from '../types.js';
import { parsePrometheusDuration } from './duration.js';
import type { Located, NamedValue, RuleFileModel, RuleGroupModel, RuleModel } from './model.js';
import { isValidLabelName, isValidLabelValue, isValidMetricName } from './names.js';

/** A rule-format error at a place in the file. */
export interface RuleProblem {
  check: string;
  position: SourcePosition;
  message: string;
}

/** Options of the checks. */
export interface ValidateOptions {
  /** Names must match `[a-zA-Z_][a-zA-Z0-9_]*` (Prometheus 2), not merely be UTF-8 (3). */
  legacyNames?: boolean;
}

/** Validates every group and rule of one rule document. */
export function validateRuleFile(
  model: RuleFileModel,
  options: ValidateOptions = {},
): RuleProblem[] {
  const legacy = options.legacyNames === true;
  const problems: RuleProblem[] = [];
  const seen = new Set<string>();
  for (const group of model.groups) {
    const name = group.name?.value ?? '';
    if (name === '') {
      problems.push({
        check: 'rulefmt/group-name',
        position: group.position,
        message: 'Groupname must not be empty',
      });
    } else if (seen.has(name)) {
      problems.push({
        check: 'rulefmt/duplicate-group',
        position: group.position,
        message: `groupname: ${JSON.stringify(name)} is repeated in the same file`,
      });
    }
    seen.add(name);
    if (group.limit !== undefined && group.limit.value < 0) {
      // Prometheus treats a negative limit as "no limit"; a negative number is always a mistake.
      problems.push({
        check: 'rulefmt/limit',
        position: group.limit.position,
        message: `group ${JSON.stringify(name)}: limit must not be negative: ${group.limit.value}`,
      });
    }
    for (const label of group.labels) {
      problems.push(
        ...labelProblems(label, legacy, (message) => `group ${JSON.stringify(name)}: ${message}`),
      );
    }
    for (const rule of group.rules) problems.push(...ruleProblems(group, rule, legacy));
  }
  return problems;
}

/** The name Prometheus shows for a rule in messages: the alert name, else the record name. */
export function ruleName(rule: RuleModel): string {
  const alert = rule.alert?.value ?? '';
  return alert !== '' ? alert : (rule.record?.value ?? '');
}

/** Prometheus' prefix for rule errors: `group "g", rule 2, "Name": `. */
export function rulePrefix(group: RuleGroupModel, rule: RuleModel): string {
  let prefix = prefixes.get(rule);
  if (prefix === undefined) {
    prefix = `group ${JSON.stringify(group.name?.value ?? '')}, rule ${rule.index}, ${JSON.stringify(ruleName(rule))}: `;
    prefixes.set(rule, prefix);
  }
  return prefix;
}

/** Each rule's prefix, made once: validation, the PromQL errors and every warning check ask. */
const prefixes = new WeakMap<RuleModel, string>();

function ruleProblems(group: RuleGroupModel, rule: RuleModel, legacy: boolean): RuleProblem[] {
  const prefix = rulePrefix(group, rule);
  const problems: RuleProblem[] = [];
  const add = (check: string, position: SourcePosition, message: string): void => {
    problems.push({ check, position, message: prefix + message });
  };
  const record = rule.record?.value ?? '';
  const alert = rule.alert?.value ?? '';
  if (record !== '' && alert !== '') {
    add(
      'rulefmt/record-or-alert',
      rule.record?.position ?? rule.position,
      "only one of 'record' and 'alert' must be set",
    );
  }
  if (record === '' && alert === '') {
    add('rulefmt/record-or-alert', rule.position, "one of 'record' or 'alert' must be set");
  }
  if ((rule.expr?.value ?? '') === '') {
    add(
      'rulefmt/expr-required',
      rule.expr?.position ?? rule.position,
      "field 'expr' must be set in rule",
    );
  }
  if (record !== '' && rule.record !== undefined) {
    const at = rule.record.position;
    if (rule.annotations.length > 0)
      add('rulefmt/recording-rule-field', at, "invalid field 'annotations' in recording rule");
    if (nonZero(rule.for))
      add('rulefmt/recording-rule-field', at, "invalid field 'for' in recording rule");
    if (nonZero(rule.keepFiringFor)) {
      add('rulefmt/recording-rule-field', at, "invalid field 'keep_firing_for' in recording rule");
    }
    if (!isValidMetricName(record, legacy))
      add('rulefmt/record-name', at, `invalid recording rule name: ${record}`);
    // A valid UTF-8 name, but braces almost always mean a selector pasted into the name.
    if (record.includes('{') || record.includes('}')) {
      add(
        'rulefmt/record-name',
        at,
        `braces present in the recording rule name; should it be in expr?: ${record}`,
      );
    }
  }
  for (const label of rule.labels) {
    problems.push(...labelProblems(label, legacy, (message) => prefix + message));
  }
  for (const annotation of rule.annotations) {
    if (!isValidLabelName(annotation.name, legacy)) {
      add(
        'rulefmt/annotation-name',
        annotation.namePosition,
        `invalid annotation name: ${annotation.name}`,
      );
    }
  }
  return problems;
}

function labelProblems(
  label: NamedValue,
  legacy: boolean,
  wrap: (message: string) => string,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!isValidLabelName(label.name, legacy) || label.name === '__name__') {
    problems.push({
      check: 'rulefmt/label-name',
      position: label.namePosition,
      message: wrap(`invalid label name: ${label.name}`),
    });
  }
  if (!isValidLabelValue(label.value)) {
    problems.push({
      check: 'rulefmt/label-value',
      position: label.position,
      message: wrap(`invalid label value: ${label.value}`),
    });
  }
  return problems;
}

/** True when a duration field is set to a valid, non-zero duration (`for: 0s` is allowed). */
function nonZero(duration: Located<string> | undefined): boolean {
  if (duration === undefined) return false;
  const parsed = parsePrometheusDuration(duration.value);
  return 'ms' in parsed && parsed.ms !== 0;
}
