// The default glob is every .json file: what is not a dashboard must be told apart, with a reason,
// and never reported as a problem. The files here are this repository's own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDashboardFile } from '../../../src/gates/dashboard-diff/load/index.js';

function notDashboard(file: string, text: string): string | undefined {
  const loaded = loadDashboardFile(file, text);
  expect(loaded.dashboards).toEqual([]);
  expect(loaded.problems).toEqual([]);
  return loaded.notDashboard;
}

describe('real files of this repository', () => {
  it.each([
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'tsconfig.check.json', // JSON with comments
    'action.yml',
    'actions/dashboard-diff/action.yml',
    '.github/workflows/ci.yml',
  ])('%s is not a dashboard', (file) => {
    expect(notDashboard(file, readFileSync(file, 'utf8'))).toMatch(/./);
  });

  it('says why, naming what the file is', () => {
    // action.yml mentions dashboards in its descriptions: it gets as far as being parsed.
    const reason = notDashboard('action.yml', readFileSync('action.yml', 'utf8'));
    expect(reason).toMatch(/^an object without a dashboard's keys .*; its keys: name, description/);
    expect(notDashboard('package.json', readFileSync('package.json', 'utf8'))).toBe(
      'nothing in it looks like a dashboard (no panels, rows, schemaVersion, templating or elements)',
    );
  });

  it('does not report a JSONC file that mentions dashboards as invalid JSON', () => {
    const text = readFileSync('tsconfig.check.json', 'utf8').replace(
      '{',
      '{\n  // panels and rows of the dashboards are checked too',
    );
    expect(notDashboard('tsconfig.check.json', text)).toBe(
      "not valid JSON (invalid JSON: comments are not allowed in JSON, found '// panels and rows o' at line 2, column 3), and not a dashboard",
    );
  });
});

describe('files that share words with dashboards', () => {
  it('a JSON object with a panels array but nothing else of a dashboard', () => {
    expect(notDashboard('layout.json', '{"title": "Kitchen", "panels": ["oak", "pine"]}')).toMatch(
      /its keys: title, panels$/,
    );
  });

  it('a Helm values file', () => {
    const values = [
      'replicaCount: 1',
      'image:',
      '  repository: grafana/grafana',
      'dashboardProviders: {}',
      'sidecar:',
      '  dashboards:',
      '    enabled: true',
      '    label: grafana_dashboard',
      'grafana.ini:',
      '  panels:',
      '    disable_sanitize_html: false',
      '',
    ].join('\n');
    expect(notDashboard('values.yaml', values)).toMatch(
      /^an object without a dashboard's keys .*; its keys: replicaCount, image, dashboardProviders, sidecar, grafana.ini$/,
    );
  });

  it('other Kubernetes resources, in a stream', () => {
    const stream = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: grafana',
      '  annotations:',
      '    note: templating is done by the sidecar',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: grafana-datasources',
      'data:',
      '  datasources.json: \'{"apiVersion": 1, "datasources": [{"name": "Prometheus", "elements": 1}]}\'',
      '',
    ].join('\n');
    expect(notDashboard('k8s.yaml', stream)).toBe(
      'document 1: a Kubernetes Deployment (apps/v1), not a dashboard resource; document 2: ConfigMap grafana-datasources, key datasources.json holds JSON that is not a dashboard',
    );
  });

  it('a GrafanaDashboard that takes its dashboard from grafana.com', () => {
    const text =
      'apiVersion: grafana.integreatly.org/v1beta1\nkind: GrafanaDashboard\nmetadata:\n  name: node-exporter\nspec:\n  grafanaCom:\n    id: 1860\n  # panels come from grafana.com\n';
    expect(notDashboard('gd.yaml', text)).toBe(
      'GrafanaDashboard node-exporter holds no spec.json (its dashboard comes from spec.grafanaCom, which is not read)',
    );
  });
});
