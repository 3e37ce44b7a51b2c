import { describe, expect, it } from 'vitest';
import { templateLabelReferences } from '../../src/gates/prom-lint/checks/template-label-removed.js';
import type { LintFinding } from '../../src/gates/prom-lint/types.js';
import { corpusFindingsOf, findingsOf, oneRuleFile, realRuleFiles } from './rule-files.js';

const labelRemoved = 'promql/label-removed';
const templateLabelRemoved = 'alerts/template-label-removed';

const { alert, record } = oneRuleFile('api', 'HighErrors');

/** [line, column, endColumn, text underlined] of each finding, for a file given as lines. */
function placesOf(findings: readonly LintFinding[], lines: readonly string[]): unknown[] {
  return findings.map((f) => [
    f.line,
    f.column,
    f.endColumn,
    (lines[f.line - 1] ?? '').slice(f.column - 1, (f.endColumn ?? f.column) - 1),
  ]);
}

describe('templateLabelReferences', () => {
  it.each([
    ['{{ $labels.instance }} is down', ['$labels.instance']],
    ['{{ .Labels.instance }}', ['.Labels.instance']],
    ['{{ $.Labels.instance }}', ['$.Labels.instance']],
    ['{{ index $labels "instance" }}', ['index $labels "instance"']],
    ['{{ index .Labels "instance" }}', ['index .Labels "instance"']],
    ['{{ range .Labels }}{{ index .Labels "x" }}{{ end }}', []],
    ['{{ printf "$labels.instance" }}', []],
    ['{{ printf "%s/%s" $labels.namespace $labels.pod }}', ['$labels.namespace', '$labels.pod']],
    ['{{ if $labels.pod }}{{ $labels.pod }}{{ end }}', ['$labels.pod', '$labels.pod']],
    // `.` is a query result inside range/with, and `$labels` is the alert's labels everywhere.
    ['{{ range query "up" }}{{ .Labels.instance }} {{ $labels.job }}{{ end }}', ['$labels.job']],
    ['{{ with $labels }}{{ .instance }}{{ end }}', []],
    // Not references: plain text, other variables, the whole map, a reassigned $labels.
    ['$labels.instance outside an action', []],
    ['{{ $externalLabels.cluster }} {{ $value }} {{ $labels }}', []],
    ['{{ $labels := .ExternalLabels }}{{ $labels.cluster }}', []],
    // A template that does not parse gets its error elsewhere, and no reference here.
    ['{{ $labels.instance ', []],
  ])('%s', (template, expected) => {
    expect(templateLabelReferences(template).map((r) => r.written)).toEqual(expected);
  });

  it('gives the label and the offsets of the reference', () => {
    expect(templateLabelReferences('on {{ index $labels `pod` }}')).toEqual([
      { label: 'pod', written: 'index $labels `pod`', from: 6, to: 25 },
    ]);
  });
});

describe('alerts/template-label-removed', () => {
  it('flags a label the aggregation removed, on the reference in the annotation', () => {
    const lines = alert('sum by (job) (rate(errors_total[5m])) > 1', [
      'annotations:',
      '  summary: "Errors on {{ $labels.instance }} of {{ $labels.job }}"',
    ]);
    const found = findingsOf(templateLabelRemoved, lines);
    expect(found).toEqual([
      {
        severity: 'warning',
        file: 'rules.yml',
        line: 7,
        column: 34,
        endLine: 7,
        endColumn: 50,
        check: 'alerts/template-label-removed',
        message:
          'group "api", rule 1, "HighErrors": annotation "summary" reads $labels.instance, but ' +
          "the expression's result keeps only the label job, so it renders as an empty string in " +
          'every notification; keep "instance" in the expression (by (...), on (...) or ' +
          'group_left (...)) or drop the reference',
      },
    ]);
    expect(placesOf(found, lines)).toEqual([[7, 34, 50, '$labels.instance']]);
  });

  it('flags a label read twice in one annotation once, on its first read', () => {
    const lines = alert('sum(rate(errors_total[5m])) > 1', [
      'annotations:',
      '  summary: "{{ $labels.instance }} is down ({{ $labels.instance }})"',
      '  description: "{{ $labels.instance }}"',
    ]);
    const found = findingsOf(templateLabelRemoved, lines);
    expect(placesOf(found, lines)).toEqual([
      [7, 24, 40, '$labels.instance'],
      [8, 28, 44, '$labels.instance'],
    ]);
  });

  it('flags every form of reference, in labels and annotations', () => {
    const lines = alert('count(up == 0) > 3', [
      'labels:',
      '  target: "{{ .Labels.instance }}"',
      'annotations:',
      '  a: "{{ index $labels \\"instance\\" }}"',
      '  b: "{{ printf \\"%s\\" $.Labels.pod }}"',
    ]);
    expect(placesOf(findingsOf(templateLabelRemoved, lines), lines)).toEqual([
      [7, 23, 39, '.Labels.instance'],
      [9, 18, 44, 'index $labels \\"instance\\"'],
      [10, 32, 44, '$.Labels.pod'],
    ]);
  });

  it('says when the label is a static label of the rule, which $labels does not hold', () => {
    // rules/alerting.go expands templates with the result series' labels only, and adds the
    // rule's labels to the alert afterwards.
    const found = findingsOf(
      templateLabelRemoved,
      alert('sum by (job) (up == 0) > 0', [
        'labels:',
        '  severity: critical',
        'annotations:',
        '  summary: "{{ $labels.severity }}: {{ $labels.job }} is down"',
      ]),
    );
    expect(found.map((f) => f.message)).toEqual([
      'group "api", rule 1, "HighErrors": annotation "summary" reads $labels.severity, but the ' +
        "expression's result keeps only the label job, so it renders as an empty string in every " +
        'notification; "severity" is a static label of the rule, which $labels does not hold ' +
        '(Prometheus adds it after expanding the templates): write its value directly',
    ]);
  });

  it('treats group labels as static labels too, and knows rate() drops the metric name', () => {
    const lines = [
      'groups:',
      '  - name: api',
      '    labels:',
      '      team: storage',
      '    rules:',
      '      - alert: HighErrors',
      "        expr: 'sum by (job) (rate(errors_total[5m])) > 1'",
      '        annotations:',
      "          summary: '{{ $labels.team }} {{ $labels.job }}'",
      '      - alert: Panics',
      "        expr: 'rate(panics_total[5m]) > 0'",
      '        annotations:',
      "          summary: '{{ $labels.__name__ }} on {{ $labels.instance }}'",
    ];
    const found = findingsOf(templateLabelRemoved, lines);
    expect(placesOf(found, lines)).toEqual([
      [9, 24, 36, '$labels.team'],
      [13, 24, 40, '$labels.__name__'],
    ]);
    expect(found[0]?.message).toContain('"team" is a static label of the rule');
    expect(found[1]?.message).toContain('drops the label __name__, so it renders as an empty');
  });

  it.each([
    // The label survives: kept by by (...), not removed by without (...), copied by group_left.
    ['sum by (job, instance) (rate(errors_total[5m])) > 1', '{{ $labels.instance }}'],
    ['sum without (pod) (rate(errors_total[5m])) > 1', '{{ $labels.instance }}'],
    [
      'sum by (namespace, pod) (kube_pod_container_status_restarts_total) > 3 ' +
        '* on (namespace, pod) group_left (node) max by (namespace, pod, node) (kube_pod_info)',
      '{{ $labels.node }}',
    ],
    [
      'label_replace(sum by (job) (up == 0), "instance", "$1", "job", "(.*)")',
      '{{ $labels.instance }}',
    ],
    ['absent(up{job="api", instance="a:9100"})', '{{ $labels.instance }}'],
    // Nothing known is removed: selectors, recording rules, unknown shapes.
    ['up == 0', '{{ $labels.instance }}'],
    ['job:errors:rate5m > 0.1', '{{ $labels.instance }}'],
    ['rate(errors_total[5m]) > 1', '{{ $labels.instance }}'],
    // `.Labels` of query results, not of the alert.
    ['count(up == 0) > 3', '{{ range query "up == 0" }}{{ .Labels.instance }} {{ end }}'],
    // kubernetes-mixin and node-mixin alerts (TargetDown, KubeletTooManyPods, KubeQuotaAlmostFull,
    // NodeFilesystemSpaceFillingUp), with the labels their descriptions print.
    [
      '100 * (count(up == 0) BY (cluster, job, namespace, service) / count(up) BY (cluster, job, ' +
        'namespace, service)) > 10',
      '{{ $labels.job }}/{{ $labels.service }} targets in {{ $labels.namespace }} are down.',
    ],
    [
      'count by (cluster, node) ((kube_pod_status_phase{job="kube-state-metrics",phase="Running"} ' +
        '== 1) * on (instance, pod, namespace, cluster) group_left (node) topk by (instance, pod, ' +
        'namespace, cluster) (1, kube_pod_info{job="kube-state-metrics"})) / max by (cluster, ' +
        'node) (kube_node_status_capacity{job="kube-state-metrics",resource="pods"} != 1) > 0.95',
      'Kubelet {{ $labels.node }} is running at {{ $value | humanizePercentage }} of capacity.',
    ],
    [
      'kube_resourcequota{job="kube-state-metrics", type="used"} / ignoring (instance, job, type) ' +
        '(kube_resourcequota{job="kube-state-metrics", type="hard"} > 0) > 0.9 < 1',
      'Namespace {{ $labels.namespace }} is using {{ $value }} of its {{ $labels.resource }} quota.',
    ],
    [
      '(node_filesystem_avail_bytes{fstype!=""} / node_filesystem_size_bytes{fstype!=""} * 100 < 15 ' +
        'and predict_linear(node_filesystem_avail_bytes{fstype!=""}[6h], 4*60*60) < 0 and ' +
        'node_filesystem_readonly{fstype!=""} == 0)',
      'Filesystem on {{ $labels.device }}, mounted on {{ $labels.mountpoint }}, at {{ $labels.instance }}',
    ],
  ])('does not flag %s', (expr, template) => {
    const lines = alert(expr, ['annotations:', `  summary: '${template}'`]);
    expect(findingsOf(templateLabelRemoved, lines)).toEqual([]);
  });

  it('leaves recording rules alone', () => {
    const lines = [
      ...record('sum by (job) (up)'),
      '        labels:',
      '          x: "{{ $labels.instance }}"',
    ];
    expect(findingsOf(templateLabelRemoved, lines)).toEqual([]);
  });
});

describe('promql/label-removed', () => {
  it('flags a by (...) label an inner aggregation removed, on the label', () => {
    const lines = alert('sum by (instance) (sum by (job) (rate(x_total[5m]))) > 1');
    const found = findingsOf(labelRemoved, lines);
    expect(found).toEqual([
      {
        severity: 'warning',
        file: 'rules.yml',
        line: 5,
        column: 24,
        endLine: 5,
        endColumn: 32,
        check: 'promql/label-removed',
        message:
          'group "api", rule 1, "HighErrors": sum by (...) uses the label "instance", but its ' +
          'input keeps only the label job, so "instance" is empty on every series there; keep ' +
          '"instance" in the inner by (...) or remove it here',
      },
    ]);
  });

  it('flags on (...) labels one side no longer has', () => {
    const lines = record('sum by (job) (x) / on (instance) sum by (instance) (y)');
    const found = findingsOf(labelRemoved, lines);
    expect(placesOf(found, lines)).toEqual([[5, 39, 47, 'instance']]);
    expect(found[0]?.message).toContain('but the left side keeps only the label job');
  });

  it('flags on (...) and group_left (...) labels the one side does not have', () => {
    const lines = record(
      'sum by (namespace, pod) (rate(container_cpu_usage_seconds_total[5m])) ' +
        '* on (pod) group_left (node) sum by (namespace) (kube_pod_info)',
    );
    const found = findingsOf(labelRemoved, lines);
    expect(placesOf(found, lines)).toEqual([
      [5, 92, 95, 'pod'],
      [5, 109, 113, 'node'],
    ]);
    expect(found.map((f) => f.message.split(', but ')[1]?.split(', so')[0])).toEqual([
      'the right side keeps only the label namespace',
      'the right side keeps only the label namespace',
    ]);
  });

  it('flags label_replace() reading a removed source label, on the string', () => {
    const lines = record('label_replace(sum by (job) (up), "host", "$1", "instance", "(.*):.*")');
    expect(placesOf(findingsOf(labelRemoved, lines), lines)).toEqual([[5, 63, 73, '"instance"']]);
  });

  it.each([
    'count by (instance) (rate(x_total[5m]))',
    'sum without (instance) (sum by (job) (x))',
    'count by (__name__) (rate(x_total[5m]))',
    'label_replace(vector(1), "team", "storage", "", "")',
    'sum by (job) (a) / on (job) group_left sum by (job) (b)',
    'sum by (job) (x) * on () group_left (version) max by (version) (build_info)',
    // kubernetes-mixin (node_namespace_pod_container:container_memory_working_set_bytes).
    'container_memory_working_set_bytes{job="cadvisor", image!=""} * on (cluster, namespace, pod) ' +
      'group_left (node) topk by (cluster, namespace, pod) (1, max by (cluster, namespace, pod, node) ' +
      '(kube_pod_info{node!=""}))',
    // kubernetes-mixin (KubePodNotReady).
    'sum by (namespace, pod, cluster) (max by (namespace, pod, cluster) (kube_pod_status_phase' +
      '{job="kube-state-metrics", phase=~"Pending|Unknown|Failed"}) * on (namespace, pod, cluster) ' +
      'group_left (owner_kind) topk by (namespace, pod, cluster) (1, max by (namespace, pod, ' +
      'owner_kind, cluster) (kube_pod_owner{owner_kind!="Job"}))) > 0',
  ])('does not flag %s', (expr) => {
    expect(findingsOf(labelRemoved, record(expr))).toEqual([]);
  });
});

/** A check's findings over the real rule files, all linted together. */
function corpusFindings(check: string): LintFinding[] {
  return corpusFindingsOf(check, realRuleFiles());
}

/** `file:line:column what it reads | what the result keeps`: one short line per finding. */
function summaryLine(finding: LintFinding): string {
  const read = /reads (\S+), but the expression's result (.*?), so it renders/u.exec(
    finding.message,
  );
  return `${finding.file}:${finding.line}:${finding.column} ${read?.[1] ?? ''} | ${read?.[2] ?? finding.message}`;
}

describe('the real corpus', () => {
  it('finds no grouping or join on a removed label', () => {
    expect(corpusFindings(labelRemoved)).toEqual([]);
  });

  it('finds exactly the template reads of removed labels reviewed by hand', async () => {
    // Each one reviewed: summaries that print `$labels.instance` for alerts whose expression
    // aggregates instance away (sum by (job), count(...), absent(...), vector(1)), and one
    // `$labels.namespace` after max by (horizontalpodautoscaler). All render empty.
    const found = corpusFindings(templateLabelRemoved);
    expect(found).toHaveLength(231);
    expect(new Set(found.map((f) => f.check))).toEqual(new Set(['alerts/template-label-removed']));
    expect(found.filter((f) => !f.message.includes('reads $labels.instance,'))).toEqual([
      {
        severity: 'warning',
        file: 'awesome-prometheus-alerts/kubernetes/kubestate-exporter.yml',
        line: 188,
        column: 30,
        endLine: 188,
        endColumn: 47,
        check: 'alerts/template-label-removed',
        message:
          'group "KubestateExporter", rule 20, "KubernetesHpaUnderutilized": annotation ' +
          '"description" reads $labels.namespace, but the expression\'s result keeps only the ' +
          'label horizontalpodautoscaler, so it renders as an empty string in every ' +
          'notification; keep "namespace" in the expression (by (...), on (...) or ' +
          'group_left (...)) or drop the reference',
      },
    ]);
    await expect(found.map(summaryLine).join('\n') + '\n').toMatchFileSnapshot(
      'label-checks.corpus.expected.txt',
    );
  });
});
