import { describe, expect, it } from 'vitest';
import {
  describeLabelSet,
  expressionLabels,
  mayCarryLabel,
  vectorMatching,
  type LabelSet,
} from '../../src/gates/prom-lint/promql/output-labels.js';
import { checkPromQL, nodesNamed, parsePromQL } from '../../src/gates/prom-lint/promql/index.js';

/** `only(a,b)` or `except(a,b)`, sorted, for compact tables. */
function show(set: LabelSet): string {
  const names = set.kind === 'only' ? set.labels : set.removed;
  return `${set.kind === 'only' ? 'only' : 'except'}(${[...names].sort().join(',')})`;
}

/** The labels of an expression that must be valid PromQL (so a typo cannot pass a case). */
function labelsOf(expr: string): string {
  expect(checkPromQL(expr, { experimentalFunctions: true })).toEqual([]);
  return show(expressionLabels(parsePromQL(expr)));
}

describe('expressionLabels', () => {
  // Each expected value follows Prometheus' engine: aggregation grouping (aggregation()),
  // vector matching (resultMetric()), and the functions' use of DropMetricName (functions.go).
  it.each([
    // Selectors, functions and scalars.
    ['up', 'except()'],
    ['rate(http_requests_total{job="api"}[5m])', 'except(__name__)'],
    ['max_over_time(node_load1[10m:1m])', 'except(__name__)'],
    ['quantile_over_time(0.9, node_load1[5m])', 'except(__name__)'],
    ['last_over_time(node_load1[5m])', 'except()'],
    ['round(node_load1)', 'except(__name__)'],
    ['-node_load1', 'except(__name__)'],
    ['+node_load1', 'except()'],
    ['sort_desc(sum by (job) (up))', 'only(job)'],
    ['vector(1)', 'only()'],
    ['time()', 'only()'],
    ['day_of_week()', 'only()'],
    ['day_of_week(node_boot_time_seconds)', 'except(__name__)'],
    ['info(rate(http_requests_total[5m]))', 'except()'],
    // Aggregations.
    ['sum by (job) (rate(http_requests_total[5m]))', 'only(job)'],
    ['sum(rate(http_requests_total[5m])) by (job, cluster)', 'only(cluster,job)'],
    ['sum by ("service.name") (x)', 'only(service.name)'],
    ['sum without (instance) (http_requests_total)', 'except(__name__,instance)'],
    ['count(up)', 'only()'],
    ['count by (instance) (rate(x_total[5m]))', 'only(instance)'],
    ['sum by (job) (sum without (job) (x))', 'only()'],
    ['count(count by (job, sha256) (cortex_runtime_config_hash)) without (sha256)', 'only(job)'],
    ['topk(3, sum by (job) (x))', 'only(job)'],
    ['topk by (job) (3, x)', 'except()'],
    ['count_values("version", build_info)', 'only(version)'],
    ['count_values by (job) ("version", build_info)', 'only(job,version)'],
    ['histogram_quantile(0.9, sum by (le, job) (rate(x_bucket[5m])))', 'only(job)'],
    ['histogram_quantile(0.9, rate(x_bucket[5m]))', 'except(__name__,le)'],
    // Relabelling and absent().
    ['label_replace(sum by (job) (x), "instance", "$1", "job", "(.*)")', 'only(instance,job)'],
    ['label_join(x, "foo", ",", "a", "b")', 'except()'],
    ['absent(up{job="api", instance=~"a.*"})', 'only(job)'],
    ['absent(sum(up))', 'only()'],
    ['absent_over_time(up{job="api"}[5m])', 'only(job)'],
    // Comparisons and arithmetic with scalars.
    ['sum by (job) (up) == 0', 'only(job)'],
    ['node_load1 > 4', 'except()'],
    ['node_load1 > bool 4', 'except(__name__)'],
    ['node_load1 * 2', 'except(__name__)'],
    ['2 * sum by (job) (x)', 'only(job)'],
    ['scalar(sum(y)) * sum by (job) (x)', 'only(job)'],
    ['(time() - max by (job) (x)) / 60 > 24', 'only(job)'],
    // One-to-one matching: the left side's labels, matched labels equal on both sides.
    ['a / on (instance) b', 'only(instance)'],
    ['a > on (instance) b', 'only(instance)'],
    ['a / ignoring (code) b', 'except(__name__,code)'],
    ['a / sum by (job) (b)', 'only(job)'],
    ['sum by (job) (a) / sum by (job, instance) (b)', 'only(job)'],
    ['sum by (job) (a) / on (job) group_left sum by (job) (b)', 'only(job)'],
    // Many-to-one: the many side's labels plus the group_x labels of the one side.
    ['a * on (pod) group_left (node) b', 'except(__name__)'],
    ['a * on (pod) group_left (node) sum by (pod) (b)', 'except(__name__,node)'],
    [
      'sum by (namespace, pod) (a) * on (namespace, pod) group_left (node) max by (namespace, pod, node) (kube_pod_info)',
      'only(namespace,node,pod)',
    ],
    ['sum by (job) (a) / on (job) group_right sum by (job, instance) (b)', 'only(instance,job)'],
    ['sum without (instance) (a) * on (job) group_left (instance) b', 'except(__name__)'],
    // Set operators.
    ['a and on (job) sum by (job) (b)', 'except()'],
    ['sum by (job) (a) unless b', 'only(job)'],
    ['sum by (job) (a) or sum by (instance) (b)', 'only(instance,job)'],
    ['(count(redis_instance_info{role="master"}) or vector(0)) < 1', 'only()'],
    ['sum without (a) (x) or sum without (b) (y)', 'except(__name__)'],
  ])('%s → %s', (expr, expected) => {
    expect(labelsOf(expr)).toBe(expected);
  });
});

describe('mayCarryLabel and describeLabelSet', () => {
  it('answers for both kinds of set and says which labels are left', () => {
    const grouped = expressionLabels(parsePromQL('sum by (job, cluster) (x)'));
    expect(mayCarryLabel(grouped, 'job')).toBe(true);
    expect(mayCarryLabel(grouped, 'instance')).toBe(false);
    expect(describeLabelSet(grouped)).toBe('keeps only the labels cluster, job');
    const without = expressionLabels(parsePromQL('sum without (instance) (x)'));
    expect(mayCarryLabel(without, 'job')).toBe(true);
    expect(mayCarryLabel(without, 'instance')).toBe(false);
    expect(describeLabelSet(without)).toBe('drops the labels __name__, instance');
    expect(describeLabelSet(expressionLabels(parsePromQL('count(x)')))).toBe('has no labels');
    expect(describeLabelSet(expressionLabels(parsePromQL('sum by (job) (x)')))).toBe(
      'keeps only the label job',
    );
  });
});

describe('vectorMatching', () => {
  it('gives the labels of on (...) and group_left (...) at their offsets', () => {
    const expr = 'a * on (pod, "k8s.ns") group_left (node) b';
    const parsed = parsePromQL(expr);
    const [binary] = nodesNamed(parsed, 'BinaryExpr');
    if (binary === undefined) throw new Error('no binary expression');
    const matching = vectorMatching(parsed, binary);
    expect(matching.mode).toBe('on');
    expect(matching.group).toBe('left');
    expect(matching.labels.map((l) => [l.name, expr.slice(l.from, l.to)])).toEqual([
      ['pod', 'pod'],
      ['k8s.ns', '"k8s.ns"'],
    ]);
    expect(matching.include.map((l) => expr.slice(l.from, l.to))).toEqual(['node']);
  });

  it('is empty without a matching clause', () => {
    const parsed = parsePromQL('a + b');
    const [binary] = nodesNamed(parsed, 'BinaryExpr');
    if (binary === undefined) throw new Error('no binary expression');
    expect(vectorMatching(parsed, binary)).toEqual({
      mode: undefined,
      labels: [],
      group: undefined,
      include: [],
    });
  });
});
