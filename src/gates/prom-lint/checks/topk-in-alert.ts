/**
 * `alerts/topk`: topk(), bottomk(), limitk() and limit_ratio() pick some series of many, and which
 * ones can change from one evaluation to the next (a tie, a new series, a value crossing another).
 * The labels of the picked series become the alert's labels, so the alert resolves for one
 * series and fires for another on every change: it flaps. pint reports it as promql/fragile
 * ("sampling functions"). Left alone when an outer aggregation takes the labels away
 * (`count(topk(3, x)) > 2`): the alert's labels no longer depend on the pick.
 */
import { promTree, type PromNode } from '../promql/index.js';
import { aggregationOperator } from '../promql/output-labels.js';
import type { LintFinding } from '../types.js';
import { warningInScalar, type RuleContext } from './rule-context.js';

/** The aggregations that return a subset of their input series. */
const SAMPLING_AGGREGATIONS: ReadonlySet<string> = new Set([
  'topk',
  'bottomk',
  'limitk',
  'limit_ratio',
]);

/** Any of their names, for a first look at the text. */
const SAMPLING_NAME = /topk|bottomk|limitk|limit_ratio/iu;

/** One warning per sampling aggregation whose series become the alert's, on the aggregation. */
export function topkInAlert(context: RuleContext): LintFinding[] {
  // Aggregation names are case-insensitive in PromQL; a text search spares the tree walk.
  if (!context.isAlert || !SAMPLING_NAME.test(context.parsed.text)) return [];
  const findings: LintFinding[] = [];
  // Parents before children, in source order, without recursion: a tree may nest thousands deep.
  const root = promTree(context.parsed);
  const nodes: PromNode[] = root === undefined ? [] : [root];
  const underAggregations: boolean[] = [false];
  for (let node = nodes.pop(); node !== undefined; node = nodes.pop()) {
    const underAggregation = underAggregations.pop() === true;
    const op = node.kind === 'aggregate' ? aggregationOperator(context.parsed, node.node) : '';
    if (SAMPLING_AGGREGATIONS.has(op) && !underAggregation) {
      findings.push(
        warningInScalar(
          context.file,
          context.exprNode,
          node.from,
          node.to,
          'alerts/topk',
          `${context.prefix}${op}() in an alert can pick different series on each evaluation; ` +
            'their labels become the alert, so it flaps (resolves for one series, fires for another); ' +
            'filter with a threshold instead',
        ),
      );
    }
    const outer = underAggregation || (node.kind === 'aggregate' && !SAMPLING_AGGREGATIONS.has(op));
    for (let k = node.children.length - 1; k >= 0; k -= 1) {
      nodes.push(node.children[k] as PromNode);
      underAggregations.push(outer);
    }
  }
  return findings;
}
