/**
 * `promql/dead-code`: parts of an expression that can never make it into the result.
 *
 * - A comparison of two constants that is false (`vector(0) > 0`): it never returns anything, so
 *   an alert built on it never fires and a record never records.
 * - A fallback `or vector(c)` whose value the filter above it always drops
 *   (`sum(foo or vector(0)) by (name) > 0`): the fallback is there to give a value when `foo` has
 *   none, but `> 0` removes that value again, so the fallback does nothing (and the alert or
 *   record behaves as if it were not written). Between the fallback and the filter only
 *   parentheses and sum() are followed, and sum() only for a fallback of 0 (adding 0 to a group
 *   changes nothing, and a group of its own is worth 0): anything else may change the value.
 *
 * pint reports such queries under promql/impossible. A `bool` comparison is not a filter and is
 * left alone.
 */
import {
  binaryOperator,
  childNamed,
  COMPARISON_OPERATORS,
  numberLiteral,
  promTree,
  type ParsedPromQL,
  type PromNode,
} from '../promql/index.js';
import { aggregationOperator, functionName } from '../promql/output-labels.js';
import type { LintFinding } from '../types.js';
import { warningInScalar, type RuleContext } from './rule-context.js';

type Comparison = '==' | '!=' | '>' | '<' | '>=' | '<=';

/** `vector(` as PromQL may write it (function names are case-sensitive, spaces allowed). */
const VECTOR_CALL = /\bvector\s*\(/u;

/** One warning per comparison of constants that is false and per fallback a filter drops. */
export function deadCode(context: RuleContext): LintFinding[] {
  const { parsed } = context;
  // Both patterns need a vector(c): a text search spares the tree walk on nearly every rule.
  if (!VECTOR_CALL.test(parsed.text)) return [];
  const findings: LintFinding[] = [];
  const warn = (node: PromNode, message: string): void => {
    findings.push(
      warningInScalar(
        context.file,
        context.exprNode,
        node.from,
        node.to,
        'promql/dead-code',
        context.prefix + message,
      ),
    );
  };
  // Parents before children, in source order, without recursion: a tree may nest thousands deep.
  const root = promTree(parsed);
  const nodes: PromNode[] = root === undefined ? [] : [root];
  /** Each node's filters: the comparisons above it, reached through parentheses and sum() only. */
  const filtersOf: (readonly FilterAbove[])[] = [[]];
  for (let node = nodes.pop(); node !== undefined; node = nodes.pop()) {
    const filters = filtersOf.pop() ?? [];
    const filter = filterOf(parsed, node);
    if (filter !== undefined) {
      const { constant, threshold, op } = filter;
      const value = constant === undefined ? undefined : constantValue(parsed, constant);
      if (value !== undefined && !compare(value, op, threshold, !filter.numberOnLeft)) {
        warn(
          node,
          `${text(parsed, node)} compares two constants and is always false: it never returns anything`,
        );
        continue;
      }
    }
    const fallback = fallbackOf(parsed, node);
    if (fallback !== undefined) {
      const value = constantValue(parsed, fallback);
      const dropping = filters.find(
        (f) =>
          value !== undefined &&
          (f.viaSum ? value === 0 : true) &&
          !compare(value, f.op, f.threshold, f.onLeft),
      );
      if (value !== undefined && dropping !== undefined)
        warn(
          fallback,
          `the fallback ${text(parsed, fallback)} is dead code: its value ${value} never passes ` +
            `${dropping.text}, so when the other side has no series the result is still empty; ` +
            'remove the fallback or the filter',
        );
    }
    for (let k = node.children.length - 1; k >= 0; k -= 1) {
      const child = node.children[k] as PromNode;
      nodes.push(child);
      filtersOf.push(passedDown(parsed, node, child, filters));
    }
  }
  return findings;
}

/** A filter above a node: `op threshold` with the node's value on the left unless `onLeft`. */
interface FilterAbove {
  op: Comparison;
  threshold: number;
  /** Whether the filtered value is the comparison's left operand. */
  onLeft: boolean;
  /** Whether a sum() lies between the filter and the node. */
  viaSum: boolean;
  /** The filter as shown in messages (`> 0`). */
  text: string;
}

/** The filters that still apply to `child` of `node`. */
function passedDown(
  parsed: ParsedPromQL,
  node: PromNode,
  child: PromNode,
  filters: readonly FilterAbove[],
): readonly FilterAbove[] {
  if (node.kind === 'paren') return filters;
  if (node.kind === 'aggregate' && aggregationOperator(parsed, node.node) === 'sum')
    return filters.map((f) => ({ ...f, viaSum: true }));
  if (node.kind === 'binary') {
    const own = filterOf(parsed, node);
    if (own === undefined) return isOr(node) ? filters : [];
    if (own.constant !== undefined) return [];
    const onLeft = node.children[0] === child;
    const isValueSide = onLeft !== own.numberOnLeft;
    if (!isValueSide) return [];
    return [
      ...filters,
      {
        op: own.op,
        threshold: own.threshold,
        onLeft,
        viaSum: false,
        text: `${own.op} ${own.threshold}`,
      },
    ];
  }
  return [];
}

/** Whether `node` is `a or b`: both sides pass through, so a filter above applies to both. */
function isOr(node: PromNode): boolean {
  return binaryOperator(node.node)?.name === 'Or';
}

/**
 * A filtering comparison with a number on one side: the operator, the number, whether the
 * number is on the left, and the other side when it too is a constant.
 */
function filterOf(
  parsed: ParsedPromQL,
  node: PromNode,
):
  | { op: Comparison; threshold: number; numberOnLeft: boolean; constant: PromNode | undefined }
  | undefined {
  if (node.kind !== 'binary' || childNamed(node.node, 'BoolModifier') !== null) return undefined;
  const opNode = binaryOperator(node.node);
  const op = opNode === undefined ? undefined : COMPARISON_OPERATORS.get(opNode.name);
  const [lhs, rhs] = node.children;
  if (op === undefined || lhs === undefined || rhs === undefined) return undefined;
  const right = numberLiteral(parsed, rhs);
  if (right !== undefined) {
    const other = constantValue(parsed, lhs) === undefined ? undefined : lhs;
    return { op, threshold: right, numberOnLeft: false, constant: other };
  }
  const left = numberLiteral(parsed, lhs);
  if (left !== undefined) {
    const other = constantValue(parsed, rhs) === undefined ? undefined : rhs;
    return { op, threshold: left, numberOnLeft: true, constant: other };
  }
  return undefined;
}

/** The right side of `x or vector(c)` when it is a constant vector. */
function fallbackOf(parsed: ParsedPromQL, node: PromNode): PromNode | undefined {
  if (!isOr(node)) return undefined;
  const rhs = node.children[1];
  return rhs !== undefined && isVectorCall(parsed, rhs) ? rhs : undefined;
}

function isVectorCall(parsed: ParsedPromQL, node: PromNode): boolean {
  let inner: PromNode | undefined = node;
  while (inner?.kind === 'paren') inner = inner.children[0];
  return inner?.kind === 'call' && functionName(parsed, inner.node) === 'vector';
}

/** The value of `vector(c)` (through parentheses), or undefined for anything else. */
function constantValue(parsed: ParsedPromQL, node: PromNode): number | undefined {
  let inner: PromNode | undefined = node;
  while (inner?.kind === 'paren') inner = inner.children[0];
  if (inner?.kind !== 'call' || functionName(parsed, inner.node) !== 'vector') return undefined;
  const [argument] = inner.children;
  return argument === undefined ? undefined : numberLiteral(parsed, argument);
}

/** `value op threshold` (or `threshold op value` when the value is on the right). */
function compare(value: number, op: Comparison, threshold: number, valueOnLeft: boolean): boolean {
  const [a, b] = valueOnLeft ? [value, threshold] : [threshold, value];
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '>':
      return a > b;
    case '<':
      return a < b;
    case '>=':
      return a >= b;
    case '<=':
      return a <= b;
  }
}

function text(parsed: ParsedPromQL, node: PromNode): string {
  return parsed.text.slice(node.from, node.to);
}
