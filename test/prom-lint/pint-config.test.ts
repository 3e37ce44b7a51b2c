/**
 * The configuration of the checks added for pint's demo: `aggregation-keep`, `required-labels`,
 * `reject`, the new convention keys and the `pint` preset; and pint's check names in comments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ANCHORED_CHECKS,
  checkDocsAnchor,
  checkDocsLink,
} from '../../src/gates/prom-lint/checks/docs-links.js';
import { checkOptionsOf, parsePromLintConfig } from '../../src/gates/prom-lint/config-file.js';
import { lintRuleFiles } from '../../src/gates/prom-lint/lint.js';
import { CONVENTION_PRESETS, defaultPromLintSettings } from '../../src/gates/prom-lint/settings.js';
import {
  PINT_CHECKS,
  resolveCheckName,
  WARNING_CHECKS,
} from '../../src/gates/prom-lint/suppress/check-names.js';

describe('configuration of the configured checks', () => {
  it('reads aggregation-keep, required-labels and reject, with their defaults', () => {
    const config = parsePromLintConfig(
      [
        'aggregation-keep:',
        '  - labels: [job]',
        '  - rules: recording',
        '    labels: [cluster, env]',
        'required-labels:',
        '  - metric: up',
        '    labels: job',
        '    rules: alerting',
        'reject:',
        "  - pattern: '.* +.*'",
        '    label-keys: true',
        '    annotation-keys: true',
        "  - pattern: 'https?://.+'",
        '    label-values: true',
      ].join('\n'),
      'c.yml',
    );
    expect(checkOptionsOf(config)).toEqual({
      aggregationKeep: [
        { rules: 'all', labels: ['job'] },
        { rules: 'recording', labels: ['cluster', 'env'] },
      ],
      requiredLabels: [{ rules: 'alerting', metric: 'up', labels: ['job'] }],
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
    });
    expect(checkOptionsOf(undefined)).toEqual({});
    expect(checkOptionsOf(parsePromLintConfig('scope: all', 'c.yml'))).toEqual({});
  });

  it('reads max-range and alert-for as milliseconds', () => {
    const config = parsePromLintConfig('max-range: 6h\nalert-for: {min: 1m, max: 1h}', 'c.yml');
    expect(checkOptionsOf(config)).toEqual({
      maxRange: 21_600_000,
      alertFor: { min: 60_000, max: 3_600_000 },
    });
    expect(parsePromLintConfig('alert-for: {max: 2h}', 'c.yml').alertFor).toEqual({
      max: 7_200_000,
    });
  });

  it('takes one mapping where a list of one is meant', () => {
    const config = parsePromLintConfig('aggregation-keep: {labels: [job]}', 'c.yml');
    expect(config.aggregationKeep).toEqual([{ rules: 'all', labels: ['job'] }]);
  });

  it.each([
    [
      'aggregation-keep: [{rules: recording}]',
      "c.yml:1:20: every entry of 'aggregation-keep' needs 'labels'.",
    ],
    [
      'aggregation-keep: job',
      `c.yml:1:19: 'aggregation-keep' is "job"; expected a list of mappings.`,
    ],
    [
      'aggregation-keep: [{labels: [job], rule: recording}]',
      "c.yml:1:36: unknown key 'aggregation-keep.rule'. Did you mean 'aggregation-keep.rules'? Known keys of 'aggregation-keep': rules, labels.",
    ],
    [
      'aggregation-keep: [{labels: [job], rules: alerts}]',
      `c.yml:1:43: 'aggregation-keep.rules' is "alerts"; expected one of: alerting, recording, all.`,
    ],
    [
      'required-labels: [{labels: [job]}]',
      "c.yml:1:19: every entry of 'required-labels' needs 'metric'.",
    ],
    [
      "required-labels: [{metric: 'up(', labels: [job]}]",
      `c.yml:1:28: 'required-labels.metric' is "up("; expected a regular expression (RE2 syntax).`,
    ],
    [
      "reject: [{pattern: 'x'}]",
      "c.yml:1:10: the 'reject' entry for 'x' checks nothing; set label-keys, label-values, annotation-keys or annotation-values to true.",
    ],
    ['reject: [{label-keys: true}]', "c.yml:1:10: every entry of 'reject' needs 'pattern'."],
    [
      'max-range: 0s',
      `c.yml:1:12: 'max-range' is "0s"; expected a Prometheus duration such as 6h.`,
    ],
    ['alert-for: {min: 1h, max: 1m}', "c.yml:1:12: 'alert-for' has a min longer than its max."],
    [
      'alert-for: {minimum: 1m}',
      "c.yml:1:13: unknown key 'alert-for.minimum'. Known keys of 'alert-for': min, max.",
    ],
    [
      "reject: [{pattern: '(?P<x>a)', label-keys: true}]",
      `c.yml:1:20: 'reject.pattern' is "(?P<x>a)"; expected a regular expression (RE2 syntax).`,
    ],
  ])('refuses %j', (text, message) => {
    expect(() => parsePromLintConfig(text, 'c.yml')).toThrow(message);
  });
});

describe('the pint preset and the new convention keys', () => {
  it('conventions: pint turns on the three style checks pint runs by default, and nothing else', () => {
    const config = parsePromLintConfig('conventions: pint', 'c.yml');
    expect(config.conventionPreset).toBe('pint');
    expect(CONVENTION_PRESETS.pint).toEqual({
      ...CONVENTION_PRESETS.none,
      redundantFor: true,
      humanizeValue: true,
      smellyRegex: true,
    });
  });

  it('each can be set on its own', () => {
    expect(
      parsePromLintConfig(
        'conventions: {redundant-for: true, humanize-value: false, smelly-regex: true}',
        'c.yml',
      ).conventions,
    ).toEqual({ redundantFor: true, humanizeValue: false, smellyRegex: true });
  });

  it('are off by default and in the mixin preset', () => {
    for (const preset of [defaultPromLintSettings.conventions, CONVENTION_PRESETS.mixin]) {
      expect([preset.redundantFor, preset.humanizeValue, preset.smellyRegex]).toEqual([
        false,
        false,
        false,
      ]);
    }
  });
});

describe("pint's check names in comments", () => {
  it.each([
    ['alerts/for', ['conventions/redundant-for']],
    ['promql/aggregate', ['promql/aggregation-keep']],
    ['promql/fragile', ['alerts/topk', 'alerts/unguarded-aggregation']],
    ['promql/impossible', ['promql/dead-code']],
    ['promql/selector', ['promql/required-labels']],
    ['promql/range_query', ['promql/max-range']],
    ['rule/for', ['alerts/for-range']],
    ['rule/reject', ['rules/reject']],
  ])('# pint disable %s silences %j', (name, patterns) => {
    expect(resolveCheckName('pint', name, [])).toEqual({ patterns });
  });

  it('every pint name maps to checks that exist', () => {
    for (const targets of Object.values(PINT_CHECKS))
      for (const target of targets)
        expect([
          ...WARNING_CHECKS,
          'rulefmt/yaml',
          'promql/syntax',
          'promql/type',
          'promql/experimental',
          'template/syntax',
        ]).toContain(target);
  });

  const file = [
    'groups:',
    '- name: alerts',
    '  rules:',
    '  # pint disable alerts/for',
    '  - alert: ServiceIsDown',
    '    expr: up{job="a"} == 0',
    '    for: 0s',
    '  - alert: Other',
    '    expr: up{job="b"} == 0',
    '    for: 0s',
  ].join('\n');

  it('# pint disable alerts/for gives no notice that Prometheus would refuse the rule', () => {
    for (const conventions of [CONVENTION_PRESETS.none, CONVENTION_PRESETS.pint]) {
      const settings = { ...defaultPromLintSettings, conventions };
      const { findings } = lintRuleFiles([{ path: 'r.yml', text: file }], { settings });
      expect(findings.filter((f) => f.severity === 'notice')).toEqual([]);
      expect(findings.map((f) => f.message).join('\n')).not.toContain('would refuse');
    }
  });

  it('and silences the for: 0s of its rule only', () => {
    const settings = { ...defaultPromLintSettings, conventions: CONVENTION_PRESETS.pint };
    const { findings, stats } = lintRuleFiles([{ path: 'r.yml', text: file }], { settings });
    expect(findings.map((f) => [f.line, f.check])).toEqual([[10, 'conventions/redundant-for']]);
    expect(stats.suppressed).toBe(1);
  });
});

describe('docs links', () => {
  it('the new checks have an anchor of their own; the others link to the section', () => {
    expect(checkDocsAnchor('promql/dead-code')).toBe('check-promql-dead-code');
    expect(checkDocsAnchor('promql/irate-in-alert')).toBe('prom-lint-prometheus-rules');
    expect(checkDocsAnchor('promql/syntax')).toBe('prom-lint-prometheus-rules');
    expect(checkDocsAnchor('no/such-check')).toBeUndefined();
    expect(checkDocsLink('rules/reject', 'https://github.com/o/kaizen-gates/', 'v1')).toBe(
      'https://github.com/o/kaizen-gates/blob/v1/README.md#check-rules-reject',
    );
  });
});

describe('the README', () => {
  it('has the anchor every docs link points at', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    for (const check of ANCHORED_CHECKS)
      expect(readme, check).toContain(`<a id="${checkDocsAnchor(check) ?? ''}"></a>\`${check}\``);
    expect(readme).toContain('## prom-lint: Prometheus rules');
  });
});
