import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { notARuleFile } from '../../src/gates/prom-lint/load/rule-file-kind.js';
import { cli } from '../support/cli.js';

const prometheusConfig = [
  'global:',
  '  scrape_interval: 15s',
  'rule_files:',
  '  - rules/*.yml',
  'scrape_configs:',
  '  - job_name: node',
  '    static_configs:',
  "      - targets: ['localhost:9100']",
].join('\n');
const alertmanagerConfig = 'route:\n  receiver: team\nreceivers:\n  - name: team\n';
const unitTests =
  'rule_files:\n  - alerts.yml\nevaluation_interval: 1m\ntests:\n  - interval: 1m\n';
const rules = 'groups:\n  - name: g\n    rules:\n      - alert: Down\n        expr: up == 0\n';

describe('notARuleFile', () => {
  it.each([
    ['a Prometheus configuration', prometheusConfig, 'a Prometheus configuration, not a rule file'],
    [
      'an Alertmanager configuration',
      alertmanagerConfig,
      'an Alertmanager configuration, not a rule file',
    ],
    ['a promtool unit-test file', unitTests, 'a promtool unit-test file, not a rule file'],
    ['other YAML', 'name: x\nversion: 2\n', 'no groups: key (top-level keys: name, version)'],
  ])('says %s is not a rule file', (_, text, reason) => {
    expect(notARuleFile(text)).toBe(reason);
  });

  it.each([
    ['a rule file', rules],
    ['an empty file', ''],
    ['a JSON rule file', '{"groups": []}'],
    ['a PrometheusRule', 'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nspec: {}\n'],
    ['a ConfigMap of rule files', 'kind: ConfigMap\ndata:\n  a.yml: |\n    groups: []\n'],
    ['a file with only comments', '# nothing yet\n'],
  ])('takes %s for a rule file', (_, text) => {
    expect(notARuleFile(text)).toBeUndefined();
  });
});

describe('prom-lint on a monitoring/ folder', () => {
  const cwd = process.cwd();
  afterEach(() => process.chdir(cwd));

  it('lints the rule files, lists the other YAML files as skipped, and lints a file named explicitly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaizen-monitoring-'));
    mkdirSync(join(dir, 'monitoring'));
    writeFileSync(join(dir, 'monitoring/prometheus.yml'), prometheusConfig);
    writeFileSync(join(dir, 'monitoring/alertmanager.yml'), alertmanagerConfig);
    writeFileSync(join(dir, 'monitoring/tests.yml'), unitTests);
    writeFileSync(join(dir, 'monitoring/alerts.yml'), rules);
    process.chdir(dir);
    const folder = await cli(['prom-lint', 'monitoring/']);
    expect(folder.code).toBe(0);
    expect(folder.stdout).toMatch(/PASS/);
    expect(folder.stdout).toContain('`monitoring/prometheus.yml` (a Prometheus configuration');
    expect(folder.stdout).toContain('`monitoring/tests.yml` (a promtool unit-test file');
    const named = await cli(['prom-lint', 'monitoring/prometheus.yml']);
    expect(named.code).toBe(1);
    expect(named.stdout).toContain('field global not found in type rulefmt.RuleGroups');
  });
});
