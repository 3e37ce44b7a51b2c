import { describe, expect, it } from 'vitest';
import { normalizeDashboard } from '../../../src/gates/dashboard-diff/model/index.js';
import { isRecord } from '../../../src/gates/dashboard-diff/model/json.js';
import type { JsonPath } from '../../../src/gates/dashboard-diff/types.js';
import { classic, clone, readJson, v2 } from './support.js';

// The v2beta1 twin of dotdc's Nodes dashboard, written by model/classic-to-v2.py (SOURCES.md).
const classicJson = readJson('dotdc/k8s-views-nodes.json');
const v2Spec = readJson('model/k8s-views-nodes.v2.json');

/** The model without what a v2 file cannot carry (uid and schemaVersion live outside the spec). */
function twinView(model: unknown): unknown {
  return JSON.parse(
    JSON.stringify(model, (key, value: unknown) =>
      key === 'source' ||
      key === 'noise' ||
      key === 'schemaVersion' ||
      (key === 'uid' && typeof value === 'string' && !value.startsWith('$'))
        ? undefined
        : value,
    ),
  );
}

function at(root: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((value, step) => {
    if (Array.isArray(value) && typeof step === 'number') return value[step];
    if (isRecord(value) && typeof step === 'string') return value[step];
    return undefined;
  }, root);
}

describe('normalizeDashboard on a v2 dashboard', () => {
  const fromClassic = normalizeDashboard(classic(classicJson));
  const fromV2 = normalizeDashboard(v2(v2Spec));

  it('gives the same model as its classic twin: panels, rows, queries, variables, settings, view', () => {
    expect(fromV2.panels).toHaveLength(35);
    expect(fromV2.rows.map((row) => row.title)).toEqual([
      'Overview',
      'Resources',
      'System',
      'Network',
      'Kubernetes Storage',
      'Node Storage',
    ]);
    expect(twinView(fromV2)).toEqual(twinView(fromClassic));
    expect(fromV2.schemaVersion).toBeUndefined();
  });

  it('points panels and queries at their place in the v2 spec', () => {
    const panel = fromV2.panels.find((p) => p.title === 'List of pods on node ($node)');
    expect(panel?.source).toEqual(['elements', 'panel-5']);
    const query = panel?.queries[0];
    expect(query?.source).toEqual(['elements', 'panel-5', 'spec', 'data', 'spec', 'queries', 0]);
    expect(at(v2Spec, query?.source ?? [])).toMatchObject({
      kind: 'PanelQuery',
      spec: { refId: 'A' },
    });
    expect(fromV2.variables[1]?.source).toEqual(['variables', 1]);
    expect(at(v2Spec, fromV2.rows[2]?.source ?? [])).toMatchObject({ spec: { title: 'System' } });
  });

  it('reads a collapsed v2 row as a view change only', () => {
    const collapsed = clone(v2Spec);
    const rows = at(collapsed, ['layout', 'spec', 'rows']);
    if (!Array.isArray(rows)) throw new Error('fixture has no rows');
    for (const row of rows) if (isRecord(row) && isRecord(row.spec)) row.spec.collapse = true;
    const model = normalizeDashboard(v2(collapsed));
    expect(model.panels).toEqual(fromV2.panels);
    expect(Object.values(model.view.collapsed)).toEqual([true, true, true, true, true, true]);
  });

  it('flattens tabs into rows titled by the tab, and nested rows as "Tab / Row"', () => {
    const tabbed = clone(v2Spec);
    const rows = at(tabbed, ['layout', 'spec', 'rows']);
    if (!Array.isArray(rows)) throw new Error('fixture has no rows');
    tabbed.layout = {
      kind: 'TabsLayout',
      spec: {
        tabs: [
          {
            kind: 'TabsLayoutTab',
            spec: {
              title: 'Node',
              layout: { kind: 'RowsLayout', spec: { rows: rows.slice(0, 3) } },
            },
          },
          {
            kind: 'TabsLayoutTab',
            spec: { title: 'Disks', layout: { kind: 'RowsLayout', spec: { rows: rows.slice(3) } } },
          },
        ],
      },
    };
    const model = normalizeDashboard(v2(tabbed));
    expect(model.rows.map((row) => row.title)).toEqual([
      'Node',
      'Node / Overview',
      'Node / Resources',
      'Node / System',
      'Disks',
      'Disks / Network',
      'Disks / Kubernetes Storage',
      'Disks / Node Storage',
    ]);
    expect(model.panels.map((panel) => panel.title)).toEqual(
      fromV2.panels.map((panel) => panel.title),
    );
    expect(model.panels.find((panel) => panel.title === 'System Load')?.row).toBe('Node / System');
  });

  it('places an AutoGridLayout in reading order, maxColumnCount to a line', () => {
    const auto = clone(v2Spec);
    auto.layout = {
      kind: 'AutoGridLayout',
      spec: {
        maxColumnCount: 2,
        columnWidthMode: 'standard',
        rowHeightMode: 'short',
        items: ['panel-7', 'panel-13', 'panel-24'].map((name) => ({
          kind: 'AutoGridLayoutItem',
          spec: { element: { kind: 'ElementReference', name } },
        })),
      },
    };
    const model = normalizeDashboard(v2(auto));
    expect(model.rows).toEqual([]);
    expect(model.panels.map((panel) => [panel.title, panel.grid])).toEqual([
      ['CPU  Usage', { x: 0, y: 0, w: 12, h: 5 }],
      ['RAM Usage', { x: 12, y: 0, w: 12, h: 5 }],
      ['Pods on node', { x: 0, y: 5, w: 12, h: 5 }],
    ]);
  });

  it('reads v2alpha1 GridLayoutRow items and query kinds', () => {
    const spec = {
      title: 'alpha',
      elements: {
        a: {
          kind: 'Panel',
          spec: {
            id: 1,
            title: 'Up',
            description: '',
            links: [],
            data: {
              kind: 'QueryGroup',
              spec: {
                queries: [
                  {
                    kind: 'PanelQuery',
                    spec: {
                      refId: 'A',
                      hidden: false,
                      datasource: { type: 'prometheus', uid: 'prom' },
                      query: { kind: 'prometheus', spec: { expr: 'up' } },
                    },
                  },
                ],
                transformations: [],
                queryOptions: {},
              },
            },
            vizConfig: {
              kind: 'timeseries',
              spec: {
                pluginVersion: '11.5.0',
                options: {},
                fieldConfig: { defaults: {}, overrides: [] },
              },
            },
          },
        },
      },
      layout: {
        kind: 'GridLayout',
        spec: {
          // As in Grafana's v2alpha1 example: a row listed before a free item, at a y below it.
          items: [
            {
              kind: 'GridLayoutRow',
              spec: {
                y: 20,
                collapsed: true,
                title: 'Health',
                elements: [
                  {
                    kind: 'GridLayoutItem',
                    spec: {
                      x: 0,
                      y: 0,
                      width: 12,
                      height: 8,
                      element: { kind: 'ElementReference', name: 'a' },
                    },
                  },
                ],
              },
            },
            {
              kind: 'GridLayoutItem',
              spec: {
                x: 0,
                y: 2,
                width: 24,
                height: 10,
                element: { kind: 'ElementReference', name: 'a' },
              },
            },
          ],
        },
      },
    };
    const model = normalizeDashboard(v2(spec));
    // The free item stays above; the row's header goes right below it (Grafana compacts the
    // grid upwards), its item one unit under the header.
    expect(model.rows).toMatchObject([{ key: 'Health', collapsed: true, y: 12 }]);
    expect(model.panels.map((panel) => [panel.key, panel.row, panel.grid])).toEqual([
      ['Up', undefined, { x: 0, y: 2, w: 24, h: 10 }],
      ['Health / Up', 'Health', { x: 0, y: 13, w: 12, h: 8 }],
    ]);
    expect(model.panels.slice(1)).toMatchObject([
      {
        type: 'timeseries',
        row: 'Health',
        datasource: { type: 'prometheus', uid: 'prom' },
        queries: [
          {
            refId: 'A',
            expr: 'up',
            exprField: 'expr',
            datasource: { type: 'prometheus', uid: 'prom' },
          },
        ],
        fields: {},
      },
    ]);
  });
});
