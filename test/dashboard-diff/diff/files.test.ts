/**
 * diffDashboardFiles on real dashboards packed the way Kubernetes users ship them: ConfigMaps in a
 * multi-document YAML file, each holding one corpus dashboard as a JSON string.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { diffDashboardFiles } from '../../../src/gates/dashboard-diff/diff/index.js';
import { loadDashboardFile } from '../../../src/gates/dashboard-diff/load/index.js';
import type { LoadedFile } from '../../../src/gates/dashboard-diff/types.js';
import { corpusText } from './corpus.js';

const GLOBAL_OLD = corpusText('dotdc-history/k8s-views-global/01-48ff3f4.json');
const GLOBAL_NEW = corpusText('dotdc-history/k8s-views-global/00-42a9975.json');
const NODES = corpusText('dotdc/k8s-views-nodes.json');
const PODS = corpusText('dotdc/k8s-views-pods.json');

/** A multi-document YAML file of ConfigMaps, one per dashboard text. */
function configMaps(file: string, dashboards: Record<string, string>): LoadedFile {
  const text = Object.entries(dashboards)
    .map(([name, json]) =>
      stringify({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name, namespace: 'monitoring' },
        data: { [`${name}.json`]: json },
      }),
    )
    .join('---\n');
  const loaded = loadDashboardFile(file, text);
  expect(loaded.problems).toEqual([]);
  expect(loaded.dashboards).toHaveLength(Object.keys(dashboards).length);
  return loaded;
}

describe('diffDashboardFiles', () => {
  it('pairs dashboards by uid whatever their order in the file', () => {
    const base = configMaps('dashboards.yaml', { global: GLOBAL_OLD, nodes: NODES });
    const head = configMaps('dashboards.yaml', { nodes: NODES, global: GLOBAL_NEW });
    const diffs = diffDashboardFiles(base, head);
    expect(diffs.map((d) => [d.dashboard, d.status, d.changes.length])).toEqual([
      ['Kubernetes / Views / Nodes', 'unchanged', 0],
      ['Kubernetes / Views / Global', 'modified', 8],
    ]);
    expect(diffs.every((d) => d.baseFile === undefined)).toBe(true);
  });

  it('reports a dashboard added to and one removed from the file', () => {
    const base = configMaps('dashboards.yaml', { global: GLOBAL_NEW, nodes: NODES });
    const head = configMaps('dashboards.yaml', { global: GLOBAL_NEW, pods: PODS });
    const diffs = diffDashboardFiles(base, head);
    expect(diffs.map((d) => [d.dashboard, d.status])).toEqual([
      ['Kubernetes / Views / Global', 'unchanged'],
      ['Kubernetes / Views / Pods', 'added'],
      ['Kubernetes / Views / Nodes', 'removed'],
    ]);
    const removed = diffs[2];
    expect(removed?.changes.map((c) => [c.area, c.kind, c.subject])).toEqual([
      ['dashboard', 'removed', 'Kubernetes / Views / Nodes'],
    ]);
    expect(removed?.layout.after).toEqual([]);
    expect(removed?.layout.before.every((b) => b.status === 'removed')).toBe(true);
  });

  it('follows a renamed file and names the base file', () => {
    const base = diffDashboardFiles(
      loadDashboardFile('old/global.json', GLOBAL_OLD),
      loadDashboardFile('dashboards/global.json', GLOBAL_NEW),
    );
    expect(base.map((d) => [d.file, d.baseFile, d.changes.length])).toEqual([
      ['dashboards/global.json', 'old/global.json', 8],
    ]);
  });

  it('diffs a deleted file as every dashboard removed, and a new one as added', () => {
    const file = loadDashboardFile('global.json', GLOBAL_NEW);
    expect(diffDashboardFiles(file, undefined).map((d) => d.status)).toEqual(['removed']);
    expect(diffDashboardFiles(undefined, file).map((d) => d.status)).toEqual(['added']);
  });
});
