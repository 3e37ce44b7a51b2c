import { describe, expect, it } from 'vitest';
import { normalizeDashboard } from '../../../src/gates/dashboard-diff/model/index.js';
import type { GridBox } from '../../../src/gates/dashboard-diff/types.js';
import { classic, readJson } from './support.js';

/*
 * Cases of Grafana's own test of the rows → grid migration, "when migrating to the grid
 * layout" in public/app/features/dashboard/state/DashboardMigrator.test.ts (grafana/grafana):
 * each legacy dashboard is built the way that test's `createRow` builds it (heights in grid
 * units of 40 px, panels as `[span, height?]`), and `grafana` is the top-level grid that test
 * expects (row panels marked). A classic dashboard laid out exactly like Grafana's result must
 * give the same model as the legacy one.
 */
interface LegacyRow {
  height: number;
  panels: number[][];
  collapse?: boolean;
  showTitle?: boolean;
  title?: string;
  repeat?: string;
  repeatIteration?: number;
}

type Expected = GridBox & { row?: true };

interface Case {
  name: string;
  rows: LegacyRow[];
  grafana: Expected[];
  /** The panels Grafana puts inside each collapsed row (not part of its expected list). */
  collapsedChildren?: GridBox[][];
}

const PX = 40; // GRID_CELL_HEIGHT + GRID_CELL_VMARGIN, as createRow multiplies

const g = (x: number, y: number, w: number, h: number): GridBox => ({ x, y, w, h });
const r = (y: number): Expected => ({ x: 0, y, w: 24, h: 8, row: true });

const CASES: Case[] = [
  {
    name: 'should create proper grid',
    rows: [{ height: 8, panels: [[6], [6]] }],
    grafana: [g(0, 0, 12, 8), g(12, 0, 12, 8)],
  },
  {
    name: 'should add special "row" panel if row has visible title',
    rows: [
      { showTitle: true, title: 'Row', height: 8, panels: [[6], [6]] },
      { height: 8, panels: [[12]] },
    ],
    grafana: [r(0), g(0, 1, 12, 8), g(12, 1, 12, 8), r(9), g(0, 10, 24, 8)],
  },
  {
    name: 'should not add "row" panel if row has not visible title or not collapsed',
    rows: [
      { collapse: true, height: 8, panels: [[12]] },
      { height: 8, panels: [[12]] },
      { height: 8, panels: [[12], [6], [6]] },
      { collapse: true, height: 8, panels: [[12]] },
    ],
    grafana: [
      r(0),
      r(1),
      g(0, 2, 24, 8),
      r(10),
      g(0, 11, 24, 8),
      g(0, 19, 12, 8),
      g(12, 19, 12, 8),
      r(27),
    ],
    collapsedChildren: [[g(0, 1, 24, 8)], [g(0, 28, 24, 8)]],
  },
  {
    name: 'should add all rows if even one collapsed or titled row is present',
    rows: [
      { collapse: true, height: 8, panels: [[6], [6]] },
      { height: 8, panels: [[12]] },
    ],
    grafana: [r(0), r(1), g(0, 2, 24, 8)],
    collapsedChildren: [[g(0, 1, 12, 8), g(12, 1, 12, 8)]],
  },
  {
    name: 'should properly place panels with fixed height',
    rows: [
      { height: 6, panels: [[6], [6, 3], [6, 3]] },
      { height: 6, panels: [[4], [4], [4, 3], [4, 3]] },
    ],
    grafana: [
      g(0, 0, 12, 6),
      g(12, 0, 12, 3),
      g(12, 3, 12, 3),
      g(0, 6, 8, 6),
      g(8, 6, 8, 6),
      g(16, 6, 8, 3),
      g(16, 9, 8, 3),
    ],
  },
  {
    name: 'should place panel to the right side of panel having bigger height',
    rows: [{ height: 6, panels: [[4], [2, 3], [4, 6], [2, 3], [2, 3]] }],
    grafana: [g(0, 0, 8, 6), g(8, 0, 4, 3), g(12, 0, 8, 6), g(20, 0, 4, 3), g(20, 3, 4, 3)],
  },
  {
    name: 'should fill current row if it possible',
    rows: [{ height: 9, panels: [[4], [2, 3], [4, 6], [2, 3], [2, 3], [8, 3]] }],
    grafana: [
      g(0, 0, 8, 9),
      g(8, 0, 4, 3),
      g(12, 0, 8, 6),
      g(20, 0, 4, 3),
      g(20, 3, 4, 3),
      g(8, 6, 16, 3),
    ],
  },
  {
    name: 'should fill current row if panel height more than row height',
    rows: [{ height: 6, panels: [[4], [2, 3], [4, 8], [2, 3], [2, 3]] }],
    grafana: [g(0, 0, 8, 6), g(8, 0, 4, 3), g(12, 0, 8, 8), g(20, 0, 4, 3), g(20, 3, 4, 3)],
  },
  {
    name: 'should wrap panels to multiple rows',
    rows: [{ height: 6, panels: [[6], [6], [12], [6], [3], [3]] }],
    grafana: [
      g(0, 0, 12, 6),
      g(12, 0, 12, 6),
      g(0, 6, 24, 6),
      g(0, 12, 12, 6),
      g(12, 12, 6, 6),
      g(18, 12, 6, 6),
    ],
  },
  {
    name: 'should add repeated row if repeat set',
    rows: [
      { showTitle: true, title: 'Row', height: 8, repeat: 'server', panels: [[6]] },
      { height: 8, panels: [[12]] },
    ],
    grafana: [r(0), g(0, 1, 12, 8), r(9), g(0, 10, 24, 8)],
  },
];

function legacyDashboard(rows: LegacyRow[]): Record<string, unknown> {
  let id = 1;
  return {
    schemaVersion: 14,
    title: 'legacy',
    rows: rows.map(({ height, panels, ...row }) => ({
      ...row,
      height: height * PX,
      panels: panels.map(([span, panelHeight]) => ({
        id: id++,
        type: 'text',
        title: `panel ${String(id - 1)}`,
        span,
        ...(panelHeight === undefined ? {} : { height: panelHeight * PX }),
      })),
    })),
  };
}

/** The classic dashboard Grafana's expected grid describes, with the same panels. */
function grafanaResult(test: Case): Record<string, unknown> {
  const grid = [...test.grafana];
  const collapsed = [...(test.collapsedChildren ?? [])];
  const showRows = test.rows.some((row) => row.collapse || row.showTitle || row.repeat);
  const panels: Record<string, unknown>[] = [];
  let id = 1;
  const panel = (box: GridBox | undefined): Record<string, unknown> => ({
    id: id,
    type: 'text',
    title: `panel ${String(id++)}`,
    gridPos: box,
  });
  for (const row of test.rows) {
    if (showRows) {
      const header = grid.shift();
      const rowPanel: Record<string, unknown> = {
        type: 'row',
        title: row.title,
        collapsed: row.collapse === true,
        gridPos: header,
        panels: [],
      };
      if (row.repeat) rowPanel.repeat = row.repeat;
      panels.push(rowPanel);
      if (row.collapse) {
        rowPanel.panels = (collapsed.shift() ?? []).map((box) => panel(box));
        continue;
      }
    }
    row.panels.forEach(() => panels.push(panel(grid.shift())));
  }
  expect(grid).toEqual([]);
  return { schemaVersion: 16, title: 'legacy', panels };
}

describe('legacy rows[] are laid out as Grafana migrates them (schemaVersion 16)', () => {
  it.each(CASES)('$name', (test) => {
    const legacy = normalizeDashboard(classic(legacyDashboard(test.rows)));
    const migrated = normalizeDashboard(classic(grafanaResult(test)));
    expect(legacy.panels.map(({ grid, row, title }) => ({ grid, row, title }))).toEqual(
      migrated.panels.map(({ grid, row, title }) => ({ grid, row, title })),
    );
    expect(
      legacy.rows.map(({ key, y, collapsed, repeat }) => ({ key, y, collapsed, repeat })),
    ).toEqual(
      migrated.rows.map(({ key, y, collapsed, repeat }) => ({ key, y, collapsed, repeat })),
    );
  });

  it('gives the grid Grafana expects when no row is collapsed', () => {
    const model = normalizeDashboard(classic(legacyDashboard(CASES[4]?.rows ?? [])));
    expect(model.panels.map((panel) => panel.grid)).toEqual(CASES[4]?.grafana);
  });

  it('drops a row generated by a row repeat (should ignore repeated row)', () => {
    const model = normalizeDashboard(
      classic(
        legacyDashboard([
          { showTitle: true, title: 'Row1', height: 8, repeat: 'server', panels: [[6]] },
          { showTitle: true, title: 'Row2', height: 8, repeatIteration: 12313, panels: [[6]] },
        ]),
      ),
    );
    expect(model.rows.map((row) => row.title)).toEqual(['Row1']);
    expect(model.panels).toHaveLength(1);
    expect(model.noise['repeat clone']).toBe(1);
  });
});

describe('a Grafana 4-era dashboard (legacy-rows.json)', () => {
  const json = readJson('model/legacy-rows.json');
  const model = normalizeDashboard(classic(json, 'legacy-rows.json'));

  it('reads rows, migrates panel types and datasource names, drops repeat clones', () => {
    expect(model.schemaVersion).toBe(12);
    expect(
      model.rows.map(({ key, y, collapsed, repeat }) => ({ key, y, collapsed, repeat })),
    ).toEqual([
      { key: 'Overview', y: 0, collapsed: false, repeat: undefined },
      { key: 'Per instance', y: 8, collapsed: true, repeat: undefined },
      { key: 'Overview#2', y: 23, collapsed: false, repeat: undefined },
    ]);
    expect(
      model.panels.map(({ key, title, type, row, grid, migrations }) => ({
        key,
        title,
        type,
        row,
        grid,
        migrations,
      })),
    ).toEqual([
      {
        key: 'id:1',
        title: 'Requests',
        type: 'timeseries',
        row: 'Overview',
        grid: { x: 0, y: 1, w: 16, h: 7 },
        migrations: ['graph → timeseries', 'datasource name "Prometheus" → {type, uid}'],
      },
      {
        key: 'id:2',
        title: 'Up',
        type: 'stat',
        row: 'Overview',
        grid: { x: 16, y: 1, w: 8, h: 7 },
        migrations: ['singlestat → stat', 'datasource name "$datasource" → {type, uid}'],
      },
      // Grafana placed the clone beside CPU, so Mixed wrapped to the band below (y 16).
      {
        key: 'id:3',
        title: 'CPU',
        type: 'timeseries',
        row: 'Per instance',
        grid: { x: 0, y: 9, w: 12, h: 7 },
        migrations: ['graph → timeseries', 'datasource name "${datasource}" → {type, uid}'],
      },
      {
        key: 'id:5',
        title: 'Mixed',
        type: 'piechart',
        row: 'Per instance',
        grid: { x: 0, y: 16, w: 12, h: 7 },
        migrations: [
          'grafana-piechart-panel → piechart',
          'datasource name "-- Mixed --" → {type, uid}',
          'datasource name "$datasource" → {type, uid}',
          'datasource name "Loki" → {type, uid}',
        ],
      },
      // Below the collapsed row's body as if expanded: 8 + 1 + 14 = 23, the row; 24, its panel.
      {
        key: 'id:6',
        title: 'Notes',
        type: 'text',
        row: 'Overview#2',
        grid: { x: 0, y: 24, w: 24, h: 8 },
        migrations: [],
      },
    ]);
    expect(model.noise['repeat clone']).toBe(1);
  });

  it('gives each query its effective datasource', () => {
    const byTitle = new Map(model.panels.map((panel) => [panel.title, panel]));
    const requests = byTitle.get('Requests');
    expect(requests?.datasource).toEqual({ uid: 'Prometheus' });
    expect(requests?.queries.map((q) => [q.refId, q.datasource, q.expr])).toEqual([
      ['A', { uid: 'Prometheus' }, 'sum(rate(http_requests_total[5m]))'],
      ['B', { uid: 'Prometheus' }, 'sum(rate(http_requests_total{code=~"5.."}[5m]))'],
    ]);
    const mixed = byTitle.get('Mixed');
    expect(mixed?.datasource).toEqual({ type: 'datasource', uid: '-- Mixed --' });
    expect(mixed?.queries.map((q) => q.datasource)).toEqual([
      { type: 'prometheus', uid: '${datasource}' },
      { uid: 'Loki' },
      undefined,
    ]);
    expect(byTitle.get('Up')?.queries[0]?.datasource).toEqual({
      type: 'prometheus',
      uid: '${datasource}',
    });
  });
});
