/**
 * The checks added for pint's demo (issue 14, item 20), one by one on hand-written rules: what
 * each finds, where, and what it leaves alone.
 */
import { describe, expect, it } from 'vitest';
import { isSmellyRegex } from '../../src/gates/prom-lint/checks/conventions/smelly-regex.js';
import { rateFunctionOfValue } from '../../src/gates/prom-lint/checks/conventions/humanize-value.js';
import { parsePromQL } from '../../src/gates/prom-lint/promql/index.js';
import {
  CONVENTION_PRESETS,
  defaultPromLintSettings,
  type PromLintSettings,
} from '../../src/gates/prom-lint/settings.js';
import type { LintFinding } from '../../src/gates/prom-lint/types.js';
import { findingsOf, oneRuleFile } from './rule-files.js';

const { alert, record } = oneRuleFile('api', 'HighErrors');

const pintPreset: PromLintSettings = {
  ...defaultPromLintSettings,
  conventions: CONVENTION_PRESETS.pint,
};

/** The text each finding underlines, for a file given as lines. */
function underlined(findings: readonly LintFinding[], lines: readonly string[]): string[] {
  return findings.map((f) =>
    (lines[f.line - 1] ?? '').slice(f.column - 1, (f.endColumn ?? f.column) - 1),
  );
}

describe('conventions/redundant-for', () => {
  const check = 'conventions/redundant-for';
  it.each([
    ['for: 0s', ['0s']],
    ['for: 0m', ['0m']],
    ['for: 0', ['0']],
    ['for: 1m', []],
    ['keep_firing_for: 0s', ['0s']],
  ])('%s', (extra, expected) => {
    const lines = alert('up == 0', [extra]);
    expect(underlined(findingsOf(check, lines, { settings: pintPreset }), lines)).toEqual(expected);
  });

  it('says what to do, and is off by default (a style check)', () => {
    const lines = alert('up == 0', ['for: 0s']);
    expect(findingsOf(check, lines, { settings: pintPreset })[0]?.message).toBe(
      'group "api", rule 1, "HighErrors": for: 0s is the default; remove it',
    );
    expect(findingsOf(check, lines)).toEqual([]);
  });
});

describe('conventions/humanize-value', () => {
  const check = 'conventions/humanize-value';
  it.each([
    ['rate(x_total[5m]) > 1', 'rate is {{ $value }}', ['{{ $value }}']],
    ['sum by (job) (irate(x_total[5m])) > 1', 'rate is {{ $value }}', ['{{ $value }}']],
    ['1 < (increase(x_total[1h]))', 'grew by {{.Value}}', ['{{.Value}}']],
    ['rate(x_total[5m]) > 1', 'rate is {{ $value | humanize }}', []],
    ['rate(x_total[5m]) > 1', 'rate is {{ printf "%.2f" $value }}', []],
    // Not a rate: a gauge's value, a count, a ratio of rates (a fraction), a bool comparison.
    ['x > 1', 'value is {{ $value }}', []],
    ['count(rate(x_total[5m]) > 1) > 1', 'value is {{ $value }}', []],
    ['rate(a_total[5m]) / rate(b_total[5m]) > 0.1', 'ratio {{ $value }}', []],
    ['rate(x_total[5m]) > bool 1', 'value is {{ $value }}', []],
  ])('%s with %j', (expr, summary, expected) => {
    const lines = alert(expr, ['annotations:', `  summary: ${JSON.stringify(summary)}`]);
    expect(underlined(findingsOf(check, lines, { settings: pintPreset }), lines)).toEqual(expected);
  });

  it('names the rate function and the fix', () => {
    const lines = alert('rate(x_total[5m]) > 1', ['annotations:', '  summary: "{{ $value }}"']);
    expect(findingsOf(check, lines, { settings: pintPreset })[0]?.message).toBe(
      'group "api", rule 1, "HighErrors": annotation "summary" prints {{ $value }}, the value of ' +
        'rate(), with all its digits; use {{ $value | humanize }} or printf "%.2f"',
    );
  });

  it.each([
    ['rate(x[5m]) > 1', 'rate'],
    ['(max(deriv(x[5m]))) > 1', 'deriv'],
    ['avg without (pod) (rate(x[5m])) > 1', 'rate'],
    ['quantile(0.9, rate(x[5m])) > 1', undefined],
    ['rate(x[5m]) > rate(y[5m])', undefined],
  ])('rateFunctionOfValue(%s) = %s', (expr, expected) => {
    expect(rateFunctionOfValue(parsePromQL(expr))).toBe(expected);
  });
});

describe('conventions/smelly-regex', () => {
  it.each([
    ['.*prod-region1.*', true],
    ['myservice_.+_production', true],
    ['^.*thanos-query.*$', true],
    ['.*otel.*collector.*', true],
    ['a\\.b.*c', true],
    ['sd.*', false],
    ['.*_total', false],
    ['.*', false],
    ['.+', false],
    ['api|web', false],
    ['.*(prod|dev).*', false],
    ['[a-z]+.*x', false],
  ])('isSmellyRegex(%j) = %s', (regex, expected) => {
    expect(isSmellyRegex(regex)).toBe(expected);
  });

  it('looks at the labels a scrape configuration sets (job, instance), on the matcher', () => {
    const lines = alert('up{job=~".*api.*", instance!~".*canary.*", device=~".*nvme.*"} == 0', []);
    const found = findingsOf('conventions/smelly-regex', lines, { settings: pintPreset });
    expect(underlined(found, lines)).toEqual(['job=~".*api.*"', 'instance!~".*canary.*"']);
    expect(findingsOf('conventions/smelly-regex', lines)).toEqual([]);
  });
});

describe('alerts/topk', () => {
  const check = 'alerts/topk';
  it.each([
    ['topk(5, rate(errors_total[5m]))', ['topk(5, rate(errors_total[5m]))']],
    ['bottomk(3, free_bytes) < 100', ['bottomk(3, free_bytes)']],
    ['x > 1 and on (job) topk(1, y)', ['topk(1, y)']],
    // The pick does not decide the alert's labels: an outer aggregation removes them.
    ['count(topk(3, x > 1)) > 2', []],
    ['sum by (job) (topk(3, x)) > 10', []],
    ['up == 0', []],
  ])('%s', (expr, expected) => {
    const lines = alert(expr);
    expect(underlined(findingsOf(check, lines), lines)).toEqual(expected);
  });

  it('finds limitk() where experimental functions are on', () => {
    const lines = alert('limitk(2, up) == 0');
    const found = findingsOf(check, lines, { experimentalFunctions: true });
    expect(underlined(found, lines)).toEqual(['limitk(2, up)']);
  });

  it('leaves recording rules alone', () => {
    expect(findingsOf(check, record('topk(5, x)'))).toEqual([]);
  });
});

describe('alerts/unguarded-aggregation', () => {
  const check = 'alerts/unguarded-aggregation';
  it.each([
    ['sum(requests_total) / sum(capacity_total) > 0.9', [], 1],
    ['sum without (instance) (rate(a[5m])) / sum without (instance) (rate(b[5m])) > 1', [], 1],
    ['count(a) - count(b) > 0', ['for: 0s'], 1],
    ['sum(requests_total) / sum(capacity_total) > 0.9', ['for: 2m'], 0],
    // One metric on both sides: the same targets feed both sums.
    ['sum(rate(http_total{code=~"5.."}[5m])) / sum(rate(http_total[5m])) > 0.05', [], 0],
    // Per target, not across targets; an average; an inner aggregation already made one series.
    ['sum by (instance) (a) / sum by (instance) (b) > 1', [], 0],
    ['sum without (pod) (a) / sum without (pod) (b) > 1', [], 0],
    ['avg(a) / avg(b) > 1', [], 0],
    ['sum(avg(a)) - sum(avg(b)) <= 0', [], 0],
  ])('%s %j', (expr, extra, count) => {
    expect(findingsOf(check, alert(expr, extra))).toHaveLength(count);
  });

  it('names both sides and the fix', () => {
    const [found] = findingsOf(check, alert('sum(a_total) / sum(b_total) > 1'));
    expect(found?.message).toBe(
      'group "api", rule 1, "HighErrors": arithmetic between sum() of a_total and sum() of ' +
        "b_total without 'for': right after a Prometheus restart one side may cover only some " +
        "targets and fire a false alert; add 'for' of at least one scrape interval (e.g. for: 2m)",
    );
  });
});

describe('promql/dead-code', () => {
  const check = 'promql/dead-code';
  it.each([
    ['vector(0) > 0', ['vector(0) > 0']],
    ['(vector(1)) == 2', ['(vector(1)) == 2']],
    ['0 < vector(0)', ['0 < vector(0)']],
    ['sum(foo or vector(0)) by (name) > 0', ['vector(0)']],
    ['(foo or vector(0)) > 1', ['vector(0)']],
    ['(foo or on() vector(5)) < 3', ['vector(5)']],
    // Alive: the constant passes the filter; a sum of a fallback other than 0; no filter; bool.
    ['vector(1) > 0', []],
    ['sum(foo or vector(0)) by (name) >= 0', []],
    ['sum(foo or vector(1)) > 2', []],
    ['max(foo or vector(0)) > 0', []],
    ['foo or vector(0)', []],
    ['(foo or vector(0)) > bool 0', []],
    ['sum(foo or vector(0)) == 0', []],
  ])('%s', (expr, expected) => {
    const lines = alert(expr);
    expect(underlined(findingsOf(check, lines), lines)).toEqual(expected);
  });

  it('says why the fallback is dead', () => {
    const [found] = findingsOf(check, record('sum(foo or vector(0)) by (name) > 0'));
    expect(found?.message).toBe(
      'group "api", rule 1, "job:x:rate5m": the fallback vector(0) is dead code: its value 0 ' +
        'never passes > 0, so when the other side has no series the result is still empty; ' +
        'remove the fallback or the filter',
    );
  });
});

describe('promql/aggregation-keep', () => {
  const check = 'promql/aggregation-keep';
  const settings: PromLintSettings = {
    ...defaultPromLintSettings,
    aggregationKeep: [{ rules: 'all', labels: ['job'] }],
  };
  it.each([
    ['sum(up)', ['sum(up)']],
    ['count(up == 0)', ['count(up == 0)']],
    ['sum by (job) (max by (instance) (up))', ['max by (instance) (up)']],
    ['sum without (job) (rate(x[5m]))', ['sum without (job) (rate(x[5m]))']],
    ['max by (job) (sum by (instance) (up))', ['sum by (instance) (up)']],
    ['sum by (job) (up)', []],
    ['sum without (instance) (up)', []],
    ['up == 0', []],
    ['rate(x[5m])', []],
  ])('%s', (expr, expected) => {
    const lines = record(expr);
    expect(underlined(findingsOf(check, lines, { settings }), lines)).toEqual(expected);
  });

  it('applies to the kind of rule configured, and a label the rule sets is kept', () => {
    const recordingOnly: PromLintSettings = {
      ...defaultPromLintSettings,
      aggregationKeep: [{ rules: 'recording', labels: ['job'] }],
    };
    expect(findingsOf(check, alert('sum(up) == 0'), { settings: recordingOnly })).toEqual([]);
    expect(findingsOf(check, record('sum(up)'), { settings: recordingOnly })).toHaveLength(1);
    expect(
      findingsOf(check, alert('sum(up) == 0', ['labels:', '  job: api']), { settings }),
    ).toEqual([]);
    expect(findingsOf(check, record('sum(up)'))).toEqual([]);
  });
});

describe('promql/required-labels', () => {
  const check = 'promql/required-labels';
  const settings: PromLintSettings = {
    ...defaultPromLintSettings,
    requiredLabels: [{ rules: 'alerting', metric: 'up|node_.+', labels: ['job', 'env'] }],
  };
  it.each([
    ['up == 0', ['up'], '"env", "job"'],
    ['up{job="api"} == 0', ['up{job="api"}'], '"env"'],
    ['up{job="api", env=~"prod|staging"} == 0', [], ''],
    [
      'node_load1{env="prod"} > 1 and up{env="prod"}',
      ['node_load1{env="prod"}', 'up{env="prod"}'],
      '"job"',
    ],
    ['{__name__="up"} == 0', ['{__name__="up"}'], '"env", "job"'],
    ['up:sum == 0', [], ''],
    ['absent(up{job="x",env="y"})', [], ''],
  ])('%s', (expr, expected, missing) => {
    const lines = alert(expr);
    const found = findingsOf(check, lines, { settings });
    expect(underlined(found, lines)).toEqual(expected);
    for (const f of found) expect(f.message).toContain(`does not filter on ${missing}, `);
  });

  it('leaves rules of the other kind alone', () => {
    expect(findingsOf(check, record('sum(up)'), { settings })).toEqual([]);
  });
});

describe('rules/reject', () => {
  const check = 'rules/reject';
  const settings: PromLintSettings = {
    ...defaultPromLintSettings,
    reject: [
      {
        pattern: '.* +.*',
        labelKeys: true,
        labelValues: false,
        annotationKeys: true,
        annotationValues: false,
      },
      {
        pattern: 'https?://.+',
        labelKeys: false,
        labelValues: true,
        annotationKeys: false,
        annotationValues: false,
      },
    ],
  };
  it('finds a key with spaces and a URL value, on the key and on the value', () => {
    const lines = alert('up == 0', [
      'labels:',
      '  severity: warning',
      '  bad key: x',
      '  dashboard: "https://grafana.example.com/d/123"',
      'annotations:',
      '  "run book": x',
      '  runbook_url: https://runbooks.example.com/x',
    ]);
    const found = findingsOf(check, lines, { settings });
    expect(underlined(found, lines)).toEqual([
      'bad key',
      'https://grafana.example.com/d/123',
      '"run boo', // a quoted key: the finding starts at its quote
    ]);
    expect(found.map((f) => f.message.split(': ')[1])).toEqual([
      'label name "bad key" matches the rejected pattern ".* +.*" (reject in the configuration)',
      'the value of label "dashboard" matches the rejected pattern "https?://.+" (reject in the configuration)',
      'annotation name "run book" matches the rejected pattern ".* +.*" (reject in the configuration)',
    ]);
  });

  it('anchors the pattern at both ends, and is off unless configured', () => {
    const lines = alert('up == 0', ['labels:', '  dashboard: "see https://x"']);
    expect(findingsOf(check, lines, { settings })).toEqual([]);
    expect(findingsOf(check, alert('up == 0', ['labels:', '  bad key: x']))).toEqual([]);
  });
});

describe('promql/max-range', () => {
  const check = 'promql/max-range';
  const settings: PromLintSettings = { ...defaultPromLintSettings, maxRange: 6 * 3_600_000 };
  it.each([
    ['max_over_time(up[7d]) == 0', ['up[7d]']],
    ['rate(x[6h1m]) > 0 and rate(y[6h]) > 0', ['x[6h1m]']],
    ['rate(x[6h]) > 0', []],
    ['max_over_time(up[5m:1m]) == 0', []],
  ])('%s', (expr, expected) => {
    const lines = alert(expr);
    expect(underlined(findingsOf(check, lines, { settings }), lines)).toEqual(expected);
  });

  it('names the limit, and is off unless configured', () => {
    const [found] = findingsOf(check, record('avg_over_time(x[30d])'), { settings });
    expect(found?.message).toBe(
      'group "api", rule 1, "job:x:rate5m": the range [30d] is longer than the 6h allowed ' +
        '(max-range in the configuration)',
    );
    expect(findingsOf(check, record('avg_over_time(x[30d])'))).toEqual([]);
  });
});

describe('alerts/for-range', () => {
  const check = 'alerts/for-range';
  const settings: PromLintSettings = {
    ...defaultPromLintSettings,
    alertFor: { min: 60_000, max: 3_600_000 },
  };
  it.each([
    [[], ['HighErrors'], "no 'for' means 0s, shorter than the 1m allowed"],
    [['for: 30s'], ['30s'], 'for: 30s is shorter than the 1m allowed'],
    [['for: 1h30m'], ['1h30m'], 'for: 1h30m is longer than the 1h allowed'],
    [['for: 1m'], [], ''],
    [['for: 1h'], [], ''],
  ])('%j', (extra, expected, message) => {
    const lines = alert('up == 0', extra);
    const found = findingsOf(check, lines, { settings });
    expect(underlined(found, lines)).toEqual(expected);
    for (const f of found)
      expect(f.message).toBe(
        `group "api", rule 1, "HighErrors": ${message} (alert-for in the configuration)`,
      );
  });

  it('has only the bound it is given, and leaves recording rules alone', () => {
    const maxOnly: PromLintSettings = { ...defaultPromLintSettings, alertFor: { max: 3_600_000 } };
    expect(findingsOf(check, alert('up == 0'), { settings: maxOnly })).toEqual([]);
    expect(findingsOf(check, record('up'), { settings })).toEqual([]);
    expect(findingsOf(check, alert('up == 0'))).toEqual([]);
  });
});
