import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { rulesLargeYaml } from '../support/rules-large.js';
import { describe, expect, it } from 'vitest';
import { lintRuleFiles } from '../../src/gates/prom-lint/lint.js';
import { defaultPromLintSettings } from '../../src/gates/prom-lint/settings.js';
import type { LintFinding } from '../../src/gates/prom-lint/types.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/prom-lint');

function fixture(path: string): { path: string; text: string } {
  return { path, text: readFileSync(join(FIXTURES, path), 'utf8') };
}

/**
 * The default settings without the naming and annotation conventions, for tests about something
 * else (loading, promtool's checks) whose small rules do not follow them.
 */
const withoutConventions = {
  settings: { ...defaultPromLintSettings, disabled: ['conventions/*'] },
};

function errors(findings: readonly LintFinding[]): LintFinding[] {
  return findings.filter((f) => f.severity === 'error');
}

/** Every *.yml below `dir`, relative to the fixtures folder. */
function yamlFilesUnder(dir: string): string[] {
  return readdirSync(join(FIXTURES, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => relative(FIXTURES, join(FIXTURES, dir, f)))
    .sort();
}

/** The prometheus-testdata expected-errors.json, plus the line Prometheus reports each on. */
const BAD_FILES: [file: string, line: number][] = [
  ['duplicate_grp.bad.yaml', 3],
  ['bad_expr.bad.yaml', 5],
  ['record_and_alert.bad.yaml', 4],
  ['no_rec_alert.bad.yaml', 4],
  ['noexpr.bad.yaml', 4],
  ['invalid_record_name.bad.yaml', 4],
  ['bad_field.bad.yaml', 8],
  ['invalid_label_name.bad.yaml', 7],
  ['record_and_for.bad.yaml', 4],
  ['record_and_keep_firing_for.bad.yaml', 4],
  ['legacy_validation_annotation.bad.yaml', 7],
];

describe('lintRuleFiles on Prometheus testdata', () => {
  const expected: unknown = JSON.parse(
    readFileSync(join(FIXTURES, 'rulefmt/expected-errors.json'), 'utf8'),
  );

  it.each(BAD_FILES)('rejects %s on line %i with the expected message', (file, line) => {
    const message =
      expected !== null && typeof expected === 'object'
        ? Object.getOwnPropertyDescriptor(expected, file)?.value
        : undefined;
    expect(typeof message).toBe('string');
    const legacyNames = file.startsWith('legacy_');
    const { findings } = lintRuleFiles([fixture(`rulefmt/${file}`)], { legacyNames });
    const matching = errors(findings).filter((f) => f.message.includes(String(message)));
    expect(matching.map((f) => f.line)).toContain(line);
    for (const finding of findings) {
      expect(finding.file).toBe(`rulefmt/${file}`);
      expect(finding.column).toBeGreaterThan(0);
      expect(finding.check).toMatch(/^[a-z]+\/[a-z-]+$/);
    }
  });

  const good = readdirSync(join(FIXTURES, 'rulefmt')).filter(
    (f) => f.endsWith('.good.yaml') || f.startsWith('test'),
  );
  it.each(good)('accepts %s', (file) => {
    expect(errors(lintRuleFiles([fixture(`rulefmt/${file}`)], {}).findings)).toEqual([]);
  });

  it('accepts the promtool rule files that promtool accepts', () => {
    for (const file of [
      'rules.yml',
      'rules_duplicates.yml',
      'prometheus-rules.lint.yml',
      'bad-rules-error.yml',
    ]) {
      expect(errors(lintRuleFiles([fixture(`promtool/${file}`)], {}).findings)).toEqual([]);
    }
  });

  it('warns about the duplicate rules promtool lints, on the repeated name, without failing', () => {
    // Conventions off: promtool's example has no description and severity "page", beside the
    // point here. promtool's duplicate-rules lint (name and labels only) is not run: the gate's
    // rules/duplicate finds these repeats too, without promtool's false alarm on records kept
    // apart by their selectors.
    const { findings } = lintRuleFiles(
      [fixture('promtool/prometheus-rules.lint.yml')],
      withoutConventions,
    );
    expect(findings).toEqual([
      {
        severity: 'warning',
        file: 'promtool/prometheus-rules.lint.yml',
        line: 11,
        column: 12,
        endLine: 11,
        endColumn: 30,
        check: 'rules/duplicate',
        message:
          'group "example", rule 2, "HighRequestLatency": same alert name and labels as the rule at promtool/prometheus-rules.lint.yml:4, and their results may share series: Alertmanager gets one alert from two rules, with annotations and timing flipping between them; delete one, or tell them apart with a label or by selectors on a label the result keeps',
      },
    ]);
    const duplicates = lintRuleFiles(
      [fixture('promtool/rules_duplicates.yml')],
      withoutConventions,
    ).findings;
    expect(duplicates.map((f) => `${f.line} ${f.check}`)).toEqual([
      '18 rules/duplicate',
      '23 rules/duplicate',
    ]);
  });

  it('reports the template error of rules-bad.yml on its annotation', () => {
    const found = errors(lintRuleFiles([fixture('promtool/rules-bad.yml')], {}).findings);
    expect(found).toHaveLength(1);
    expect(found[0]?.line).toBe(12);
    expect(found[0]?.message).toBe(
      'group "alerts", rule 1, "InstanceDown": annotation "summary": template: __alert_InstanceDown:1: undefined variable "$label"',
    );
    expect(found[0]?.column).toBe(33); // at `$label`, inside the quoted value
  });

  it('reports the PromQL parse error of bad-rules-syntax.yml inside the expression', () => {
    const found = errors(lintRuleFiles([fixture('promtool/bad-rules-syntax.yml')], {}).findings);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.line).toBe(7);
    expect(found[0]?.column).toBeGreaterThanOrEqual(15); // inside 'test +', which starts at column 15
    expect(found[0]?.message).toContain('could not parse expression: 1:7: parse error: ');
    expect(found[0]?.message).toContain('parse error');
  });

  it('reports the unknown group fields of rules_extrafields.yml', () => {
    const found = errors(lintRuleFiles([fixture('promtool/rules_extrafields.yml')], {}).findings);
    expect(found.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '7:5 field namespace not found in type rulefmt.RuleGroup',
      '21:5 field ownership not found in type rulefmt.RuleGroup',
    ]);
  });

  it('rejects the experimental sort_by_label of features.yml unless experimental functions are on', () => {
    const without = errors(lintRuleFiles([fixture('promtool/features.yml')], {}).findings);
    expect(without.some((f) => f.line === 6 && f.message.includes('sort_by_label'))).toBe(true);
    const withFlag = errors(
      lintRuleFiles([fixture('promtool/features.yml')], { experimentalFunctions: true }).findings,
    );
    expect(withFlag.some((f) => f.line === 6)).toBe(false);
  });
});

describe('lintRuleFiles on awesome-prometheus-alerts', () => {
  it('finds no error in 112 files with 954 alerts', () => {
    const files = yamlFilesUnder('awesome-prometheus-alerts').map(fixture);
    expect(files).toHaveLength(112);
    const { findings, stats } = lintRuleFiles(files, {});
    expect(errors(findings)).toEqual([]);
    expect(stats.files).toBe(112);
    expect(stats.alerts).toBe(954);
    expect(stats.records).toBe(0);
  });
});

describe('lintRuleFiles', () => {
  it('gives a rule Prometheus refuses its errors and no warnings', () => {
    const text = [
      'groups:',
      '  - name: g',
      '    rules:',
      '      - record: job:up:sum',
      '        alert: bad name',
      '        expr: up',
      '      - alert: InstanceDown',
      '        expr: up',
    ].join('\n');
    const { findings } = lintRuleFiles([{ path: 'r.yml', text }]);
    // Rule 1 (record and alert both set) gets only its error; rule 2, valid, keeps its warnings.
    expect(findings.filter((f) => f.line <= 6).map((f) => f.severity)).toEqual(['error']);
    expect(findings.filter((f) => f.line > 6).map((f) => f.check)).toContain(
      'alerts/always-firing',
    );
  });

  it('lints the 10,002 recording rules of promtool rules_large.yml', () => {
    // Its speed is measured by npm run bench, against promtool; a unit test only checks results.
    const { findings, stats } = lintRuleFiles(
      [{ path: 'rules_large.yml', text: rulesLargeYaml() }],
      {},
    );
    expect(errors(findings)).toEqual([]);
    expect(stats).toEqual({
      files: 1,
      groups: 1,
      rules: 10_002,
      alerts: 0,
      records: 10_002,
      suppressed: 0,
    });
  });

  it('sorts findings by file, line and column and turns a YAML syntax error into a finding', () => {
    const { findings, stats } = lintRuleFiles(
      [
        { path: 'b.yml', text: 'groups:\n  - name: x\n  - name: x\n  - name: ""\n' },
        { path: 'a.yml', text: 'groups: [\n' },
        {
          path: 'c.yml',
          text: 'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up ==\n',
        },
      ],
      {},
    );
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.check}`)).toEqual([
      expect.stringMatching(/^a\.yml:\d+:\d+ rulefmt\/yaml$/),
      'b.yml:3:5 rulefmt/duplicate-group',
      'b.yml:4:5 rulefmt/group-name',
      expect.stringMatching(/^c\.yml:5:\d+ promql\//),
    ]);
    expect(stats).toEqual({ files: 3, groups: 4, rules: 1, alerts: 1, records: 0, suppressed: 0 });
  });

  it('maps a PromQL error inside a block scalar to its file line', () => {
    const text = [
      'groups:',
      '  - name: g',
      '    rules:',
      '      - record: r',
      '        expr: |',
      '          sum(rate(x[5m]))',
      '          / on() )',
      '',
    ].join('\n');
    const found = errors(lintRuleFiles([{ path: 'r.yml', text }], {}).findings);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.line).toBe(7);
    expect(found[0]?.column).toBeGreaterThanOrEqual(11);
  });

  it('checks templates of alerting rules only, as Prometheus does', () => {
    const alerting =
      'groups:\n- name: g\n  rules:\n  - alert: A\n    expr: up\n    annotations:\n      summary: "{{ .Foo "\n';
    const recording =
      'groups:\n- name: g\n  rules:\n  - record: r\n    expr: up\n    labels:\n      summary: "{{ .Foo "\n';
    const found = errors(lintRuleFiles([{ path: 'a.yml', text: alerting }], {}).findings);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 7, check: expect.stringMatching(/^template\//) });
    expect(found[0]?.message).toMatch(
      /^group "g", rule 1, "A": annotation "summary": template: __alert_A:1: /,
    );
    expect(errors(lintRuleFiles([{ path: 'r.yml', text: recording }], {}).findings)).toEqual([]);
  });

  it('lints every document of a multi-document file and every rule file of a ConfigMap', () => {
    const text = [
      'groups:',
      '  - name: first',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'data:',
      '  a.yml: |',
      '    groups:',
      '      - name: g',
      '        rules:',
      '          - record: r',
      '            expr: up',
      '            for: 5m',
      '',
    ].join('\n');
    // Conventions off: the record name `r` is not level:metric:operations, beside the point.
    const { findings, stats } = lintRuleFiles([{ path: 'k.yml', text }], withoutConventions);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      `11:21 group "g", rule 1, "r": invalid field 'for' in recording rule`,
    ]);
    expect(stats.groups).toBe(2);
  });
});
