/**
 * Diff results built by hand from the real dashboards of test/fixtures/dashboard-diff: titles,
 * queries and grid places are read from the files, so the report is tested on what real
 * dashboards hold (long titles, PromQL with `$__rate_interval`, rows of 24-column panels).
 *
 * - {@link realPairResult}: the real change between two consecutive revisions of
 *   dotdc's "Kubernetes / Views / Nodes" (01-ab1d6d7 → 00-b4e0422: two panels' queries went from
 *   `sum … by (persistentvolumeclaim)` to `max … by (persistentvolumeclaim, namespace)`, and a
 *   legend followed), as read from the pair's JSON diff.
 * - {@link pullRequestResult}: a pull request as a reviewer meets one, made on the newest
 *   revision: a panel added, one removed, one moved to another row, a unit changed, a variable's
 *   query changed (the real edit of 02-2f2e78d → 01-ab1d6d7), view state saved, a second file
 *   renamed, a new dashboard in a ConfigMap, lint findings, an unreadable file and a skipped one.
 */
import { readFileSync } from 'node:fs';
import { createPatch } from 'diff';
import type {
  DashboardChange,
  DashboardDiff,
  DashboardDiffResult,
  LayoutBox,
} from '../../../src/gates/dashboard-diff/types.js';

const HISTORY = 'test/fixtures/dashboard-diff/dotdc-history';

/** The parts of a panel these inputs read, checked as they are read. */
interface RawPanel {
  id: number;
  title: string;
  type: string;
  gridPos: { x: number; y: number; w: number; h: number };
  targets: { refId: string; expr?: string; legendFormat?: string }[];
  children: RawPanel[];
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${what} is not an object`);
  }
  return Object.fromEntries(Object.entries(value));
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`${what} is not a string`);
  return value;
}

function num(value: unknown, what: string): number {
  if (typeof value !== 'number') throw new Error(`${what} is not a number`);
  return value;
}

function toPanel(value: unknown): RawPanel {
  const panel = record(value, 'panel');
  const grid = record(panel.gridPos, 'gridPos');
  const targets = Array.isArray(panel.targets) ? panel.targets : [];
  return {
    id: num(panel.id, 'id'),
    title: text(panel.title, 'title'),
    type: text(panel.type, 'type'),
    gridPos: {
      x: num(grid.x, 'x'),
      y: num(grid.y, 'y'),
      w: num(grid.w, 'w'),
      h: num(grid.h, 'h'),
    },
    targets: targets.map((target: unknown) => {
      const t = record(target, 'target');
      return {
        refId: text(t.refId, 'refId'),
        ...(typeof t.expr === 'string' ? { expr: t.expr } : {}),
        ...(typeof t.legendFormat === 'string' ? { legendFormat: t.legendFormat } : {}),
      };
    }),
    children: (Array.isArray(panel.panels) ? panel.panels : []).map(toPanel),
  };
}

/** A real dashboard of the history: its title and its panels, rows' children flattened. */
export function readDashboard(relative: string): {
  title: string;
  uid: string;
  panels: RawPanel[];
  json: Record<string, unknown>;
} {
  const json = record(JSON.parse(readFileSync(`${HISTORY}/${relative}`, 'utf8')), relative);
  const top = (Array.isArray(json.panels) ? json.panels : []).map(toPanel);
  return {
    title: text(json.title, 'title'),
    uid: text(json.uid, 'uid'),
    panels: top.flatMap((panel) => [panel, ...panel.children]),
    json,
  };
}

function panelTitled(panels: readonly RawPanel[], title: string): RawPanel {
  const panel = panels.find((candidate) => candidate.title === title);
  if (panel === undefined) throw new Error(`no panel titled ${title}`);
  return panel;
}

function target(panel: RawPanel, refId: string): RawPanel['targets'][number] {
  const found = panel.targets.find((candidate) => candidate.refId === refId);
  if (found === undefined) throw new Error(`${panel.title} has no query ${refId}`);
  return found;
}

/** A unified diff of two query texts, as the diff engine writes one (`diff`'s createPatch). */
export function queryDiff(before: string, after: string): string {
  return createPatch('query', `${before}\n`, `${after}\n`, '', '', {
    context: 3,
    headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: false },
  }).trimEnd();
}

/** Layout boxes of the panels (rows excluded), all unchanged. */
export function layoutOf(panels: readonly RawPanel[]): LayoutBox[] {
  return panels
    .filter((panel) => panel.type !== 'row')
    .map((panel) => ({
      key: `id:${panel.id}`,
      title: panel.title,
      grid: { ...panel.gridPos },
      status: 'unchanged' as const,
    }));
}

const NODES_FILE = 'dashboards/k8s-views-nodes.json';

/** The real change of 01-ab1d6d7 → 00-b4e0422 of the Nodes dashboard. */
export function realPairResult(): DashboardDiffResult {
  const before = readDashboard('k8s-views-nodes/01-ab1d6d7.json');
  const after = readDashboard('k8s-views-nodes/00-b4e0422.json');
  const dashboard = after.title;
  const changes: DashboardChange[] = [];
  const boxes = layoutOf(after.panels);
  for (const [title, refIds] of [
    ['Persistent Volumes - Usage in %', ['A']],
    ['Persistent Volumes - Usage in GB', ['A', 'B']],
  ] as const) {
    const old = panelTitled(before.panels, title);
    const now = panelTitled(after.panels, title);
    for (const refId of refIds) {
      const was = target(old, refId);
      const is = target(now, refId);
      if (was.expr !== is.expr && was.expr !== undefined && is.expr !== undefined) {
        changes.push({
          dashboard,
          file: NODES_FILE,
          area: 'query',
          kind: 'modified',
          panel: title,
          subject: refId,
          field: 'expr',
          before: was.expr,
          after: is.expr,
          textDiff: queryDiff(was.expr, is.expr),
        });
      }
      if (was.legendFormat !== is.legendFormat) {
        changes.push({
          dashboard,
          file: NODES_FILE,
          area: 'query',
          kind: 'modified',
          panel: title,
          subject: refId,
          field: 'legendFormat',
          before: was.legendFormat,
          after: is.legendFormat,
        });
      }
    }
    for (const box of boxes) if (box.key === `id:${now.id}`) box.status = 'modified';
  }
  const diff: DashboardDiff = {
    dashboard,
    uid: after.uid,
    file: NODES_FILE,
    location: '',
    status: 'modified',
    changes,
    viewChanges: [],
    layout: { before: layoutOf(before.panels), after: boxes },
    hidden: { 'volatile field': 1 },
  };
  return {
    diffs: [diff],
    findings: [],
    problems: [],
    skipped: [],
    against: 'since origin/main (ab1d6d7)',
  };
}

/** The pull request described in this module's comment. */
export function pullRequestResult(): DashboardDiffResult {
  const base = readDashboard('k8s-views-nodes/00-b4e0422.json');
  const nodes = base.title;
  const change = (fields: Omit<DashboardChange, 'dashboard' | 'file'>): DashboardChange => ({
    dashboard: nodes,
    file: NODES_FILE,
    ...fields,
  });
  const cpu = panelTitled(base.panels, 'CPU Usage');
  const timeSync = panelTitled(base.panels, 'Time Sync');
  const cpuUsed = panelTitled(base.panels, 'CPU Used');
  const variables = record(base.json.templating, 'templating').list;
  const instance = (Array.isArray(variables) ? variables : [])
    .map((variable: unknown) => record(variable, 'variable'))
    .find((variable) => variable.name === 'instance');
  const oldQuery = text(instance?.definition, 'instance definition');
  // The real edit of 02-2f2e78d → 01-ab1d6d7, made again here.
  const before02 = readDashboard('k8s-views-nodes/02-2f2e78d.json');
  const list02 = record(before02.json.templating, 'templating').list;
  const older = text(
    (Array.isArray(list02) ? list02 : [])
      .map((variable: unknown) => record(variable, 'variable'))
      .find((variable) => variable.name === 'instance')?.definition,
    'older instance definition',
  );

  const beforeBoxes = layoutOf(base.panels);
  const afterBoxes = layoutOf(base.panels).filter((box) => box.key !== `id:${cpuUsed.id}`);
  for (const box of beforeBoxes) {
    if (box.key === `id:${cpuUsed.id}`) box.status = 'removed';
    if (box.key === `id:${timeSync.id}`) box.status = 'moved';
  }
  for (const box of afterBoxes) {
    if (box.key === `id:${cpu.id}`) box.status = 'modified';
    if (box.key === `id:${timeSync.id}`) {
      box.status = 'moved';
      box.grid = { x: 0, y: 97, w: 12, h: 8 };
    } else if (box.grid.y >= 97) {
      // Dropped below Persistent Volumes - Inodes, Time Sync pushes the Node Storage row down.
      box.grid = { ...box.grid, y: box.grid.y + 8 };
    }
  }
  afterBoxes.push({
    key: 'id:70',
    title: 'Disk I/O latency',
    grid: { x: 0, y: 138, w: 12, h: 8 },
    status: 'added',
  });
  const latency =
    'sum by (device) (rate(node_disk_io_time_seconds_total{instance="$instance", cluster="$cluster"}[$__rate_interval]))';

  const nodesDiff: DashboardDiff = {
    dashboard: nodes,
    uid: base.uid,
    file: NODES_FILE,
    location: '',
    status: 'modified',
    changes: [
      change({
        area: 'variable',
        kind: 'modified',
        subject: 'instance',
        field: 'definition',
        before: older,
        after: oldQuery,
        textDiff: queryDiff(older, oldQuery),
        line: 3991,
      }),
      change({
        area: 'panel',
        kind: 'removed',
        panel: cpuUsed.title,
        before: cpuUsed.type,
        line: 420,
      }),
      change({
        area: 'panel',
        kind: 'modified',
        panel: cpu.title,
        field: 'fieldConfig.defaults.unit',
        before: 'percent',
        after: 'percentunit',
        line: 1101,
      }),
      change({
        area: 'panel',
        kind: 'modified',
        panel: cpu.title,
        field: 'fieldConfig.defaults.thresholds',
        before: { mode: 'absolute', steps: [{ color: 'green', value: null }] },
        after: {
          mode: 'absolute',
          steps: [
            { color: 'green', value: null },
            { color: 'red', value: 0.9 },
          ],
        },
        line: 1110,
      }),
      change({
        area: 'panel',
        kind: 'moved',
        panel: timeSync.title,
        field: 'row',
        before: 'System',
        after: 'Kubernetes Storage',
        line: 2601,
      }),
      change({
        area: 'panel',
        kind: 'added',
        panel: 'Disk I/O latency',
        after: 'timeseries',
        line: 3301,
      }),
      change({
        area: 'query',
        kind: 'added',
        panel: 'Disk I/O latency',
        subject: 'A',
        after: latency,
        line: 3340,
      }),
    ],
    // As the diff names view state: in words, without a field.
    viewChanges: [
      change({
        area: 'view',
        kind: 'modified',
        subject: 'time range',
        before: { from: 'now-1h', to: 'now' },
        after: { from: 'now-6h', to: 'now' },
      }),
      change({ area: 'view', kind: 'modified', subject: 'refresh', before: '30s', after: '1m' }),
      change({
        area: 'view',
        kind: 'modified',
        subject: 'variable node',
        before: { text: 'ip-10-0-1-12', value: 'ip-10-0-1-12' },
        after: { text: 'ip-10-0-3-41', value: 'ip-10-0-3-41' },
      }),
      change({
        area: 'view',
        kind: 'modified',
        subject: 'row Kubernetes Storage collapsed',
        before: false,
        after: true,
      }),
    ],
    layout: { before: beforeBoxes, after: afterBoxes },
    hidden: { 'volatile field': 2, 'panel id renumbered': 3, 'shifted panel': 8 },
  };

  const global = readDashboard('k8s-views-global/00-42a9975.json');
  const globalDiff: DashboardDiff = {
    dashboard: global.title,
    uid: global.uid,
    file: 'dashboards/kubernetes/views-global.json',
    baseFile: 'dashboards/k8s-views-global.json',
    location: '',
    status: 'modified',
    changes: [
      {
        dashboard: global.title,
        file: 'dashboards/kubernetes/views-global.json',
        area: 'dashboard',
        kind: 'modified',
        field: 'tags',
        before: ['Kubernetes', 'Prometheus'],
        after: ['Kubernetes', 'Prometheus', 'Views'],
        line: 4012,
      },
    ],
    viewChanges: [],
    layout: { before: layoutOf(global.panels), after: layoutOf(global.panels) },
    hidden: { 'panel id renumbered': 57, 'volatile field': 1 },
  };

  const mixin = 'manifests/grafana-dashboardDefinitions.yaml';
  const addedDiff: DashboardDiff = {
    dashboard: 'Kubernetes / Views / Pods',
    uid: 'k8s_views_pods',
    file: mixin,
    location: 'ConfigMap monitoring/grafana-dashboard-k8s-views-pods, key k8s-views-pods.json',
    status: 'added',
    changes: [
      {
        dashboard: 'Kubernetes / Views / Pods',
        file: mixin,
        area: 'dashboard',
        kind: 'added',
        subject: 'Kubernetes / Views / Pods',
        after: '29 panels',
        line: 5120,
      },
    ],
    viewChanges: [],
    layout: { before: [], after: [] },
    hidden: {},
  };
  const untouched: DashboardDiff = {
    dashboard: 'Kubernetes / Views / Namespaces',
    uid: 'k8s_views_ns',
    file: mixin,
    location:
      'ConfigMap monitoring/grafana-dashboard-k8s-views-namespaces, key k8s-views-namespaces.json',
    status: 'unchanged',
    changes: [],
    viewChanges: [],
    layout: { before: [], after: [] },
    hidden: { 'volatile field': 1 },
  };

  return {
    diffs: [nodesDiff, globalDiff, addedDiff, untouched],
    findings: [
      {
        severity: 'error',
        file: NODES_FILE,
        line: 3340,
        rule: 'dashboard/duplicate-refid',
        title: 'Duplicate refId',
        message: 'Panel "Disk I/O latency" has two queries with refId A; Grafana shows only one.',
      },
      {
        severity: 'warning',
        file: NODES_FILE,
        line: 3301,
        rule: 'panel-units',
        title: 'Unit not set',
        message: 'Panel "Disk I/O latency" has no unit; set fieldConfig.defaults.unit.',
      },
    ],
    problems: [
      {
        file: 'dashboards/broken.json',
        location: '',
        line: 12,
        column: 5,
        message: "invalid JSON: unexpected '}' (expected a value)",
      },
    ],
    skipped: [{ file: 'package.json', reason: 'not a dashboard (no panels, no title)' }],
    against: 'since origin/main (4f2a9c1)',
  };
}
