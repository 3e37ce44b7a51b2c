import { describe, expect, it } from 'vitest';
import {
  aggregations,
  checkPromQL,
  comparisons,
  functionCalls,
  parsePromQL,
  selectors,
} from '../../src/gates/prom-lint/promql/index.js';
import { INVALID_CASES, VALID_CASES } from './promql-cases.js';
import { corpusExpressions } from './promql-corpus.js';

describe('checkPromQL on valid expressions', () => {
  it.each(VALID_CASES.map((c) => [c.expr]))('accepts %s', (expr) => {
    expect(checkPromQL(expr)).toEqual([]);
  });

  const corpus = corpusExpressions('awesome-prometheus-alerts');
  it('reads the whole awesome-prometheus-alerts corpus', () => {
    expect(corpus.length).toBe(954);
  });
  it('accepts every expr of awesome-prometheus-alerts (all pass promtool 2.42)', () => {
    const failures = corpus
      .filter((entry) => checkPromQL(entry.text).length > 0)
      .map((entry) => `${entry.where}: ${entry.text}`);
    expect(failures).toEqual([]);
  });
  it('accepts the expressions of promtool rules.yml', () => {
    const exprs = corpusExpressions('prometheus-testdata/rules.yml');
    expect(exprs.length).toBeGreaterThan(0);
    for (const entry of exprs) expect(checkPromQL(entry.text)).toEqual([]);
  });
});

describe('checkPromQL on invalid expressions', () => {
  it.each(INVALID_CASES.map((c) => [c.expr, c]))('rejects %s', (expr, c) => {
    const [first] = checkPromQL(expr);
    expect(first).toMatchObject({ severity: 'error', message: c.message, from: c.from, to: c.to });
  });

  it('rejects rate(hi) of rulefmt bad_expr.bad.yaml and `test +` of bad-rules-syntax.yml', () => {
    const [bad] = corpusExpressions('prometheus-testdata/bad_expr.bad.yaml');
    expect(checkPromQL(bad?.text ?? '')[0]?.message).toBe(
      'expected type range vector in call to function "rate", got instant vector',
    );
    const [syntax] = corpusExpressions('prometheus-testdata/bad-rules-syntax.yml');
    expect(checkPromQL(syntax?.text ?? '')[0]?.check).toBe('promql/syntax');
  });

  it('rejects an empty expression', () => {
    expect(checkPromQL('  ')).toMatchObject([{ message: 'no expression found in input' }]);
  });
});

describe('experimental features', () => {
  const features = corpusExpressions('prometheus-testdata/features.yml');
  it('rejects each feature of promtool features.yml without the flag', () => {
    expect(features).toHaveLength(4);
    for (const entry of features) {
      expect(checkPromQL(entry.text).map((d) => d.check)).toContain('promql/experimental');
    }
  });
  it('accepts them with experimentalFunctions', () => {
    for (const entry of features)
      expect(checkPromQL(entry.text, { experimentalFunctions: true })).toEqual([]);
  });
  it.each([
    ['limitk(2, x)'],
    ['double_exponential_smoothing(x[5m], 0.5, 0.5)'],
    ['ts_of_max_over_time(x[5m])'],
    ['info(up, {k8s_cluster_name=~".+"})'],
  ])('accepts %s only with the flag', (expr) => {
    expect(checkPromQL(expr)).not.toEqual([]);
    expect(checkPromQL(expr, { experimentalFunctions: true })).toEqual([]);
  });
  it('still type-checks experimental functions', () => {
    expect(checkPromQL('first_over_time(x)', { experimentalFunctions: true })[0]?.message).toBe(
      'expected type range vector in call to function "first_over_time", got instant vector',
    );
  });
});

describe('typed view of the tree', () => {
  const parsed = parsePromQL(
    'sum by (job, "env") (rate(http_requests_total{code=~"5..", job!="x"}[5m])) / on(job) sum(up) without (instance) > 0.05',
  );

  it('lists selectors with matchers and ranges', () => {
    expect(
      selectors(parsed).map((s) => [
        s.metricName,
        s.range,
        s.matchers.map((m) => `${m.name}${m.op}${m.value}`),
      ]),
    ).toEqual([
      ['http_requests_total', '5m', ['code=~5..', 'job!=x']],
      ['up', undefined, []],
    ]);
  });
  it('lists aggregations with their grouping', () => {
    expect(aggregations(parsed).map((a) => [a.op, a.grouping, a.labels])).toEqual([
      ['sum', 'by', ['job', 'env']],
      ['sum', 'without', ['instance']],
    ]);
  });
  it('lists functions and comparisons with thresholds', () => {
    expect(functionCalls(parsed).map((f) => [f.name, f.args.length])).toEqual([['rate', 1]]);
    expect(comparisons(parsed).map((c) => [c.op, c.bool, c.threshold])).toEqual([
      ['>', false, 0.05],
    ]);
  });
  it('gives a range to the selector a postfix operator really applies to', () => {
    expect(selectors(parsePromQL('a - b offset 5m')).map((s) => s.metricName)).toEqual(['a', 'b']);
    expect(selectors(parsePromQL('rate(a[1m]) + rate(b[2m])')).map((s) => s.range)).toEqual([
      '1m',
      '2m',
    ]);
  });
});
