/**
 * pint's demo rules (cloudflare/pint .github/pint/rules, test/fixtures/prom-lint/pint-demo) with
 * prom-lint's translation of pint's demo configuration: every problem the demo is written to show
 * is found, each by its own check; and the checks added for it find nothing on the real rule
 * sets that is not listed and explained here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removedDependencies } from '../../src/gates/prom-lint/checks/index.js';
import { checkOptionsOf, parsePromLintConfig } from '../../src/gates/prom-lint/config-file.js';
import { settingsOf } from '../../src/gates/prom-lint/inputs.js';
import { lintRuleFiles } from '../../src/gates/prom-lint/lint.js';
import { CONVENTION_PRESETS, defaultPromLintSettings } from '../../src/gates/prom-lint/settings.js';
import type { LintFinding } from '../../src/gates/prom-lint/types.js';
import { corpusFiles, decodedDocuments, FIXTURES, realRuleFiles } from './rule-files.js';

/** The checks added for pint's demo (issue 14, item 20). */
const PINT_DEMO_CHECKS = [
  'conventions/redundant-for',
  'conventions/humanize-value',
  'conventions/smelly-regex',
  'alerts/topk',
  'alerts/unguarded-aggregation',
  'promql/dead-code',
  'promql/aggregation-keep',
  'promql/required-labels',
  'rules/reject',
  'promql/max-range',
  'alerts/for-range',
];

const DEMO = 'pint-demo/rules';

/** The settings pint-demo/prom-lint.yml says, as the gate builds them. */
function demoSettings(): typeof defaultPromLintSettings {
  const path = join(FIXTURES, 'pint-demo/prom-lint.yml');
  const config = parsePromLintConfig(readFileSync(path, 'utf8'), 'prom-lint.yml');
  return { ...settingsOf(config), ...checkOptionsOf(config) };
}

/** `file:line:column check underlined-text` of the new checks' findings. */
function places(
  findings: readonly LintFinding[],
  files: readonly { path: string; text: string }[],
): string[] {
  const lines = new Map(files.map(({ path, text }) => [path, text.split('\n')]));
  return findings
    .filter((f) => PINT_DEMO_CHECKS.includes(f.check))
    .map((f) => {
      const line = lines.get(f.file)?.[f.line - 1] ?? '';
      const text = f.endLine === f.line ? line.slice(f.column - 1, (f.endColumn ?? 0) - 1) : '…';
      return `${f.file.slice(DEMO.length + 1)}:${f.line}:${f.column} ${f.check} ${text}`;
    });
}

describe("pint's demo rules", () => {
  const files = corpusFiles(DEMO);

  it('are all there (9 files)', () => {
    expect(files.map((f) => f.path.slice(DEMO.length + 1))).toEqual([
      'alerts.yml',
      'dependency.yml',
      'fragile.yml',
      'impossible.yml',
      'interval.yml',
      'nan.yml',
      'regexp.yml',
      'reject.yml',
      'template.yml',
    ]);
  });

  it('each problem the demo shows is found by its own check, on the text that shows it', () => {
    const { findings } = lintRuleFiles(files, { settings: demoSettings() });
    expect(places(findings, files)).toEqual([
      // alerts.yml: `for: 0s` is the default (alerts/for); `up` without `job` (promql/selector)
      'alerts.yml:5:11 promql/required-labels up',
      'alerts.yml:6:10 alerts/for-range 0s',
      'alerts.yml:6:10 conventions/redundant-for 0s',
      // every alert without a `for` of 1m to 1h (rule/for)
      'alerts.yml:8:12 alerts/for-range Service Is Down',
      'alerts.yml:13:10 alerts/for-range 0s',
      'alerts.yml:13:10 conventions/redundant-for 0s',
      'alerts.yml:15:12 alerts/for-range Everything Is Down',
      // dependency.yml: sum(up) drops job (promql/aggregate keep job)
      'dependency.yml:5:11 promql/aggregation-keep sum(up)',
      // fragile.yml: topk in an alert; two sums of different metrics without for (promql/fragile)
      'fragile.yml:4:12 alerts/for-range Top Errors',
      'fragile.yml:5:11 alerts/topk topk(5, rate(errors_total[5m]))',
      'fragile.yml:7:12 alerts/for-range Partial Data Risk',
      'fragile.yml:8:11 alerts/unguarded-aggregation sum(requests_total) / sum(capacity_total)',
      // impossible.yml: the vector(0) fallback never passes `> 0` (promql/impossible)
      'impossible.yml:4:12 alerts/for-range Dead Code',
      'impossible.yml:6:18 promql/dead-code vector(0)',
      'interval.yml:8:12 alerts/for-range Slow Alert',
      'interval.yml:9:11 promql/required-labels up',
      'nan.yml:7:12 alerts/for-range High Error Rate',
      'regexp.yml:5:11 promql/aggregation-keep sum(up{instance!="none", job=~"bob", job=~"^abc", cluster="dev"})',
      'regexp.yml:9:7 promql/aggregation-keep sum(up{instance!="none", job=~"bob", job=~"^abc", cluster="dev"})',
      'regexp.yml:12:11 promql/aggregation-keep sum(up{job=~"^myservice$"})',
      'regexp.yml:15:11 promql/aggregation-keep sum(up{instance=~".*prod-region1.*"})',
      // regexp.yml: a smelly selector (promql/regexp)
      'regexp.yml:15:18 conventions/smelly-regex instance=~".*prod-region1.*"',
      // reject.yml: a label key with spaces, a URL in a label value (rule/reject)
      'reject.yml:4:12 alerts/for-range Bad Label Key',
      'reject.yml:5:11 promql/required-labels up',
      'reject.yml:8:7 rules/reject bad key',
      'reject.yml:12:12 alerts/for-range URL In Label',
      'reject.yml:13:11 promql/required-labels up',
      'reject.yml:16:19 rules/reject https://grafana.example.com/d/123',
      // a week-long range where 6h is the most allowed (promql/range_query)
      'reject.yml:21:25 promql/max-range up[7d]',
      'reject.yml:21:25 promql/required-labels up[7d]',
      'reject.yml:32:11 promql/aggregation-keep count(up)',
      'template.yml:4:12 alerts/for-range Rate Without Humanize',
      // template.yml: $value of a rate without humanize (alerts/template)
      'template.yml:7:33 conventions/humanize-value {{ $value }}',
    ]);
  });

  it("the demo's other problems keep being found by the checks that had them", () => {
    const { findings } = lintRuleFiles(files, { settings: demoSettings() });
    const checks = new Set(findings.map((f) => f.check));
    for (const check of [
      'rules/duplicate', // up:sum recorded three times, Service Is Down twice
      'rules/group-interval', // interval.yml: 10m
      'promql/nan-division', // nan.yml
      'promql/regex-matcher', // regexp.yml: job=~"bob", job=~"^abc", ^myservice$
      'alerts/absent-without-for', // alerts.yml: absent() with for: 0s
      'alerts/always-firing', // fragile.yml: topk() with no comparison
      'conventions/record-name', // reject.yml: bad_name
      'conventions/severity',
      'conventions/summary',
    ])
      expect(checks, check).toContain(check);
  });

  it('with the default settings, only the checks for bugs report (conventions and configured checks are opt-in)', () => {
    const { findings } = lintRuleFiles(files);
    expect(places(findings, files)).toEqual([
      'fragile.yml:5:11 alerts/topk topk(5, rate(errors_total[5m]))',
      'fragile.yml:8:11 alerts/unguarded-aggregation sum(requests_total) / sum(capacity_total)',
      'impossible.yml:6:18 promql/dead-code vector(0)',
    ]);
  });

  it('a recording rule removed while alerts.yml still reads it is found (rule/dependency)', () => {
    const before = files.flatMap(({ path, text }) => decodedDocuments(path, text));
    // The change deletes dependency.yml and the up:sum records of regexp.yml.
    const after = files
      .filter(({ path }) => !path.endsWith('dependency.yml') && !path.endsWith('regexp.yml'))
      .flatMap(({ path, text }) => decodedDocuments(path, text));
    const found = removedDependencies(before, after);
    expect(found.map((f) => [f.file, f.line, f.column, f.endColumn, f.check])).toEqual([
      [`${DEMO}/alerts.yml`, 16, 11, 17, 'rules/removed-dependency'],
    ]);
    expect(found[0]?.message).toBe(
      'group "alerts", rule 4, "Everything Is Down": reads up:sum, which this change stops ' +
        `recording (its recording rule was in ${DEMO}/dependency.yml, group "dependency"): the ` +
        'series ends and this rule goes quiet; keep the recording rule or change this rule',
    );
    // Nothing is removed when regexp.yml still records up:sum.
    const kept = files
      .filter(({ path }) => !path.endsWith('dependency.yml'))
      .flatMap(({ path, text }) => decodedDocuments(path, text));
    expect(removedDependencies(before, kept)).toEqual([]);
  });
});

describe('the checks added for pint on the real rule sets', () => {
  const real = realRuleFiles();

  it('find nothing with the default settings but one true finding, explained', () => {
    const { findings } = lintRuleFiles(real);
    expect(places2(findings)).toEqual([
      // Prometheus' own test file: an alert (no `for`) dividing sum without(instance) of
      // errors_total by that of requests_total, pint's promql/fragile example exactly.
      'rulefmt/test_aliases.yaml:8 alerts/unguarded-aggregation',
    ]);
  });

  it('opt-in conventions report only what they describe', () => {
    const settings = {
      ...defaultPromLintSettings,
      conventions: CONVENTION_PRESETS.pint,
    };
    const { findings } = lintRuleFiles(real, { settings });
    const lines = new Map(real.map(({ path, text }) => [path, text.split('\n')]));
    const text = (f: LintFinding): string =>
      (lines.get(f.file)?.[f.line - 1] ?? '').slice(f.column - 1, (f.endColumn ?? 0) - 1);
    const of = (check: string): LintFinding[] => findings.filter((f) => f.check === check);
    // Every `for: 0m` of awesome-prometheus-alerts (and no other value).
    const zeroFor = real.flatMap(({ path, text: t }) =>
      t.split('\n').flatMap((line, i) => (/^\s*for: 0m$/u.test(line) ? [`${path}:${i + 1}`] : [])),
    );
    expect(of('conventions/redundant-for').map((f) => `${f.file}:${f.line}`)).toEqual(zeroFor);
    expect(new Set(of('conventions/redundant-for').map(text))).toEqual(new Set(['0m']));
    // Bare {{ $value }} only, and only where the alert's value is a rate.
    for (const written of of('conventions/humanize-value').map(text))
      expect(written).toMatch(/^\{\{ ?\$value ?\}\}$/u);
    expect(of('conventions/humanize-value').length).toBeGreaterThan(100);
    // Substring matches of job names (thanos, gitlab, loki, ...), nothing else.
    const smelly = of('conventions/smelly-regex').map(text);
    expect(smelly.length).toBeGreaterThan(50);
    for (const matcher of smelly)
      expect(matcher).toMatch(/^job=~"\.\*[a-z-]+(\.\*[a-z-]+)?\.\*"$/u);
  });
});

/** `file:line check` of the new checks' findings. */
function places2(findings: readonly LintFinding[]): string[] {
  return findings
    .filter((f) => PINT_DEMO_CHECKS.includes(f.check))
    .map((f) => `${f.file}:${f.line} ${f.check}`);
}
