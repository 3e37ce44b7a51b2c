import { describe, expect, it } from 'vitest';
import { checkPromQL, parsePromQL } from '../../src/gates/prom-lint/promql/index.js';
import { expressionMatchers } from '../../src/gates/prom-lint/promql/result-matchers.js';

/** The matchers of an expression that must be valid PromQL, as `name op "value"`, in order. */
function matchersOf(expr: string): string[] {
  expect(checkPromQL(expr)).toEqual([]);
  return expressionMatchers(parsePromQL(expr)).map(
    (m) => `${m.name}${m.op}${JSON.stringify(m.value)}`,
  );
}

describe('expressionMatchers', () => {
  // Each expected list follows Prometheus' engine: which labels an aggregation keeps
  // (aggregation()), which a binary operation keeps (resultMetric()), absent()'s labels
  // (createLabelsForAbsentFunction).
  it.each([
    ['x{code=~"5.."}', ['__name__="x"', 'code=~"5.."']],
    ['rate(x{job="a"}[5m])', ['__name__="x"', 'job="a"']],
    ['topk(3, x{job="a"})', ['__name__="x"', 'job="a"']],
    ['sum by (code) (rate(x{code=~"5..", job="a"}[5m]))', ['code=~"5.."']],
    ['sum without (job) (x{code="500", job="a"})', ['__name__="x"', 'code="500"']],
    ['sum(x{job="a"})', []],
    ['count_values by (env, job) ("env", x{env="a", job="b"})', ['job="b"']],
    ['absent(up{job="api", instance=~"a.*"})', ['job="api"']],
    ['absent(up{job="a", job="b"})', []],
    ['label_replace(x{env="a"}, "env", "b", "", "")', ['__name__="x"']],
    ['histogram_quantile(0.9, x_bucket{le="1", job="a"})', ['__name__="x_bucket"', 'job="a"']],
    ['2 * x{a="1"}', ['__name__="x"', 'a="1"']],
    ['x{a="1"} and y{b="2"}', ['__name__="x"', 'a="1"']],
    ['x{a="1"} or y', []],
    ['x{env="a"} / y{job="b"}', ['env="a"', 'job="b"']],
    ['x{env="a"} / ignoring (env) y{job="b"}', ['job="b"']],
    ['x{env="a"} / on (instance) y{job="b"}', []],
    ['x{env="a", job="b"} * on (instance) group_left (env) y', ['__name__="x"', 'job="b"']],
    ['y * on (instance) group_right x{env="a"}', ['__name__="x"', 'env="a"']],
    ['vector(1)', []],
  ])('%s', (expr, expected) => {
    expect(matchersOf(expr)).toEqual(expected);
  });

  it('gives nothing for an empty expression', () => {
    expect(expressionMatchers(parsePromQL(''))).toEqual([]);
  });
});
