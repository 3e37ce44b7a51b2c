/**
 * The prom-lint configuration file: every key read into its setting, every mistake a
 * ConfigurationError naming file, line, column and key (with the nearest key for typos), inputs
 * over the file over the defaults, the default file found without an input, and the example
 * configuration actually changing what the gate reports.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePromLintConfig, type PromLintConfig } from '../../src/gates/prom-lint/config-file.js';
import { readPromLintInputs, settingsOf } from '../../src/gates/prom-lint/inputs.js';
import { lintRuleFiles } from '../../src/gates/prom-lint/lint.js';
import { readPromLintConfigFile } from '../../src/gates/prom-lint/run.js';
import { defaultPromLintSettings } from '../../src/gates/prom-lint/settings.js';
import { isConfigurationError } from '../../src/shared/errors.js';
import type { InputSource } from '../../src/shared/inputs.js';

const root = resolve(import.meta.dirname, '../..');
const EXAMPLE = join(root, 'examples/prom-lint/.kaizen-gates/prom-lint.yml');

const inputs =
  (values: Record<string, string>): InputSource =>
  (name) =>
    values[name] ?? '';

describe('parsePromLintConfig', () => {
  it('reads every key of the example into its setting', () => {
    const config = parsePromLintConfig(readFileSync(EXAMPLE, 'utf8'), 'prom-lint.yml');
    expect(config).toEqual({
      path: 'prom-lint.yml',
      paths: ['valid/*.rules.yml', 'broken/*.rules.yaml'],
      scope: 'auto',
      legacyNames: false,
      experimentalFunctions: false,
      disabled: ['alerts/absent-without-for'],
      scrapeInterval: 30,
      conventionPreset: 'mixin',
      conventions: {
        severities: ['critical', 'warning', 'info'],
        summary: true,
        description: true,
        runbookUrl: false,
        alertNames: true,
        recordNames: true,
      },
    } satisfies PromLintConfig);
  });

  it.each([
    ['', { path: 'c.yml' }],
    ['# nothing set yet\n', { path: 'c.yml' }],
    ['paths: rules/*.yml', { path: 'c.yml', paths: ['rules/*.yml'] }],
    ['scrape-interval: 1m30s', { path: 'c.yml', scrapeInterval: 90 }],
    ['scrape-interval: 500ms', { path: 'c.yml', scrapeInterval: 0.5 }],
    ['disabled: []', { path: 'c.yml', disabled: [] }],
    [
      'disabled: [conventions/*, promql/irate-in-alert]',
      { path: 'c.yml', disabled: ['conventions/*', 'promql/irate-in-alert'] },
    ],
    ['conventions: {severities: []}', { path: 'c.yml', conventions: { severities: [] } }],
    ['scope: changed-files', { path: 'c.yml', scope: 'changed-files' }],
    ['base: &on true\nlegacy-names: *on', undefined],
  ])('reads %j', (text, expected) => {
    if (expected === undefined) {
      expect(() => parsePromLintConfig(text, 'c.yml')).toThrow(/unknown key 'base'/);
    } else {
      expect(parsePromLintConfig(text, 'c.yml')).toEqual(expected);
    }
  });

  it.each([
    [
      'legacy_names: true',
      "c.yml:1:1: unknown key 'legacy_names'. Did you mean 'legacy-names'? Known keys: paths, legacy-names, experimental-functions, prometheus-version, enable-features, scope, disabled, scrape-interval, max-range, alert-for, aggregation-keep, required-labels, reject, conventions.",
    ],
    [
      'scrapeInterval: 30s',
      /^c\.yml:1:1: unknown key 'scrapeInterval'\. Did you mean 'scrape-interval'\?/,
    ],
    ['summary: false', /^c\.yml:1:1: unknown key 'summary'\. It belongs under 'conventions:'\./],
    [
      'conventions:\n  runbook_url: true',
      /^c\.yml:2:3: unknown key 'conventions\.runbook_url'\. Did you mean 'conventions\.runbook-url'\? Known keys of 'conventions': preset, severities,/,
    ],
    ['colour: blue', /^c\.yml:1:1: unknown key 'colour'\. Known keys: /],
    ['legacy-names: yes', `c.yml:1:15: 'legacy-names' is "yes"; expected true or false.`],
    [
      'experimental-functions: 1',
      `c.yml:1:25: 'experimental-functions' is 1; expected true or false.`,
    ],
    [
      'scope: changed',
      'c.yml:1:8: \'scope\' is "changed"; expected one of: auto, changed-files, all.',
    ],
    [
      'scrape-interval: 30',
      "c.yml:1:18: 'scrape-interval' is 30; expected a Prometheus duration such as 30s or 1m.",
    ],
    [
      'scrape-interval: 0s',
      /^c\.yml:1:18: 'scrape-interval' is "0s"; expected a Prometheus duration/,
    ],
    ['scrape-interval: 30 s', /^c\.yml:1:18: 'scrape-interval' is "30 s"/],
    ['paths:\n  - a.yml\n  - 3', `c.yml:3:5: 'paths' has 3; expected a non-empty string.`],
    ['paths: []', `c.yml:1:8: 'paths' is an empty list.`],
    ['paths:', `c.yml:1:7: 'paths' has no value.`],
    ['paths: {a: b}', `c.yml:1:8: 'paths' is a mapping; expected a list of strings.`],
    [
      'disabled:\n  - conventions/summary\n  - Irate In Alert',
      "c.yml:3:5: 'disabled' has 'Irate In Alert'; expected a check name such as promql/irate-in-alert or a family such as conventions/*.",
    ],
    [
      'conventions: true',
      `c.yml:1:14: 'conventions' is true; expected a preset (none, mixin, pint) or a map of conventions.`,
    ],
    [
      'conventions:\n  preset: kube',
      `c.yml:2:11: 'conventions.preset' is "kube"; expected a preset (none, mixin, pint) or a map of conventions.`,
    ],
    [
      'conventions:\n  summary: "no"',
      `c.yml:2:12: 'conventions.summary' is "no"; expected true or false.`,
    ],
    [
      'conventions:\n  severities: [critical, 2]',
      `c.yml:2:26: 'conventions.severities' has 2; expected a non-empty string.`,
    ],
    ['- paths', 'c.yml:1:1: the file is a list; expected a mapping.'],
    ['1: true', 'c.yml:1:1: keys are strings; found 1.'],
    ['paths: [a\n', /^c\.yml:2:1: not a valid YAML file: /],
    ['scope: all\nscope: all', /^c\.yml:2:1: not a valid YAML file: Map keys must be unique/],
    ['paths: a\n---\npaths: b', /^c\.yml:2:1: not a valid YAML file: /],
  ])('refuses %j', (text, message) => {
    let caught: unknown;
    try {
      parsePromLintConfig(text, 'c.yml');
    } catch (error) {
      caught = error;
    }
    expect(isConfigurationError(caught)).toBe(true);
    if (typeof message === 'string') expect((caught as Error).message).toBe(message);
    else expect((caught as Error).message).toMatch(message);
  });
});

describe('inputs over the configuration file over the defaults', () => {
  const config = parsePromLintConfig(
    [
      'paths: [rules/*.yml]',
      'legacy-names: true',
      'scope: all',
      'disabled: [conventions/*]',
      'scrape-interval: 1m',
      'conventions: {runbook-url: true, severities: [page, ticket]}',
    ].join('\n'),
    '.kaizen-gates/prom-lint.yml',
  );

  it('takes the file where no input is set', () => {
    const read = readPromLintInputs(inputs({}), config);
    expect(read).toMatchObject({
      paths: ['rules/*.yml'],
      pathsFrom: "paths' in '.kaizen-gates/prom-lint.yml",
      defaultPaths: false,
      legacyNames: true,
      experimentalFunctions: false,
      scope: 'all',
      configPath: '.kaizen-gates/prom-lint.yml',
    });
    expect(read.settings).toEqual({
      disabled: ['conventions/*'],
      scrapeInterval: 60,
      conventions: {
        ...defaultPromLintSettings.conventions,
        runbookUrl: true,
        severities: ['page', 'ticket'],
      },
    });
  });

  it('lets every input that is set override the file', () => {
    const read = readPromLintInputs(
      inputs({ paths: 'a.yml\nb.yml', 'legacy-names': 'false', scope: 'changed-files' }),
      config,
    );
    expect(read).toMatchObject({
      paths: ['a.yml', 'b.yml'],
      pathsFrom: 'paths',
      legacyNames: false,
      scope: 'changed-files',
    });
  });

  it('falls back to the defaults without a file', () => {
    const read = readPromLintInputs(inputs({}));
    expect(read).toMatchObject({ defaultPaths: true, legacyNames: false, scope: 'auto' });
    expect(read.settings).toBe(defaultPromLintSettings);
    expect(settingsOf(undefined)).toBe(defaultPromLintSettings);
    expect(() => readPromLintInputs(inputs({ scope: 'some' }))).toThrow(
      "Input 'scope' is 'some'; expected one of: auto, changed-files, all.",
    );
  });

  it('changes what the lint reports: the example turns absent-without-for off', () => {
    const file = join(root, 'examples/prom-lint/valid/prometheus.rules.yml');
    const rules = [{ path: file, text: readFileSync(file, 'utf8') }];
    const example = parsePromLintConfig(readFileSync(EXAMPLE, 'utf8'), EXAMPLE);
    const before = lintRuleFiles(rules).findings.filter(
      (f) => f.check === 'alerts/absent-without-for',
    );
    const after = lintRuleFiles(rules, { settings: settingsOf(example) }).findings;
    expect(before).toHaveLength(2);
    expect(after.filter((f) => f.check === 'alerts/absent-without-for')).toEqual([]);
  });
});

describe('readPromLintConfigFile', () => {
  const io = (existing: Record<string, string>) => ({
    fileExists: (path: string) => Promise.resolve(path in existing),
    readFile: (path: string) => Promise.resolve(existing[path] ?? ''),
  });

  it('reads the file the input names, and only that one', async () => {
    const config = await readPromLintConfigFile(
      inputs({ config: 'ci/lint.yml' }),
      io({ 'ci/lint.yml': 'scope: all', '.kaizen-gates/prom-lint.yml': 'scope: changed-files' }),
    );
    expect(config).toEqual({ path: 'ci/lint.yml', scope: 'all' });
  });

  it('refuses a named file that does not exist', async () => {
    await expect(readPromLintConfigFile(inputs({ config: 'nope.yml' }), io({}))).rejects.toThrow(
      "Input 'config': the file 'nope.yml' does not exist.",
    );
  });

  it('finds the file in its default place, .yml or .yaml, and refuses both at once', async () => {
    expect(await readPromLintConfigFile(inputs({}), io({}))).toBeUndefined();
    expect(
      await readPromLintConfigFile(
        inputs({}),
        io({ '.kaizen-gates/prom-lint.yaml': 'scope: all' }),
      ),
    ).toEqual({ path: '.kaizen-gates/prom-lint.yaml', scope: 'all' });
    await expect(
      readPromLintConfigFile(
        inputs({}),
        io({ '.kaizen-gates/prom-lint.yml': '', '.kaizen-gates/prom-lint.yaml': '' }),
      ),
    ).rejects.toThrow(
      /^Both '.kaizen-gates\/prom-lint.yml' and '.kaizen-gates\/prom-lint.yaml' exist/,
    );
  });

  it('names the file and line of a mistake in the default file', async () => {
    await expect(
      readPromLintConfigFile(
        inputs({}),
        io({ '.kaizen-gates/prom-lint.yml': 'scope: all\nscop: all' }),
      ),
    ).rejects.toThrow(
      /^\.kaizen-gates\/prom-lint\.yml:2:1: unknown key 'scop'\. Did you mean 'scope'\?/,
    );
  });
});
