/**
 * The type checks Prometheus' parser makes after the grammar (`checkAST` in promql/parser/parse.go
 * and the modifier checks of the generated parser), re-done over our normalised tree because the
 * lezer grammar accepts `rate(foo)`, `1 > 2` or `sum(foo[5m])`. Messages are Prometheus' wording.
 */
import type { SyntaxNode } from './tree.js';
import type { ExpressionDiagnostic } from '../types.js';
import {
  AGGREGATION_PARAMETER_TYPES,
  EXPERIMENTAL_AGGREGATIONS,
  PROMQL_FUNCTIONS,
  type PromValueType,
} from './functions.js';
import {
  childNamed,
  childrenNamed,
  binaryOperator,
  nodeText,
  promTree,
  selectorParts,
  type ParsedPromQL,
  type PromNode,
} from './tree.js';

/** Options of the semantic pass. */
export interface SemanticOptions {
  /** Accept the features behind `--enable-feature=promql-experimental-functions` (and the other PromQL feature flags). */
  experimentalFunctions?: boolean;
}

const COMPARISON_OPS = new Set(['Eql', 'Neq', 'Gtr', 'Lss', 'Gte', 'Lte']);
const SET_OPS = new Set(['And', 'Or', 'Unless']);

/** The Go `ValueType.String()` spelling, which the subquery message prints instead of the documented name. */
const GO_TYPE_NAME: Record<PromValueType, string> = {
  scalar: 'scalar',
  'instant vector': 'vector',
  'range vector': 'matrix',
  string: 'string',
};

/** A Prometheus duration literal: units in order y, w, d, h, m, s, ms. */
const DURATION_PATTERN = /^(?:\d+y)?(?:\d+w)?(?:\d+d)?(?:\d+h)?(?:\d+m)?(?:\d+s)?(?:\d+ms)?$/u;

/**
 * Why Go's RE2 rejects a label regex, or undefined when it compiles. JavaScript's engine stands in
 * for RE2; the Perl constructs RE2 lacks (lookaround, backreferences) are refused explicitly.
 */
function regexError(value: string): string | undefined {
  if (/\(\?<?[=!]/u.test(value)) return 'invalid or unsupported Perl syntax: `(?=`';
  if (/(?:^|[^\\])\\[1-9]/u.test(value))
    return 'invalid escape sequence: backreferences are not supported';
  // RE2 caps counted repetition at 1000.
  const repeat = /\{(\d+)(?:,(\d*))?\}/u.exec(value);
  if (repeat !== null && (Number(repeat[1]) > 1000 || Number(repeat[2] ?? 0) > 1000))
    return `invalid repeat count: \`${repeat[0]}\``;
  try {
    new RegExp(`^(?:${toJavaScriptRegex(value)})$`);
    return undefined;
  } catch (caught) {
    const message = caught instanceof Error ? caught.message : 'invalid regular expression';
    const reason = message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /su, '');
    return reason.charAt(0).toLowerCase() + reason.slice(1);
  }
}

/** Rewrites the RE2 syntax JavaScript lacks: flag groups `(?i)`, `(?i:...)`, and `(?P<name>`. */
function toJavaScriptRegex(value: string): string {
  return value
    .replace(/\(\?[imsU-]+\)/gu, '')
    .replace(/\(\?[imsU-]+:/gu, '(?:')
    .replace(/\(\?P</gu, '(?<');
}

/** Whether a matcher accepts the empty string, as Prometheus' `Matcher.Matches("")`. */
function matchesEmpty(op: string, value: string): boolean {
  if (op === '=') return value === '';
  if (op === '!=') return value !== '';
  let regexMatches: boolean;
  try {
    // Prometheus anchors label regexes at both ends; RE2 and JavaScript agree on this subset.
    regexMatches = new RegExp(`^(?:${toJavaScriptRegex(value)})$`).test('');
  } catch {
    regexMatches = false;
  }
  return op === '=~' ? regexMatches : !regexMatches;
}

function labelsOf(parsed: ParsedPromQL, labels: SyntaxNode | undefined): string[] {
  const names: string[] = [];
  for (let child = labels?.firstChild ?? null; child !== null; child = child.nextSibling) {
    if (child.name === 'LabelName' || child.name === 'QuotedLabelName')
      names.push(nodeText(parsed, child));
  }
  return names;
}

/** Runs the type checks over a tree that parsed without syntax errors. */
export function semanticDiagnostics(
  parsed: ParsedPromQL,
  options: SemanticOptions = {},
): ExpressionDiagnostic[] {
  const diagnostics: ExpressionDiagnostic[] = [];
  const experimental = options.experimentalFunctions === true;
  const error = (from: number, to: number, message: string, check = 'promql/type'): void => {
    diagnostics.push({ severity: 'error', check, message, from, to });
  };

  const checkSelector = (n: PromNode): void => {
    const { metricName, matchers } = selectorParts(parsed, n.node);
    for (const matcher of matchers) {
      const problem =
        matcher.op === '=~' || matcher.op === '!~' ? regexError(matcher.value) : undefined;
      if (problem !== undefined)
        error(matcher.from, matcher.to, `error parsing regexp: ${problem}`, 'promql/syntax');
    }
    const nameMatcher = matchers.find((m) => m.name === '__name__');
    if (metricName !== undefined) {
      if (childNamed(n.node, 'Identifier') !== null && nameMatcher !== undefined) {
        error(
          n.from,
          n.to,
          `metric name must not be set twice: ${JSON.stringify(metricName)} or ${JSON.stringify(nameMatcher.value)}`,
        );
      }
      return;
    }
    if (!matchers.some((m) => !matchesEmpty(m.op, m.value))) {
      error(n.from, n.to, 'vector selector must contain at least one non-empty matcher');
    }
  };

  /** Durations inside `[...]` and after `offset`: literals (with a sign after offset) are standard; arithmetic needs a feature flag. */
  const checkDuration = (node: SyntaxNode | null): void => {
    if (node === null) return;
    let inner: SyntaxNode | null = node;
    while (inner !== null && inner.name === 'OffsetDurationExpr') inner = inner.lastChild;
    const isOffset = node.name === 'OffsetDurationExpr';
    const literal = isOffset
      ? inner
      : node.firstChild?.nextSibling === null
        ? node.firstChild
        : null;
    if (literal?.name !== 'NumberDurationLiteralInDurationContext') {
      if (!experimental)
        error(
          node.from,
          node.to,
          'experimental duration expression is not enabled',
          'promql/experimental',
        );
      return;
    }
    const value = nodeText(parsed, literal);
    // A bare number is seconds only with the duration-expression feature; promtool 2.42 rejects it.
    if (!DURATION_PATTERN.test(value)) {
      if (!experimental)
        error(literal.from, literal.to, 'missing unit character in duration', 'promql/syntax');
      return;
    }
    if (/^(?:0+[a-z]+)+$/u.test(value))
      error(literal.from, literal.to, 'duration must be greater than 0', 'promql/syntax');
  };

  /** `@ <t>` needs a finite time that fits Prometheus' int64 milliseconds. */
  const checkTimestamp = (literal: SyntaxNode): void => {
    const raw = nodeText(parsed, literal).toLowerCase().replace(/_/gu, '');
    const unsigned = raw.replace(/^[+-]/u, '');
    const sign = raw.startsWith('-') ? -1 : 1;
    const value = unsigned === 'inf' ? sign * Infinity : unsigned === 'nan' ? NaN : Number(raw);
    if (Number.isFinite(value) && Math.abs(value * 1000) <= 9.2e18) return;
    const shown = Number.isNaN(value)
      ? 'NaN'
      : value === Infinity
        ? '+Inf'
        : value === -Infinity
          ? '-Inf'
          : value.toFixed(6);
    error(
      literal.from,
      literal.to,
      `timestamp out of bounds for @ modifier: ${shown}`,
      'promql/syntax',
    );
  };

  /** `offset` and `@` apply to selectors and subqueries only, and once each. */
  const checkModifier = (n: PromNode, operand: PromNode): PromValueType => {
    const isOffset = n.kind === 'offset';
    let base = operand;
    const seen = new Set<string>();
    while ((base.kind === 'offset' || base.kind === 'at') && base.children[0] !== undefined) {
      seen.add(base.kind);
      base = base.children[0];
    }
    const type = typeOf(operand);
    if (base.kind !== 'selector' && base.kind !== 'matrix' && base.kind !== 'subquery') {
      error(
        n.from,
        n.to,
        `${isOffset ? 'offset' : '@'} modifier must be preceded by an instant vector selector or range vector selector or a subquery`,
        'promql/syntax',
      );
    } else if (seen.has(n.kind)) {
      error(
        n.from,
        n.to,
        isOffset
          ? 'offset may not be set multiple times'
          : '@ <timestamp> may not be set multiple times',
        'promql/syntax',
      );
    }
    if (isOffset) checkDuration(childNamed(n.node, 'OffsetDurationExpr'));
    const timestamp = isOffset ? null : childNamed(n.node, 'NumberDurationLiteral');
    if (timestamp !== null) checkTimestamp(timestamp);
    return type;
  };

  const checkCall = (n: PromNode): PromValueType => {
    const nameNode = childNamed(n.node, 'FunctionIdentifier');
    const name = nameNode === null ? '' : nodeText(parsed, nameNode);
    const args = n.children;
    const fn = PROMQL_FUNCTIONS.get(name);
    if (fn === undefined) {
      args.forEach(typeOf);
      error(n.from, n.to, `unknown function with name ${JSON.stringify(name)}`, 'promql/syntax');
      return 'instant vector';
    }
    if (fn.experimental && !experimental) {
      error(
        nameNode?.from ?? n.from,
        nameNode?.to ?? n.to,
        `function ${JSON.stringify(name)} is not enabled`,
        'promql/experimental',
      );
    }
    const declared = fn.argTypes.length;
    const quoted = JSON.stringify(name);
    if (fn.variadic === 0) {
      if (declared !== args.length)
        error(
          n.from,
          n.to,
          `expected ${declared} argument(s) in call to ${quoted}, got ${args.length}`,
        );
    } else if (declared - 1 > args.length) {
      error(
        n.from,
        n.to,
        `expected at least ${declared - 1} argument(s) in call to ${quoted}, got ${args.length}`,
      );
    } else if (fn.variadic > 0 && declared - 1 + fn.variadic < args.length) {
      error(
        n.from,
        n.to,
        `expected at most ${declared - 1 + fn.variadic} argument(s) in call to ${quoted}, got ${args.length}`,
      );
    }
    args.forEach((arg, index) => {
      if (index >= declared && fn.variadic === 0) {
        typeOf(arg);
        return;
      }
      if (name === 'info' && index === 1) {
        // info()'s second argument is a label-only selector, exempt from the non-empty matcher rule.
        if (arg.kind !== 'selector') error(arg.from, arg.to, 'expected label selectors only');
        else if (childNamed(arg.node, 'Identifier') !== null)
          error(arg.from, arg.to, 'expected label selectors only, got vector selector instead');
        return;
      }
      const want = fn.argTypes[Math.min(index, declared - 1)];
      const got = typeOf(arg);
      if (want !== undefined && got !== want)
        error(arg.from, arg.to, `expected type ${want} in call to function ${quoted}, got ${got}`);
    });
    return fn.returnType;
  };

  const expectType = (n: PromNode, want: PromValueType, context: string): void => {
    const got = typeOf(n);
    if (got !== want) error(n.from, n.to, `expected type ${want} in ${context}, got ${got}`);
  };

  const checkAggregation = (n: PromNode): void => {
    const opNode = childNamed(n.node, 'AggregateOp');
    const op = opNode === null ? '' : nodeText(parsed, opNode).toLowerCase();
    const args = n.children;
    if (EXPERIMENTAL_AGGREGATIONS.has(op) && !experimental) {
      error(
        n.from,
        n.to,
        'limitk() and limit_ratio() are experimental and must be enabled with --enable-feature=promql-experimental-functions',
        'promql/experimental',
      );
    }
    const paramType = AGGREGATION_PARAMETER_TYPES.get(op);
    const expected = paramType === undefined ? 1 : 2;
    if (args.length !== expected) {
      args.forEach(typeOf);
      error(
        n.from,
        n.to,
        `wrong number of arguments for aggregate expression provided, expected ${expected}, got ${args.length}`,
      );
      return;
    }
    const [first, second] = args;
    if (paramType !== undefined && first !== undefined && second !== undefined) {
      expectType(second, 'instant vector', 'aggregation expression');
      expectType(first, paramType, 'aggregation parameter');
    } else if (first !== undefined) {
      expectType(first, 'instant vector', 'aggregation expression');
    }
  };

  const checkBinary = (n: PromNode): PromValueType => {
    const [lhs, rhs] = n.children;
    const opNode = binaryOperator(n.node);
    if (lhs === undefined || rhs === undefined || opNode === undefined) return 'instant vector';
    const lt = typeOf(lhs);
    const rt = typeOf(rhs);
    const opName = opNode.name;
    const opText = nodeText(parsed, opNode).toLowerCase();
    // The operator with its modifiers, as Prometheus' opRange() (between the operands, trimmed).
    let opEnd = opNode.to;
    for (
      let child = opNode.nextSibling;
      child !== null && child.from < rhs.from;
      child = child.nextSibling
    )
      opEnd = child.to;
    const isComparison = COMPARISON_OPS.has(opName);
    const isSet = SET_OPS.has(opName);
    const bool = childNamed(n.node, 'BoolModifier') !== null;
    const matching = childNamed(n.node, 'MatchingModifierClause');
    const fill = childNamed(n.node, 'FillModifier');
    const grouped =
      matching !== null &&
      (childNamed(matching, 'GroupLeft') !== null || childNamed(matching, 'GroupRight') !== null);

    if ((opName === 'TrimUpper' || opName === 'TrimLower') && !experimental) {
      error(
        opNode.from,
        opNode.to,
        `the ${JSON.stringify(opText)} operator is experimental and not enabled`,
        'promql/experimental',
      );
    }
    if (fill !== null && !experimental)
      error(
        fill.from,
        fill.to,
        'fill modifiers are experimental and not enabled',
        'promql/experimental',
      );
    if (bool && !isComparison)
      error(opNode.from, opEnd, 'bool modifier can only be used on comparison operators');
    if (isComparison && !bool && lt === 'scalar' && rt === 'scalar')
      error(opNode.from, opEnd, 'comparisons between scalars must use BOOL modifier');

    const [matchingLabelsNode, includeLabelsNode] = childrenNamed(matching, 'GroupingLabels') ?? [];
    const matchingLabels = labelsOf(parsed, matchingLabelsNode);
    const includeLabels = labelsOf(parsed, includeLabelsNode);
    if (childNamed(matching, 'On') != null) {
      for (const label of matchingLabels) {
        if (includeLabels.includes(label))
          error(
            opNode.from,
            opEnd,
            `label ${JSON.stringify(label)} must not occur in ON and GROUP clause at once`,
          );
      }
    }
    if (lt !== 'scalar' && lt !== 'instant vector')
      error(
        lhs.from,
        lhs.to,
        'binary expression must contain only scalar and instant vector types',
      );
    if (rt !== 'scalar' && rt !== 'instant vector')
      error(
        rhs.from,
        rhs.to,
        'binary expression must contain only scalar and instant vector types',
      );

    if (lt !== 'instant vector' || rt !== 'instant vector') {
      if (matchingLabels.length > 0)
        error(n.from, n.to, 'vector matching only allowed between instant vectors');
      if (fill !== null)
        error(n.from, n.to, 'filling in missing series only allowed between instant vectors');
    } else if (isSet) {
      if (grouped)
        error(n.from, n.to, `no grouping allowed for ${JSON.stringify(opText)} operation`);
      if (fill !== null)
        error(n.from, n.to, 'filling in missing series not allowed for set operators');
    }
    if ((lt === 'scalar' || rt === 'scalar') && isSet)
      error(
        n.from,
        n.to,
        `set operator ${JSON.stringify(opText)} not allowed in binary scalar expression`,
      );
    return lt === 'scalar' && rt === 'scalar' ? 'scalar' : 'instant vector';
  };

  function typeOf(n: PromNode): PromValueType {
    const operand = n.children[0];
    switch (n.kind) {
      case 'number':
        return 'scalar';
      case 'string':
        return 'string';
      case 'selector':
        checkSelector(n);
        return 'instant vector';
      case 'paren':
        return operand === undefined ? 'instant vector' : typeOf(operand);
      case 'unary': {
        const t = operand === undefined ? 'instant vector' : typeOf(operand);
        if (t !== 'scalar' && t !== 'instant vector') {
          error(
            n.from,
            n.to,
            `unary expression only allowed on expressions of type scalar or instant vector, got ${JSON.stringify(t)}`,
          );
        }
        return t;
      }
      case 'matrix':
        if (operand?.kind === 'selector') checkSelector(operand);
        else {
          if (operand !== undefined) typeOf(operand);
          // Prometheus points at the `[`, where the range starts.
          const duration = childNamed(n.node, 'DurationExpr');
          const bracket = duration === null ? -1 : parsed.text.lastIndexOf('[', duration.from);
          error(
            bracket >= n.from ? bracket : n.from,
            n.to,
            'ranges only allowed for vector selectors',
            'promql/syntax',
          );
        }
        checkDuration(childNamed(n.node, 'DurationExpr'));
        return 'range vector';
      case 'subquery': {
        const t = operand === undefined ? 'instant vector' : typeOf(operand);
        if (t !== 'instant vector')
          error(
            n.from,
            n.to,
            `subquery is only allowed on instant vector, got ${GO_TYPE_NAME[t]} instead`,
          );
        childrenNamed(n.node, 'DurationExpr').forEach(checkDuration);
        return 'range vector';
      }
      case 'offset':
      case 'at':
        return operand === undefined ? 'instant vector' : checkModifier(n, operand);
      case 'anchored':
      case 'smoothed':
        if (!experimental)
          error(
            n.from,
            n.to,
            `the ${n.kind} modifier is experimental and not enabled`,
            'promql/experimental',
          );
        return operand === undefined ? 'range vector' : typeOf(operand);
      case 'call':
        return checkCall(n);
      case 'aggregate':
        checkAggregation(n);
        return 'instant vector';
      case 'binary':
        return checkBinary(n);
      case 'other':
        return 'instant vector';
    }
  }

  const root = promTree(parsed);
  if (root !== undefined) typeOf(root);
  return diagnostics;
}
