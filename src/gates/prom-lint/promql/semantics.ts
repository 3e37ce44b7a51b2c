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
  forEachNode,
  nodeText,
  checkpointNodes,
  promTree,
  selectorPartsOf,
  type ParsedPromQL,
  type PromNode,
} from './tree.js';
import {
  AGGREGATION_RELEASES,
  atLeast,
  CURRENT_PROMETHEUS,
  FUNCTION_RELEASES,
  PROMQL_CHANGES,
  type PrometheusVersion,
} from './versions.js';

/**
 * Options of the semantic pass: the Prometheus release to follow and its PromQL feature flags,
 * one option per `--enable-feature` value, so experimental syntax is neither accepted nor refused
 * silently. A flag that the release has made the default changes nothing.
 */
export interface SemanticOptions {
  /**
   * `promql-experimental-functions`: the experimental functions, `limitk` and `limit_ratio`, and
   * the `</` and `>/` operators.
   */
  experimentalFunctions?: boolean;
  /** `promql-duration-expr`: arithmetic, `step()`, `range()`, `min_of`/`max_of` in durations (default from 3.14). */
  durationExpressions?: boolean;
  /** `promql-extended-range-selectors`: the `anchored` and `smoothed` modifiers (default from 3.16). */
  extendedRangeSelectors?: boolean;
  /** `promql-binop-fill-modifiers`: `fill()`, `fill_left()` and `fill_right()` on binary operators. */
  fillModifiers?: boolean;
  /** The Prometheus release whose parser is followed; the current release when not given. */
  prometheusVersion?: PrometheusVersion;
}

/** Go's `time.Duration` is int64 nanoseconds: the longest duration, in seconds. */
const MAX_DURATION_SECONDS = 2 ** 63 / 1e9;

/** Seconds per unit of a Prometheus duration literal. */
const UNIT_SECONDS: Record<string, number> = {
  y: 365 * 86_400,
  w: 7 * 86_400,
  d: 86_400,
  h: 3_600,
  m: 60,
  s: 1,
  ms: 0.001,
};

/** The seconds a duration literal (`1h30m`) or a number (`300`, `4.18`) stands for. */
function literalSeconds(text: string): number {
  if (!/^\d+(?:ms|[ywdhms])/u.test(text)) return Number(text.replace(/_/gu, ''));
  let total = 0;
  for (const [, count, unit] of text.matchAll(/(\d+)(ms|[ywdhms])/gu))
    total += Number(count) * (UNIT_SECONDS[unit ?? 's'] ?? 1);
  return total;
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
  const version = options.prometheusVersion ?? CURRENT_PROMETHEUS;
  const prometheus3 = atLeast(version, PROMQL_CHANGES.prometheus3);
  const experimental =
    options.experimentalFunctions === true &&
    atLeast(version, PROMQL_CHANGES.experimentalFunctionsFlag);
  const durationExpressions =
    atLeast(version, PROMQL_CHANGES.durationExpressionsByDefault) ||
    (prometheus3 && options.durationExpressions === true);
  const extendedRangeSelectors =
    atLeast(version, PROMQL_CHANGES.extendedRangeSelectorsByDefault) ||
    (prometheus3 && options.extendedRangeSelectors === true);
  const fillModifiers = prometheus3 && options.fillModifiers === true;
  const error = (from: number, to: number, message: string, check = 'promql/type'): void => {
    diagnostics.push({ severity: 'error', check, message, from, to });
  };

  const checkSelector = (n: PromNode): void => {
    const { metricName, matchers } = selectorPartsOf(parsed, n);
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

  /** A number literal too large for a float64 (`1e309`): Go's ParseFloat refuses it. */
  const checkNumber = (literal: SyntaxNode): void => {
    const text = nodeText(parsed, literal);
    if (/^[0-9.]/u.test(text) && !Number.isFinite(literalSeconds(text)))
      error(
        literal.from,
        literal.to,
        `error parsing number: strconv.ParseFloat: parsing ${JSON.stringify(text)}: value out of range`,
        'promql/syntax',
      );
  };

  /**
   * The value in seconds of a duration expression, or undefined when it depends on the query
   * (`step()`, `range()`). A constant zero divisor is an error Prometheus' parser raises.
   */
  const durationValue = (node: SyntaxNode): number | undefined => {
    if (node.name === 'NumberDurationLiteralInDurationContext')
      return literalSeconds(nodeText(parsed, node));
    const first = node.firstChild;
    const second = first?.nextSibling ?? null;
    const third = second?.nextSibling ?? null;
    if (first === null) return undefined;
    if (second === null) return durationValue(first);
    if (first.name === 'UnaryOp') {
      const value = durationValue(second);
      return value === undefined ? undefined : nodeText(parsed, first) === '-' ? -value : value;
    }
    if (third === null) return undefined;
    if (first.name === 'DurationMaxOf' || first.name === 'DurationMinOf') {
      const [a, b] = [durationValue(second), durationValue(third)];
      if (a === undefined || b === undefined) return undefined;
      return first.name === 'DurationMaxOf' ? Math.max(a, b) : Math.min(a, b);
    }
    const [a, b] = [durationValue(first), durationValue(third)];
    if ((second.name === 'Div' || second.name === 'Mod') && b === 0) {
      const message = second.name === 'Div' ? 'division by zero' : 'modulo by zero';
      error(second.from, second.to, message, 'promql/syntax');
      return undefined;
    }
    if (a === undefined || b === undefined) return undefined;
    const results: Record<string, number> = {
      Add: a + b,
      Sub: a - b,
      Mul: a * b,
      Div: a / b,
      Mod: a % b,
      Pow: a ** b,
    };
    return results[second.name];
  };

  /**
   * A duration that is one literal under any number of signs (`5m`, `-7m`, `-1`): the literal
   * and whether it is negated; undefined for a duration expression (parentheses included).
   */
  const signedLiteral = (
    node: SyntaxNode,
  ): { literal: SyntaxNode; negative: boolean } | undefined => {
    let negative = false;
    let inner = node;
    for (;;) {
      const first = inner.firstChild;
      const second = first?.nextSibling ?? null;
      if (first?.name === 'UnaryOp' && second !== null && second.nextSibling === null) {
        if (nodeText(parsed, first) === '-') negative = !negative;
        inner = second;
        continue;
      }
      if (first?.name === 'NumberDurationLiteralInDurationContext' && second === null)
        return { literal: first, negative };
      return undefined;
    }
  };

  /**
   * Durations inside `[...]` and after `offset`. A literal under signs is standard PromQL; any
   * other form is a duration expression, behind a flag until 3.14 and unknown to 2.x. A bare
   * number means seconds from Prometheus 3.0. Prometheus checks a literal's size (int64
   * nanoseconds) and, for ranges and steps, its sign at parse time; of an expression it checks
   * only division by a constant zero, and leaves the value to the engine.
   */
  const checkDuration = (node: SyntaxNode | null, mustBePositive: boolean): void => {
    if (node === null) return;
    const signed = signedLiteral(node);
    if (signed === undefined) {
      if (!durationExpressions) {
        error(
          node.from,
          node.to,
          prometheus3
            ? 'experimental duration expression is not enabled'
            : 'duration expressions are not supported before Prometheus 3',
          prometheus3 ? 'promql/experimental' : 'promql/syntax',
        );
        return;
      }
      durationValue(node);
      return;
    }
    const { literal, negative } = signed;
    const text = nodeText(parsed, literal);
    if (!prometheus3 && !DURATION_PATTERN.test(text)) {
      error(
        literal.from,
        literal.to,
        mustBePositive
          ? 'missing unit character in duration'
          : `unexpected number ${JSON.stringify(text)} in offset, expected duration`,
        'promql/syntax',
      );
      return;
    }
    const value = negative ? -literalSeconds(text) : literalSeconds(text);
    if (!(Math.abs(value) <= MAX_DURATION_SECONDS))
      error(literal.from, literal.to, 'duration out of range', 'promql/syntax');
    // A zero offset is refused too (promtool 2.42: `x offset 0s`); a negative one is not.
    else if (mustBePositive ? !(value > 0) : value === 0)
      error(node.from, node.to, 'duration must be greater than 0', 'promql/syntax');
  };

  /** `@ <t>` needs a finite time that fits Prometheus' int64 milliseconds. */
  const checkTimestamp = (literal: SyntaxNode): void => {
    const raw = nodeText(parsed, literal).toLowerCase().replace(/_/gu, '');
    if (/^\d+(?:ms|[ywdhms])/u.test(raw)) {
      // A duration as the time (`@ 1m`, 60 s after the epoch): Prometheus 3's number literals.
      if (!prometheus3)
        error(
          literal.from,
          literal.to,
          `unexpected duration ${JSON.stringify(raw)} in @, expected timestamp`,
          'promql/syntax',
        );
      return;
    }
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
    if (isOffset) checkDuration(childNamed(n.node, 'OffsetDurationExpr'), false);
    const timestamp = isOffset ? null : childNamed(n.node, 'NumberDurationLiteral');
    if (timestamp !== null) checkTimestamp(timestamp);
    return type;
  };

  const checkCall = (n: PromNode): PromValueType => {
    const nameNode = childNamed(n.node, 'FunctionIdentifier');
    const name = nameNode === null ? '' : nodeText(parsed, nameNode);
    const args = n.children;
    const release = FUNCTION_RELEASES.get(name);
    const known =
      (release?.since === undefined || atLeast(version, release.since)) &&
      (release?.removedIn === undefined || !atLeast(version, release.removedIn));
    const fn = known ? PROMQL_FUNCTIONS.get(name) : undefined;
    if (fn === undefined) {
      args.forEach(typeOf);
      error(
        nameNode?.from ?? n.from,
        nameNode?.to ?? n.to,
        `unknown function with name ${JSON.stringify(name)}`,
        'promql/syntax',
      );
      return 'instant vector';
    }
    const stable = release?.stableSince !== undefined && atLeast(version, release.stableSince);
    if (fn.experimental && !stable && !experimental) {
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
    const since = AGGREGATION_RELEASES.get(op);
    if (since !== undefined && !atLeast(version, since)) {
      // Not yet a keyword: Prometheus reads `limitk(...)` as a call of an unknown function.
      args.forEach(typeOf);
      error(n.from, n.to, `unknown function with name ${JSON.stringify(op)}`, 'promql/syntax');
      return;
    }
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

  /** The checks of a binary operation whose left operand has type `lt`. */
  const checkBinary = (n: PromNode, lt: PromValueType): PromValueType => {
    const [lhs, rhs] = n.children;
    const opNode = binaryOperator(n.node);
    if (lhs === undefined || rhs === undefined || opNode === undefined) return 'instant vector';
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
    if (fill !== null && !fillModifiers)
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

  /**
   * The type of each checkpoint node of a deep tree (tree.ts, checkpointNodes), with the errors
   * its subtree gave: given again where the walk meets the node, so the errors come in the order
   * the recursion alone would give them, and no recursion goes deeper than CHECKPOINT_LEVELS.
   * Made for a deep tree only: nearly every parse has no checkpoint.
   */
  let kept: Map<PromNode, { type: PromValueType; errors: ExpressionDiagnostic[] }> | undefined;

  function typeOf(n: PromNode): PromValueType {
    const known = kept?.get(n);
    if (known === undefined) return typeOfNode(n);
    for (const diagnostic of known.errors) diagnostics.push(diagnostic);
    return known.type;
  }

  function typeOfNode(n: PromNode): PromValueType {
    const operand = n.children[0];
    switch (n.kind) {
      case 'number':
        checkNumber(n.node);
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
        checkDuration(childNamed(n.node, 'DurationExpr'), true);
        return 'range vector';
      case 'subquery': {
        const t = operand === undefined ? 'instant vector' : typeOf(operand);
        if (t !== 'instant vector')
          error(
            n.from,
            n.to,
            `subquery is only allowed on instant vector, got ${GO_TYPE_NAME[t]} instead`,
          );
        for (const duration of childrenNamed(n.node, 'DurationExpr')) checkDuration(duration, true);
        return 'range vector';
      }
      case 'offset':
      case 'at':
        return operand === undefined ? 'instant vector' : checkModifier(n, operand);
      case 'anchored':
      case 'smoothed':
        if (!extendedRangeSelectors)
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
      case 'binary': {
        // A chain of thousands of operators nests as deep on its left (long-chains.ts): its left
        // spine is walked in a loop, the innermost operation first, as recursion would.
        // It stops at a checkpoint of a deep tree, whose type is known (see `kept`).
        const spine: PromNode[] = [];
        let lhs: PromNode | undefined = n;
        while (
          lhs?.kind === 'binary' &&
          lhs.children.length === 2 &&
          (lhs === n || kept === undefined || !kept.has(lhs))
        ) {
          spine.push(lhs);
          lhs = lhs.children[0];
        }
        let type = lhs === undefined ? 'instant vector' : typeOf(lhs);
        for (let k = spine.length - 1; k >= 0; k -= 1)
          type = checkBinary(spine[k] as PromNode, type);
        return type;
      }
      case 'other':
        return 'instant vector';
    }
  }

  if (!prometheus3) {
    // Quoted (UTF-8) metric and label names arrived in Prometheus 3.0.
    forEachNode(parsed, (node) => {
      if (node.name === 'QuotedLabelName')
        error(
          node.from,
          node.to,
          `unexpected string ${JSON.stringify(nodeText(parsed, node))} in label matching, expected identifier or "}"`,
          'promql/syntax',
        );
    });
  }
  const root = promTree(parsed);
  if (root !== undefined) {
    for (const checkpoint of checkpointNodes(parsed)) {
      const before = diagnostics.length;
      const type = typeOf(checkpoint);
      (kept ??= new Map()).set(checkpoint, { type, errors: diagnostics.splice(before) });
    }
    typeOf(root);
  }
  return diagnostics;
}
