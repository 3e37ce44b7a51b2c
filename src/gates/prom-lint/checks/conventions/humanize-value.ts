/**
 * `conventions/humanize-value`: an annotation that prints `{{ $value }}` of an alert whose value
 * is a per-second rate shows it with every digit (`0.016666666666666666`), which no reader can
 * take in; `{{ $value | humanize }}` (or `printf "%.2f"`) prints `16.67m`. pint reports the same
 * under alerts/template. A style check: opt-in (`humanize-value: true`, or the `pint` preset).
 */
import {
  binaryOperator,
  childNamed,
  COMPARISON_OPERATORS,
  numberLiteral,
  promTree,
  type ParsedPromQL,
  type PromNode,
} from '../../promql/index.js';
import { aggregationOperator, functionName } from '../../promql/output-labels.js';
import type { LintFinding } from '../../types.js';
import { warningInScalar, type RuleContext } from '../rule-context.js';

/** Functions whose result is a per-second rate or a fractional change: long decimals. */
const RATE_FUNCTIONS: ReadonlySet<string> = new Set(['rate', 'irate', 'deriv', 'increase']);

/** Aggregations that keep their input's scale (a sum of rates is a rate). */
const SCALE_KEEPING_AGGREGATIONS: ReadonlySet<string> = new Set(['sum', 'avg', 'min', 'max']);

/** `{{ $value }}` or `{{ .Value }}` printed as is: no pipe, no function, no format. */
const BARE_VALUE = /\{\{-?\s*(\$value|\.Value)\s*-?\}\}/gu;

/** One warning per bare `{{ $value }}` in an annotation of an alert whose value is a rate. */
export function humanizeValue(context: RuleContext): LintFinding[] {
  if (!context.isAlert || !context.settings.conventions.humanizeValue) return [];
  const rate = rateFunctionOfValue(context.parsed);
  if (rate === undefined) return [];
  return context.rule.annotations.flatMap((annotation) =>
    [...annotation.value.matchAll(BARE_VALUE)].map((match) =>
      warningInScalar(
        context.file,
        annotation.node,
        match.index,
        match.index + match[0].length,
        'conventions/humanize-value',
        `${context.prefix}annotation ${JSON.stringify(annotation.name)} prints ${match[0]}, ` +
          `the value of ${rate}(), with all its digits; use {{ ${match[1] ?? '$value'} | humanize }} ` +
          'or printf "%.2f"',
      ),
    ),
  );
}

/**
 * The rate function that gives the alert its value, or undefined: the expression compared with
 * a number (`rate(x[5m]) > 100`), through parentheses and sum/avg/min/max.
 * @example rateFunctionOfValue(parsePromQL('sum(rate(x[5m])) > 1')) // 'rate'
 */
export function rateFunctionOfValue(parsed: ParsedPromQL): string | undefined {
  let node = promTree(parsed);
  while (node !== undefined) {
    if (node.kind === 'paren') node = node.children[0];
    else if (node.kind === 'binary') node = comparedSide(parsed, node);
    else if (node.kind === 'aggregate') {
      const op = aggregationOperator(parsed, node.node);
      node = SCALE_KEEPING_AGGREGATIONS.has(op) ? node.children.at(-1) : undefined;
    } else if (node.kind === 'call') {
      const name = functionName(parsed, node.node);
      return RATE_FUNCTIONS.has(name) ? name : undefined;
    } else return undefined;
  }
  return undefined;
}

/** The side of a comparison with a number that is not the number; undefined for other binaries. */
function comparedSide(parsed: ParsedPromQL, node: PromNode): PromNode | undefined {
  const op = binaryOperator(node.node);
  if (op === undefined || !COMPARISON_OPERATORS.has(op.name)) return undefined;
  if (childNamed(node.node, 'BoolModifier') !== null) return undefined; // 0 or 1
  const [lhs, rhs] = node.children;
  if (lhs === undefined || rhs === undefined) return undefined;
  if (numberLiteral(parsed, rhs) !== undefined) return lhs;
  if (numberLiteral(parsed, lhs) !== undefined) return rhs;
  return undefined;
}
