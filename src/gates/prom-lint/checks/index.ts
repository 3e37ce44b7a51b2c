/**
 * The warning checks of the prom-lint gate: rules that load and parse fine but are likely
 * mistakes (an alert without a threshold, `$value` in labels, rate() on a gauge, ...). They run
 * after the error checks, only on rules whose expression parsed without errors, so a broken
 * expression gets its error and nothing that would follow from it.
 */
import type { ParsedPromQL } from '../promql/index.js';
import type { Located, RuleFileModel, RuleGroupModel, RuleModel } from '../rulefmt/model.js';
import { rulePrefix } from '../rulefmt/validate.js';
import type { PromLintSettings } from '../settings.js';
import type { LintFinding } from '../types.js';
import { absentWithoutFor } from './absent-without-for.js';
import { alwaysFiring } from './always-firing.js';
import { groupInterval } from './group-interval.js';
import { irateInAlert } from './irate-in-alert.js';
import { CONVENTION_CHECKS } from './conventions/index.js';
import { crossGroupDependencies } from './cross-group-dependency.js';
import type { ExpressionFacts, SuiteNeeds } from './expression-facts.js';
import { labelRemoved } from './label-removed.js';
import { nanDivision } from './nan-division.js';
import { rateOnNonCounter } from './rate-on-non-counter.js';
import { regexMatcher } from './regex-matcher.js';
import { alertOverlaps, ruleDuplicates } from './rule-overlaps.js';
import { shortRange } from './short-range.js';
import { suiteRules, type SuiteRule } from './suite-rules.js';
import { templateLabelRemoved } from './template-label-removed.js';
import type { RuleContext } from './rule-context.js';
import { valueInLabels } from './value-in-labels.js';
import { topkInAlert } from './topk-in-alert.js';
import { unguardedAggregation } from './unguarded-aggregation.js';
import { deadCode } from './dead-code.js';
import { aggregationKeep } from './aggregation-keep.js';
import { requiredLabels } from './required-labels.js';
import { reject } from './reject.js';
import { maxRange } from './max-range.js';
import { forRange } from './for-range.js';

export { expressionFacts, suiteNeeds } from './expression-facts.js';
export type { ExpressionFacts, SuiteNeeds } from './expression-facts.js';
export { groupInterval } from './group-interval.js';
export { isConventionalGauge } from './rate-on-non-counter.js';
export { removedDependencies } from './removed-dependency.js';
export { checkDocsLink } from './docs-links.js';

/** The per-rule checks, in the order their findings are produced. */
const RULE_CHECKS: readonly ((context: RuleContext) => LintFinding[])[] = [
  alwaysFiring,
  valueInLabels,
  irateInAlert,
  absentWithoutFor,
  rateOnNonCounter,
  shortRange,
  regexMatcher,
  nanDivision,
  templateLabelRemoved,
  labelRemoved,
  topkInAlert,
  unguardedAggregation,
  deadCode,
  aggregationKeep,
  requiredLabels,
  reject,
  maxRange,
  forRange,
  ...CONVENTION_CHECKS,
];

/**
 * Warnings for one rule whose `expr` parsed without errors.
 * @example ruleWarnings('r.yml', group, rule, rule.expr, parsePromQL('up == 0'), settings) // []
 */
export function ruleWarnings(
  file: string,
  group: RuleGroupModel,
  rule: RuleModel,
  expr: Located<string>,
  parsed: ParsedPromQL,
  settings: PromLintSettings,
): LintFinding[] {
  const context: RuleContext = {
    settings,
    file,
    group,
    rule,
    isAlert: (rule.alert?.value ?? '') !== '',
    parsed,
    exprNode: expr.node,
    prefix: rulePrefix(group, rule),
  };
  // A loop, not flatMap: this runs every check on every rule, and most find nothing.
  const findings: LintFinding[] = [];
  for (const check of RULE_CHECKS) {
    const found = check(context);
    if (found.length > 0) findings.push(...found);
  }
  return findings;
}

/** Warnings about a group as a whole (its evaluation interval). */
export function groupWarnings(file: string, group: RuleGroupModel): LintFinding[] {
  return groupInterval(file, group);
}

/**
 * The checks that look at every rule file at once (duplicates across files, rules that depend on
 * another group's records), in the order their findings are produced. Each gets the rules of
 * every document whose expression parsed.
 */
const SUITE_CHECKS: readonly ((rules: readonly SuiteRule[]) => LintFinding[])[] = [
  ruleDuplicates,
  alertOverlaps,
  crossGroupDependencies,
];

/**
 * Warnings about the rule files as a whole. `models` holds every decoded rule document, `needs`
 * what the suite asked of them, `factsOf` what was read of the expressions that parsed without
 * errors (expression-facts.ts).
 */
export function suiteWarnings(
  models: readonly RuleFileModel[],
  needs: SuiteNeeds,
  factsOf: ReadonlyMap<RuleModel, ExpressionFacts>,
): LintFinding[] {
  const rules = suiteRules(models, { needs, factsOf });
  return SUITE_CHECKS.flatMap((check) => check(rules));
}
