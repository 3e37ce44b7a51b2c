import { describe, expect, it } from 'vitest';
import { corpusFindingsOf, findingsOf, oneRuleFile, realRuleFiles } from './rule-files.js';

const CHECK = 'promql/nan-division';

const { alert } = oneRuleFile('api', 'HighErrorRate');

const PREFIX = 'group "api", rule 1, "HighErrorRate": ';

/** The divisions flagged in an alert's expression, as text. */
function flaggedIn(expr: string): string[] {
  return findingsOf(CHECK, alert(expr)).map((f) =>
    expr.slice(f.column - 16, (f.endColumn ?? f.column) - 16),
  );
}

describe('promql/nan-division', () => {
  it('flags a division of rates inside avg(), on the division', () => {
    const expr = 'avg(rate(errors_total[5m]) / rate(requests_total[5m])) > 0.05';
    expect(findingsOf(CHECK, alert(expr))).toEqual([
      {
        severity: 'warning',
        file: 'rules.yml',
        line: 5,
        column: 20,
        endLine: 5,
        endColumn: 69,
        check: 'promql/nan-division',
        message:
          PREFIX +
          'avg() of a division whose divisor can be 0: a series with a 0 divisor is NaN (0/0), ' +
          'and one NaN makes the average of its whole group NaN, so every comparison on it is ' +
          'false and the rule goes silent; divide after aggregating (sum(a) / sum(b)) or keep ' +
          'only divisors above 0 (b > 0)',
      },
    ]);
  });

  it('names the grouping in the fix, and only the filter for stddev and stdvar', () => {
    const [byJob] = findingsOf(
      CHECK,
      alert('sum by (job) (rate(errors_total[5m]) / rate(requests_total[5m])) > 0.05'),
    );
    expect(byJob?.message).toContain(
      'makes the sum of its whole group NaN, so every comparison on it is false and the rule ' +
        'goes silent; divide after aggregating (sum by (job) (a) / sum by (job) (b)) or keep only',
    );
    const [trailing] = findingsOf(
      CHECK,
      alert('avg(rate(errors_total[5m]) / rate(requests_total[5m])) without (instance) > 0.05'),
    );
    expect(trailing?.message).toContain(
      '(sum without (instance) (a) / sum without (instance) (b))',
    );
    const [spread] = findingsOf(
      CHECK,
      alert('stddev(rate(errors_total[5m]) / rate(requests_total[5m])) > 1'),
    );
    expect(spread?.message).toMatch(
      /makes the standard deviation of its whole group NaN, .*; keep only divisors above 0 \(b > 0\)$/u,
    );
    const [variance] = findingsOf(
      CHECK,
      alert('stdvar(rate(errors_total[5m]) / rate(requests_total[5m])) > 1'),
    );
    expect(variance?.message).toContain('makes the variance of its whole group NaN');
  });

  it.each([
    // Rates and deltas are 0 whenever nothing happened.
    [
      'avg(rate(http_request_duration_seconds_sum[5m]) / rate(http_request_duration_seconds_count[5m])) > 1',
      'rate(http_request_duration_seconds_sum[5m]) / rate(http_request_duration_seconds_count[5m])',
    ],
    [
      'sum(increase(a_total[1h]) / increase(b_total[1h])) > 1',
      'increase(a_total[1h]) / increase(b_total[1h])',
    ],
    ['sum(x / irate(b_total[5m])) > 1', 'x / irate(b_total[5m])'],
    ['sum(x / delta(queue_length[5m])) > 1', 'x / delta(queue_length[5m])'],
    ['sum(x / changes(config_hash[1h])) > 1', 'x / changes(config_hash[1h])'],
    // Counters are 0 after a restart.
    [
      'avg(http_request_duration_seconds_sum / http_request_duration_seconds_count) > 1',
      'http_request_duration_seconds_sum / http_request_duration_seconds_count',
    ],
    ['sum(x / process_restarts_total) > 1', 'x / process_restarts_total'],
    // What is built from them keeps the 0.
    ['sum(x / sum by (job) (rate(b_total[5m]))) > 1', 'x / sum by (job) (rate(b_total[5m]))'],
    [
      'sum(x / (rate(b_total[5m]) + rate(c_total[5m]))) > 1',
      'x / (rate(b_total[5m]) + rate(c_total[5m]))',
    ],
    [
      'sum(x / max_over_time(rate(b_total[1m])[5m:])) > 1',
      'x / max_over_time(rate(b_total[1m])[5m:])',
    ],
    ['sum(x / round(rate(b_total[5m]))) > 1', 'x / round(rate(b_total[5m]))'],
    [
      'sum(x / (rate(b_total[5m]) and on (job) up == 1)) > 1',
      'x / (rate(b_total[5m]) and on (job) up == 1)',
    ],
    ['sum(x / (y > bool 0)) > 1', 'x / (y > bool 0)'],
    ['sum(x / (rate(b_total[5m]) >= 0)) > 1', 'x / (rate(b_total[5m]) >= 0)'],
    // The NaN reaches the aggregation through arithmetic, set operators and NaN-keeping calls.
    [
      'sum(rate(a_total[5m]) / rate(b_total[5m]) * 100) > 5',
      'rate(a_total[5m]) / rate(b_total[5m])',
    ],
    ['sum(-(rate(a_total[5m]) / rate(b_total[5m]))) < -5', 'rate(a_total[5m]) / rate(b_total[5m])'],
    [
      'sum(rate(a_total[5m]) / rate(b_total[5m]) or c) > 5',
      'rate(a_total[5m]) / rate(b_total[5m])',
    ],
    [
      'sum(rate(a_total[5m]) / rate(b_total[5m]) unless c) > 5',
      'rate(a_total[5m]) / rate(b_total[5m])',
    ],
    [
      'sum(clamp_max(rate(a_total[5m]) / rate(b_total[5m]), 1)) > 0.5',
      'rate(a_total[5m]) / rate(b_total[5m])',
    ],
    [
      'sum(label_replace(rate(a_total[5m]) / rate(b_total[5m]), "x", "$1", "y", "(.*)")) > 0.5',
      'rate(a_total[5m]) / rate(b_total[5m])',
    ],
    // offset binds to the selector, so the division keeps its operands.
    [
      'sum(rate(a_total[5m]) / rate(b_total[5m] offset 1h)) > 2',
      'rate(a_total[5m]) / rate(b_total[5m] offset 1h)',
    ],
  ])('flags %s', (expr, division) => {
    expect(flaggedIn(expr)).toEqual([division]);
  });

  it('flags each division once, inside the innermost aggregation', () => {
    expect(
      flaggedIn(
        'sum(sum by (job) (rate(a_total[5m]) / rate(b_total[5m]))) + avg(rate(c_total[5m]) / rate(d_total[5m])) > 1',
      ),
    ).toEqual(['rate(a_total[5m]) / rate(b_total[5m])', 'rate(c_total[5m]) / rate(d_total[5m])']);
    expect(flaggedIn('sum(rate(a_total[5m]) / rate(b_total[5m]) / rate(c_total[5m])) > 1')).toEqual(
      [
        'rate(a_total[5m]) / rate(b_total[5m]) / rate(c_total[5m])',
        'rate(a_total[5m]) / rate(b_total[5m])',
      ],
    );
  });

  it.each([
    // Divide last: the robust form.
    'sum(rate(errors_total[5m])) / sum(rate(requests_total[5m])) > 0.05',
    'sum by (job) (rate(a_total[5m])) / sum by (job) (rate(b_total[5m])) > 0.05',
    // max, min, topk, bottomk let real values win over NaN; count and group count samples.
    'max(rate(a_total[5m]) / rate(b_total[5m])) > 0.05',
    'min(rate(a_total[5m]) / rate(b_total[5m])) > 0.05',
    'topk(3, rate(a_total[5m]) / rate(b_total[5m])) > 0.05',
    'bottomk(3, rate(a_total[5m]) / rate(b_total[5m])) > 0.05',
    'count(rate(a_total[5m]) / rate(b_total[5m]) > 0.05) > 2',
    'quantile(0.9, rate(a_total[5m]) / rate(b_total[5m])) > 0.05',
    // Divisors that are never 0.
    'sum(rate(a_total[5m]) / 100) > 5',
    'sum(rate(a_total[5m]) / vector(60)) > 5',
    'sum(rate(a_total[5m]) / clamp_min(rate(b_total[5m]), 1)) > 5',
    'sum(rate(a_total[5m]) / (rate(b_total[5m]) > 0)) > 5',
    'sum(rate(a_total[5m]) / (rate(b_total[5m]) != 0)) > 5',
    'sum(rate(a_total[5m]) / (0 < rate(b_total[5m]))) > 5',
    'sum(rate(a_total[5m]) / (rate(b_total[5m]) >= 1)) > 5',
    'sum(rate(a_total[5m]) / ((rate(b_total[5m]) > 0) * 60)) > 5',
    'sum(rate(a_total[5m]) / -(rate(b_total[5m]) > 0)) < -5',
    'sum(rate(a_total[5m]) / on (job) group_left count by (job) (up)) > 5',
    'sum(rate(a_total[5m]) / count_over_time(up[5m])) > 5',
    'sum(rate(a_total[5m]) / (rate(b_total[5m]) + 1)) > 5',
    // Gauges are not presumed to be 0: limits and capacities never are.
    'sum by (pod) (container_spec_cpu_quota / container_spec_cpu_period) > 4',
    'avg(node_filesystem_avail_bytes / node_filesystem_size_bytes) < 0.1',
    // Scalar divisors: every series shares them.
    'avg(rate(a_total[5m]) / scalar(sum(rate(b_total[5m])))) > 5',
    'sum(rate(a_total[5m]) / time()) > 5',
    // A comparison between the division and the aggregation drops the NaN samples.
    'sum((rate(a_total[5m]) / rate(b_total[5m])) > 0.5) > 2',
    'sum(x and rate(a_total[5m]) / rate(b_total[5m])) > 2',
    // Not inside an aggregation: one NaN series just does not fire.
    'rate(a_total[5m]) / rate(b_total[5m]) > 0.05',
    'avg_over_time((rate(a_total[5m]) / rate(b_total[5m]))[1h:]) > 0.05',
  ])('does not flag %s', (expr) => {
    expect(findingsOf(CHECK, alert(expr))).toEqual([]);
  });

  it('maps the division to its place in a multi-line recording rule', () => {
    const lines = [
      'groups:',
      '  - name: api',
      '    rules:',
      '      - record: job:request_latency_seconds:avg5m',
      '        expr: |',
      '          avg by (job) (',
      '              rate(http_request_duration_seconds_sum[5m])',
      '            /',
      '              rate(http_request_duration_seconds_count[5m])',
      '          )',
    ];
    expect(findingsOf(CHECK, lines)).toEqual([
      expect.objectContaining({
        line: 7,
        column: 15,
        endLine: 9,
        endColumn: 60,
        message: expect.stringContaining(
          'group "api", rule 1, "job:request_latency_seconds:avg5m": avg() of a division',
        ),
      }),
    ]);
  });
});

describe('promql/nan-division on the real corpus', () => {
  it('finds nothing in awesome-prometheus-alerts and Prometheus test data', () => {
    const found = corpusFindingsOf(CHECK, realRuleFiles());
    // Reviewed by hand: the corpus divides inside an aggregation only in cAdvisor's
    // `sum(container_spec_cpu_quota / container_spec_cpu_period) by (pod, container)` (four
    // times) and thanos' `max((thanos_receive_replication_factor + 1) / 2)`. The CFS period is
    // never 0 and 2 is a number, so neither is a finding. Every other ratio in the corpus
    // already sums first and divides last.
    expect(found).toEqual([]);
  });
});
