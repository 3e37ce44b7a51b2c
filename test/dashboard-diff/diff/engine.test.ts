import { describe, expect, it } from 'vitest';
import { diffDashboards } from '../../../src/gates/dashboard-diff/diff/diff-dashboards.js';
import type { DashboardChange } from '../../../src/gates/dashboard-diff/types.js';
import { dashboard, panel, query, row, side } from './build-model.js';

const brief = (changes: DashboardChange[]): string[] =>
  changes.map((c) =>
    [c.area, c.kind, c.panel, c.subject, c.field].filter((x) => x !== undefined).join(' '),
  );

/** Two columns of three panels each, 8 high. */
function grid6() {
  return [
    panel(1, 'CPU', { x: 0, y: 0, w: 12, h: 8 }),
    panel(2, 'Memory', { x: 12, y: 0, w: 12, h: 8 }),
    panel(3, 'Disk', { x: 0, y: 8, w: 12, h: 8 }),
    panel(4, 'Network', { x: 12, y: 8, w: 12, h: 8 }),
    panel(5, 'Pods', { x: 0, y: 16, w: 12, h: 8 }),
    panel(6, 'Nodes', { x: 12, y: 16, w: 12, h: 8 }),
  ];
}

describe('diffDashboards (hand-built models)', () => {
  it('finds nothing between a dashboard and itself', () => {
    const d = diffDashboards(side(dashboard(grid6())), side(dashboard(grid6())));
    expect(d.changes).toEqual([]);
    expect(d.status).toBe('unchanged');
  });

  it('reports one added panel inserted at the top, and the shifted ones as noise', () => {
    const head = [
      panel(9, 'New', { x: 0, y: 0, w: 24, h: 5 }),
      ...grid6().map((p) => ({ ...p, grid: { ...p.grid, y: p.grid.y + 5 } })),
    ];
    const d = diffDashboards(side(dashboard(grid6())), side(dashboard(head)));
    expect(brief(d.changes)).toEqual(['panel added New']);
    expect(d.hidden['shifted panel']).toBe(6);
    expect(d.layout.after.filter((b) => b.status !== 'unchanged').map((b) => b.title)).toEqual([
      'New',
    ]);
  });

  it('reports a resized panel as resized only, not the ones pushed down', () => {
    const head = grid6().map((p) =>
      p.id === 1
        ? { ...p, grid: { ...p.grid, h: 12 } }
        : p.grid.x === 0 && p.grid.y > 0
          ? { ...p, grid: { ...p.grid, y: p.grid.y + 4 } }
          : p,
    );
    const d = diffDashboards(side(dashboard(grid6())), side(dashboard(head)));
    expect(brief(d.changes)).toEqual(['panel resized CPU gridPos']);
    expect(d.changes[0]?.before).toEqual({ w: 12, h: 8 });
    expect(d.changes[0]?.after).toEqual({ w: 12, h: 12 });
  });

  it('reports two swapped panels as moved', () => {
    const head = grid6().map((p) =>
      p.id === 1
        ? { ...p, grid: { ...p.grid, y: 8 } }
        : p.id === 3
          ? { ...p, grid: { ...p.grid, y: 0 } }
          : p,
    );
    const d = diffDashboards(side(dashboard(grid6())), side(dashboard(head)));
    expect(brief(d.changes)).toEqual(['panel moved Disk gridPos', 'panel moved CPU gridPos']);
  });

  it('reports one panel dragged from the top to the bottom of its column as the only move', () => {
    const head = grid6().map((p) =>
      p.id === 1
        ? { ...p, grid: { ...p.grid, y: 16 } }
        : p.grid.x === 0
          ? { ...p, grid: { ...p.grid, y: p.grid.y - 8 } }
          : p,
    );
    const d = diffDashboards(side(dashboard(grid6())), side(dashboard(head)));
    expect(brief(d.changes)).toEqual(['panel moved CPU gridPos']);
  });

  it('pairs panels by content when ids are renumbered, even with similar neighbours', () => {
    const head = grid6().map((p) => ({
      ...p,
      id: (p.id ?? 0) + 100,
      key: `id:${(p.id ?? 0) + 100}`,
    }));
    const d = diffDashboards(side(dashboard(grid6())), side(dashboard(head)));
    expect(d.changes).toEqual([]);
    expect(d.hidden['panel id renumbered']).toBe(6);
  });

  it('tells apart duplicate titles by id, then by similarity', () => {
    const cpu = panel(
      1,
      'Usage',
      { x: 0, y: 0, w: 12, h: 8 },
      { queries: [query('A', 'sum(rate(cpu_seconds_total[5m]))')] },
    );
    const memory = panel(
      2,
      'Usage',
      { x: 12, y: 0, w: 12, h: 8 },
      { queries: [query('A', 'sum(memory_bytes)')] },
    );
    const base = [cpu, memory];
    const head = [
      { ...cpu, id: 7, key: 'id:7', queries: [query('A', 'sum(rate(cpu_seconds_total[1m]))')] },
      { ...memory, id: 8, key: 'id:8' },
    ];
    const d = diffDashboards(side(dashboard(base)), side(dashboard(head)));
    expect(brief(d.changes)).toEqual(['query modified Usage A expr']);
    expect(d.changes[0]?.textDiff).toContain('+sum(rate(cpu_seconds_total[1m]))');
  });

  it('matches overrides by matcher and names the property', () => {
    const fields = (color: string) => ({
      fieldConfig: {
        defaults: { unit: 'bytes' },
        overrides: [
          {
            matcher: { id: 'byName', options: 'mem' },
            properties: [{ id: 'unit', value: 'bytes' }],
          },
          {
            matcher: { id: 'byName', options: 'cpu' },
            properties: [{ id: 'color', value: { mode: 'fixed', fixedColor: color } }],
          },
        ],
      },
    });
    const base = [panel(1, 'CPU', { x: 0, y: 0, w: 12, h: 8 }, { fields: fields('red') })];
    const headFields = fields('blue');
    headFields.fieldConfig.overrides.reverse();
    headFields.fieldConfig.defaults.unit = 'percent';
    const head = [panel(1, 'CPU', { x: 0, y: 0, w: 12, h: 8 }, { fields: headFields })];
    const d = diffDashboards(side(dashboard(base)), side(dashboard(head)));
    expect(d.changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ['unit', 'bytes', 'percent'],
      ['overrides[byName=cpu].color.fixedColor', 'red', 'blue'],
    ]);
  });

  it('moves a panel to another row', () => {
    const base = [
      panel(1, 'A', { x: 0, y: 1, w: 12, h: 8 }, { row: 'One' }),
      panel(2, 'B', { x: 0, y: 10, w: 12, h: 8 }, { row: 'Two' }),
    ];
    const head = [
      panel(1, 'A', { x: 0, y: 10, w: 12, h: 8 }, { row: 'Two' }),
      panel(2, 'B', { x: 0, y: 18, w: 12, h: 8 }, { row: 'Two' }),
    ];
    const rows = [row('One', 0), row('Two', 9)];
    const d = diffDashboards(side(dashboard(base, { rows })), side(dashboard(head, { rows })));
    expect(brief(d.changes)).toEqual(['panel moved A row']);
    expect(d.changes[0]).toMatchObject({ before: 'One', after: 'Two' });
  });
});

describe('schema migrations (hand-built models)', () => {
  const box = { x: 0, y: 0, w: 12, h: 8 };

  it('gives a panel migrated from graph one migrated change and hides its option churn', () => {
    const base = panel(1, 'CPU', box, {
      migrations: ['graph → timeseries'],
      fields: { yaxes: [{ format: 'percent' }], lines: true },
    });
    const head = panel(1, 'CPU', box, {
      fields: { fieldConfig: { defaults: { unit: 'percent' } } },
    });
    const d = diffDashboards(side(dashboard([base])), side(dashboard([head])));
    expect(d.changes.map((c) => [c.kind, c.field, c.after])).toEqual([
      ['migrated', 'schema', ['graph → timeseries']],
    ]);
    expect(d.hidden['schema migration']).toBe(3);
  });

  it('still reports a query edited in the same save', () => {
    const base = panel(1, 'CPU', box, { migrations: ['graph → timeseries'] });
    const head = panel(1, 'CPU', box, { queries: [query('A', 'up{panel="CPU"} == 0')] });
    const d = diffDashboards(side(dashboard([base])), side(dashboard([head])));
    expect(brief(d.changes)).toEqual(['panel migrated CPU schema', 'query modified CPU A expr']);
  });
});
