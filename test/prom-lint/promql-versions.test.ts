/**
 * The Prometheus release the PromQL checks follow (`prometheus-version`) and the PromQL feature
 * flags (`enable-features`): how they are read, and what each changes. Which release changed
 * what is cited in src/gates/prom-lint/promql/versions.ts; promql-conformance.test.ts checks the
 * 2.42 behaviour against the real promtool 2.42.
 */
import { describe, expect, it } from 'vitest';
import { parsePromLintConfig } from '../../src/gates/prom-lint/config-file.js';
import { readPromLintInputs } from '../../src/gates/prom-lint/inputs.js';
import { lintRuleFiles } from '../../src/gates/prom-lint/lint.js';
import { defaultPromLintSettings } from '../../src/gates/prom-lint/settings.js';
import { checkPromQL, parsePromQL, selectors } from '../../src/gates/prom-lint/promql/index.js';
import { lezerText } from '../../src/gates/prom-lint/promql/parse-text.js';
import {
  CURRENT_PROMETHEUS,
  parsePrometheusVersion,
} from '../../src/gates/prom-lint/promql/versions.js';

const version = (text: string) => ({ prometheusVersion: parsePrometheusVersion(text) });
const messages = (expr: string, options = {}): string[] =>
  checkPromQL(expr, options).map((d) => d.message);

describe('parsePrometheusVersion', () => {
  it.each([
    ['2.42', { major: 2, minor: 42 }],
    ['v2.42.0', { major: 2, minor: 42 }],
    ['2.42.0+ds', { major: 2, minor: 42 }],
    ['2', { major: 2, minor: 55 }],
    ['2.x', { major: 2, minor: 55 }],
    ['2.10', { major: 2, minor: 33 }],
    ['3', CURRENT_PROMETHEUS],
    ['3.5', { major: 3, minor: 5 }],
  ])('reads %s', (text, expected) => {
    expect(parsePrometheusVersion(text)).toEqual(expected);
  });
  it.each([['1.8'], ['4'], ['latest'], [''], ['3.']])('refuses %j', (text) => {
    expect(parsePrometheusVersion(text)).toBeUndefined();
  });
});

describe('the text the grammar reads', () => {
  it.each([
    ['5.', '5 '],
    ['foo @ 3.', 'foo @ 3 '],
    ['5.e3', '5e03'],
    ['5.e-3 + 1', '5e-03 + 1'],
    ['offset{step="1s"}[5m]', 'offse_{step="1s"}[5m]'],
    ['sum(offset) + offset', 'sum(offse_) + offse_'],
    ['holt_winters(x[5m], 0.5, 0.5)', 'day_of_month(x[5m], 0.5, 0.5)'],
  ])('rewrites %s, keeping the length', (text, expected) => {
    expect(lezerText(text)).toBe(expected);
  });
  it.each([
    ['x offset 5m'],
    ['rate(x[5m]) offset 1h'],
    ['x{a="5."} # 5. offset'],
    ['1.5 + .5'],
    ['2.5.'],
    ['foo5. + 1'],
  ])('leaves %s as it is', (text) => {
    expect(lezerText(text)).toBe(text);
  });
  it('reads a metric called offset by its own name', () => {
    expect(selectors(parsePromQL('offset{step="1s"}[5m]')).map((s) => s.metricName)).toEqual([
      'offset',
    ]);
  });
});

describe('what each release accepts', () => {
  it('takes bare numbers as seconds from 3.0 only', () => {
    expect(messages('rate(x[300] offset 3600)')).toEqual([]);
    expect(messages('rate(x[300])', version('2.55'))).toEqual([
      'missing unit character in duration',
    ]);
  });
  it('takes quoted names from 3.0 only', () => {
    expect(messages('sum by ("a.b") ({"x.y"})')).toEqual([]);
    expect(messages('{"x.y"}', version('2'))[0]).toMatch(/^unexpected string/u);
  });
  it('knows each function from the release it arrived in to the one that removed it', () => {
    expect(messages('histogram_avg(x)', version('2.50'))).toEqual([
      'unknown function with name "histogram_avg"',
    ]);
    expect(messages('histogram_avg(x)', version('2.51'))).toEqual([]);
    expect(messages('holt_winters(x[5m], 0.5, 0.5)', version('2.55'))).toEqual([]);
    expect(messages('holt_winters(x[5m], 0.5, 0.5)', version('3.0'))).toEqual([
      'unknown function with name "holt_winters"',
    ]);
    expect(messages('limitk(2, x)', version('2.42'))).toEqual([
      'unknown function with name "limitk"',
    ]);
  });
  it('needs no flag for what a release made the default, and names the flag before', () => {
    for (const expr of ['x[1m * 2]', 'x[5m] smoothed', 'first_over_time(x[5m])'])
      expect(messages(expr), expr).toEqual([]);
    expect(checkPromQL('x[1m * 2]', version('3.13')).map((d) => d.check)).toEqual([
      'promql/experimental',
    ]);
    expect(messages('x[1m * 2]', { ...version('3.13'), durationExpressions: true })).toEqual([]);
    expect(messages('x[5m] smoothed', version('3.15'))).toEqual([
      'the smoothed modifier is experimental and not enabled',
    ]);
    expect(
      messages('x[5m] smoothed', { ...version('3.15'), extendedRangeSelectors: true }),
    ).toEqual([]);
  });
  it('refuses a flag a 2.x release does not have', () => {
    expect(messages('x[1m * 2]', { ...version('2.55'), durationExpressions: true })).toEqual([
      'duration expressions are not supported before Prometheus 3',
    ]);
    expect(messages('a + fill(0) b', { ...version('2.55'), fillModifiers: true })).toEqual([
      'fill modifiers are experimental and not enabled',
    ]);
  });
});

describe('prometheus-version and enable-features, from the file and the inputs', () => {
  const inputs =
    (values: Record<string, string>) =>
    (name: string): string =>
      values[name] ?? '';

  it('reads the release as the file writes it (2.50 is not 2.5)', () => {
    const config = parsePromLintConfig(
      'prometheus-version: 2.50\nenable-features: [promql-duration-expr]\n',
      'c.yml',
    );
    expect(config.prometheusVersion).toEqual({ major: 2, minor: 50 });
    expect(config.enableFeatures).toEqual(['promql-duration-expr']);
    const read = readPromLintInputs(inputs({}), config);
    expect(read.settings.promql).toEqual({
      prometheusVersion: { major: 2, minor: 50 },
      durationExpressions: true,
      extendedRangeSelectors: false,
      fillModifiers: false,
    });
    // Prometheus 2 checks names with the legacy pattern.
    expect(read.legacyNames).toBe(true);
  });

  it('lets the inputs override the file', () => {
    const config = parsePromLintConfig('prometheus-version: "2.42"\n', 'c.yml');
    const read = readPromLintInputs(
      inputs({
        'prometheus-version': '3.13',
        'enable-features': 'promql-experimental-functions, promql-binop-fill-modifiers',
      }),
      config,
    );
    expect(read.settings.promql?.prometheusVersion).toEqual({ major: 3, minor: 13 });
    expect(read.settings.promql?.fillModifiers).toBe(true);
    expect(read.experimentalFunctions).toBe(true);
    expect(read.legacyNames).toBe(false);
  });

  it('leaves the settings alone when neither is set', () => {
    expect(readPromLintInputs(inputs({})).settings.promql).toBeUndefined();
  });

  it.each([
    [
      'prometheus-version: latest',
      'c.yml:1:21: \'prometheus-version\' is "latest"; expected a Prometheus release such as 3.16, 3 or 2.42.',
    ],
    [
      'enable-features: [promql-at-modifier]',
      "c.yml:1:19: 'enable-features' has 'promql-at-modifier'; expected one of: promql-experimental-functions, promql-duration-expr, promql-extended-range-selectors, promql-binop-fill-modifiers.",
    ],
  ])('refuses %j in the file', (text, message) => {
    expect(() => parsePromLintConfig(text, 'c.yml')).toThrow(message);
  });

  it('refuses an unreadable input, naming it', () => {
    expect(() => readPromLintInputs(inputs({ 'prometheus-version': '4.0' }))).toThrow(
      "'prometheus-version' is '4.0'; expected a Prometheus release such as 3.16, 3 or 2.42.",
    );
    expect(() => readPromLintInputs(inputs({ 'enable-features': 'promql-foo' }))).toThrow(
      "'enable-features' has 'promql-foo'",
    );
  });
});

describe('the prometheus-version setting reaches the linter', () => {
  const file = [
    'groups:',
    '  - name: g',
    '    rules:',
    '      - record: job:x:rate5m',
    '        expr: rate(x[300])',
  ].join('\n');
  const lint = (prometheusVersion?: string): string[] =>
    lintRuleFiles(
      [{ path: 'rules.yml', text: file }],
      prometheusVersion === undefined
        ? {}
        : {
            settings: {
              ...defaultPromLintSettings,
              promql: version(prometheusVersion),
            },
          },
    ).findings.map((finding) => finding.message);

  it('judges a duration without a unit as 2.42 does (an error) and as 3.x does (valid)', () => {
    expect(lint('2.42')).toEqual([expect.stringMatching(/missing unit character in duration/)]);
    expect(lint()).toEqual([]);
  });
});
