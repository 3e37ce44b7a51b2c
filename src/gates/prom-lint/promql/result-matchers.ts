/**
 * The label matchers every series of an expression's result satisfies: `sum by (code)
 * (rate(x{code=~"5.."}[5m]))` returns only series with `code=~"5.."`. With output-labels.ts (which
 * labels a result can carry at all) this tells whether two expressions can return the same
 * series, which is what `rules/duplicate` asks of two rules of one name.
 *
 * A matcher survives as long as its label does: through functions and selecting aggregations
 * (`topk`), through `by` (when the label is kept) and `without` (when it is not dropped), through
 * one-to-one matching (where both sides' labels are equal, but for the ignored ones), and on the
 * "many" side of `group_left`/`group_right` unless the label is copied from the other side.
 * `or` returns either side, so nothing is known of it. When in doubt the answer is fewer
 * matchers, which can only make two results look more alike.
 */
import { PROMQL_FUNCTIONS } from './functions.js';
import {
  aggregationGrouping,
  aggregationOperator,
  functionName,
  isScalarExpression,
  stringArgument,
  vectorMatching,
} from './output-labels.js';
import { METRIC_NAME_LABEL, selectorMatchers, type LabelMatcherSpec } from './label-matchers.js';
import {
  binaryOperator,
  depthSafe,
  promTree,
  selectorPartsOf,
  type ParsedPromQL,
  type PromNode,
} from './tree.js';

/** Functions whose result's labels Prometheus derives from the selector's `=` matchers. */
const ABSENT_FUNCTIONS = new Set(['absent', 'absent_over_time']);

/** Aggregations that pick series and keep their labels. */
const SELECTING_AGGREGATIONS = new Set(['topk', 'bottomk', 'limitk', 'limit_ratio']);

/** The matchers whose label is (`keep: true`) or is not (`keep: false`) among `names`. */
function onLabels(
  matchers: readonly LabelMatcherSpec[],
  names: Iterable<string>,
  keep: boolean,
): LabelMatcherSpec[] {
  const set = new Set(names);
  return matchers.filter((m) => set.has(m.name) === keep);
}

/**
 * The labels of absent()'s one series, as Prometheus' createLabelsForAbsentFunction makes them:
 * the `=` matchers of a plain (or range) selector argument, except a label matched more than
 * once; nothing for any other argument.
 */
function absentMatchers(parsed: ParsedPromQL, arg: PromNode | undefined): LabelMatcherSpec[] {
  const selector = arg?.kind === 'matrix' ? arg.children[0] : arg;
  if (selector?.kind !== 'selector') return [];
  const { matchers } = selectorPartsOf(parsed, selector);
  const counts = new Map<string, number>();
  for (const m of matchers) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  return matchers
    .filter((m) => m.op === '=' && counts.get(m.name) === 1 && m.name !== METRIC_NAME_LABEL)
    .map(({ name, op, value }) => ({ name, op, value }));
}

function callMatchers(parsed: ParsedPromQL, n: PromNode): LabelMatcherSpec[] {
  const name = functionName(parsed, n.node);
  const signature = PROMQL_FUNCTIONS.get(name);
  if (signature === undefined || signature.returnType === 'scalar' || name === 'vector') return [];
  if (ABSENT_FUNCTIONS.has(name)) return absentMatchers(parsed, n.children[0]);
  const vectorArg = n.children.findIndex((_, i) => {
    const type = signature.argTypes[Math.min(i, signature.argTypes.length - 1)];
    return type === 'instant vector' || type === 'range vector';
  });
  const arg = n.children[vectorArg];
  if (arg === undefined) return []; // e.g. `day_of_week()`, which is vector(time())
  const input = resultMatchers(parsed, arg);
  if (name === 'label_replace' || name === 'label_join') {
    const target = stringArgument(parsed, n.children[1]);
    return target === undefined ? [] : onLabels(input, [target], false);
  }
  if (name === 'histogram_quantile') return onLabels(input, ['le'], false);
  return input;
}

function aggregateMatchers(parsed: ParsedPromQL, n: PromNode): LabelMatcherSpec[] {
  const op = aggregationOperator(parsed, n.node);
  const input = n.children.at(-1);
  if (input === undefined) return [];
  const inner = resultMatchers(parsed, input);
  if (SELECTING_AGGREGATIONS.has(op)) return inner;
  const added: string[] = [];
  if (op === 'count_values') {
    const label = stringArgument(parsed, n.children[0]);
    if (label === undefined) return [];
    added.push(label);
  }
  const { grouping, labels } = aggregationGrouping(parsed, n.node);
  const names = labels.map((label) => label.name);
  const grouped = onLabels(inner, names, grouping !== 'without');
  return onLabels(grouped, added, false);
}

function binaryMatchers(parsed: ParsedPromQL, n: PromNode): LabelMatcherSpec[] {
  const [lhs, rhs] = n.children;
  if (lhs === undefined || rhs === undefined) return [];
  if (isScalarExpression(parsed, lhs)) return resultMatchers(parsed, rhs);
  const left = resultMatchers(parsed, lhs);
  if (isScalarExpression(parsed, rhs)) return left;
  const op = binaryOperator(n.node)?.name;
  if (op === 'And' || op === 'Unless') return left;
  if (op === 'Or') return [];
  const right = resultMatchers(parsed, rhs);
  const matching = vectorMatching(parsed, n.node);
  const names = matching.labels.map((label) => label.name);
  if (matching.group !== undefined) {
    // Many-to-one: the "many" side's series, the `group_left(…)` labels copied from the other.
    const many = matching.group === 'left' ? left : right;
    return onLabels(
      many,
      matching.include.map((label) => label.name),
      false,
    );
  }
  // One-to-one: both sides have the same labels (but the ignored ones), so both sides' matchers
  // hold; `on(…)` keeps only the matching labels (Prometheus' resultMetric).
  const both = [...left, ...right];
  if (matching.mode === 'on') return onLabels(both, names, true);
  return onLabels(both, [...names, METRIC_NAME_LABEL], false);
}

/**
 * The matchers every series that `n` (a node of `promTree(parsed)`) returns satisfies. The
 * metric name's matcher (`__name__="x"`) passes through like the others: callers comparing
 * results leave it aside, as functions and aggregations drop the name. Depth-safe (see
 * depthSafe): a tree may nest thousands of levels deep.
 * @example resultMatchers(parsed, root) // [{ name: 'code', op: '=~', value: '5..' }] for `sum by (code) (x{code=~"5.."})`
 */
export const resultMatchers = depthSafe((parsed: ParsedPromQL, n: PromNode): LabelMatcherSpec[] => {
  switch (n.kind) {
    case 'selector':
      return selectorMatchers(selectorPartsOf(parsed, n));
    case 'call':
      return callMatchers(parsed, n);
    case 'aggregate':
      return aggregateMatchers(parsed, n);
    case 'binary':
      return binaryMatchers(parsed, n);
    case 'number':
    case 'string':
    case 'other':
      return [];
    default: {
      // One operand whose series pass unchanged: parentheses, unary, ranges, offsets, `@`.
      const [inner] = n.children;
      return inner === undefined ? [] : resultMatchers(parsed, inner);
    }
  }
});

/** The matchers every series of the whole expression satisfies (none for an empty one). */
export function expressionMatchers(parsed: ParsedPromQL): LabelMatcherSpec[] {
  const root = promTree(parsed);
  return root === undefined ? [] : resultMatchers(parsed, root);
}
