/**
 * The rules the suite-wide checks compare (duplicates, overlaps, dependencies across groups and
 * files): every rule whose expression parses, with its static labels, what the checks read of
 * its expression (expression-facts.ts) and where to report on it.
 */
import { parsePromQL } from '../promql/index.js';
import { syntaxDiagnostics } from '../promql/syntax.js';
import type { Located, RuleFileModel, RuleGroupModel, RuleModel } from '../rulefmt/model.js';
import { rulePrefix } from '../rulefmt/validate.js';
import type { LintFinding } from '../types.js';
import {
  expressionFacts,
  isAlertingRule,
  staticLabelsOf,
  suiteNeeds,
  type ExpressionFacts,
  type RuleIdentity,
  type SuiteNeeds,
} from './expression-facts.js';
import { warningInScalar } from './rule-context.js';

/** One rule of the suite whose expression parsed, with what the suite checks compare. */
export interface SuiteRule {
  /** Path of the rule's file, as given by the user. */
  file: string;
  /** The rule document it belongs to (a file may hold several). */
  document: RuleFileModel;
  group: RuleGroupModel;
  rule: RuleModel;
  /** True for alerting rules (a non-empty `alert:`). */
  isAlert: boolean;
  /** The `alert:` or `record:` field. */
  name: Located<string>;
  /** The `expr:` field, to place findings inside the expression. */
  expr: Located<string>;
  /** What the checks read of the expression, which parsed without syntax errors. */
  facts: ExpressionFacts;
  /** Group labels overlaid by rule labels: what Prometheus adds to every result. */
  staticLabels: ReadonlyMap<string, string>;
  /** Kind, name and static labels, as keys (expression-facts.ts). */
  identity: RuleIdentity;
  /** Prometheus' message prefix: `group "g", rule 2, "Name": `. */
  prefix: string;
}

/**
 * Every alerting and recording rule whose expression parses, in file order then line, so the
 * suite checks can report on the later of two rules. Rules with syntax errors have their error
 * already and are left out; with `linted` (the needs of the suite and the facts the linter took
 * from its own trees, only of rules without errors), so are rules with type errors, and nothing
 * is parsed twice.
 */
export function suiteRules(
  models: readonly RuleFileModel[],
  linted?: { needs: SuiteNeeds; factsOf: ReadonlyMap<RuleModel, ExpressionFacts> },
): SuiteRule[] {
  const needs = linted?.needs ?? suiteNeeds(models);
  const rules: SuiteRule[] = [];
  for (const model of models) {
    for (const group of model.groups) {
      for (const rule of group.rules) {
        const isAlert = isAlertingRule(rule);
        const name = isAlert ? rule.alert : rule.record;
        const expr = rule.expr;
        const identity = needs.identities.get(rule);
        if (name === undefined || identity === undefined || expr === undefined) continue;
        let facts: ExpressionFacts | undefined;
        if (linted !== undefined) facts = linted.factsOf.get(rule);
        else {
          const parsed = parsePromQL(expr.value);
          if (syntaxDiagnostics(parsed).length === 0) facts = expressionFacts(rule, parsed, needs);
        }
        if (facts === undefined) continue;
        rules.push({
          file: model.file,
          document: model,
          group,
          rule,
          isAlert,
          name,
          expr,
          facts,
          staticLabels: staticLabelsOf(group, rule),
          identity,
          prefix: rulePrefix(group, rule),
        });
      }
    }
  }
  return rules;
}

/** `file:line` of a rule's `alert:`/`record:` key, for messages that point at the other rule. */
export function ruleLocation(rule: SuiteRule): string {
  return `${rule.file}:${rule.name.keyPosition.line}`;
}

/**
 * A warning over the name (`alert:`/`record:` value) of a rule; on the key when the value is a
 * YAML alias (`alert: *name`), whose text sits at the anchor, in another rule.
 */
export function warningOnName(rule: SuiteRule, check: string, message: string): LintFinding {
  const { name } = rule;
  const aliased =
    name.position.line < name.keyPosition.line ||
    (name.position.line === name.keyPosition.line &&
      name.position.column < name.keyPosition.column);
  if (aliased) return { severity: 'warning', file: rule.file, ...name.keyPosition, check, message };
  return warningInScalar(rule.file, name.node, 0, name.value.length, check, message);
}

/** Items grouped by key, in first-seen order within and across groups; no key: left out. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [item]);
    else list.push(item);
  }
  return [...groups.values()];
}
