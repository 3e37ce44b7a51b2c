/**
 * Label flow: which labels the series of a PromQL expression can carry, so the warning checks can
 * tell when a template or an outer `by (...)`/`on (...)` names a label that an inner aggregation,
 * join or function already removed.
 *
 * The rules follow Prometheus' engine (promql/engine.go, functions.go): an aggregation `by (l)`
 * keeps only `l`, `without (l)` drops `l` and the metric name; a one-to-one match `on (l)` keeps
 * only `l` of the left side, `ignoring (l)` drops `l`; `group_left (l)` keeps the "many" side's
 * labels and copies `l` from the "one" side (deleting it when the one side has none); arithmetic,
 * `bool` comparisons and most functions drop `__name__`; `and`/`unless` keep the left side, `or`
 * either side. The analysis answers "can this label be there?", never "is it there?", and answers
 * yes whenever it does not know (an unknown function, a recording rule, a plain selector), so the
 * checks built on it only report what is certain.
 */
import type { SyntaxNode } from './tree.js';
import { PROMQL_FUNCTIONS, RANGE_CHANGE_FUNCTIONS, TIME_COMPONENT_FUNCTIONS } from './functions.js';
import { METRIC_NAME_LABEL } from './label-matchers.js';
import {
  childNamed,
  childrenNamed,
  ARITHMETIC_OPERATORS,
  binaryOperator,
  COMPARISON_OPERATORS,
  memoizedPerNode,
  nodeText,
  promTree,
  selectorPartsOf,
  unquotePromString,
  type ParsedPromQL,
  type PromNode,
} from './tree.js';

/** The metric name label, which arithmetic and most functions drop. */
export { METRIC_NAME_LABEL };

/**
 * The labels a result series can carry: either every label of the input except a known removed
 * set (after `rate()`, `sum without (instance)`), or at most a known set (after `sum by (job)`,
 * `vector(1)`, a one-to-one `on (job)` match).
 */
export type LabelSet =
  | { kind: 'all-except'; removed: ReadonlySet<string> }
  | { kind: 'only'; labels: ReadonlySet<string> };

/** One label name written in a `by (...)`, `on (...)` or `group_left (...)` clause. */
export interface LabelReference {
  name: string;
  /** Offsets of the name (with its quotes, when quoted) in the expression text. */
  from: number;
  to: number;
}

/** The vector matching clause of a binary operation (`on (a) group_left (b)`). */
export interface VectorMatching {
  /** `on` or `ignoring`, or undefined when the operation has no matching clause. */
  mode: 'on' | 'ignoring' | undefined;
  /** The labels of `on (...)` / `ignoring (...)`. */
  labels: LabelReference[];
  /** The "many" side of a many-to-one match: `left` for group_left, `right` for group_right. */
  group: 'left' | 'right' | undefined;
  /** The labels of `group_left (...)` / `group_right (...)`, copied from the "one" side. */
  include: LabelReference[];
}

const ANY_LABELS: LabelSet = { kind: 'all-except', removed: new Set() };
const NO_LABELS: LabelSet = { kind: 'only', labels: new Set() };

/** Aggregations that return their input series unchanged; `by`/`without` only picks the groups. */
const SELECTING_AGGREGATIONS = new Set(['topk', 'bottomk', 'limitk', 'limit_ratio']);

/** Functions that return their input series with every label, the metric name included. */
const LABEL_KEEPING_FUNCTIONS = new Set([
  'sort',
  'sort_desc',
  'sort_by_label',
  'sort_by_label_desc',
  'last_over_time',
  'first_over_time',
  // Kept by some Prometheus versions and dropped by others; keeping is the safe answer here.
  'timestamp',
  'present_over_time',
]);

/** Functions that return their input series without the metric name, and nothing else changed. */
const NAME_DROPPING_FUNCTIONS = new Set([
  'abs',
  'ceil',
  'floor',
  'exp',
  'sqrt',
  'ln',
  'log2',
  'log10',
  'sgn',
  'round',
  'clamp',
  'clamp_min',
  'clamp_max',
  'rad',
  'deg',
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'sinh',
  'cosh',
  'tanh',
  'asinh',
  'acosh',
  'atanh',
  ...RANGE_CHANGE_FUNCTIONS,
  'predict_linear',
  'avg_over_time',
  'min_over_time',
  'max_over_time',
  'sum_over_time',
  'count_over_time',
  'quantile_over_time',
  'stddev_over_time',
  'stdvar_over_time',
  'mad_over_time',
  'double_exponential_smoothing',
  'histogram_count',
  'histogram_sum',
  'histogram_avg',
  'histogram_stddev',
  'histogram_stdvar',
  'histogram_fraction',
  ...TIME_COMPONENT_FUNCTIONS,
]);

/** The argument that carries the series, for functions where it is not the first. */
const SERIES_ARGUMENT: Record<string, number> = {
  histogram_quantile: 1,
  quantile_over_time: 1,
  histogram_fraction: 2,
};

/**
 * Whether a series of `set` can carry `label`.
 * @example mayCarryLabel(expressionLabels(parsePromQL('sum by (job) (x)')), 'instance') // false
 */
export function mayCarryLabel(set: LabelSet, label: string): boolean {
  return set.kind === 'only' ? set.labels.has(label) : !set.removed.has(label);
}

function onlyLabels(names: Iterable<string>): LabelSet {
  return { kind: 'only', labels: new Set(names) };
}

/**
 * Every label but the metric name: what arithmetic and most functions leave of a plain selector,
 * asked for thousands of times a file. Shared, as every label set here: none is changed once made.
 */
const ANY_BUT_NAME: LabelSet = { kind: 'all-except', removed: new Set([METRIC_NAME_LABEL]) };

/*
 * The set operations below are loops rather than spreads (`new Set([...a, ...b])`) and return
 * their input when nothing changes: they run for every node of every expression, and a spread
 * builds an array and an iterator on the way to each set.
 */

function removeLabels(set: LabelSet, names: readonly string[]): LabelSet {
  if (set.kind === 'only') {
    const labels = withNames(set.labels, names, false);
    return labels === set.labels ? set : { kind: 'only', labels };
  }
  if (set === ANY_LABELS && names.length === 1 && names[0] === METRIC_NAME_LABEL)
    return ANY_BUT_NAME;
  const removed = withNames(set.removed, names, true);
  return removed === set.removed ? set : { kind: 'all-except', removed };
}

function addLabels(set: LabelSet, names: readonly string[]): LabelSet {
  if (set.kind === 'only') {
    const labels = withNames(set.labels, names, true);
    return labels === set.labels ? set : { kind: 'only', labels };
  }
  const removed = withNames(set.removed, names, false);
  return removed === set.removed ? set : { kind: 'all-except', removed };
}

/** `names` added to (or deleted from) `set`, which is copied only if that changes it. */
function withNames(
  set: ReadonlySet<string>,
  names: readonly string[],
  add: boolean,
): ReadonlySet<string> {
  let copy: Set<string> | undefined;
  for (const name of names) {
    if (set.has(name) === add) continue;
    copy ??= new Set(set);
    if (add) copy.add(name);
    else copy.delete(name);
  }
  return copy ?? set;
}

/** Labels both sets can carry. */
function intersectLabels(a: LabelSet, b: LabelSet): LabelSet {
  if (a.kind === 'only') {
    const labels = new Set<string>();
    for (const label of a.labels) if (mayCarryLabel(b, label)) labels.add(label);
    return labels.size === a.labels.size ? a : { kind: 'only', labels };
  }
  if (b.kind === 'only') return intersectLabels(b, a);
  return removeLabels(a, [...b.removed]);
}

/** Labels either set can carry. */
function unionLabels(a: LabelSet, b: LabelSet): LabelSet {
  if (a.kind === 'only' && b.kind === 'only') return addLabels(a, [...b.labels]);
  if (a.kind === 'only') return unionLabels(b, a);
  const removed = new Set<string>();
  for (const label of a.removed) if (!mayCarryLabel(b, label)) removed.add(label);
  return removed.size === a.removed.size ? a : { kind: 'all-except', removed };
}

/**
 * The label names of a `GroupingLabels` node, unquoted, with their offsets, so a check can
 * underline the one label that is wrong rather than the whole clause.
 */
export function groupingLabels(
  parsed: ParsedPromQL,
  node: SyntaxNode | null | undefined,
): LabelReference[] {
  const result: LabelReference[] = [];
  for (let child = node?.firstChild ?? null; child !== null; child = child.nextSibling) {
    if (child.name !== 'LabelName' && child.name !== 'QuotedLabelName') continue;
    const text = nodeText(parsed, child);
    result.push({
      name: child.name === 'QuotedLabelName' ? unquotePromString(text) : text,
      from: child.from,
      to: child.to,
    });
  }
  return result;
}

/** The `by`/`without` clause of an `AggregateExpr` node (tree.ts `aggregations` gives names only). */
export function aggregationGrouping(
  parsed: ParsedPromQL,
  node: SyntaxNode,
): { grouping: 'by' | 'without' | undefined; labels: LabelReference[] } {
  const modifier = childNamed(node, 'AggregateModifier');
  if (modifier === null) return { grouping: undefined, labels: [] };
  return {
    grouping: childNamed(modifier, 'By') !== null ? 'by' : 'without',
    labels: groupingLabels(parsed, childNamed(modifier, 'GroupingLabels')),
  };
}

/** The matching clause of a `BinaryExpr` node, which decides the labels of its result. */
export function vectorMatching(parsed: ParsedPromQL, node: SyntaxNode): VectorMatching {
  const clause = childNamed(node, 'MatchingModifierClause');
  if (clause === null) return { mode: undefined, labels: [], group: undefined, include: [] };
  const [matchingNode, includeNode] = childrenNamed(clause, 'GroupingLabels');
  const group =
    childNamed(clause, 'GroupLeft') !== null
      ? 'left'
      : childNamed(clause, 'GroupRight') !== null
        ? 'right'
        : undefined;
  return {
    mode: childNamed(clause, 'On') !== null ? 'on' : 'ignoring',
    labels: groupingLabels(parsed, matchingNode),
    group,
    include: group === undefined ? [] : groupingLabels(parsed, includeNode),
  };
}

/** The lower-cased operator of an `AggregateExpr` node (`sum`, `topk`, ...), as messages name it. */
export function aggregationOperator(parsed: ParsedPromQL, node: SyntaxNode): string {
  const opNode = childNamed(node, 'AggregateOp');
  return opNode === null ? '' : nodeText(parsed, opNode).toLowerCase();
}

/** The name of a `FunctionCall` node as written, to look its behaviour up. */
export function functionName(parsed: ParsedPromQL, node: SyntaxNode): string {
  const identifier = childNamed(node, 'FunctionIdentifier');
  return identifier === null ? '' : nodeText(parsed, identifier);
}

/**
 * The unquoted value of a string literal argument (through parentheses), or undefined: the label
 * names label_replace() and count_values() take are strings, not label syntax.
 */
export function stringArgument(
  parsed: ParsedPromQL,
  node: PromNode | undefined,
): string | undefined {
  let inner = node;
  while (inner?.kind === 'paren') inner = inner.children[0];
  return inner?.kind === 'string' ? unquotePromString(nodeText(parsed, inner.node)) : undefined;
}

/**
 * Whether an expression is a scalar (a number, `time()`, `scalar(x)`, arithmetic on those): an
 * operation with a scalar keeps the vector side's labels, whichever side the vector is on.
 */
export const isScalarExpression = memoizedPerNode(
  (parsed: ParsedPromQL, node: PromNode): boolean => {
    switch (node.kind) {
      case 'number':
        return true;
      case 'paren':
      case 'unary':
        return node.children[0] !== undefined && isScalarExpression(parsed, node.children[0]);
      case 'binary':
        return (
          node.children.length === 2 && node.children.every((c) => isScalarExpression(parsed, c))
        );
      case 'call':
        return PROMQL_FUNCTIONS.get(functionName(parsed, node.node))?.returnType === 'scalar';
      default:
        return false;
    }
  },
);

/** The labels a binary operation's result can carry. */
function binaryLabels(parsed: ParsedPromQL, node: PromNode): LabelSet {
  const [lhs, rhs] = node.children;
  const op = binaryOperator(node.node)?.name;
  if (lhs === undefined || rhs === undefined || op === undefined) return ANY_LABELS;
  const left = outputLabels(parsed, lhs);
  const right = outputLabels(parsed, rhs);
  const leftScalar = isScalarExpression(parsed, lhs);
  const rightScalar = isScalarExpression(parsed, rhs);
  if (leftScalar && rightScalar) return NO_LABELS;
  const isArithmetic = ARITHMETIC_OPERATORS.has(op);
  const isComparison = COMPARISON_OPERATORS.has(op);
  const dropsName =
    isArithmetic || (isComparison && childNamed(node.node, 'BoolModifier') !== null);
  const stripped = (set: LabelSet): LabelSet =>
    dropsName ? removeLabels(set, [METRIC_NAME_LABEL]) : set;
  if (leftScalar) return stripped(right);
  if (rightScalar) return stripped(left);
  if (op === 'And' || op === 'Unless') return left;
  if (op === 'Or') return unionLabels(left, right);
  // Experimental or unknown operators (`</`, `>/`): no claim.
  if (!isArithmetic && !isComparison) return ANY_LABELS;

  const matching = vectorMatching(parsed, node.node);
  const names = matching.labels.map((l) => l.name);
  // The "many" side gives the result its labels; the other side must agree on the matched ones.
  const [many, one] = matching.group === 'right' ? [right, left] : [left, right];
  let result = stripped(many);
  if (matching.mode === 'on') {
    if (matching.group === undefined) result = intersectLabels(result, onlyLabels(names));
    // Matched labels have equal values on both sides, so both sides must be able to carry them.
    result = removeLabels(
      result,
      names.filter((n) => !mayCarryLabel(one, n)),
    );
  } else {
    if (matching.group === undefined) result = removeLabels(result, names);
    // Every label but the ignored ones and the metric name is matched, so equal on both sides.
    result = intersectLabels(result, addLabels(one, [...names, METRIC_NAME_LABEL]));
  }
  for (const { name } of matching.include) {
    // engine.go resultMetric: a group_x label is set from the "one" side, or deleted.
    result = mayCarryLabel(one, name) ? addLabels(result, [name]) : removeLabels(result, [name]);
  }
  return result;
}

/** The labels an aggregation's result can carry. */
function aggregationLabels(parsed: ParsedPromQL, node: PromNode): LabelSet {
  const op = aggregationOperator(parsed, node.node);
  const vector = node.children[node.children.length - 1];
  if (vector === undefined) return ANY_LABELS;
  const input = outputLabels(parsed, vector);
  if (SELECTING_AGGREGATIONS.has(op)) return input;
  const { grouping, labels } = aggregationGrouping(parsed, node.node);
  const names = labels.map((l) => l.name);
  const grouped =
    grouping === 'by'
      ? intersectLabels(input, onlyLabels(names))
      : grouping === 'without'
        ? removeLabels(input, [...names, METRIC_NAME_LABEL])
        : NO_LABELS;
  if (op !== 'count_values') return grouped;
  const target = stringArgument(parsed, node.children[0]);
  return target === undefined ? ANY_LABELS : addLabels(grouped, [target]);
}

/** The labels absent() gives its one series: the equality matchers of a plain selector argument. */
function absentLabels(parsed: ParsedPromQL, argument: PromNode | undefined): LabelSet {
  let inner = argument;
  // Prometheus reads the matchers of a (range) selector; through parentheses and offsets this is a
  // superset of what it gives, which is the safe side.
  while (inner !== undefined && inner.kind !== 'selector' && inner.children.length === 1) {
    if (!['paren', 'matrix', 'offset', 'at', 'anchored', 'smoothed'].includes(inner.kind)) break;
    inner = inner.children[0];
  }
  if (inner?.kind !== 'selector') return NO_LABELS;
  const { matchers } = selectorPartsOf(parsed, inner);
  return onlyLabels(
    matchers.filter((m) => m.op === '=' && m.name !== METRIC_NAME_LABEL).map((m) => m.name),
  );
}

/** The labels a function call's result can carry. */
function callLabels(parsed: ParsedPromQL, node: PromNode): LabelSet {
  const name = functionName(parsed, node.node);
  const signature = PROMQL_FUNCTIONS.get(name);
  if (signature === undefined) return ANY_LABELS;
  if (signature.returnType === 'scalar' || name === 'vector') return NO_LABELS;
  if (name === 'absent' || name === 'absent_over_time')
    return absentLabels(parsed, node.children[0]);
  const series = node.children[SERIES_ARGUMENT[name] ?? 0];
  // day_of_week() and friends without an argument work on vector(time()).
  if (series === undefined) return node.children.length === 0 ? NO_LABELS : ANY_LABELS;
  const input = outputLabels(parsed, series);
  if (name === 'label_replace' || name === 'label_join') {
    const target = stringArgument(parsed, node.children[1]);
    return target === undefined ? ANY_LABELS : addLabels(input, [target]);
  }
  if (name === 'histogram_quantile') return removeLabels(input, ['le', METRIC_NAME_LABEL]);
  if (LABEL_KEEPING_FUNCTIONS.has(name)) return input;
  if (NAME_DROPPING_FUNCTIONS.has(name)) return removeLabels(input, [METRIC_NAME_LABEL]);
  // info() adds the data labels of info metrics; anything not listed: no claim.
  return ANY_LABELS;
}

/**
 * The labels the series of `node` (a node of `promTree(parsed)`) can carry. Made once per node
 * (promql/label-removed asks for every input of every clause, then the templates for the whole)
 * and depth-safe (memoizedPerNode): a tree may nest thousands of levels deep.
 * @example outputLabels(parsed, root) // { kind: 'only', labels: Set {'job'} } for `sum by (job) (x) > 1`
 */
export const outputLabels = memoizedPerNode((parsed: ParsedPromQL, node: PromNode): LabelSet => {
  switch (node.kind) {
    case 'number':
    case 'string':
      return NO_LABELS;
    case 'selector':
      return ANY_LABELS;
    case 'matrix':
    case 'subquery':
    case 'offset':
    case 'at':
    case 'anchored':
    case 'smoothed':
    case 'paren':
      return node.children[0] === undefined ? ANY_LABELS : outputLabels(parsed, node.children[0]);
    case 'unary': {
      const operand = node.children[0];
      if (operand === undefined) return ANY_LABELS;
      const input = outputLabels(parsed, operand);
      // engine.go: unary minus drops the metric name, unary plus returns its operand.
      const opNode = childNamed(node.node, 'UnaryOp');
      const minus = opNode !== null && nodeText(parsed, opNode) === '-';
      return minus ? removeLabels(input, [METRIC_NAME_LABEL]) : input;
    }
    case 'call':
      return callLabels(parsed, node);
    case 'aggregate':
      return aggregationLabels(parsed, node);
    case 'binary':
      return binaryLabels(parsed, node);
    case 'other':
      return ANY_LABELS;
  }
});

/** The labels the whole expression's series can carry (any label for an empty expression). */
export function expressionLabels(parsed: ParsedPromQL): LabelSet {
  const root = promTree(parsed);
  return root === undefined ? ANY_LABELS : outputLabels(parsed, root);
}

/**
 * A short English description of a label set, for messages.
 * @example describeLabelSet(onlyLabels(['job'])) // 'keeps only the label job'
 */
export function describeLabelSet(set: LabelSet): string {
  const list = (names: ReadonlySet<string>): string => [...names].sort().join(', ');
  if (set.kind === 'only') {
    if (set.labels.size === 0) return 'has no labels';
    return `keeps only the label${set.labels.size === 1 ? '' : 's'} ${list(set.labels)}`;
  }
  return `drops the label${set.removed.size === 1 ? '' : 's'} ${list(set.removed)}`;
}
