/**
 * What the checks across rule files read of a rule's expression, taken from its tree right after
 * the rule's own checks. The suite checks run once every file is linted; keeping these few facts
 * instead of every tree (about 1.5 KB a rule, 19,000 rules in a large suite) keeps the linter's
 * memory to the size of the models and the findings.
 */
import {
  binaryOperator,
  childNamed,
  COMPARISON_OPERATORS,
  nodeText,
  numberLiteral,
  promTree,
  selectors,
  type ParsedPromQL,
  type PromSelector,
} from '../promql/index.js';
import { normalizedExpression, normalizedNode } from '../promql/normalize.js';
import { expressionLabels, type LabelSet } from '../promql/output-labels.js';
import { expressionMatchers } from '../promql/result-matchers.js';
import { METRIC_NAME_LABEL, type LabelMatcherSpec } from '../promql/label-matchers.js';
import type { RuleFileModel, RuleGroupModel, RuleModel } from '../rulefmt/model.js';

/** A top-level `vector OP number` condition, the vector side normalised. */
export interface Threshold {
  vector: string;
  op: '>' | '>=' | '<' | '<=';
  value: number;
  text: string;
}

/** The series a rule's results can be: the labels they may carry and matchers they satisfy. */
export interface ResultShape {
  labels: LabelSet;
  matchers: LabelMatcherSpec[];
}

/** A selector without its tree: the metric it reads, its matchers, where it is in the expression. */
export type SelectorFacts = Pick<PromSelector, 'metricName' | 'matchers' | 'from' | 'to'> & {
  name: string;
};

/** What the suite checks read of one rule's expression. */
export interface ExpressionFacts {
  /** For `rules/duplicate`; only for a rule whose identity another rule of the suite shares. */
  result: ResultShape | undefined;
  /** For `alerts/overlap` (alerting rules only): the canonical text of the expression. */
  normalized: string | undefined;
  /** For `alerts/overlap` (alerting rules only): the top-level threshold, if there is one. */
  threshold: Threshold | undefined;
  /** For the dependency checks: the selectors that read a metric some rule of the suite records. */
  recordReads: SelectorFacts[];
}

/** A named rule's identity: kind, name and static labels (rules with one write the same series). */
export interface RuleIdentity {
  /** Equal for rules of one identity. */
  key: string;
  /** {@link labelsKey} of the static labels: equal for equal static labels. */
  labelsKey: string;
}

/** What the suite as a whole decides about which facts a rule needs. */
export interface SuiteNeeds {
  /** The identity of every rule with a name. */
  identities: ReadonlyMap<RuleModel, RuleIdentity>;
  /** Identity keys that more than one rule has. */
  sharedIdentities: ReadonlySet<string>;
  /** Every name a recording rule of the suite records. */
  recordNames: ReadonlySet<string>;
}

/** Whether the rule is an alerting rule (a non-empty `alert:`), as Prometheus decides. */
export function isAlertingRule(rule: RuleModel): boolean {
  return (rule.alert?.value ?? '') !== '';
}

/** Group labels overlaid by rule labels: what Prometheus adds to every result of the rule. */
export function staticLabelsOf(group: RuleGroupModel, rule: RuleModel): Map<string, string> {
  const labels = new Map<string, string>();
  for (const label of group.labels) labels.set(label.name, label.value);
  for (const label of rule.labels) labels.set(label.name, label.value);
  return labels;
}

/**
 * A key equal for equal label sets, whatever their order, to group rules by their labels: names
 * and values, flat, by name, as one JSON array.
 */
function labelsKey(labels: ReadonlyMap<string, string>): string {
  const pairs: string[] = [];
  for (const name of [...labels.keys()].sort()) pairs.push(name, labels.get(name) ?? '');
  return JSON.stringify(pairs);
}

/** The identity of a rule of this kind and name with these static labels. */
function ruleIdentity(
  isAlert: boolean,
  name: string,
  staticLabels: ReadonlyMap<string, string>,
): RuleIdentity {
  const labels = labelsKey(staticLabels);
  // A JSON array ends where its text ends, so the two parts cannot run into each other.
  return { key: JSON.stringify([isAlert, name]) + labels, labelsKey: labels };
}

/** Which facts the rules of these documents need (see {@link ExpressionFacts}). */
export function suiteNeeds(models: readonly RuleFileModel[]): SuiteNeeds {
  const identities = new Map<RuleModel, RuleIdentity>();
  const seen = new Set<string>();
  const sharedIdentities = new Set<string>();
  const recordNames = new Set<string>();
  for (const model of models) {
    for (const group of model.groups) {
      for (const rule of group.rules) {
        const isAlert = isAlertingRule(rule);
        const name = (isAlert ? rule.alert : rule.record)?.value ?? '';
        if (name === '') continue;
        if (!isAlert) recordNames.add(name);
        const identity = ruleIdentity(isAlert, name, staticLabelsOf(group, rule));
        identities.set(rule, identity);
        if (seen.has(identity.key)) sharedIdentities.add(identity.key);
        else seen.add(identity.key);
      }
    }
  }
  return { identities, sharedIdentities, recordNames };
}

/**
 * The facts of one rule and its parsed expression (free of syntax errors) that the suite checks
 * need; the rule is one of those `needs` was made from.
 */
export function expressionFacts(
  rule: RuleModel,
  parsed: ParsedPromQL,
  needs: SuiteNeeds,
): ExpressionFacts {
  const isAlert = isAlertingRule(rule);
  const identity = needs.identities.get(rule);
  const recordReads: SelectorFacts[] = [];
  for (const { metricName, matchers, from, to } of selectors(parsed)) {
    const name = selectedName(metricName, matchers);
    if (name !== undefined && needs.recordNames.has(name))
      recordReads.push({ name, metricName, matchers, from, to });
  }
  return {
    result:
      identity !== undefined && needs.sharedIdentities.has(identity.key)
        ? { labels: expressionLabels(parsed), matchers: expressionMatchers(parsed) }
        : undefined,
    normalized: isAlert ? flat(normalizedExpression(parsed)) : undefined,
    threshold: isAlert ? thresholdOf(parsed) : undefined,
    recordReads,
  };
}

/** The metric name a selector reads, from `x{…}` or `{__name__="x"}`. */
function selectedName(
  metricName: string | undefined,
  matchers: PromSelector['matchers'],
): string | undefined {
  return metricName ?? matchers.find((m) => m.name === METRIC_NAME_LABEL && m.op === '=')?.value;
}

const FLIPPED: Record<string, Threshold['op']> = { '>': '<', '>=': '<=', '<': '>', '<=': '>=' };

/** The comparison of a threshold (`>`, `>=`, `<`, `<=`; not `==`/`!=`) of an operator node name. */
function thresholdOperator(opName: string | undefined): Threshold['op'] | undefined {
  const op = opName === undefined ? undefined : COMPARISON_OPERATORS.get(opName);
  return op === '>' || op === '>=' || op === '<' || op === '<=' ? op : undefined;
}

function thresholdOf(parsed: ParsedPromQL): Threshold | undefined {
  let root = promTree(parsed);
  while (root?.kind === 'paren') root = root.children[0];
  if (root?.kind !== 'binary' || childNamed(root.node, 'BoolModifier') !== null) return undefined;
  const op = thresholdOperator(binaryOperator(root.node)?.name);
  const [lhs, rhs] = root.children;
  if (op === undefined || lhs === undefined || rhs === undefined) return undefined;
  const right = numberLiteral(parsed, rhs);
  const left = numberLiteral(parsed, lhs);
  const text = nodeText(parsed, root.node);
  if (right !== undefined && left === undefined)
    return { vector: flat(normalizedNode(parsed, lhs)), op, value: right, text };
  if (left !== undefined && right === undefined)
    return { vector: flat(normalizedNode(parsed, rhs)), op: FLIPPED[op] ?? op, value: left, text };
  return undefined;
}

/**
 * The string, flattened. A normalised expression is built by concatenation, and V8 keeps such a
 * string as a tree of its pieces (one small object each, 30 for a typical alert) until a character
 * is read; reading one now makes V8 copy it into one piece, so 19,000 kept expressions cost their
 * characters, not 600,000 pieces.
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}
