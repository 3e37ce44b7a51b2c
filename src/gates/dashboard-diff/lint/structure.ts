/**
 * Structural checks: what makes Grafana render a dashboard other than its JSON says (duplicate
 * ids and refIds, panels off the grid or on top of each other, v2 elements no layout shows,
 * AngularJS panels) or loses work (a schema version going backwards).
 */
import type { DashboardSide, GridBox, PanelModel } from '../types.js';
import {
  isRecord,
  panelName,
  panelOf,
  sourceValue,
  targetIndex,
  type LintFinding,
} from './context.js';

/** Grafana's grid is 24 columns wide. */
const GRID_COLUMNS = 24;

/** Panels sharing an id: Grafana's links, `viewPanel` and repeats address panels by id. */
export function duplicatePanelIds(side: DashboardSide): LintFinding[] {
  const byId = new Map<number, PanelModel[]>();
  for (const panel of side.model.panels) {
    if (panel.id === undefined) continue;
    byId.set(panel.id, [...(byId.get(panel.id) ?? []), panel]);
  }
  const findings: LintFinding[] = [];
  for (const [id, panels] of byId) {
    if (panels.length < 2) continue;
    for (const panel of panels.slice(1)) {
      findings.push({
        rule: 'duplicate-panel-id',
        title: `Duplicate panel id ${id}`,
        message: `${panelName(panel)} has id ${id}, as ${panels
          .filter((other) => other !== panel)
          .map(panelName)
          .join(
            ', ',
          )} does; Grafana addresses panels by id (links, view mode, repeats), so one of them is unreachable.`,
        source: [...panel.source, 'id'],
        panel: panelOf(panel),
        subject: String(id),
      });
    }
  }
  return findings;
}

/** What is wrong with a panel's place on the 24-column grid, or undefined. */
function gridProblem(grid: GridBox): string | undefined {
  if (grid.x < 0 || grid.y < 0) return `its position (x ${grid.x}, y ${grid.y}) is negative`;
  if (grid.w <= 0 || grid.h <= 0) return `its size (w ${grid.w}, h ${grid.h}) is zero or negative`;
  if (grid.x + grid.w > GRID_COLUMNS)
    return `x ${grid.x} + w ${grid.w} = ${grid.x + grid.w} is past the grid's ${GRID_COLUMNS} columns`;
  if (!Number.isInteger(grid.x) || !Number.isInteger(grid.w))
    return `x ${grid.x} and w ${grid.w} must be whole columns`;
  return undefined;
}

function overlaps(a: GridBox, b: GridBox): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * Panels off the grid, and panels of one row that overlap: Grafana's grid clamps the first and
 * pushes the second down, so the dashboard shows a layout other than the one saved. Overlaps are
 * looked for within a row only: the children of a collapsed row keep the places they had when it
 * was last open.
 */
export function gridProblems(side: DashboardSide): LintFinding[] {
  const findings: LintFinding[] = [];
  const byRow = new Map<string, PanelModel[]>();
  for (const panel of side.model.panels) {
    const problem = gridProblem(panel.grid);
    if (problem !== undefined) {
      findings.push({
        rule: 'panel-grid',
        title: 'Panel off the grid',
        message: `${panelName(panel)} is off the grid: ${problem}.`,
        source: [...panel.source, 'gridPos'],
        panel: panelOf(panel),
        subject: 'grid',
      });
      continue;
    }
    const row = panel.row ?? '';
    byRow.set(row, [...(byRow.get(row) ?? []), panel]);
  }
  for (const panels of byRow.values()) {
    for (const [i, a] of panels.entries()) {
      for (const b of panels.slice(i + 1)) {
        if (!overlaps(a.grid, b.grid)) continue;
        // Reported on the later panel of the two, naming the other by title: stable identities.
        findings.push({
          rule: 'panel-overlap',
          title: 'Overlapping panels',
          message: `${panelName(b)} (x ${b.grid.x}, y ${b.grid.y}, w ${b.grid.w}, h ${b.grid.h}) overlaps ${panelName(a)} (x ${a.grid.x}, y ${a.grid.y}, w ${a.grid.w}, h ${a.grid.h}); Grafana will move one of them.`,
          source: [...b.source, 'gridPos'],
          panel: panelOf(b),
          subject: `overlaps ${a.title}`,
        });
      }
    }
  }
  return findings;
}

/** Queries of a panel sharing a refId: their results overwrite each other, and overrides and transformations address queries by refId. */
export function duplicateRefIds(side: DashboardSide): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const panel of side.model.panels) {
    const seen = new Set<string>();
    for (const query of panel.queries) {
      if (query.refId === '' || !seen.has(query.refId)) {
        seen.add(query.refId);
        continue;
      }
      findings.push({
        rule: 'duplicate-ref-id',
        title: `Duplicate refId ${query.refId}`,
        message: `${panelName(panel)} has two queries with refId ${JSON.stringify(query.refId)}; Grafana keeps one result per refId, and overrides and transformations cannot tell them apart.`,
        source: [...query.source, 'refId'],
        panel: panelOf(panel),
        targetIdx: targetIndex(panel, query),
        subject: query.refId,
      });
    }
  }
  return findings;
}

/** Every `ElementReference` name under a v2 layout, wherever the layout nests it. */
function referencedElements(
  layout: unknown,
  found: Map<string, (string | number)[]>,
  path: (string | number)[],
): void {
  if (Array.isArray(layout)) {
    layout.forEach((item, index) => referencedElements(item, found, [...path, index]));
  } else if (isRecord(layout)) {
    if (layout['kind'] === 'ElementReference' && typeof layout['name'] === 'string') {
      if (!found.has(layout['name'])) found.set(layout['name'], path);
      return;
    }
    for (const [key, value] of Object.entries(layout))
      referencedElements(value, found, [...path, key]);
  }
}

/**
 * v2 dashboards: elements no layout item references (saved, never shown) and layout items that
 * reference no element (an empty slot).
 */
export function orphanElements(side: DashboardSide): LintFinding[] {
  if (side.loaded.dashboard.schema !== 'v2') return [];
  const spec = side.loaded.dashboard.spec;
  const elements = isRecord(spec['elements']) ? spec['elements'] : {};
  const references = new Map<string, (string | number)[]>();
  referencedElements(spec['layout'], references, ['layout']);
  const findings: LintFinding[] = [];
  for (const [name, element] of Object.entries(elements)) {
    if (references.has(name)) continue;
    const title =
      isRecord(element) && isRecord(element['spec']) ? element['spec']['title'] : undefined;
    findings.push({
      rule: 'orphan-element',
      title: 'Element not in the layout',
      message: `Element ${JSON.stringify(name)}${typeof title === 'string' ? ` (${JSON.stringify(title)})` : ''} is in \`elements\` but no layout item shows it.`,
      source: ['elements', name],
      subject: name,
    });
  }
  for (const [name, path] of references) {
    if (name in elements) continue;
    findings.push({
      rule: 'missing-element',
      title: 'Layout item without its element',
      message: `A layout item shows element ${JSON.stringify(name)}, which \`elements\` does not define; Grafana leaves the slot empty.`,
      source: path,
      subject: name,
    });
  }
  return findings;
}

/**
 * The schema version going down from base to head: an older Grafana (or an old export) saved
 * over a newer dashboard, and Grafana runs its migrations again on every load.
 */
export function schemaVersionBackwards(
  head: DashboardSide,
  base: DashboardSide | undefined,
): LintFinding[] {
  const before = base?.model.schemaVersion;
  const after = head.model.schemaVersion;
  if (before === undefined || after === undefined || after >= before) return [];
  return [
    {
      rule: 'schema-version-backwards',
      title: 'schemaVersion went backwards',
      message: `schemaVersion went from ${before} to ${after}: the dashboard was saved by an older Grafana than the one that last saved it, which may drop what the newer version added.`,
      source: ['schemaVersion'],
      subject: 'schemaVersion',
    },
  ];
}

/**
 * AngularJS panel plugins that Grafana 11+ migrates on load to a React panel (Grafana's
 * `autoMigrateAngular` table): they render, but as the migrated panel, which may look different
 * until the dashboard is saved with the new type.
 */
const MIGRATED_ANGULAR: Readonly<Record<string, string>> = {
  graph: 'timeseries',
  'table-old': 'table',
  singlestat: 'stat',
  'grafana-singlestat-panel': 'stat',
  'grafana-piechart-panel': 'piechart',
  'grafana-worldmap-panel': 'geomap',
  'natel-discrete-panel': 'state-timeline',
};

/**
 * AngularJS-only panel plugins with no React version under the same id (Grafana's "Plugins using
 * AngularJS" list, panels marked migrate, wait or remove): Grafana 11 disables them by default and
 * Grafana 12 removed AngularJS, so the panel shows an error instead of data. Plugins that were
 * updated to React under the same id (clock, polystat, D3 gauge, …) are not listed: the
 * dashboard cannot tell which version it needs.
 */
const ANGULAR_ONLY = new Set([
  'vonage-status-panel',
  'natel-plotly-panel',
  'agenty-flowcharting-panel',
  'yesoreyeram-boomtable-panel',
  'briangann-datatable-panel',
  'flant-statusmap-panel',
  'michaeldmoore-multistat-panel',
  'pr0ps-trackmap-panel',
  'snuids-trafficlights-panel',
  'petrslavotinek-carpetplot-panel',
  'ryantxu-ajax-panel',
  'michaeldmoore-annunciator-panel',
  'marcuscalidus-svg-panel',
  'neocat-cal-heatmap-panel',
  'blackmirror1-singlestat-math-panel',
  'farski-blendstat-panel',
  'savantly-heatmap-panel',
  'mtanda-histogram-panel',
  'snuids-radar-panel',
  'fatcloud-windrose-panel',
  'bessler-pictureit-panel',
  'corpglory-progresslist-panel',
  'aidanmountford-html-panel',
  'mxswat-separator-panel',
  'natel-influx-admin-panel',
  'satellogic-3d-globe-panel',
  'blackmirror1-statusbygroup-panel',
  'novalabs-annotations-panel',
  'ryantxu-annolist-panel',
  'smartmakers-trafficlight-panel',
  'zuburqan-parity-report-panel',
  'citilogics-geoloop-panel',
  'gretamosa-topology-panel',
  'mtanda-heatmap-epoch-panel',
  'alexandra-trackmap-panel',
  'pierosavi-imageit-panel',
]);

/** The panel's plugin id as saved (the model holds the migrated one). */
function savedPanelType(side: DashboardSide, panel: PanelModel): string {
  const raw = sourceValue(side, panel.source);
  if (isRecord(raw)) {
    if (typeof raw['type'] === 'string') return raw['type'];
    // v2: `spec.vizConfig.group` (current) or `spec.vizConfig.kind` (early v2).
    const spec = isRecord(raw['spec']) ? raw['spec'] : {};
    const viz = isRecord(spec['vizConfig']) ? spec['vizConfig'] : {};
    if (typeof viz['group'] === 'string') return viz['group'];
    if (typeof viz['kind'] === 'string' && viz['kind'] !== 'VizConfig') return viz['kind'];
  }
  return panel.type;
}

/** Panels of AngularJS plugins: errors where Grafana shows no data, warnings where it migrates them. */
export function angularPanels(side: DashboardSide): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const panel of side.model.panels) {
    const type = savedPanelType(side, panel);
    const target = MIGRATED_ANGULAR[type];
    if (target !== undefined) {
      findings.push({
        rule: 'angular-panel-migrated',
        title: `AngularJS panel ${type}`,
        message: `${panelName(panel)} is a ${JSON.stringify(type)} panel (AngularJS); Grafana 11+ shows it migrated to ${JSON.stringify(target)}, which may look different: save it as ${JSON.stringify(target)} and review it.`,
        source: [...panel.source, 'type'],
        panel: panelOf(panel),
        subject: type,
      });
    } else if (ANGULAR_ONLY.has(type)) {
      findings.push({
        rule: 'angular-panel',
        title: `AngularJS panel ${type}`,
        message: `${panelName(panel)} uses the AngularJS plugin ${JSON.stringify(type)}, which Grafana 11 disables and Grafana 12 cannot load: the panel shows an error instead of data. Replace it with a React panel.`,
        source: [...panel.source, 'type'],
        panel: panelOf(panel),
        subject: type,
      });
    }
  }
  return findings;
}
