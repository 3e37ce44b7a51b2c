import { describe, expect, it } from 'vitest';
import { normalizeDashboard } from '../../../src/gates/dashboard-diff/model/index.js';
import { canonical, isRecord } from '../../../src/gates/dashboard-diff/model/json.js';
import {
  classic,
  clone,
  comparable,
  corpusFiles,
  everyPanel,
  loadOne,
  readJson,
  seeded,
  shuffleKeys,
  v2,
} from './support.js';

const files = corpusFiles();

describe('normalizeDashboard on the real corpus', () => {
  it('finds the 8 current dashboards and the 24 revisions', () => {
    expect(files).toHaveLength(32);
  });

  it.each(files)('%s: every panel is modelled, rows apart, in canonical key order', (file) => {
    const json = readJson(file);
    const model = normalizeDashboard(classic(json, file));
    const sourcePanels = everyPanel(json);
    const rowCount = sourcePanels.filter((panel) => panel.type === 'row').length;
    expect(model.rows).toHaveLength(rowCount);
    expect(model.panels).toHaveLength(sourcePanels.length - rowCount);
    expect(model.schemaVersion).toBe(json.schemaVersion);
    expect(model.title).toBe(json.title);
    expect(new Set(model.panels.map((panel) => panel.key)).size).toBe(model.panels.length);
    // Canonical: re-sorting the keys changes nothing, so JSON texts compare.
    expect(JSON.stringify(model)).toBe(JSON.stringify(canonical(model)));
    // Every query got its effective datasource (dotdc dashboards always name one).
    for (const panel of model.panels) {
      for (const query of panel.queries) expect(query.datasource).toBeDefined();
    }
    // Export wrappers and volatile fields were counted, not modelled.
    expect(model.noise['volatile field']).toBeGreaterThan(0);
    expect(model.settings).not.toHaveProperty('__inputs');
    expect(model.settings).not.toHaveProperty('version');
  });

  it.each(files)(
    '%s: the same model whatever the key order (seeded shuffle at every depth)',
    (file) => {
      const json = readJson(file);
      const expected = JSON.stringify(normalizeDashboard(classic(json)));
      for (const seed of [1, 2, 3]) {
        const shuffled = shuffleKeys(json, seeded(seed));
        if (!isRecord(shuffled)) throw new Error('shuffle lost the object');
        expect(JSON.stringify(Object.keys(shuffled))).not.toBe(JSON.stringify(Object.keys(json)));
        expect(JSON.stringify(normalizeDashboard(classic(shuffled)))).toBe(expected);
      }
    },
  );

  it.each(files)(
    '%s: the same model when only volatile fields change and ids are renumbered',
    (file) => {
      const json = readJson(file);
      const changed = clone(json);
      changed.id = 4242;
      changed.version = Number(json.version ?? 0) + 17;
      changed.iteration = 1_700_000_000_000;
      changed.gnetId = 15759;
      const panels = everyPanel(changed);
      // Consistent renumbering: every id mapped to a new one, in reverse order.
      panels.forEach((panel, index) => {
        panel.id = 1000 - index;
        if (panel.type !== 'row') panel.pluginVersion = '12.3.0';
      });
      const before = normalizeDashboard(classic(json));
      const after = normalizeDashboard(classic(changed));
      expect(comparable(after, { keys: false })).toEqual(comparable(before, { keys: false }));
      // The ids themselves are kept (volatile, but the diff matches panels by them first).
      expect(after.panels.map((panel) => panel.id)).not.toEqual(
        before.panels.map((panel) => panel.id),
      );
      expect(after.noise['volatile field']).toBeGreaterThan(before.noise['volatile field'] ?? 0);
    },
  );

  it.each(files)('%s: the same model with or without the export-for-sharing wrapper', (file) => {
    const exported = readJson(file);
    expect(exported).toHaveProperty('__inputs');
    const plain = clone(exported);
    delete plain.__inputs;
    delete plain.__requires;
    delete plain.__elements;
    plain.id = 17;
    expect(comparable(normalizeDashboard(classic(plain)))).toEqual(
      comparable(normalizeDashboard(classic(exported))),
    );
  });

  it.each(files)('%s: collapsing every row moves no panel (only the view changes)', (file) => {
    const json = readJson(file);
    const collapsed = collapseAllRows(json);
    const before = normalizeDashboard(classic(json));
    const after = normalizeDashboard(classic(collapsed));
    expect(after.panels.map((panel) => comparable(panel))).toEqual(
      before.panels.map((panel) => comparable(panel)),
    );
    expect(after.rows.map(({ key, title, y }) => ({ key, title, y }))).toEqual(
      before.rows.map(({ key, title, y }) => ({ key, title, y })),
    );
    expect(Object.values(after.view.collapsed).every(Boolean)).toBe(true);
  });
});

/**
 * Collapses every expanded row as Grafana's `toggleRow` does: the panels under the row move
 * into its `panels`, and everything below moves up by the height they took.
 */
function collapseAllRows(json: Record<string, unknown>): Record<string, unknown> {
  const out = clone(json);
  const source = Array.isArray(out.panels) ? out.panels.filter(isRecord) : [];
  const result: Record<string, unknown>[] = [];
  let shift = 0;
  let current: Record<string, unknown> | undefined;
  let currentTop = 0;
  let currentBottom = 0;
  const close = (): void => {
    if (current && current.collapsed !== true) {
      current.collapsed = true;
      shift += Math.max(0, currentBottom - currentTop);
    }
  };
  for (const panel of source) {
    const gridPos = isRecord(panel.gridPos) ? panel.gridPos : {};
    const y = Number(gridPos.y ?? 0);
    const h = Number(gridPos.h ?? 0);
    if (panel.type === 'row') {
      close();
      current = panel;
      currentTop = y + 1;
      currentBottom = y + 1;
      panel.gridPos = { ...gridPos, y: y - shift };
      if (panel.collapsed !== true) panel.panels = [];
      result.push(panel);
    } else if (current && current.collapsed !== true && Array.isArray(current.panels)) {
      current.panels.push(panel);
      currentBottom = Math.max(currentBottom, y + h);
    } else {
      panel.gridPos = { ...gridPos, y: y - shift };
      result.push(panel);
    }
  }
  close();
  out.panels = result;
  return out;
}

describe('wrappers and Kubernetes metadata (through the real loader)', () => {
  const file = 'dotdc/k8s-views-pods.json';
  const json = readJson(file);
  const plain = comparable(normalizeDashboard(classic(json)));
  const resource = (metadata: Record<string, unknown>): string =>
    JSON.stringify({
      apiVersion: 'dashboard.grafana.app/v1beta1',
      kind: 'Dashboard',
      metadata,
      spec: json,
    });

  it.each([
    [
      'the API wrapper',
      JSON.stringify({
        dashboard: json,
        meta: { slug: 'pods', version: 12, created: '2024-01-01T00:00:00Z' },
      }),
    ],
    [
      'a Kubernetes resource',
      resource({ name: 'k8s_views_pods', resourceVersion: '1', generation: 1 }),
    ],
    [
      'the same resource saved again',
      resource({
        name: 'k8s_views_pods',
        resourceVersion: '98431',
        generation: 7,
        creationTimestamp: '2025-03-01T10:00:00Z',
        annotations: { 'grafana.app/updatedBy': 'user:42' },
      }),
    ],
  ])("%s gives the plain dashboard's model", (_name, text) => {
    expect(comparable(normalizeDashboard(loadOne('wrapped.json', text)))).toEqual(plain);
  });

  it('the v2 twin gives the same model whatever its key order', () => {
    const spec = readJson('model/k8s-views-nodes.v2.json');
    const expected = JSON.stringify(normalizeDashboard(v2(spec)));
    const shuffled = shuffleKeys(spec, seeded(7));
    if (!isRecord(shuffled)) throw new Error('shuffle lost the object');
    expect(JSON.stringify(normalizeDashboard(v2(shuffled)))).toBe(expected);
  });
});
