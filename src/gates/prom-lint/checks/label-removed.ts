/**
 * `promql/label-removed`: a grouping, join or label_replace() that names a label an inner
 * aggregation, join or function already removed, e.g. `sum by (instance) (sum by (job) (x))`,
 * `sum by (job) (x) / on (instance) sum by (instance) (y)`, or
 * `... * on (pod) group_left (node) sum by (namespace, pod) (kube_pod_info)`. The label is then
 * empty on every series, so the outer `by` puts everything into one group, the `on` matches
 * series it should keep apart, and `group_left` copies nothing (it deletes the label instead).
 *
 * The metric name is left alone: whether `__name__` survives rate() and arithmetic inside an
 * expression depends on Prometheus' `promql-delayed-name-removal` feature flag.
 */
import {
  aggregationGrouping,
  aggregationOperator,
  describeLabelSet,
  functionName,
  isScalarExpression,
  mayCarryLabel,
  METRIC_NAME_LABEL,
  outputLabels,
  stringArgument,
  vectorMatching,
  type LabelReference,
  type LabelSet,
} from '../promql/output-labels.js';
import { allNodes, promTree, type ParsedPromQL, type PromNode } from '../promql/index.js';
import type { LintFinding } from '../types.js';
import { warningInScalar, type RuleContext } from './rule-context.js';

const CHECK = 'promql/label-removed';

/** A label read by a clause, the series it reads it from, and how to say so. */
interface LabelUse {
  reference: LabelReference;
  /** What reads the label: `by (...)`, `on (...)`, `group_left (...)`, `label_replace()`. */
  clause: string;
  /** Where the label should come from: `its input`, `the left side`, ... */
  source: string;
  labels: LabelSet;
}

/** Labels read by `by (...)` of an aggregation, from its input. */
function aggregationUses(parsed: ParsedPromQL, node: PromNode): LabelUse[] {
  const { grouping, labels } = aggregationGrouping(parsed, node.node);
  const vector = node.children[node.children.length - 1];
  // `without (x)` of a label that is not there is a harmless no-op.
  if (grouping !== 'by' || vector === undefined) return [];
  const input = outputLabels(parsed, vector);
  const op = aggregationOperator(parsed, node.node);
  return labels.map((reference) => ({
    reference,
    clause: `${op} by (...)`,
    source: 'its input',
    labels: input,
  }));
}

/** Labels read by `on (...)` (from both sides) and `group_left/right (...)` (from the "one" side). */
function matchingUses(parsed: ParsedPromQL, node: PromNode): LabelUse[] {
  const [lhs, rhs] = node.children;
  if (lhs === undefined || rhs === undefined) return [];
  if (isScalarExpression(parsed, lhs) || isScalarExpression(parsed, rhs)) return [];
  const matching = vectorMatching(parsed, node.node);
  const left = outputLabels(parsed, lhs);
  const right = outputLabels(parsed, rhs);
  const uses: LabelUse[] = [];
  if (matching.mode === 'on') {
    for (const reference of matching.labels) {
      for (const [source, labels] of [
        ['the left side', left],
        ['the right side', right],
      ] as const) {
        uses.push({ reference, clause: 'on (...)', source, labels });
      }
    }
  }
  if (matching.group !== undefined) {
    const one = matching.group === 'left' ? right : left;
    const source = matching.group === 'left' ? 'the right side' : 'the left side';
    for (const reference of matching.include) {
      uses.push({ reference, clause: `group_${matching.group} (...)`, source, labels: one });
    }
  }
  return uses;
}

/** Source labels read by label_replace() and label_join() from their first argument. */
function relabelUses(parsed: ParsedPromQL, node: PromNode): LabelUse[] {
  const name = functionName(parsed, node.node);
  const [vector, ...rest] = node.children;
  if (vector === undefined) return [];
  const sources =
    name === 'label_replace' ? rest.slice(2, 3) : name === 'label_join' ? rest.slice(2) : [];
  const input = outputLabels(parsed, vector);
  const uses: LabelUse[] = [];
  for (const source of sources) {
    const label = stringArgument(parsed, source);
    // An empty source label is the idiom for setting a constant label.
    if (label === undefined || label === '') continue;
    uses.push({
      reference: { name: label, from: source.from, to: source.to },
      clause: `${name}()`,
      source: 'its input',
      labels: input,
    });
  }
  return uses;
}

function usesOf(parsed: ParsedPromQL, node: PromNode): LabelUse[] {
  switch (node.kind) {
    case 'aggregate':
      return aggregationUses(parsed, node);
    case 'binary':
      return matchingUses(parsed, node);
    case 'call':
      return relabelUses(parsed, node);
    default:
      return [];
  }
}

/** One warning per label a clause reads from series that can no longer carry it, on the label. */
export function labelRemoved(context: RuleContext): LintFinding[] {
  const { parsed } = context;
  const findings: LintFinding[] = [];
  for (const node of allNodes(promTree(parsed))) {
    for (const use of usesOf(parsed, node)) {
      const { reference, labels } = use;
      if (reference.name === METRIC_NAME_LABEL || mayCarryLabel(labels, reference.name)) continue;
      const label = JSON.stringify(reference.name);
      findings.push(
        warningInScalar(
          context.file,
          context.exprNode,
          reference.from,
          reference.to,
          CHECK,
          `${context.prefix}${use.clause} uses the label ${label}, but ${use.source} ` +
            `${describeLabelSet(labels)}, so ${label} is empty on every series there; keep ` +
            `${label} in the inner by (...) or remove it here`,
        ),
      );
    }
  }
  return findings;
}
