/**
 * Dashboard-level changes on a real dashboard (title, tags, time settings, links, variables), and
 * view state: what Grafana's save dialog offers to keep or not (time range,
 * refresh, selected variable values, collapsed rows) is reported apart, in `viewChanges`, and
 * collapsing a row (Grafana moves its panels inside the row) moves no panel.
 */
import { describe, expect, it } from 'vitest';
import { changeLine, corpusText, diffTexts } from './corpus.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const NAME = 'dotdc/k8s-views-global.json';
const text = corpusText(NAME);

function parse(): { [key: string]: Json } {
  const value = JSON.parse(text) as Json;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('not an object');
  return value;
}

function objects(value: Json | undefined): { [key: string]: Json }[] {
  return Array.isArray(value)
    ? value.filter(
        (item): item is { [key: string]: Json } =>
          typeof item === 'object' && item !== null && !Array.isArray(item),
      )
    : [];
}

describe('view state of k8s-views-global', () => {
  it('reports time range and refresh apart from the changes', () => {
    const dashboard = parse();
    dashboard.time = { from: 'now-24h', to: 'now' };
    dashboard.refresh = '5m';
    const diff = diffTexts(NAME, text, `${JSON.stringify(dashboard, null, 2)}\n`);
    expect(diff.changes).toEqual([]);
    expect(diff.viewChanges.map((c) => c.subject)).toEqual(['time range', 'refresh']);
    expect(diff.viewChanges[1]).toMatchObject({ area: 'view', before: '30s', after: '5m' });
    expect(diff.status).toBe('modified');
  });

  it('reports a collapsed row as view state only, its panels not moved', () => {
    const dashboard = parse();
    const panels = objects(dashboard.panels);
    const rowIndex = panels.findIndex(
      (panel) => panel.type === 'row' && panel.title === 'Resources',
    );
    const nextRow = panels.findIndex((panel, index) => index > rowIndex && panel.type === 'row');
    const row = panels[rowIndex];
    if (!row || nextRow < 0) throw new Error('no Resources row followed by another row');
    // What Grafana saves for a collapsed row: its panels inside it, the rows below moved up.
    const children = panels.slice(rowIndex + 1, nextRow);
    row.collapsed = true;
    row.panels = children;
    dashboard.panels = [...panels.slice(0, rowIndex + 1), ...panels.slice(nextRow)];
    const collapsed = `${JSON.stringify(dashboard, null, 2)}\n`;
    // And expanding it again (the other direction) is the same one view change.
    const expanded = diffTexts(NAME, collapsed, text);
    expect(expanded.changes.map(changeLine)).toEqual([]);
    expect(expanded.viewChanges.map(changeLine)).toEqual([
      'view modified subject="row Resources collapsed": true → false',
    ]);
    const diff = diffTexts(NAME, text, collapsed);
    expect(diff.changes.map(changeLine)).toEqual([]);
    expect(diff.viewChanges.map(changeLine)).toEqual([
      'view modified subject="row Resources collapsed": false → true',
    ]);
  });
});

describe('variables of k8s-views-global', () => {
  it('reports a variable moved to the front as the one move', () => {
    const dashboard = parse();
    const templating = dashboard.templating;
    if (typeof templating !== 'object' || templating === null || Array.isArray(templating))
      throw new Error('no templating');
    const list = objects(templating.list);
    const last = list[list.length - 1];
    if (!last || list.length < 3) throw new Error('too few variables');
    templating.list = [last, ...list.slice(0, -1)];
    const diff = diffTexts(NAME, text, `${JSON.stringify(dashboard, null, 2)}\n`);
    expect(diff.changes.map(changeLine)).toEqual([
      `variable moved subject=${JSON.stringify(last.name)}: ${list.length} → 1`,
    ]);
  });
});

describe('dashboard settings of k8s-views-global', () => {
  it('reports title, tags, timezone and a link, each once', () => {
    const dashboard = parse();
    dashboard.title = 'Kubernetes / Global';
    dashboard.tags = [...(Array.isArray(dashboard.tags) ? dashboard.tags : []), 'team-sre'];
    dashboard.timezone = 'utc';
    dashboard.links = [
      ...objects(dashboard.links),
      { title: 'Runbook', type: 'link', url: 'https://runbooks.example/k8s', icon: 'doc' },
    ];
    const headText = `${JSON.stringify(dashboard, null, 2)}\n`;
    const diff = diffTexts(NAME, text, headText);
    expect(diff.changes.map((c) => [c.area, c.kind, c.field ?? c.subject])).toEqual([
      ['dashboard', 'renamed', 'title'],
      ['dashboard', 'modified', 'tags'],
      ['time', 'modified', 'timezone'],
      ['link', 'added', 'Runbook'],
    ]);
    expect(diff.dashboard).toBe('Kubernetes / Global');
    // Lines point into the head file: the title change at the dashboard's own title.
    const headLines = headText.split('\n');
    expect(headLines[(diff.changes[0]?.line ?? 0) - 1]).toContain('"title": "Kubernetes / Global"');
    expect(headLines[(diff.changes[2]?.line ?? 0) - 1]).toContain('"timezone": "utc"');
  });
});

describe('rows of k8s-views-global', () => {
  it('reports a renamed row once, its panels neither moved nor re-added', () => {
    const dashboard = parse();
    const row = objects(dashboard.panels).find(
      (panel) => panel.type === 'row' && panel.title === 'Resources',
    );
    if (!row) throw new Error('no Resources row');
    row.title = 'Compute';
    const diff = diffTexts(NAME, text, `${JSON.stringify(dashboard, null, 2)}\n`);
    expect(diff.changes.map(changeLine)).toEqual([
      'row renamed subject="Compute" field=title: "Resources" → "Compute"',
    ]);
  });

  it('reports a row dragged to the bottom with its panels as one row move', () => {
    const dashboard = parse();
    const panels = objects(dashboard.panels);
    const start = panels.findIndex((panel) => panel.type === 'row' && panel.title === 'Kubernetes');
    const end = panels.findIndex((panel, index) => index > start && panel.type === 'row');
    if (start < 0 || end < 0) throw new Error('no Kubernetes row followed by another row');
    const yOf = (panel: { [key: string]: Json }): number => {
      const grid = panel.gridPos;
      return typeof grid === 'object' &&
        grid !== null &&
        !Array.isArray(grid) &&
        typeof grid.y === 'number'
        ? grid.y
        : 0;
    };
    const shift = (panel: { [key: string]: Json }, by: number): void => {
      const grid = panel.gridPos;
      if (typeof grid === 'object' && grid !== null && !Array.isArray(grid))
        grid.y = yOf(panel) + by;
    };
    const section = panels.slice(start, end);
    const after = panels.slice(end);
    const height = yOf(panels[end] ?? {}) - yOf(panels[start] ?? {});
    const afterHeight = Math.max(...after.map((panel) => yOf(panel))) + 10 - yOf(panels[end] ?? {});
    for (const panel of after) shift(panel, -height);
    for (const panel of section) shift(panel, afterHeight);
    dashboard.panels = [...panels.slice(0, start), ...after, ...section];
    const diff = diffTexts(NAME, text, `${JSON.stringify(dashboard, null, 2)}\n`);
    expect(diff.changes.map(changeLine)).toEqual(['row moved subject="Kubernetes"']);
    expect(diff.hidden['shifted panel']).toBeGreaterThan(0);
  });

  it('reports a row added at the bottom, and nothing else', () => {
    const dashboard = parse();
    const panels = objects(dashboard.panels);
    const bottom = Math.max(
      ...panels.map((panel) => {
        const grid = panel.gridPos;
        return typeof grid === 'object' &&
          grid !== null &&
          !Array.isArray(grid) &&
          typeof grid.y === 'number' &&
          typeof grid.h === 'number'
          ? grid.y + grid.h
          : 0;
      }),
    );
    dashboard.panels = [
      ...panels,
      {
        id: 999,
        type: 'row',
        title: 'Storage',
        collapsed: false,
        panels: [],
        gridPos: { x: 0, y: bottom, w: 24, h: 1 },
      },
    ];
    const diff = diffTexts(NAME, text, `${JSON.stringify(dashboard, null, 2)}\n`);
    expect(diff.changes.map(changeLine)).toEqual(['row added subject="Storage"']);
  });
});

describe('panel identity on k8s-views-global', () => {
  function renamed(renumber: boolean): string[] {
    const dashboard = parse();
    const panels = objects(dashboard.panels);
    const target = panels.find((panel) => panel.title === 'Cluster CPU Utilization');
    if (!target) throw new Error('no Cluster CPU Utilization panel');
    target.title = 'CPU utilisation of the cluster';
    if (renumber) for (const panel of panels) if (typeof panel.id === 'number') panel.id += 1000;
    const diff = diffTexts(NAME, text, `${JSON.stringify(dashboard, null, 2)}\n`);
    return diff.changes.map(changeLine);
  }

  it('reports a renamed panel as renamed, not removed and added', () => {
    expect(renamed(false)).toEqual([
      'panel renamed "CPU utilisation of the cluster" field=title: "Cluster CPU Utilization" → "CPU utilisation of the cluster"',
    ]);
  });

  it('still does when every id was renumbered in the same save', () => {
    expect(renamed(true)).toEqual([
      'panel renamed "CPU utilisation of the cluster" field=title: "Cluster CPU Utilization" → "CPU utilisation of the cluster"',
    ]);
  });
});
