/**
 * Hand-written PromQL cases shared by promql.test.ts (against checkPromQL, which follows the
 * current Prometheus by default) and promql-conformance.test.ts (against the real promtool 2.42,
 * with checkPromQL told to follow 2.42). Messages are Prometheus' own wording.
 */

/** An expression Prometheus accepts. */
export interface ValidCase {
  expr: string;
  /**
   * Why Debian's promtool (2.42) rejects it: the case needs a newer Prometheus than the one
   * packaged, and checkPromQL told to follow 2.42 rejects it too.
   */
  newerThanDebian?: string;
}

/** An expression Prometheus rejects, with our first diagnostic. */
export interface InvalidCase {
  expr: string;
  message: string;
  from: number;
  to: number;
  /** Set when promtool 2.42 reports the error at a different column than we do, saying why. */
  columnDiffers?: string;
  /** Set when Debian's older promtool (2.42) still accepts it, saying why: checkPromQL for 2.42 accepts it too. */
  newerThanDebian?: string;
  /**
   * Set when only Prometheus 2 rejects it, saying why: checkPromQL rejects it with this message
   * when told to follow 2.42, and accepts it by default (the current release).
   */
  onlyPrometheus2?: string;
}

/** Valid expressions covering each construct the checker types. */
export const VALID_CASES: readonly ValidCase[] = [
  { expr: 'up' },
  // Names Object.prototype owns: lezer-promql's keyword lookup must not take them for keywords.
  { expr: 'constructor' },
  { expr: 'rate(constructor[5m]) > 0' },
  { expr: '__proto__{job="a"}' },
  { expr: 'sum by (constructor) (toString)' },
  { expr: 'up == 0' },
  // Valid escapes: hex, unicode, the literal's own quote, and none at all in raw strings.
  { expr: 'up{job="a\\x41\\u00e9\\n\\"b"}' },
  { expr: "up{job='\\''}" },
  { expr: 'up{job=~`a\\d`}' },
  { expr: 'up{job=~"a\\\\.b"}' },
  { expr: 'rate(http_requests_total{job="api"}[5m]) > 0.1' },
  { expr: 'sum by (job) (rate(http_requests_total[5m]))' },
  { expr: 'sum(rate(http_requests_total[5m])) without (instance)' },
  { expr: 'topk(3, sum by (job) (up))' },
  { expr: 'quantile(0.9, rate(x[5m]))' },
  { expr: 'count_values("version", build_info)' },
  {
    expr: 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m])))',
  },
  { expr: 'label_replace(up, "host", "$1", "instance", "(.*):.*")' },
  { expr: 'label_join(up, "foo", ",", "job", "instance")' },
  { expr: 'round(x, 0.5)' },
  { expr: 'round(x)' },
  { expr: 'day_of_week()' },
  { expr: 'hour(timestamp(up))' },
  { expr: 'clamp(x, 0, 1)' },
  { expr: 'vector(1)' },
  { expr: 'scalar(up) > bool 1' },
  { expr: '1 > bool 2' },
  { expr: 'time() - process_start_time_seconds > 3600' },
  { expr: 'absent(up{job="api"})' },
  { expr: 'absent_over_time(up[5m])' },
  { expr: 'max_over_time(rate(x[1m])[10m:1m])' },
  { expr: 'max_over_time(rate(x[1m])[10m:])' },
  { expr: 'x offset 5m' },
  { expr: 'x offset -5m' },
  { expr: 'rate(x[5m] offset 1h)' },
  { expr: 'x @ 1609746000' },
  { expr: 'x @ start()' },
  { expr: 'rate(x[5m] @ end())' },
  { expr: 'x - x offset 1d > 0' },
  { expr: 'a + on(job) group_left(instance) b' },
  { expr: 'a * ignoring(code) group_right b' },
  { expr: 'a and on(job) b' },
  { expr: 'a unless ignoring(x) b' },
  { expr: 'a or b' },
  { expr: '-up' },
  { expr: '-(1 + 2)' },
  { expr: '2 ^ 3 ^ 2' },
  { expr: 'a atan2 b' },
  { expr: '{job="api"}' },
  { expr: '{job=~".+"}' },
  { expr: 'rate({a!~".*"}[5m])' },
  { expr: '{job!=""}' },
  { expr: '{__name__=~"node_.*"}' },
  { expr: 'x{a="b", c!~"d|e",}' },
  { expr: '1e3 + 0x1F + .5 + Inf + NaN + -inf' },
  { expr: 'predict_linear(node_filesystem_free_bytes[1h], 4 * 3600) < 0' },
  { expr: 'quantile_over_time(0.9, x[5m])' },
  { expr: 'sum(x) by (a) / on(a) group_left sum(y) by (a)' },
  { expr: 'x # a comment' },
  { expr: 'x[1h30m]' },
  { expr: 'group by (a) (x)' },
  { expr: 'stddev(x) + stdvar(x) + min(x) + max(x) + avg(x) + count(x)' },
  { expr: 'bottomk(2, x)' },
  { expr: 'x{a=~"(?i)abc"}' },
  { expr: 'x{a=~"(?P<name>a)b{2,5}"}' },
  { expr: 'x{a!~"(?i).*"}' },
  { expr: 'x[0m1s]' },
  { expr: 'x @ -5' },
  { expr: 'x offset 5m[5m:]' },
  { expr: 'sum(x)[5m:]' },
  { expr: 'x > 1 < 2' },
  { expr: '- - 1' },
  // Held-out causes of disagreement with the Go parser (issue 14, item 18): Go's lexer takes a
  // trailing dot, `offset` may name a metric, and the longest duration is int64 nanoseconds.
  { expr: '5.' },
  { expr: '5.e3 + x' },
  { expr: 'x @ 3.' },
  { expr: 'offset{step="1s"}[5m]' },
  { expr: 'sum(offset) + offset' },
  { expr: 'x[106751d]' },
  { expr: 'rate(x[5m:] offset -1m)' },
  { expr: 'a{b="5."} + 5.5' },
  { expr: 'histogram_avg(x)', newerThanDebian: 'histogram_avg arrived in Prometheus 2.50' },
  {
    expr: 'histogram_stddev(x) + histogram_stdvar(x)',
    newerThanDebian: 'histogram_stddev/stdvar arrived in Prometheus 2.50',
  },
  {
    expr: '{"my.metric"}',
    newerThanDebian: 'quoted (UTF-8) metric names arrived in Prometheus 3.0',
  },
  { expr: 'rate(x[300])', newerThanDebian: 'a bare number is seconds from Prometheus 3.0' },
  {
    expr: 'sum by ("service.name") (x)',
    newerThanDebian: 'quoted (UTF-8) label names arrived in Prometheus 3.0',
  },
  { expr: 'rate(x[1m * 2])', newerThanDebian: 'duration expressions are on by default from 3.14' },
  { expr: 'rate(x[1m] anchored)', newerThanDebian: 'anchored is on by default from 3.16' },
];

/** Invalid expressions: the message and offsets of our first diagnostic. */
export const INVALID_CASES: readonly InvalidCase[] = [
  // Syntax
  { expr: 'rate(x[5m]', message: 'unclosed left parenthesis', from: 10, to: 10 },
  { expr: 'x[5m', message: 'unclosed left bracket', from: 4, to: 4 },
  { expr: 'foo{a="b"', message: 'unexpected end of input inside braces', from: 9, to: 9 },
  { expr: 'test +', message: 'unexpected end of input', from: 6, to: 6 },
  { expr: 'sum(x) by', message: 'unexpected end of input', from: 9, to: 9 },
  {
    expr: 'x[5 m]',
    message: 'unexpected "m"',
    from: 4,
    to: 5,
    columnDiffers: 'Prometheus says "missing unit character in duration" at the number',
  },
  { expr: 'foo(bar)', message: 'unknown function with name "foo"', from: 0, to: 3 },
  // String escapes, as Prometheus' lexer checks them (reported at the string).
  { expr: 'up{job="a\\d"}', message: "unknown escape sequence U+0064 'd'", from: 7, to: 12 },
  { expr: 'up{job=~"a\\.b"}', message: "unknown escape sequence U+002E '.'", from: 8, to: 14 },
  {
    expr: 'label_replace(up, "a", "\\q", "b", "c")',
    message: "unknown escape sequence U+0071 'q'",
    from: 23,
    to: 27,
  },
  {
    expr: 'up{job="\\\'"}',
    message: "unknown escape sequence U+0027 '''",
    from: 7,
    to: 11,
  },
  {
    expr: 'up{job="a\\x4"}',
    message: "illegal character U+0022 '\"' in escape sequence",
    from: 7,
    to: 13,
  },
  {
    expr: 'up{job="\\777"}',
    message: 'escape sequence is an invalid Unicode code point',
    from: 7,
    to: 13,
  },
  {
    expr: 'up{job="\\ud800"}',
    message: 'escape sequence is an invalid Unicode code point',
    from: 7,
    to: 15,
  },
  {
    expr: 'x offset 5m offset 1m',
    message: 'offset may not be set multiple times',
    from: 0,
    to: 21,
  },
  { expr: 'x @ 1 @ 2', message: '@ <timestamp> may not be set multiple times', from: 0, to: 9 },
  {
    expr: 'sum(x) offset 5m',
    message:
      'offset modifier must be preceded by an instant vector selector or range vector selector or a subquery',
    from: 0,
    to: 16,
  },
  { expr: '(x)[5m]', message: 'ranges only allowed for vector selectors', from: 3, to: 7 },
  // Durations, `@` times and regexes
  { expr: 'x[0s]', message: 'duration must be greater than 0', from: 2, to: 4 },
  { expr: 'x[5m:0s]', message: 'duration must be greater than 0', from: 5, to: 7 },
  { expr: 'x offset 0s', message: 'duration must be greater than 0', from: 9, to: 11 },
  {
    expr: 'x[5]',
    message: 'missing unit character in duration',
    from: 2,
    to: 3,
    onlyPrometheus2: 'a bare number in a range is seconds from Prometheus 3.0',
  },
  {
    expr: 'x offset 3600',
    message: 'unexpected number "3600" in offset, expected duration',
    from: 9,
    to: 13,
    onlyPrometheus2: 'a bare number after offset is seconds from Prometheus 3.0',
  },
  {
    expr: 'x[5m] @ 1m',
    message: 'unexpected duration "1m" in @, expected timestamp',
    from: 8,
    to: 10,
    onlyPrometheus2: 'numbers and durations are interchangeable from Prometheus 3.0',
  },
  // Held-out causes of disagreement with the Go parser (issue 14, item 18).
  {
    expr: 'x[5m:-1m]',
    message: 'duration must be greater than 0',
    from: 5,
    to: 8,
  },
  {
    expr: 'x[0]',
    message: 'duration must be greater than 0',
    from: 2,
    to: 3,
  },
  { expr: 'x[106752d]', message: 'duration out of range', from: 2, to: 9 },
  {
    expr: '1e309',
    message: 'error parsing number: strconv.ParseFloat: parsing "1e309": value out of range',
    from: 0,
    to: 5,
  },
  {
    expr: 'x + 5.e309',
    message: 'error parsing number: strconv.ParseFloat: parsing "5.e309": value out of range',
    from: 4,
    to: 10,
  },
  {
    expr: 'x @ inf',
    message: 'timestamp out of bounds for @ modifier: +Inf',
    from: 4,
    to: 7,
    columnDiffers: 'promtool reports column 1 (the whole selector); we mark the bad number',
  },
  { expr: 'x{a=~"("}', message: 'error parsing regexp: unterminated group', from: 2, to: 8 },
  {
    expr: 'x{a=~"(?=a)"}',
    message: 'error parsing regexp: invalid or unsupported Perl syntax: `(?=`',
    from: 2,
    to: 12,
  },
  {
    expr: 'x{a=~"a{1001}"}',
    message: 'error parsing regexp: invalid repeat count: `{1001}`',
    from: 2,
    to: 14,
  },
  // Function signatures
  {
    expr: 'rate(x)',
    message: 'expected type range vector in call to function "rate", got instant vector',
    from: 5,
    to: 6,
  },
  {
    expr: 'abs(x[5m])',
    message: 'expected type instant vector in call to function "abs", got range vector',
    from: 4,
    to: 9,
  },
  {
    expr: 'histogram_quantile(x, 0.9)',
    message: 'expected type scalar in call to function "histogram_quantile", got instant vector',
    from: 19,
    to: 20,
  },
  {
    expr: 'label_replace(x, "a", "b", "c", 1)',
    message: 'expected type string in call to function "label_replace", got scalar',
    from: 32,
    to: 33,
  },
  {
    expr: 'histogram_quantile(0.9)',
    message: 'expected 2 argument(s) in call to "histogram_quantile", got 1',
    from: 0,
    to: 23,
  },
  { expr: 'time(1)', message: 'expected 0 argument(s) in call to "time", got 1', from: 0, to: 7 },
  {
    expr: 'round(x, 1, 2)',
    message: 'expected at most 2 argument(s) in call to "round", got 3',
    from: 0,
    to: 14,
  },
  {
    expr: 'label_join(x, "a")',
    message: 'expected at least 3 argument(s) in call to "label_join", got 2',
    from: 0,
    to: 18,
  },
  {
    expr: 'sort_by_label(x, "a")',
    message: 'function "sort_by_label" is not enabled',
    from: 0,
    to: 13,
    columnDiffers:
      'promtool 2.42 does not know the function and says unknown function, at the same column',
  },
  {
    expr: 'limitk(2, x)',
    message:
      'limitk() and limit_ratio() are experimental and must be enabled with --enable-feature=promql-experimental-functions',
    from: 0,
    to: 12,
  },
  // Aggregations
  {
    expr: 'sum(x[5m])',
    message: 'expected type instant vector in aggregation expression, got range vector',
    from: 4,
    to: 9,
  },
  {
    expr: 'topk("3", x)',
    message: 'expected type scalar in aggregation parameter, got string',
    from: 5,
    to: 8,
  },
  {
    expr: 'count_values(1, x)',
    message: 'expected type string in aggregation parameter, got scalar',
    from: 13,
    to: 14,
  },
  {
    expr: 'topk(x)',
    message: 'wrong number of arguments for aggregate expression provided, expected 2, got 1',
    from: 0,
    to: 7,
  },
  {
    expr: 'sum(1, x)',
    message: 'wrong number of arguments for aggregate expression provided, expected 1, got 2',
    from: 0,
    to: 9,
  },
  // Binary operators
  { expr: '1 > 2', message: 'comparisons between scalars must use BOOL modifier', from: 2, to: 3 },
  {
    expr: 'x + bool y',
    message: 'bool modifier can only be used on comparison operators',
    from: 2,
    to: 8,
  },
  {
    expr: 'x and 1',
    message: 'set operator "and" not allowed in binary scalar expression',
    from: 0,
    to: 7,
  },
  {
    expr: 'x and on(a) group_left y',
    message: 'no grouping allowed for "and" operation',
    from: 0,
    to: 24,
  },
  {
    expr: '1 + on(a) x',
    message: 'vector matching only allowed between instant vectors',
    from: 0,
    to: 11,
  },
  {
    expr: 'x + on(a) group_left(a) y',
    message: 'label "a" must not occur in ON and GROUP clause at once',
    from: 2,
    to: 23,
  },
  {
    expr: 'x[5m] + 1',
    message: 'binary expression must contain only scalar and instant vector types',
    from: 0,
    to: 5,
  },
  {
    expr: '"a" + 1',
    message: 'binary expression must contain only scalar and instant vector types',
    from: 0,
    to: 3,
  },
  // Unary, subqueries
  {
    expr: '-x[5m]',
    message:
      'unary expression only allowed on expressions of type scalar or instant vector, got "range vector"',
    from: 0,
    to: 6,
  },
  {
    expr: 'x[5m][10m:]',
    message: 'subquery is only allowed on instant vector, got matrix instead',
    from: 0,
    to: 11,
  },
  // Selectors
  {
    expr: '{a=""}',
    message: 'vector selector must contain at least one non-empty matcher',
    from: 0,
    to: 6,
  },
  {
    expr: '{a=~".*"}',
    message: 'vector selector must contain at least one non-empty matcher',
    from: 0,
    to: 9,
  },
  {
    expr: 'rate({a!~".+"}[5m])',
    message: 'vector selector must contain at least one non-empty matcher',
    from: 5,
    to: 14,
  },
  {
    expr: 'a{__name__="b"}',
    message: 'metric name must not be set twice: "a" or "b"',
    from: 0,
    to: 15,
  },
  {
    expr: 'holt_winters(x[5m], 0.5, 0.5)',
    message: 'unknown function with name "holt_winters"',
    from: 0,
    to: 12,
    newerThanDebian:
      'Prometheus 3.0 renamed holt_winters to double_exponential_smoothing (experimental); 2.42 still has it',
  },
  // Postfix operators bind tighter than binary ones: `a - b[5m]` ranges over `b`, a type error.
  {
    expr: 'a - b[5m]',
    message: 'binary expression must contain only scalar and instant vector types',
    from: 4,
    to: 9,
  },
];
