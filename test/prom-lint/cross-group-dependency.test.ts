import { describe, expect, it } from 'vitest';
import { crossGroupDependencies } from '../../src/gates/prom-lint/checks/cross-group-dependency.js';
import { suiteRules } from '../../src/gates/prom-lint/checks/suite-rules.js';
import type { LintFinding } from '../../src/gates/prom-lint/types.js';
import {
  CORPUS_FOLDERS,
  corpusModels,
  fileLines as file,
  groupLines as group,
  modelsOf,
  quoted,
  recordLines as record,
} from './rule-files.js';

function alert(name: string, expr: string): string[] {
  return [`- alert: ${name}`, `  expr: ${quoted(expr)}`, '  for: 5m'];
}

/** `file:line:column-endColumn check: the read text`, for compact expectations. */
function summary(finding: LintFinding, files: Record<string, readonly string[]>): string {
  const line = files[finding.file]?.[finding.line - 1] ?? '';
  const read = line.slice(finding.column - 1, (finding.endColumn ?? finding.column) - 1);
  return `${finding.file}:${finding.line} ${finding.check}: ${read}`;
}

function check(files: Record<string, readonly string[]>): string[] {
  return crossGroupDependencies(suiteRules(modelsOf(files))).map((finding) =>
    summary(finding, files),
  );
}

const CPU = 'instance:node_cpu_utilisation:rate5m';
const CPU_EXPR =
  '1 - avg without (cpu) (sum without (mode) (rate(node_cpu_seconds_total{mode=~"idle|iowait|steal"}[5m])))';

describe('rules/cross-group-dependency', () => {
  it('flags a record built on a record of another group, on the selector, naming the writer', () => {
    const files = {
      'node.yml': file(
        group('node-exporter.rules', record(CPU, CPU_EXPR)),
        group('node.rules', record('cluster:node_cpu:ratio_rate5m', `avg by (cluster) (${CPU})`)),
      ),
    };
    const findings = crossGroupDependencies(suiteRules(modelsOf(files)));
    expect(findings).toEqual([
      {
        severity: 'warning',
        file: 'node.yml',
        line: 9,
        column: 34,
        endLine: 9,
        endColumn: 70,
        check: 'rules/cross-group-dependency',
        message:
          'group "node.rules", rule 1, "cluster:node_cpu:ratio_rate5m": reads ' +
          '"instance:node_cpu_utilisation:rate5m" (group "node-exporter.rules", node.yml:4), ' +
          'recorded in another group: groups are evaluated concurrently on their own timers, so ' +
          'this record lags by up to one interval and may mix old and new values; put both rules ' +
          'in one group, the record first',
      },
    ]);
    expect(findings.map((f) => summary(f, files))).toEqual([
      `node.yml:9 rules/cross-group-dependency: ${CPU}`,
    ]);
  });

  it('finds the writer in another file', () => {
    expect(
      check({
        'a.yml': file(
          group(
            'apiserver-burnrate.rules',
            record(
              'apiserver_request:burnrate1h',
              'sum(rate(apiserver_request_total{code=~"5.."}[1h])) / sum(rate(apiserver_request_total[1h]))',
            ),
          ),
        ),
        'b.yml': file(
          group(
            'apiserver-slo.rules',
            record(
              'apiserver_request:burnrate1h:max',
              'max_over_time(apiserver_request:burnrate1h[1d])',
            ),
          ),
        ),
      }),
    ).toEqual(['b.yml:5 rules/cross-group-dependency: apiserver_request:burnrate1h[1d]']);
  });

  it("passes alerts that read records of another group, the mixins' own layout", () => {
    expect(
      check({
        'node.yml': file(
          group('node-exporter.rules', record(CPU, CPU_EXPR)),
          group('node-exporter', alert('NodeHighCpu', `${CPU} > 0.9`)),
        ),
      }),
    ).toEqual([]);
  });

  it("passes a selector whose matchers rule out the record's static labels", () => {
    const writer = group('slo.rules', record('slo:sli_error:ratio_rate5m', 'x', { slo: 'web' }));
    expect(
      check({
        'r.yml': file(
          writer,
          group(
            'slo-summary',
            record('slo:errors:max', 'max(slo:sli_error:ratio_rate5m{slo="api"})'),
          ),
        ),
      }),
    ).toEqual([]);
    expect(
      check({
        'r.yml': file(
          writer,
          group(
            'slo-summary',
            record('slo:errors:max', 'max(slo:sli_error:ratio_rate5m{slo="web"})'),
          ),
        ),
      }),
    ).toEqual(['r.yml:11 rules/cross-group-dependency: slo:sli_error:ratio_rate5m{slo="web"}']);
  });

  it('knows {__name__="…"} as the metric name', () => {
    expect(
      check({
        'r.yml': file(
          group('a', record('job:x:sum', 'sum by (job) (x)')),
          group('b', record('y', 'sum({__name__="job:x:sum"})')),
        ),
      }),
    ).toEqual(['r.yml:9 rules/cross-group-dependency: {__name__="job:x:sum"}']);
  });

  it("passes a record also written earlier in the reader's own group", () => {
    expect(
      check({
        'r.yml': file(
          group('a', record('job:x:sum', 'sum by (job) (x)')),
          group('b', record('job:x:sum', 'sum by (job) (x2)'), record('y', 'sum(job:x:sum)')),
        ),
      }),
    ).toEqual([]);
  });
});

describe('rules/record-order', () => {
  it('flags a rule reading a record defined later in its own group, alerts too', () => {
    expect(
      check({
        'r.yml': file(
          group(
            'node.rules',
            record('cluster:node_cpu:ratio_rate5m', `avg(${CPU})`),
            alert('NodeHighCpu', `${CPU} > 0.9`),
            record(CPU, CPU_EXPR),
          ),
        ),
      }),
    ).toEqual([`r.yml:5 rules/record-order: ${CPU}`, `r.yml:7 rules/record-order: ${CPU}`]);
  });

  it('flags the kube-prometheus availability layout: increase30d reads increase1h, recorded at the end', () => {
    const increase1h = (code: string) =>
      record(
        'code_verb:apiserver_request_total:increase1h',
        `sum by (cluster, code, verb) (increase(apiserver_request_total{job="apiserver",code=~"${code}"}[1h]))`,
      );
    expect(
      check({
        'kubernetes-control-plane.yml': file(
          group(
            'kube-apiserver-availability.rules',
            record(
              'code_verb:apiserver_request_total:increase30d',
              'avg_over_time(code_verb:apiserver_request_total:increase1h[30d]) * 24 * 30',
            ),
            record(
              'code:apiserver_request_total:increase30d',
              'sum by (cluster, code) (code_verb:apiserver_request_total:increase30d{verb=~"LIST|GET"})',
              { verb: 'read' },
            ),
            increase1h('2..'),
            increase1h('5..'),
          ),
        ),
      }),
    ).toEqual([
      'kubernetes-control-plane.yml:5 rules/record-order: code_verb:apiserver_request_total:increase1h[30d]',
    ]);
  });

  it('words the fix', () => {
    const [finding] = crossGroupDependencies(
      suiteRules(
        modelsOf({ 'r.yml': file(group('g', record('b', 'sum(a)'), record('a', 'sum(x)'))) }),
      ),
    );
    expect(finding?.message).toBe(
      'group "g", rule 1, "b": reads "a" (group "g", r.yml:6), which is recorded later in the ' +
        'same group: rules of a group run in order, so this one always sees the previous ' +
        "evaluation's value; move the recording rule above this one",
    );
  });

  it('passes records read after they are written, and a rule reading its own record', () => {
    expect(
      check({
        'r.yml': file(
          group(
            'g',
            record(CPU, CPU_EXPR),
            record('cluster:node_cpu:ratio_rate5m', `avg(${CPU})`),
            // A ratchet: the highest value seen, read back from the rule's own previous output.
            record('job:up:max', 'max by (job) (job:up:max or up)'),
            record('job:requests:rate1d_ago', 'job:requests:rate1d_ago offset 1d'),
          ),
        ),
      }),
    ).toEqual([]);
  });
});

describe('the real corpus', () => {
  it('finds nothing: the awesome-prometheus-alerts and Prometheus test files read no records of other groups', () => {
    const models = CORPUS_FOLDERS.flatMap(corpusModels).flatMap((f) => f.models);
    expect(models.length).toBeGreaterThan(100);
    expect(crossGroupDependencies(suiteRules(models))).toEqual([]);
  });
});
