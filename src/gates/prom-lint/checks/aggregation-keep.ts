/**
 * `promql/aggregation-keep`: the labels a team requires every rule's result to keep
 * (`aggregation-keep` in the configuration file), because routing, dashboards or joins depend on
 * them: `sum(up)` drops `job`, so an alert built on it cannot be routed to the job's owners, and
 * a record of it cannot be joined back to its scrape job. pint's promql/aggregate (`keep`). Off
 * unless configured. A label the rule sets itself (`labels: {job: api}`) is kept.
 */
import { allNodes, promTree, type PromNode } from '../promql/index.js';
import {
  aggregationOperator,
  expressionLabels,
  mayCarryLabel,
  outputLabels,
} from '../promql/output-labels.js';
import type { LintFinding } from '../types.js';
import { appliesTo } from './rule-kinds.js';
import { warningInScalar, type RuleContext } from './rule-context.js';

/**
 * One warning per required label the result cannot carry, on the aggregation that drops it (on
 * the whole expression when no aggregation does, e.g. a join `on ()`).
 */
export function aggregationKeep(context: RuleContext): LintFinding[] {
  const required = new Set(
    (context.settings.aggregationKeep ?? [])
      .filter((entry) => appliesTo(entry.rules, context))
      .flatMap((entry) => entry.labels),
  );
  if (required.size === 0) return [];
  const { parsed } = context;
  const result = expressionLabels(parsed);
  const own = new Set(context.rule.labels.map((label) => label.name));
  const findings: LintFinding[] = [];
  for (const label of [...required].sort()) {
    if (own.has(label) || mayCarryLabel(result, label)) continue;
    const nodes = allNodes(promTree(parsed));
    const drops = (node: PromNode): boolean =>
      node.kind === 'aggregate' && !mayCarryLabel(outputLabels(parsed, node), label);
    // The aggregation that removes it (its input still may carry it), else the outermost.
    const dropping =
      nodes.find((node) => {
        const input = node.children.at(-1);
        return (
          drops(node) && input !== undefined && mayCarryLabel(outputLabels(parsed, input), label)
        );
      }) ?? nodes.find(drops);
    const where = dropping ?? nodes[0];
    if (where === undefined) continue;
    const what =
      dropping === undefined
        ? 'the expression'
        : `${aggregationOperator(parsed, dropping.node)}(...)`;
    findings.push(
      warningInScalar(
        context.file,
        context.exprNode,
        where.from,
        where.to,
        'promql/aggregation-keep',
        `${context.prefix}${what} drops the label ${JSON.stringify(label)}, which every ` +
          `${context.isAlert ? 'alert' : 'record'} must keep (aggregation-keep in the configuration); ` +
          `add it to by (...)`,
      ),
    );
  }
  return findings;
}
