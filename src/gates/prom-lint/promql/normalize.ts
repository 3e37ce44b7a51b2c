/**
 * A canonical text of a PromQL expression, so the suite checks can tell that two rules compute
 * the same thing however they are written: `sum(rate(x{b="1", a="2"}[5m])) by (job) > 80.0` and
 * `sum by (job) (rate(x{a="2",b="1"}[5m])) > 8e1` print alike.
 */
import type { SyntaxNode } from './tree.js';
import {
  aggregationGrouping,
  aggregationOperator,
  functionName,
  groupingLabels,
} from './output-labels.js';
import { METRIC_NAME_LABEL } from './label-matchers.js';
import {
  childNamed,
  binaryOperator,
  exprChildren,
  memoizedPerNode,
  nodeText,
  promTree,
  selectorPartsOf,
  unquotePromString,
  type ParsedPromQL,
  type PromNode,
} from './tree.js';

/** The label names of a `GroupingLabels` node, unquoted and sorted. */
function sortedLabels(parsed: ParsedPromQL, grouping: SyntaxNode | null | undefined): string[] {
  return groupingLabels(parsed, grouping)
    .map((label) => label.name)
    .sort();
}

const MODIFIER_KEYWORDS = new Set(['On', 'Ignoring', 'GroupLeft', 'GroupRight']);

/** `on(a) group_left(b)` of a binary expression, labels sorted; '' without a clause. */
function matchingClause(parsed: ParsedPromQL, node: SyntaxNode): string {
  const clause = childNamed(node, 'MatchingModifierClause');
  const parts: string[] = [];
  for (let child = clause?.firstChild ?? null; child !== null; child = child.nextSibling) {
    if (MODIFIER_KEYWORDS.has(child.name)) parts.push(nodeText(parsed, child).toLowerCase());
    else if (child.name === 'GroupingLabels')
      parts.push(`(${sortedLabels(parsed, child).join(',')})`);
  }
  return parts.join('').replace(/\)(?=[a-z])/gu, ') ');
}

/** Anything but printable ASCII other than the space and capitals. */
const NEEDS_TIDYING = /[^!-@[-~]/u;

/**
 * `raw` with white space runs made one space, trimmed, lower-cased, and no space next to a
 * bracket, colon, `@` or parenthesis. Most postfix operators (`[5m]`, `[1h:5m]`) are printable
 * ASCII without spaces or capitals, which all of that leaves as it is: those skip the regular
 * expressions.
 */
function tidyPostfix(raw: string): string {
  if (!NEEDS_TIDYING.test(raw)) return raw;
  return raw
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase()
    .replace(/\s*([[\]:@()])\s*/gu, '$1');
}

/** The text of a postfix operator (`[5m]`, `[1h:5m]`, `offset 1h`, `@ end()`), tidied. */
function postfixText(parsed: ParsedPromQL, n: PromNode): string {
  const operand = exprChildren(n.node)[0];
  const tidy = tidyPostfix(parsed.text.slice(operand?.to ?? n.node.from, n.node.to));
  return tidy.startsWith('[') ? tidy : ` ${tidy}`;
}

/**
 * The canonical text of one node of `promTree(parsed)` (see {@link normalizedExpression}), for
 * checks that compare parts of expressions (the vector side of a threshold). Made once per node
 * (the whole expression's text and a threshold's side share theirs) and depth-safe
 * (memoizedPerNode): a tree may nest thousands of levels deep.
 * @example normalizedNode(parsed, lhs) // 'rate(x{job="api"}[5m])' for `rate( x{job='api'}[5m] ) > 1`
 */
export const normalizedNode = memoizedPerNode((parsed: ParsedPromQL, n: PromNode): string => {
  const text = nodeText(parsed, n.node);
  const child = (i: number): string => {
    const c = n.children[i];
    return c === undefined ? '' : normalizedNode(parsed, c);
  };
  // Joined with `+`, not join(): V8 then links the operands' strings instead of copying them, and
  // a call thousands of levels deep would copy its whole text at each level.
  const all = (): string => {
    const { children } = n;
    let joined = children.length === 0 ? '' : normalizedNode(parsed, children[0] as PromNode);
    for (let k = 1; k < children.length; k += 1)
      joined = `${joined},${normalizedNode(parsed, children[k] as PromNode)}`;
    return joined;
  };
  switch (n.kind) {
    case 'number': {
      const value = Number(text.includes('_') ? text.replace(/_/gu, '') : text);
      return Number.isNaN(value) ? text.toLowerCase() : String(value);
    }
    case 'string':
      return JSON.stringify(unquotePromString(text));
    case 'selector': {
      // The metric name, written or as the first `__name__="..."` matcher, then the other
      // matchers sorted: as selectorMatchers() gives them, without copying them first.
      const { metricName, matchers } = selectorPartsOf(parsed, n);
      let name = metricName;
      const rest: string[] = [];
      for (const m of matchers) {
        if (name === undefined && m.name === METRIC_NAME_LABEL && m.op === '=') name = m.value;
        else rest.push(`${m.name}${m.op}${JSON.stringify(m.value)}`);
      }
      if (rest.length > 1) rest.sort();
      return `${name ?? ''}{${rest.join(',')}}`;
    }
    case 'matrix':
    case 'subquery':
    case 'offset':
    case 'at':
    case 'anchored':
    case 'smoothed':
      return child(0) + postfixText(parsed, n);
    case 'paren':
      return child(0);
    case 'unary':
      return text.trimStart().startsWith('-') ? `(-${child(0)})` : child(0);
    case 'call':
      return `${functionName(parsed, n.node)}(${all()})`;
    case 'aggregate': {
      const { grouping, labels } = aggregationGrouping(parsed, n.node);
      const names = labels.map((label) => label.name).sort();
      // `sum by () (x)` is `sum(x)`; `sum without () (x)` is not (it keeps every label).
      const clause =
        grouping === undefined || (grouping === 'by' && names.length === 0)
          ? ''
          : ` ${grouping}(${names.join(',')})`;
      return `${aggregationOperator(parsed, n.node)}${clause}(${all()})`;
    }
    case 'binary': {
      const opNode = binaryOperator(n.node);
      const op = opNode === undefined ? '?' : nodeText(parsed, opNode).toLowerCase();
      const bool = childNamed(n.node, 'BoolModifier') !== null ? ' bool' : '';
      const clause = matchingClause(parsed, n.node);
      return `(${child(0)} ${op}${bool}${clause === '' ? '' : ` ${clause}`} ${child(1)})`;
    }
    case 'other':
      return text.replace(/\s+/gu, ' ').trim();
  }
});

/**
 * The expression re-printed from its parse tree, so that whitespace, redundant parentheses,
 * the order of label matchers and of grouping labels, `sum(x) by (a)` against `sum by (a) (x)`,
 * keyword case and number spelling (`80.0`, `8e1`) do not make two equal expressions differ.
 * Binary operations are fully parenthesised, so the text keeps the tree's structure.
 * @example normalizedExpression(parsePromQL('sum(rate(x{b="1", a="2"}[5m])) by (job) > 80.0'))
 *   // '(sum by(job)(rate(x{a="2",b="1"}[5m])) > 80)'
 */
export function normalizedExpression(parsed: ParsedPromQL): string {
  const root = promTree(parsed);
  return root === undefined ? '' : normalizedNode(parsed, root);
}
