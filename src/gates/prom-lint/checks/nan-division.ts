/**
 * `promql/nan-division`: a division of two vectors inside `sum`, `avg`, `stddev` or `stdvar`
 * (`avg(rate(errors_total[5m]) / rate(requests_total[5m]))`). One series whose divisor is 0 gives
 * NaN (0/0) or ±Inf, and one NaN makes the whole group's sum or average NaN. Every comparison with
 * NaN is false, so an alert on it silently stops firing for as long as one series is idle. Summing
 * first and dividing last (`sum(a) / sum(b)`) has no such hole, and it is also the right average
 * ("Get thee to a NaNnary", Robust Perception: "always do division last").
 *
 * Which aggregations: those where one NaN input makes the result NaN. `max`, `min`, `topk` and
 * `bottomk` are not flagged: Prometheus lets any real value win over NaN there (engine.go,
 * `aggregation`: the accumulator is replaced "|| math.IsNaN(...)"), so one idle series does not
 * hide the others. `count`, `group` and `count_values` count samples whatever their value.
 * `quantile` is left out too: it sorts its inputs (Go sorts NaN first), so a NaN changes the
 * result only when it lands on the rank asked for.
 *
 * When the divisor can be 0: when it is of a kind that routinely is. Rates and deltas (rate(),
 * irate(), increase(), delta(), idelta(), deriv(), changes(), resets()) are 0 whenever nothing
 * happened in their range; a counter (by its `_total`, `_count`, `_sum`, `_bucket` suffix) is 0
 * after each restart; `x > bool c` is 0 where the comparison is false; and what is built from
 * those keeps the 0 (`sum`, `avg`, `min`, `max`, `*`, `abs()`, `round()`, `*_over_time`, ...).
 * A filter that drops 0 rules it out (`b > 0`, `b != 0`, `b >= 1`, `(b > 0) * 100`), as does
 * `clamp_min(b, c)` with c > 0; counts (`count`, `count_over_time`, ...) are at least 1 whenever
 * they return a sample. Other gauges are not presumed to be 0: divisors such as capacities and
 * limits never are, and warning on them would be noise (awesome-prometheus-alerts divides by
 * cAdvisor's `container_spec_cpu_period`, the CFS period, never 0). Divisions by a scalar
 * (`x / 100`, `x / scalar(y)`) are not flagged: every series shares that divisor, and
 * `sum(a) / sum(b)` is not the fix.
 *
 * Only divisions whose NaN reaches the aggregation are flagged: through parentheses, arithmetic,
 * `and`/`or`/`unless` and functions that keep NaN (abs(), clamp(), round(), label_replace(), ...).
 * A comparison in between (`sum((a / b) > 0.5)`) drops NaN samples, and an inner aggregation is
 * judged on its own.
 */
import {
  childNamed,
  allNodes,
  ARITHMETIC_OPERATORS,
  binaryOperator,
  depthSafe,
  COMPARISON_OPERATORS,
  nodeText,
  numberLiteral,
  promTree,
  selectorPartsOf,
  type ParsedPromQL,
  type PromNode,
} from '../promql/index.js';
import { RANGE_CHANGE_FUNCTIONS } from '../promql/functions.js';
import { aggregationOperator, functionName } from '../promql/output-labels.js';
import type { LintFinding } from '../types.js';
import { COUNTER_SUFFIX } from './rate-on-non-counter.js';
import { warningInScalar, type RuleContext } from './rule-context.js';

/** Aggregations whose result is NaN as soon as one input is NaN. */
const NAN_PROPAGATING_AGGREGATIONS = new Set(['sum', 'avg', 'stddev', 'stdvar']);

/** Rounding and clamping: sample by sample, NaN stays NaN and 0 stays 0 (unless a bound rules 0 out). */
const ROUNDING_AND_CLAMPING = ['abs', 'ceil', 'floor', 'round', 'clamp', 'clamp_min', 'clamp_max'];

/** Functions that map each sample on its own and keep NaN as NaN; the vector is the first argument. */
const NAN_KEEPING_FUNCTIONS = new Set([
  ...ROUNDING_AND_CLAMPING,
  'exp',
  'ln',
  'log2',
  'log10',
  'sqrt',
  'label_replace',
  'label_join',
]);

/** Functions that return a scalar, never a vector. */
const SCALAR_FUNCTIONS = new Set(['scalar', 'time', 'pi']);

/** Functions that are 0 whenever nothing happened in their range. */
const ZERO_WHEN_IDLE_FUNCTIONS = new Set(RANGE_CHANGE_FUNCTIONS);

/** Functions that give 0 for a 0 in their first argument (clamps unless their bound rules it out). */
const ZERO_KEEPING_FUNCTIONS = new Set([
  ...ROUNDING_AND_CLAMPING,
  'sum_over_time',
  'avg_over_time',
  'max_over_time',
  'min_over_time',
  'last_over_time',
  'label_replace',
  'label_join',
]);

/** Aggregations that give 0 when their inputs are 0 (count-like ones are at least 1). */
const ZERO_KEEPING_AGGREGATIONS = new Set(['sum', 'avg', 'min', 'max', 'quantile']);

/**
 * One warning per vector/vector division whose divisor can be 0 inside a `sum`, `avg`, `stddev`
 * or `stdvar`, on the division (`a / b`).
 * @example nanDivision(context) // for `avg(rate(e[5m]) / rate(r[5m]))`: one warning on the division
 */
export function nanDivision(context: RuleContext): LintFinding[] {
  const { parsed } = context;
  const findings: LintFinding[] = [];
  for (const aggregation of allNodes(promTree(parsed))) {
    if (aggregation.kind !== 'aggregate') continue;
    const op = aggregationOperator(parsed, aggregation.node);
    if (!NAN_PROPAGATING_AGGREGATIONS.has(op)) continue;
    const argument = aggregation.children[aggregation.children.length - 1];
    if (argument === undefined) continue;
    for (const division of divisionsReaching(parsed, argument)) {
      findings.push(
        warningInScalar(
          context.file,
          context.exprNode,
          division.from,
          division.to,
          'promql/nan-division',
          message(context.prefix, op, groupingText(parsed, aggregation)),
        ),
      );
    }
  }
  return findings;
}

/** What each flagged aggregation computes, for the message. */
const AGGREGATE_NAMES: Record<string, string> = {
  sum: 'sum',
  avg: 'average',
  stddev: 'standard deviation',
  stdvar: 'variance',
};

function message(prefix: string, op: string, grouping: string): string {
  const filter = 'keep only divisors above 0 (b > 0)';
  // avg(a / b) wants the ratio of sums: the average of a per unit of b.
  const fix =
    op === 'sum' || op === 'avg'
      ? `divide after aggregating (sum${grouping}(a) / sum${grouping}(b)) or ${filter}`
      : filter;
  return (
    `${prefix}${op}() of a division whose divisor can be 0: a series with a 0 divisor is NaN ` +
    `(0/0), and one NaN makes the ${AGGREGATE_NAMES[op] ?? op} of its whole group NaN, so every ` +
    `comparison on it is false and the rule goes silent; ${fix}`
  );
}

/** ` by (job) ` for `sum by (job) (...)` or `sum(...) by (job)`, else empty. */
function groupingText(parsed: ParsedPromQL, node: PromNode): string {
  const modifier = childNamed(node.node, 'AggregateModifier');
  return modifier === null ? '' : ` ${nodeText(parsed, modifier).replace(/\s+/gu, ' ')} `;
}

/** The risky divisions whose value reaches `node`'s value unfiltered. */
const divisionsReaching = depthSafe((parsed: ParsedPromQL, node: PromNode): PromNode[] => {
  switch (node.kind) {
    case 'paren':
    case 'unary':
      return node.children.flatMap((child) => divisionsReaching(parsed, child));
    case 'call': {
      const first = node.children[0];
      if (first === undefined || !NAN_KEEPING_FUNCTIONS.has(functionName(parsed, node.node)))
        return [];
      return divisionsReaching(parsed, first);
    }
    case 'binary': {
      const op = binaryOperator(node.node)?.name ?? '';
      const [lhs, rhs] = node.children;
      if (lhs === undefined || rhs === undefined) return [];
      if (op === 'And' || op === 'Unless') return divisionsReaching(parsed, lhs);
      if (op !== 'Or' && !ARITHMETIC_OPERATORS.has(op)) return [];
      const inner = [...divisionsReaching(parsed, lhs), ...divisionsReaching(parsed, rhs)];
      const risky =
        op === 'Div' && isVector(parsed, lhs) && isVector(parsed, rhs) && canBeZero(parsed, rhs);
      return risky ? [node, ...inner] : inner;
    }
    default:
      return [];
  }
});

/** Whether an expression is an instant vector rather than a scalar. */
const isVector = depthSafe((parsed: ParsedPromQL, node: PromNode): boolean => {
  switch (node.kind) {
    case 'number':
    case 'string':
      return false;
    case 'call':
      return !SCALAR_FUNCTIONS.has(functionName(parsed, node.node));
    case 'paren':
    case 'unary':
    case 'binary':
      return node.children.some((child) => isVector(parsed, child));
    default:
      return true;
  }
});

/**
 * Whether samples of the expression are routinely 0: rates and deltas (0 whenever nothing
 * happened), counters by their conventional suffix (0 after every restart), and what is built from
 * them without ruling 0 out. Other gauges are not presumed to be 0: many divisors are capacities
 * or limits that never are (cAdvisor's `container_spec_cpu_period`, the CFS period, is one), and a
 * warning on them would be noise.
 */
const canBeZero = depthSafe((parsed: ParsedPromQL, node: PromNode): boolean => {
  const number = numberLiteral(parsed, node);
  if (number !== undefined) return number === 0;
  switch (node.kind) {
    case 'paren':
    case 'unary':
    case 'offset':
    case 'at':
    case 'matrix':
    case 'subquery':
      return node.children.some((child) => canBeZero(parsed, child));
    case 'selector': {
      const name = selectorPartsOf(parsed, node).metricName;
      return name !== undefined && !name.includes(':') && COUNTER_SUFFIX.test(name);
    }
    case 'aggregate': {
      const op = aggregationOperator(parsed, node.node);
      const argument = node.children[node.children.length - 1];
      if (!ZERO_KEEPING_AGGREGATIONS.has(op) || argument === undefined) return false;
      return canBeZero(parsed, argument);
    }
    case 'call':
      return callCanBeZero(parsed, node);
    case 'binary':
      return binaryCanBeZero(parsed, node);
    default:
      return false;
  }
});

function callCanBeZero(parsed: ParsedPromQL, node: PromNode): boolean {
  const name = functionName(parsed, node.node);
  const [first, second, third] = node.children;
  if (ZERO_WHEN_IDLE_FUNCTIONS.has(name)) return true;
  const positive = (arg: PromNode | undefined): boolean =>
    arg !== undefined && (numberLiteral(parsed, arg) ?? 0) > 0;
  const negative = (arg: PromNode | undefined): boolean =>
    arg !== undefined && (numberLiteral(parsed, arg) ?? 0) < 0;
  if (first === undefined || !ZERO_KEEPING_FUNCTIONS.has(name)) return false;
  if (name === 'clamp_min' && positive(second)) return false;
  if (name === 'clamp_max' && negative(second)) return false;
  if (name === 'clamp' && (positive(second) || negative(third))) return false;
  return canBeZero(parsed, first);
}

function binaryCanBeZero(parsed: ParsedPromQL, node: PromNode): boolean {
  const opName = binaryOperator(node.node)?.name ?? '';
  const [lhs, rhs] = node.children;
  if (lhs === undefined || rhs === undefined) return false;
  switch (opName) {
    case 'And':
    case 'Unless':
    case 'Div':
      return canBeZero(parsed, lhs);
    case 'Or':
    case 'Mul':
      return canBeZero(parsed, lhs) || canBeZero(parsed, rhs);
    case 'Add':
    case 'Sub':
      return canBeZero(parsed, lhs) && canBeZero(parsed, rhs);
    default:
      break;
  }
  const comparison = COMPARISON_OPERATORS.get(opName);
  if (comparison === undefined) return false;
  // `x > bool c` is 0 wherever the comparison is false.
  if (childNamed(node.node, 'BoolModifier') !== null) return true;
  // A filter keeps the samples for which it holds; it rules 0 out when `0 <op> c` is false.
  const right = numberLiteral(parsed, rhs);
  const left = numberLiteral(parsed, lhs);
  if (right !== undefined) return !excludesZero(comparison, right) && canBeZero(parsed, lhs);
  if (left !== undefined)
    return !excludesZero(mirrored(comparison), left) && canBeZero(parsed, rhs);
  return canBeZero(parsed, lhs);
}

/** Whether the filter `x <op> c` drops the samples where x is 0. */
function excludesZero(op: string, c: number): boolean {
  switch (op) {
    case '>':
      return !(0 > c);
    case '>=':
      return !(0 >= c);
    case '<':
      return !(0 < c);
    case '<=':
      return !(0 <= c);
    case '==':
      return c !== 0;
    case '!=':
      return c === 0;
    default:
      return false;
  }
}

/** `c <op> x` as `x <mirrored op> c`. */
function mirrored(op: string): string {
  const swap: Record<string, string> = { '>': '<', '<': '>', '>=': '<=', '<=': '>=' };
  return swap[op] ?? op;
}
