import { describe, expect, it } from 'vitest';
import { alertOverlaps, ruleDuplicates } from '../../src/gates/prom-lint/checks/rule-overlaps.js';
import { suiteRules } from '../../src/gates/prom-lint/checks/suite-rules.js';
import { normalizedExpression } from '../../src/gates/prom-lint/promql/normalize.js';
import { parsePromQL } from '../../src/gates/prom-lint/promql/index.js';
import type { LintFinding } from '../../src/gates/prom-lint/types.js';
import { crossGroupDependencies } from '../../src/gates/prom-lint/checks/cross-group-dependency.js';
import { lintRuleFiles } from '../../src/gates/prom-lint/lint.js';
import {
  corpusFiles,
  corpusModels,
  decodedDocuments,
  fileText,
  fileLines as file,
  groupLines as group,
  modelsOf,
  quoted,
  recordLines as record,
} from './rule-files.js';

function alert(name: string, expr: string, labels: Record<string, string> = {}, forText = '5m') {
  return [
    `- alert: ${name}`,
    `  expr: ${quoted(expr)}`,
    `  for: ${forText}`,
    '  labels:',
    ...Object.entries(labels).map(([k, v]) => `    ${k}: ${v}`),
  ];
}

/** `file:line:column check -> other file:line`, the other rule as the message names it. */
function summary(finding: LintFinding): string {
  const other = /at (\S+:\d+)/u.exec(finding.message)?.[1] ?? '?';
  return `${finding.file}:${finding.line}:${finding.column} ${finding.check} -> ${other}`;
}

const WARNING = { severity: 'warning' };
const CRITICAL = { severity: 'critical' };

describe('normalizedExpression', () => {
  it.each([
    [
      'sum(rate(x{b="1", a="2"}[5m])) by (job) > 80',
      'sum by (job) (rate(x{a="2",b="1"}[5m])) > 80',
    ],
    [
      '(rate(node_disk_io_time_seconds_total[5m]) > .80)',
      'rate(node_disk_io_time_seconds_total[5m]) > 0.8',
    ],
    ['x  >  8e1', '((x)) > 80.0'],
    ['sum without (b, a) (x)', 'SUM WITHOUT (a, b) (x)'],
    ['sum by () (x)', 'sum(x)'],
    ['{__name__="up", job="api"}', 'up{job="api"}'],
    ["x{job='api'}", 'x{job="api"}'],
    ['a / on (b, a) group_left (d, c) b', 'a / ON(a,b) GROUP_LEFT(c,d) b'],
    ['rate(x[5m] offset 1h)', 'rate(x [5m]  OFFSET 1h)'],
    ['a and b', 'a AND b'],
    ['count_values("v", x)', "count_values('v', x)"],
  ])('%s equals %s', (a, b) => {
    expect(normalizedExpression(parsePromQL(a))).toBe(normalizedExpression(parsePromQL(b)));
  });

  it.each([
    ['a - b - c', 'a - (b - c)'],
    ['a - b', 'b - a'],
    ['x > 80', 'x >= 80'],
    ['x > 80', 'x > bool 80'],
    ['x{a="1"}', 'x{a=~"1"}'],
    ['rate(x[5m])', 'rate(x[10m])'],
    ['sum by (a) (x)', 'sum without (a) (x)'],
    ['a / on(b) c', 'a / ignoring(b) c'],
    ['x offset 5m', 'x offset -5m'],
    ['-x', 'x'],
  ])('%s differs from %s', (a, b) => {
    expect(normalizedExpression(parsePromQL(a))).not.toBe(normalizedExpression(parsePromQL(b)));
  });

  it('keeps the structure with full parentheses and binds postfix operators tightest', () => {
    expect(normalizedExpression(parsePromQL('sum(rate(x{b="1",a="2"}[5m])) by (job) > 80.0'))).toBe(
      '(sum by(job)(rate(x{a="2",b="1"}[5m])) > 80)',
    );
    expect(normalizedExpression(parsePromQL('a - b offset 5m'))).toBe('(a{} - b{} offset 5m)');
  });
});

describe('rules/duplicate', () => {
  const byCode = (code: string, grouping: string) =>
    `sum by (${grouping}) (increase(apiserver_request_total{job="apiserver",verb=~"LIST|GET",code=~"${code}"}[1h]))`;

  it('accepts one record name for disjoint status classes that the result keeps apart', () => {
    const models = modelsOf({
      'kube-apiserver.yml': file(
        group(
          'kube-apiserver-availability.rules',
          record(
            'code_verb:apiserver_request_total:increase1h',
            byCode('2..', 'cluster, code, verb'),
          ),
          record(
            'code_verb:apiserver_request_total:increase1h',
            byCode('3..', 'cluster, code, verb'),
          ),
          record(
            'code_verb:apiserver_request_total:increase1h',
            byCode('4..', 'cluster, code, verb'),
          ),
          record(
            'code_verb:apiserver_request_total:increase1h',
            byCode('5..', 'cluster, code, verb'),
          ),
        ),
      ),
    });
    expect(ruleDuplicates(suiteRules(models))).toEqual([]);
  });

  it('flags disjoint selectors when the aggregation drops the label that told them apart', () => {
    const models = modelsOf({
      'rules.yml': file(
        group(
          'availability',
          record('verb:apiserver_request_total:increase1h', byCode('2..', 'cluster, verb')),
          record('verb:apiserver_request_total:increase1h', byCode('5..', 'cluster, verb')),
        ),
      ),
    });
    expect(ruleDuplicates(suiteRules(models))).toEqual([
      {
        severity: 'warning',
        file: 'rules.yml',
        line: 6,
        column: 17,
        endLine: 6,
        endColumn: 56,
        check: 'rules/duplicate',
        message:
          'group "availability", rule 2, "verb:apiserver_request_total:increase1h": same record ' +
          'name and labels as the rule at rules.yml:4, and their results may share series: ' +
          'both write into one series, which flips between their values (or drops one as a ' +
          'duplicate sample); delete one, or tell them apart with a label or by selectors on a ' +
          'label the result keeps',
      },
    ]);
  });

  it('flags the same rule in two files, on the later file, naming the first', () => {
    const rule = alert(
      'KubePodCrashLooping',
      'max_over_time(kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff"}[5m]) >= 1',
      WARNING,
      '15m',
    );
    const models = modelsOf({
      'apps.yml': file(group('kubernetes-apps', rule)),
      'copy/apps.yml': file(
        group('kubernetes-apps-copy', alert('KubeJobFailed', 'kube_job_failed > 0', WARNING), rule),
      ),
    });
    expect(ruleDuplicates(suiteRules(models)).map(summary)).toEqual([
      'copy/apps.yml:9:16 rules/duplicate -> apps.yml:4',
    ]);
  });

  it('flags an expression that differs only in spelling', () => {
    const models = modelsOf({
      'a.yml': file(
        group(
          'a',
          alert(
            'HostHighCpuLoad',
            'sum by (instance) (rate(node_cpu_seconds_total{mode!="idle"}[2m])) > 0.8',
            WARNING,
          ),
        ),
      ),
      'b.yml': file(
        group(
          'b',
          alert(
            'HostHighCpuLoad',
            '(sum(rate(node_cpu_seconds_total{mode!="idle"}[2m])) by (instance) > .8)',
            WARNING,
          ),
        ),
      ),
    });
    expect(ruleDuplicates(suiteRules(models)).map(summary)).toEqual([
      'b.yml:4:16 rules/duplicate -> a.yml:4',
    ]);
  });

  it.each([
    [
      'different severities (a warning/critical pair)',
      alert('DiskFull', 'disk_used_ratio > 0.8', WARNING),
      alert('DiskFull', 'disk_used_ratio > 0.9', CRITICAL),
    ],
    [
      'different jobs',
      alert('TargetDown', 'up{job="api"} == 0', WARNING),
      alert('TargetDown', 'up{job="web"} == 0', WARNING),
    ],
    [
      'a kept label on one side, aggregated away on the other',
      record('job:x:sum', 'sum by (job) (x{job="a"})'),
      record('job:x:sum', 'sum(x{job="b"})'),
    ],
    [
      'different static labels',
      record('slo:sli_error:ratio_rate5m', 'x', { slo: 'api' }),
      record('slo:sli_error:ratio_rate5m', 'y', { slo: 'web' }),
    ],
    [
      'labels kept by without()',
      record('r', 'sum without (instance) (x{env="a"})'),
      record('r', 'sum without (instance) (x{env="b"})'),
    ],
    [
      // without() removes env, so the first result has no env (the value ''), never "b".
      'a label dropped by without() on one side, selected on the other',
      record('r', 'sum without (env) (x)'),
      record('r', 'sum by (env) (x{env="b"})'),
    ],
    [
      'a result with no labels at all (count() or vector(0)) against a selected job',
      record('r', 'count(up{job="api"}) or vector(0)'),
      record('r', 'rate(x{job="web"}[5m])'),
    ],
    [
      'the "many" side of group_left keeping its labels',
      record('r', 'x{env="a"} * on (instance) group_left (node) node_info'),
      record('r', 'x{env="b"} * on (instance) group_left (node) node_info'),
    ],
    [
      'absent() alerts for two jobs (their labels come from the = matchers)',
      alert('TargetMissing', 'absent(up{job="api"})', WARNING),
      alert('TargetMissing', 'absent_over_time(up{job="web"}[5m])', WARNING),
    ],
    ['an alert and a record of one name', alert('x', 'up == 0', WARNING), record('x', 'up == 0')],
  ])('passes %s', (_what, first, second) => {
    expect(
      ruleDuplicates(suiteRules(modelsOf({ 'rules.yml': file(group('g', first, second)) }))),
    ).toEqual([]);
  });

  it.each([
    [
      'label_replace overwriting the distinguishing label',
      record('r', 'label_replace(x{env="a"}, "env", "b", "", "")'),
      record('r', 'x{env="b"}'),
    ],
    [
      'on() keeping only the matching labels',
      record('r', 'x{job="a"} / on(instance) y'),
      record('r', 'x{job="b"} / on(instance) y'),
    ],
    [
      'labels dropped by without()',
      record('r', 'sum without (env) (x{env="a"})'),
      record('r', 'sum without (env) (x{env="b"})'),
    ],
    [
      'group_left taking the distinguishing label from the other side',
      record('r', 'x{env="a"} * on (instance) group_left (env) y'),
      record('r', 'x{env="b"} * on (instance) group_left (env) y'),
    ],
    [
      'absent() of an expression, whose one series has no labels',
      alert('TargetMissing', 'absent(up{job="api"} == 1)', WARNING),
      alert('TargetMissing', 'absent(up{job="web"} == 1)', WARNING),
    ],
    ['different metrics recorded under one name', record('r', 'sum(x)'), record('r', 'sum(y)')],
    [
      'histogram_quantile consuming le',
      record('r', 'histogram_quantile(0.9, x_bucket{le=~"1|2"})'),
      record('r', 'histogram_quantile(0.9, x_bucket{le=~"5|10"})'),
    ],
  ])('flags %s', (_what, first, second) => {
    expect(
      ruleDuplicates(suiteRules(modelsOf({ 'rules.yml': file(group('g', first, second)) }))),
    ).toHaveLength(1);
  });

  it('compares group labels overlaid by rule labels', () => {
    const grouped = (team: string, ...rules: (readonly string[])[]) => [
      ...group(`g-${team}`, ...rules),
      '    labels:',
      `      team: ${team}`,
    ];
    const apart = modelsOf({
      'r.yml': file(grouped('a', record('r', 'x')), grouped('b', record('r', 'x'))),
    });
    expect(ruleDuplicates(suiteRules(apart))).toEqual([]);
    const overlaid = modelsOf({
      'r.yml': file(
        grouped('a', record('r', 'x', { team: 'c' })),
        grouped('b', record('r', 'x', { team: 'c' })),
      ),
    });
    expect(ruleDuplicates(suiteRules(overlaid)).map(summary)).toEqual([
      'r.yml:12:17 rules/duplicate -> r.yml:4',
    ]);
  });

  it('skips rules whose expression does not parse', () => {
    const models = modelsOf({
      'r.yml': file(group('g', record('r', 'sum(x'), record('r', 'sum(x'))),
    });
    expect(ruleDuplicates(suiteRules(models))).toEqual([]);
  });
});

describe('alerts/overlap', () => {
  const inGroup = (...rules: (readonly string[])[]) =>
    alertOverlaps(suiteRules(modelsOf({ 'rules.yml': file(group('node', ...rules)) })));

  it('flags two alert names with one expression and the same labels', () => {
    expect(
      inGroup(
        alert(
          'HostDiskIoUtilizationHigh',
          '(rate(node_disk_io_time_seconds_total[5m]) > .80)',
          WARNING,
          '0m',
        ),
        alert('HostUnusualDiskIo', 'rate(node_disk_io_time_seconds_total[5m]) > 0.8', WARNING),
      ),
    ).toEqual([
      {
        severity: 'warning',
        file: 'rules.yml',
        line: 9,
        column: 16,
        endLine: 9,
        endColumn: 33,
        check: 'alerts/overlap',
        message:
          'group "node", rule 2, "HostUnusualDiskIo": same expression and labels as alert ' +
          '"HostDiskIoUtilizationHigh" at rules.yml:4, so whenever the one with the longer `for` ' +
          '(this one) fires, the other fires too and every notification comes twice; delete one, ' +
          'or give them different thresholds or severities',
      },
    ]);
  });

  it('says both always fire together when their for: is the same', () => {
    const findings = inGroup(
      alert(
        'HostDiskIoUtilizationHigh',
        'rate(node_disk_io_time_seconds_total[5m]) > 0.8',
        WARNING,
      ),
      alert('HostUnusualDiskIo', 'rate(node_disk_io_time_seconds_total[5m]) > .80', WARNING),
    );
    expect(findings.map((f) => f.message)).toEqual([
      'group "node", rule 2, "HostUnusualDiskIo": same expression and labels as alert ' +
        '"HostDiskIoUtilizationHigh" at rules.yml:4, so both always fire together and every ' +
        'notification comes twice; delete one, or give them different thresholds or severities',
    ]);
  });

  it('flags nested thresholds with the same severity, on the later rule', () => {
    const findings = inGroup(
      alert('HostHighCpuLoad', 'instance:node_cpu_utilisation:rate5m > 0.8', WARNING),
      alert('HostVeryHighCpuLoad', 'instance:node_cpu_utilisation:rate5m > 0.9', WARNING),
    );
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [
        9,
        'group "node", rule 2, "HostVeryHighCpuLoad": whenever this alert fires ' +
          '(`instance:node_cpu_utilisation:rate5m > 0.9`), alert "HostHighCpuLoad" at rules.yml:4 ' +
          'fires too (`instance:node_cpu_utilisation:rate5m > 0.8`), with the same labels, so the ' +
          'stricter one only repeats the other; give the stricter threshold a higher severity ' +
          '(the warning/critical pattern) or drop one of them',
      ],
    ]);
  });

  it('words the pair the other way round when the later rule is the looser one', () => {
    const findings = inGroup(
      alert(
        'FreeSpaceCritical',
        'node_filesystem_avail_bytes / node_filesystem_size_bytes < 0.05',
        WARNING,
      ),
      alert(
        'FreeSpaceLow',
        '0.1 > node_filesystem_avail_bytes / node_filesystem_size_bytes',
        WARNING,
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain(
      'whenever alert "FreeSpaceCritical" at rules.yml:4 fires (`node_filesystem_avail_bytes / node_filesystem_size_bytes < 0.05`), this alert fires too (`0.1 > node_filesystem_avail_bytes / node_filesystem_size_bytes`)',
    );
  });

  it.each([
    [
      'a warning/critical pair',
      alert('HighLoad', 'node_load1 > 80', WARNING),
      alert('VeryHighLoad', 'node_load1 > 90', CRITICAL),
    ],
    [
      'one expression with different severities',
      alert('HighLoad', 'node_load1 > 80', WARNING),
      alert('HighLoadPage', 'node_load1 > 80', CRITICAL),
    ],
    [
      'opposite directions',
      alert('LowLoad', 'node_load1 < 10', WARNING),
      alert('HighLoad', 'node_load1 > 90', WARNING),
    ],
    [
      'different metrics',
      alert('HighLoad1', 'node_load1 > 80', WARNING),
      alert('HighLoad5', 'node_load5 > 90', WARNING),
    ],
    [
      'a stricter alert that may fire first (shorter for)',
      alert('HighLoad', 'node_load1 > 80', WARNING, '10m'),
      alert('VeryHighLoad', 'node_load1 > 90', WARNING, '1m'),
    ],
    [
      'bool comparisons',
      alert('A', 'node_load1 > bool 80', WARNING),
      alert('B', 'node_load1 > bool 90', WARNING),
    ],
    [
      'one name twice (a rules/duplicate matter)',
      alert('HighLoad', 'node_load1 > 80', WARNING),
      alert('HighLoad', 'node_load1 > 90', WARNING),
    ],
  ])('passes %s', (_what, first, second) => {
    expect(inGroup(first, second)).toEqual([]);
  });

  it('reports across files, on the later file', () => {
    const models = modelsOf({
      'jvm.yml': file(
        group(
          'jvm',
          alert(
            'JvmFileDescriptorsExhaustion',
            '(process_open_fds / process_max_fds) * 100 > 90',
            WARNING,
          ),
        ),
      ),
      'python.yml': file(
        group(
          'python',
          alert(
            'PythonFileDescriptorsExhaustion',
            'process_open_fds / process_max_fds * 100 > 90',
            WARNING,
          ),
        ),
      ),
    });
    expect(alertOverlaps(suiteRules(models)).map(summary)).toEqual([
      'python.yml:4:16 alerts/overlap -> jvm.yml:4',
    ]);
  });
});

describe('the real corpus', () => {
  it('finds exactly these in awesome-prometheus-alerts, all files loaded together', () => {
    const models = corpusModels('awesome-prometheus-alerts').flatMap((f) => f.models);
    expect(models.flatMap((m) => m.groups).flatMap((g) => g.rules)).toHaveLength(954);
    // No alert name repeats in the collection, so no rules/duplicate. The overlaps are real:
    // two exporters of one product exposing the same metric with the same alert (haproxy v1/v2,
    // rabbitmq), client-library metrics alerted on for two languages, and one pair inside
    // node-exporter.yml (`> .80` against `> 0.8`).
    expect(ruleDuplicates(suiteRules(models))).toEqual([]);
    expect(alertOverlaps(suiteRules(models)).map(summary)).toEqual([
      'awesome-prometheus-alerts/haproxy/haproxy-exporter-v1.yml:143:14 alerts/overlap -> awesome-prometheus-alerts/haproxy/embedded-exporter-v2.yml:126',
      'awesome-prometheus-alerts/host-and-hardware/node-exporter.yml:170:14 alerts/overlap -> awesome-prometheus-alerts/host-and-hardware/node-exporter.yml:55',
      'awesome-prometheus-alerts/python/python-exporter.yml:27:14 alerts/overlap -> awesome-prometheus-alerts/jvm/jvm-exporter.yml:95',
      'awesome-prometheus-alerts/rabbitmq/rabbitmq-exporter.yml:73:14 alerts/overlap -> awesome-prometheus-alerts/rabbitmq/kbudde-rabbitmq-exporter.yml:46',
    ]);
  });

  it('finds exactly these in the Prometheus test data, one file at a time as promtool checks them', () => {
    const files = [...corpusModels('promtool'), ...corpusModels('rulefmt')];
    const findings = files.flatMap(({ models }) => [
      ...ruleDuplicates(suiteRules(models)),
      ...alertOverlaps(suiteRules(models)),
    ]);
    expect(findings.map(summary)).toEqual([
      'promtool/prometheus-rules.lint.yml:11:12 rules/duplicate -> promtool/prometheus-rules.lint.yml:4',
      'promtool/rules_duplicates.yml:18:17 rules/duplicate -> promtool/rules_duplicates.yml:6',
      'promtool/rules_duplicates.yml:23:17 rules/duplicate -> promtool/rules_duplicates.yml:6',
      'rulefmt/test.yaml:26:16 rules/duplicate -> rulefmt/test.yaml:5',
      'rulefmt/test.yaml:40:16 rules/duplicate -> rulefmt/test.yaml:5',
      'rulefmt/test.yaml:55:16 rules/duplicate -> rulefmt/test.yaml:5',
      // `alert: *alertname` (a YAML alias): reported on the key, the value's text being elsewhere.
      'rulefmt/test_aliases.yaml:24:9 rules/duplicate -> rulefmt/test_aliases.yaml:6',
      'rulefmt/test_aliases.yaml:38:9 rules/duplicate -> rulefmt/test_aliases.yaml:6',
      'rulefmt/test_aliases.yaml:49:9 rules/duplicate -> rulefmt/test_aliases.yaml:6',
      'rulefmt/test_aliases.yaml:57:16 rules/duplicate -> rulefmt/test_aliases.yaml:33',
      'rulefmt/test_aliases.yaml:33:16 alerts/overlap -> rulefmt/test_aliases.yaml:6',
    ]);
  });
});

describe('the linter keeps what the suite checks need, not the trees', () => {
  const SUITE_CHECKS = new Set([
    'rules/duplicate',
    'alerts/overlap',
    'rules/cross-group-dependency',
    'rules/record-order',
  ]);
  const fromLinter = (files: { path: string; text: string }[]): string[] =>
    lintRuleFiles(files)
      .findings.filter((finding) => SUITE_CHECKS.has(finding.check))
      .map((finding) => `${summary(finding)} ${finding.message}`)
      .sort();
  const fromTrees = (files: { path: string; text: string }[]): string[] => {
    const rules = suiteRules(files.flatMap(({ path, text }) => decodedDocuments(path, text)));
    return [...ruleDuplicates(rules), ...alertOverlaps(rules), ...crossGroupDependencies(rules)]
      .map((finding) => `${summary(finding)} ${finding.message}`)
      .sort();
  };

  it('finds the same on the real corpus as the checks given every parsed rule', () => {
    const files = corpusFiles('awesome-prometheus-alerts');
    expect(fromLinter(files)).toHaveLength(4);
    expect(fromLinter(files)).toEqual(fromTrees(files));
  });

  it('finds the same on rules sharing names, thresholds and records across files', () => {
    const files = [
      {
        path: 'a.yml',
        text: fileText(
          file(
            group(
              'records',
              record('job:errors:rate5m', 'sum by (job, code) (rate(errors{code=~"5.."}[5m]))'),
              record('job:errors:rate5m', 'sum by (job, code) (rate(errors{code=~"4.."}[5m]))'),
              record('job:errors:rate5m', 'sum by (job) (rate(errors[5m]))'),
            ),
            group(
              'alerts',
              alert('HighErrors', 'job:errors:rate5m > 10', WARNING),
              alert('VeryHighErrors', 'job:errors:rate5m > 20', WARNING),
              alert('HighErrorsCritical', 'job:errors:rate5m > 20', CRITICAL),
            ),
          ),
        ),
      },
      {
        path: 'b.yml',
        text: fileText(
          file(
            group(
              'derived',
              record('job:errors:ratio', 'job:errors:rate5m / on (job) job:requests:rate5m'),
            ),
            group(
              'more',
              alert('HighErrors', 'job:errors:rate5m > 10', WARNING),
              alert('ErrorsAgain', 'job:errors:rate5m>10', WARNING),
            ),
          ),
        ),
      },
    ];
    const found = fromLinter(files);
    expect(found.map((line) => line.split(' ')[1])).toEqual(
      expect.arrayContaining(['rules/duplicate', 'alerts/overlap', 'rules/cross-group-dependency']),
    );
    expect(found).toEqual(fromTrees(files));
  });
});
