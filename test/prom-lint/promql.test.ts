import { describe, expect, it } from 'vitest';
import {
  aggregations,
  checkPromQL,
  comparisons,
  functionCalls,
  parsePromQL,
  selectors,
  type PromQLOptions,
} from '../../src/gates/prom-lint/promql/index.js';
import { parsePrometheusVersion } from '../../src/gates/prom-lint/promql/versions.js';
import { INVALID_CASES, VALID_CASES } from './promql-cases.js';

const PROMETHEUS_2_42 = { prometheusVersion: parsePrometheusVersion('2.42') };
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
  it.each(INVALID_CASES.filter((c) => c.onlyPrometheus2 === undefined).map((c) => [c.expr, c]))(
    'rejects %s',
    (expr, c) => {
      const [first] = checkPromQL(expr);
      expect(first).toMatchObject({
        severity: 'error',
        message: c.message,
        from: c.from,
        to: c.to,
      });
    },
  );

  it.each(INVALID_CASES.filter((c) => c.onlyPrometheus2 !== undefined).map((c) => [c.expr, c]))(
    'rejects %s for Prometheus 2.42 only',
    (expr, c) => {
      expect(checkPromQL(expr)).toEqual([]);
      const [first] = checkPromQL(expr, PROMETHEUS_2_42);
      expect(first).toMatchObject({
        severity: 'error',
        message: c.message,
        from: c.from,
        to: c.to,
      });
    },
  );

  it.each(VALID_CASES.filter((c) => c.newerThanDebian !== undefined).map((c) => [c.expr]))(
    'rejects %s for Prometheus 2.42, which is older than the case',
    (expr) => {
      expect(checkPromQL(expr, PROMETHEUS_2_42)[0]?.severity).toBe('error');
    },
  );

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
  // features.yml names each rule after the --enable-feature value its expression needs.
  const features = corpusExpressions('prometheus-testdata/features.yml');
  const optionOf: Record<string, PromQLOptions> = {
    'promql-experimental-functions': { experimentalFunctions: true },
    'promql-duration-expr': { durationExpressions: true },
    'promql-extended-range-selectors': { extendedRangeSelectors: true },
    'promql-binop-fill-modifiers': { fillModifiers: true },
  };
  const prometheus313 = parsePrometheusVersion('3.13');

  it('rejects each feature of promtool features.yml for 3.13 without its flag, and only its flag', () => {
    expect(features).toHaveLength(4);
    // The rules come in the order of optionOf's keys (their record names).
    features.forEach((entry, index) => {
      const own = optionOf[Object.keys(optionOf)[index] ?? ''] ?? {};
      expect(Object.keys(own)).toHaveLength(1);
      const others = Object.values(optionOf).filter((o) => o !== own);
      const withOthers = Object.assign({ prometheusVersion: prometheus313 }, ...others);
      expect(checkPromQL(entry.text, withOthers).map((d) => d.check)).toEqual([
        'promql/experimental',
      ]);
      expect(checkPromQL(entry.text, { prometheusVersion: prometheus313, ...own })).toEqual([]);
    });
  });
  it('accepts duration expressions and anchored by default: the current release turned them on', () => {
    const rejected = features
      .filter((entry) => checkPromQL(entry.text).length > 0)
      .map((entry) => entry.text);
    expect(rejected).toEqual([
      'sort_by_label(up, "instance")',
      'rate(up[5m]) + fill(0) rate(down[5m])',
    ]);
  });
  it('follows the release a flag was made the default in', () => {
    expect(
      checkPromQL('first_over_time(x[5m])', { prometheusVersion: prometheus313 })[0]?.message,
    ).toBe('function "first_over_time" is not enabled');
    expect(checkPromQL('first_over_time(x[5m])')).toEqual([]);
    expect(checkPromQL('holt_winters(x[5m], 0.5, 0.5)', PROMETHEUS_2_42)).toEqual([]);
    expect(checkPromQL('sort_by_label(x, "a")', PROMETHEUS_2_42)[0]?.message).toBe(
      'unknown function with name "sort_by_label"',
    );
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
