/**
 * `alerts/unguarded-aggregation`: an alert without `for` that does arithmetic between two
 * aggregations of different metrics (`sum(requests_total) / sum(capacity_total) > 0.9`). After
 * Prometheus restarts it scrapes its targets spread over the first scrape interval, so for a
 * moment one sum covers all its targets and the other only some: the ratio jumps and the alert
 * fires on its first evaluation, and by the time anyone looks every target is scraped and the
 * query shows nothing wrong. A `for` of at least one scrape interval waits that moment out.
 * pint reports it as promql/fragile ("arithmetic operations between aggregations").
 *
 * Only sum() and count() are looked at (they grow with the number of targets seen), only when
 * they aggregate the scraped series across targets (not `by (instance)`, not the result of an
 * inner aggregation such as `sum(avg(x))`), and only between different metrics (an
 * error ratio of one metric's series comes from the same targets on both sides).
 */
import { parsePrometheusDuration } from '../rulefmt/duration.js';
import {
  allNodes,
  ARITHMETIC_OPERATORS,
  binaryOperator,
  promTree,
  selectors,
  type ParsedPromQL,
  type PromNode,
} from '../promql/index.js';
import { aggregationGrouping, aggregationOperator } from '../promql/output-labels.js';
import type { LintFinding } from '../types.js';
import { warningInScalar, type RuleContext } from './rule-context.js';

/** Aggregations whose value grows with the number of targets scraped so far. */
const TARGET_COUNTING_AGGREGATIONS: ReadonlySet<string> = new Set(['sum', 'count']);

/** Their names (case-insensitive in PromQL), for a first look at the text. */
const COUNTING_NAME = /\b(?:sum|count)\b/iu;

/** One warning per arithmetic between two such aggregations in an alert without `for`. */
export function unguardedAggregation(context: RuleContext): LintFinding[] {
  if (!context.isAlert || waits(context) || !COUNTING_NAME.test(context.parsed.text)) return [];
  const { parsed } = context;
  const findings: LintFinding[] = [];
  for (const node of allNodes(promTree(parsed))) {
    if (node.kind !== 'binary') continue;
    const op = binaryOperator(node.node);
    if (op === undefined || !ARITHMETIC_OPERATORS.has(op.name)) continue;
    const [lhs, rhs] = node.children.map((child) => acrossTargets(parsed, child));
    if (lhs === undefined || rhs === undefined) continue;
    const left = metricNames(parsed, lhs);
    const right = metricNames(parsed, rhs);
    if (left.size === 0 || right.size === 0 || sameSet(left, right)) continue;
    findings.push(
      warningInScalar(
        context.file,
        context.exprNode,
        node.from,
        node.to,
        'alerts/unguarded-aggregation',
        `${context.prefix}arithmetic between ${aggregationOperator(parsed, lhs.node)}() of ` +
          `${[...left].sort().join(', ')} and ${aggregationOperator(parsed, rhs.node)}() of ` +
          `${[...right].sort().join(', ')} without 'for': right after a Prometheus restart one ` +
          "side may cover only some targets and fire a false alert; add 'for' of at least one " +
          'scrape interval (e.g. for: 2m)',
      ),
    );
  }
  return findings;
}

/** The sum()/count() across targets that `node` is (through parentheses), or undefined. */
function acrossTargets(parsed: ParsedPromQL, node: PromNode | undefined): PromNode | undefined {
  let inner = node;
  while (inner?.kind === 'paren') inner = inner.children[0];
  if (inner?.kind !== 'aggregate') return undefined;
  if (!TARGET_COUNTING_AGGREGATIONS.has(aggregationOperator(parsed, inner.node))) return undefined;
  // sum(avg(x)): the inner aggregation already made one series of the targets seen so far, and
  // its value (an average) does not grow with their number.
  if (allNodes(inner).some((node) => node !== inner && node.kind === 'aggregate')) return undefined;
  const { grouping, labels } = aggregationGrouping(parsed, inner.node);
  const names = labels.map((label) => label.name);
  if (grouping === 'by' && names.includes('instance')) return undefined;
  if (grouping === 'without' && !names.includes('instance')) return undefined;
  return inner;
}

/** The metric names selected under `node`. */
function metricNames(parsed: ParsedPromQL, node: PromNode): Set<string> {
  return new Set(
    selectors(parsed)
      .filter((s) => s.from >= node.from && s.to <= node.to)
      .map((s) => s.metricName)
      .filter((name): name is string => name !== undefined),
  );
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Whether the rule has a `for` longer than zero (a bad duration is an error reported elsewhere). */
function waits({ rule }: RuleContext): boolean {
  if (rule.for === undefined) return false;
  const duration = parsePrometheusDuration(rule.for.value);
  return !('ms' in duration) || duration.ms > 0;
}
