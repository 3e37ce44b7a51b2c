/**
 * Label matchers as the checks compare them. Apart from selector-overlap.ts so that code which
 * only reads or normalises expressions (the dashboard-diff gate's query comparison) does not load
 * the automaton library that the overlap test needs: loading it is about 0.15 s of a start.
 */

/** One label matcher, e.g. `code=~"5.."`; the metric name is the matcher `__name__="x"`. */
export interface LabelMatcherSpec {
  name: string;
  op: '=' | '!=' | '=~' | '!~';
  /** The unquoted value (the regex text for `=~` and `!~`). */
  value: string;
}

/** The label that holds the metric name, as Prometheus stores it. */
export const METRIC_NAME_LABEL = '__name__';

/**
 * The matchers of a selector with its metric name as one more matcher, so that `up` and
 * `{__name__="up"}` are the same thing to the overlap test.
 * @example selectorMatchers({ metricName: 'up', matchers: [] }) // [{ name: '__name__', op: '=', value: 'up' }]
 */
export function selectorMatchers(selector: {
  metricName: string | undefined;
  matchers: readonly LabelMatcherSpec[];
}): LabelMatcherSpec[] {
  const matchers = selector.matchers.map(({ name, op, value }) => ({ name, op, value }));
  return selector.metricName === undefined
    ? matchers
    : [{ name: METRIC_NAME_LABEL, op: '=', value: selector.metricName }, ...matchers];
}
