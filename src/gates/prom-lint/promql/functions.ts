/**
 * PromQL function signatures, modelled on Prometheus' `promql/parser/functions.go` (main branch,
 * late 2025). The grammar of `@prometheus-io/lezer-promql` knows the names but not the types, so the
 * type checker needs this table to reject `rate(foo)` the way `promtool check rules` does.
 */

/** The four PromQL value types, named as Prometheus' `DocumentedType` prints them. */
export type PromValueType = 'scalar' | 'instant vector' | 'range vector' | 'string';

/** Signature of one PromQL function. */
export interface PromFunction {
  /** Types of the declared arguments; the last one repeats for variadic functions. */
  argTypes: readonly PromValueType[];
  /**
   * 0: exactly `argTypes.length` arguments; n > 0: the last argument is optional and may repeat
   * up to n times; -1: the last argument repeats without limit (Prometheus' convention).
   */
  variadic: number;
  returnType: PromValueType;
  /** Needs `--enable-feature=promql-experimental-functions` in Prometheus. */
  experimental: boolean;
}

const S: PromValueType = 'scalar';
const V: PromValueType = 'instant vector';
const M: PromValueType = 'range vector';
const STR: PromValueType = 'string';

function fn(
  argTypes: PromValueType[],
  returnType: PromValueType = V,
  variadic = 0,
  experimental = false,
): PromFunction {
  return { argTypes, variadic, returnType, experimental };
}

const vectorToVector = [
  'abs',
  'absent',
  'acos',
  'acosh',
  'asin',
  'asinh',
  'atan',
  'atanh',
  'ceil',
  'cos',
  'cosh',
  'deg',
  'exp',
  'floor',
  'histogram_avg',
  'histogram_count',
  'histogram_sum',
  'histogram_stddev',
  'histogram_stdvar',
  'ln',
  'log10',
  'log2',
  'rad',
  'sgn',
  'sin',
  'sinh',
  'sort',
  'sort_desc',
  'sqrt',
  'tan',
  'tanh',
  'timestamp',
];
const rangeToVector = [
  'absent_over_time',
  'avg_over_time',
  'changes',
  'count_over_time',
  'delta',
  'deriv',
  'idelta',
  'increase',
  'irate',
  'last_over_time',
  'max_over_time',
  'min_over_time',
  'present_over_time',
  'rate',
  'resets',
  'stddev_over_time',
  'stdvar_over_time',
  'sum_over_time',
];
const experimentalRangeToVector = [
  'first_over_time',
  'mad_over_time',
  'ts_of_first_over_time',
  'ts_of_max_over_time',
  'ts_of_min_over_time',
  'ts_of_last_over_time',
];
/**
 * The functions that measure change over a range (per second, in total, or as a count of
 * changes and resets): 0 whenever nothing happened in the range, and never the input's metric.
 */
export const RANGE_CHANGE_FUNCTIONS: readonly string[] = [
  'rate',
  'irate',
  'increase',
  'delta',
  'idelta',
  'deriv',
  'changes',
  'resets',
];

/**
 * The calendar functions (`hour()`, `day_of_week()`, ...): their vector argument is optional and
 * defaults to `vector(time())`.
 */
export const TIME_COMPONENT_FUNCTIONS: readonly string[] = [
  'days_in_month',
  'day_of_month',
  'day_of_week',
  'day_of_year',
  'hour',
  'minute',
  'month',
  'year',
];

/** Every function PromQL knows, by name, with its signature. */
export const PROMQL_FUNCTIONS: ReadonlyMap<string, PromFunction> = new Map<string, PromFunction>([
  ...vectorToVector.map((name): [string, PromFunction] => [name, fn([V])]),
  ...rangeToVector.map((name): [string, PromFunction] => [name, fn([M])]),
  ...experimentalRangeToVector.map((name): [string, PromFunction] => [name, fn([M], V, 0, true)]),
  ...TIME_COMPONENT_FUNCTIONS.map((name): [string, PromFunction] => [name, fn([V], V, 1)]),
  ['clamp', fn([V, S, S])],
  ['clamp_max', fn([V, S])],
  ['clamp_min', fn([V, S])],
  ['histogram_fraction', fn([S, S, V])],
  ['histogram_quantile', fn([S, V])],
  // Renamed double_exponential_smoothing in Prometheus 3.0 (see versions.ts).
  ['holt_winters', fn([M, S, S])],
  ['histogram_quantiles', fn([V, STR, S, S], V, 9, true)],
  ['double_exponential_smoothing', fn([M, S, S], V, 0, true)],
  ['info', fn([V, V], V, 1, true)],
  ['integral', fn([M, S], V, 1, true)],
  ['label_replace', fn([V, STR, STR, STR, STR])],
  ['label_join', fn([V, STR, STR, STR], V, -1)],
  ['pi', fn([], S)],
  ['predict_linear', fn([M, S])],
  ['quantile_over_time', fn([S, M])],
  ['round', fn([V, S], V, 1)],
  ['scalar', fn([V], S)],
  ['sort_by_label', fn([V, STR], V, -1, true)],
  ['sort_by_label_desc', fn([V, STR], V, -1, true)],
  ['start', fn([], S, 0, true)],
  ['end', fn([], S, 0, true)],
  ['range', fn([], S, 0, true)],
  ['step', fn([], S, 0, true)],
  ['time', fn([], S)],
  ['vector', fn([S])],
]);

/** Aggregation operators that take a parameter before the vector, with the parameter's type. */
export const AGGREGATION_PARAMETER_TYPES: ReadonlyMap<string, PromValueType> = new Map([
  ['topk', S],
  ['bottomk', S],
  ['quantile', S],
  ['limitk', S],
  ['limit_ratio', S],
  ['count_values', STR],
]);

/** Aggregations behind Prometheus' `promql-experimental-functions` feature flag. */
export const EXPERIMENTAL_AGGREGATIONS: ReadonlySet<string> = new Set(['limitk', 'limit_ratio']);
