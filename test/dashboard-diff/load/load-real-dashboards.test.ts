import { describe, expect, it } from 'vitest';
import { loadDashboardFile } from '../../../src/gates/dashboard-diff/load/index.js';
import { isRecord } from '../../../src/shared/is-record.js';
import { classicJson, expectLine, fixture, panelsOf, realDashboardFiles } from './fixtures.js';

// Every real dashboard of the corpus: the current dotdc set and 24 consecutive revisions.
describe.each(realDashboardFiles())('%s', (path) => {
  const text = fixture(path);
  const file = `test/fixtures/dashboard-diff/${path}`;
  const loaded = loadDashboardFile(file, text);

  it('loads as one classic dashboard, unchanged, without problems', () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.notDashboard).toBeUndefined();
    expect(loaded.dashboards).toHaveLength(1);
    const [dashboard] = loaded.dashboards;
    expect(dashboard?.file).toBe(file);
    expect(dashboard?.location).toBe('');
    expect(classicJson(dashboard)).toEqual(JSON.parse(text));
    // dotdc publishes exports for sharing: every revision carries __inputs.
    expect(dashboard?.containers).toEqual(text.includes('"__inputs"') ? ['export'] : ['dashboard']);
  });

  it('gives the lines of the dashboard title and of panels, queries and grid positions', () => {
    const dashboard = loaded.dashboards[0];
    const json = classicJson(dashboard);
    expectLine(text, dashboard?.lineOf(['title']), `"title": ${JSON.stringify(json.title)}`);
    const panels = panelsOf(json);
    expect(panels.length).toBeGreaterThan(3);
    for (const index of [0, Math.floor(panels.length / 2), panels.length - 1]) {
      const panel = panels[index] ?? {};
      expectLine(
        text,
        dashboard?.lineOf(['panels', index, 'title']),
        `"title": ${JSON.stringify(panel.title)}`,
      );
      expectLine(
        text,
        dashboard?.lineOf(['panels', index, 'gridPos', 'y']),
        `"y": ${String(isRecord(panel.gridPos) ? panel.gridPos.y : '?')}`,
      );
      // An array item's line is where the item starts.
      expectLine(text, dashboard?.lineOf(['panels', index]), '{');
      const targets = Array.isArray(panel.targets) ? panel.targets : [];
      const first: unknown = targets[0];
      const expr = isRecord(first) ? first.expr : undefined;
      if (typeof expr === 'string') {
        expectLine(
          text,
          dashboard?.lineOf(['panels', index, 'targets', 0, 'expr']),
          `"expr": ${JSON.stringify(expr)}`,
        );
      }
    }
  });

  it('gives the nearest enclosing line for a path the file does not have', () => {
    const dashboard = loaded.dashboards[0];
    const panelLine = dashboard?.lineOf(['panels', 1]);
    expect(dashboard?.lineOf(['panels', 1, 'no such key', 3])).toBe(panelLine);
    expect(dashboard?.lineOf(['panels', 10_000])).toBe(dashboard?.lineOf(['panels']));
    expect(dashboard?.lineOf([])).toBe(1);
  });
});
