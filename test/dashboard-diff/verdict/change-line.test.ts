/**
 * One line per change, for every kind of change the diff reports (records shaped as
 * src/gates/dashboard-diff/diff/ writes them), read back as the reviewer sees it.
 */
import { describe, expect, it } from 'vitest';
import { changeLine } from '../../../src/gates/dashboard-diff/render/change-line.js';
import type { DashboardChange } from '../../../src/gates/dashboard-diff/types.js';
import { COMMENT_SECTION_LIMITS, spansMarkdown } from '../../../src/report/section-blocks.js';
import { visibleInline } from '../../report/markdown-oracle.js';

const base = { dashboard: 'Kubernetes / Views / Nodes', file: 'nodes.json' };
const seen = (change: Omit<DashboardChange, 'dashboard' | 'file'>): string =>
  visibleInline(spansMarkdown(changeLine({ ...base, ...change }), COMMENT_SECTION_LIMITS));

describe('changeLine', () => {
  it.each<[string, Omit<DashboardChange, 'dashboard' | 'file'>, string]>([
    [
      'a unit changed',
      {
        area: 'panel',
        kind: 'modified',
        panel: 'CPU Usage',
        field: 'fieldConfig.defaults.unit',
        before: 'percent',
        after: 'percentunit',
      },
      'Panel CPU Usage: fieldConfig.defaults.unit percent → percentunit',
    ],
    [
      'a field set',
      {
        area: 'panel',
        kind: 'modified',
        panel: 'CPU Usage',
        field: 'fieldConfig.defaults.min',
        after: 0,
      },
      'Panel CPU Usage: fieldConfig.defaults.min set to 0',
    ],
    [
      'a field unset',
      {
        area: 'panel',
        kind: 'modified',
        panel: 'CPU Usage',
        field: 'description',
        before: 'Cores',
      },
      'Panel CPU Usage: description removed (was Cores)',
    ],
    [
      'a panel renamed',
      {
        area: 'panel',
        kind: 'renamed',
        panel: 'RAM',
        field: 'title',
        before: 'Memory',
        after: 'RAM',
      },
      'Panel RAM renamed Memory → RAM',
    ],
    [
      'a type changed',
      {
        area: 'panel',
        kind: 'type-changed',
        panel: 'Pods',
        field: 'type',
        before: 'stat',
        after: 'gauge',
      },
      'Panel Pods: type stat → gauge',
    ],
    [
      'a panel moved within its row',
      {
        area: 'panel',
        kind: 'moved',
        panel: 'Nodes / CPU',
        field: 'gridPos',
        before: { x: 0, y: 8 },
        after: { x: 12, y: 8 },
      },
      'Panel Nodes / CPU moved: x 0, y 8 → x 12, y 8',
    ],
    [
      'a panel resized',
      {
        area: 'panel',
        kind: 'resized',
        panel: 'CPU',
        field: 'gridPos',
        before: { w: 12, h: 8 },
        after: { w: 24, h: 8 },
      },
      'Panel CPU resized: 12×8 → 24×8',
    ],
    [
      'a panel migrated',
      {
        area: 'panel',
        kind: 'migrated',
        panel: 'CPU',
        field: 'schema',
        after: ['graph → timeseries', 'datasource name "Prometheus" → {type, uid}'],
      },
      'Panel CPU migrated: graph → timeseries; datasource name "Prometheus" → {type, uid}',
    ],
    [
      'a query text changed',
      {
        area: 'query',
        kind: 'modified',
        panel: 'CPU',
        subject: 'A',
        field: 'expr',
        before: 'up',
        after: 'up == 1',
        textDiff: '-up\n+up == 1',
      },
      'Panel CPU: query A changed',
    ],
    [
      'a long legend changed',
      {
        area: 'query',
        kind: 'modified',
        panel: 'CPU',
        subject: 'A',
        field: 'legendFormat',
        before: '{{ pod }}',
        after: `{{ pod }} ${'x'.repeat(90)}`,
      },
      'Panel CPU: query A: legendFormat changed',
    ],
    [
      'a long value set (shown as a diff beside the line)',
      {
        area: 'panel',
        kind: 'modified',
        panel: 'Global CPU Usage',
        field: 'transformations',
        after: [
          {
            id: 'calculateField',
            options: {
              alias: 'Real',
              mode: 'reduceRow',
              reduce: { include: ['Real Linux', 'Real Windows'] },
            },
          },
        ],
      },
      'Panel Global CPU Usage: transformations set',
    ],
    ['a variable added', { area: 'variable', kind: 'added', subject: 'job' }, 'Variable job added'],
    [
      'a dashboard added',
      { area: 'dashboard', kind: 'added', subject: 'Nodes', after: '29 panels' },
      'Dashboard added (29 panels)',
    ],
    [
      'a view-state time range',
      {
        area: 'view',
        kind: 'modified',
        subject: 'time range',
        before: { from: 'now-1h', to: 'now' },
        after: { from: 'now-6h', to: 'now' },
      },
      'Time range: now-1h to now → now-6h to now',
    ],
    [
      'a row collapsed',
      {
        area: 'view',
        kind: 'modified',
        subject: 'row Nodes collapsed',
        before: false,
        after: true,
      },
      'Row Nodes collapsed: false → true',
    ],
  ])('%s', (_name, change, expected) => {
    expect(seen(change)).toBe(expected);
  });
});
