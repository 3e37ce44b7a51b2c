/**
 * Domain types of the dashboard-diff gate: what the loader reads out of a file, the normalised
 * model both sides are brought to, and the changes the diff finds. The pipeline, one module each:
 *
 *   text ──load/──▶ LoadedFile (dashboards + problems) ──model/──▶ DashboardModel
 *   (base model, head model) ──diff/──▶ DashboardDiff        (head, base) ──lint/──▶ findings
 *
 * Every stage is pure; run.ts does the I/O (git, files, the render command) and verdict.ts turns
 * the results into the shared verdict.
 */

import type { Finding } from '../../verdict/types.js';

/** A path inside a dashboard's JSON object, e.g. `['panels', 3, 'targets', 0, 'expr']`. */
export type JsonPath = readonly (string | number)[];

/** The wrappers a dashboard was found in, outermost first, as the report names them. */
export type DashboardContainer =
  /** Plain dashboard JSON (what Grafana's "Export → Save to file" writes without sharing). */
  | 'dashboard'
  /** Export for sharing externally: `__inputs`, `__requires`, `__elements`. */
  | 'export'
  /** The HTTP API's `{ dashboard, meta }`. */
  | 'api'
  /** A Kubernetes resource of kind Dashboard (`dashboard.grafana.app`, v0/v1 classic spec or v2). */
  | 'kubernetes'
  /** A ConfigMap (or an item of a ConfigMapList) whose data values are dashboard JSON strings. */
  | 'configmap'
  /** A document of a multi-document YAML file. */
  | 'yaml-document'
  /** Rendered from jsonnet (or any source) by the configured render command. */
  | 'rendered';

/**
 * One dashboard read out of a file. A file holds one (plain JSON) or many (a ConfigMap list, a
 * multi-document YAML file).
 */
export interface LoadedDashboard {
  /** Repository-relative path of the file, forward slashes. */
  file: string;
  /**
   * Where in the file, for files that hold several: e.g. `ConfigMap monitoring/grafana-dashboard-nodes,
   * key nodes.json`, `document 3`. Empty for a file that is one dashboard.
   */
  location: string;
  /** The wrappers it was found in, outermost first (`['configmap']`, `['api']`, `['dashboard']`). */
  containers: DashboardContainer[];
  /**
   * The dashboard itself: the classic JSON model (what sits under `dashboard` of the API
   * wrapper or `spec` of a v0/v1 resource), or the v2 spec (`spec` of a v2 resource, with
   * `elements` and `layout`).
   */
  dashboard:
    | { schema: 'classic'; json: Record<string, unknown> }
    | { schema: 'v2'; spec: Record<string, unknown> };
  /**
   * 1-based line in `file` of the value at `path` inside {@link dashboard}'s object (its key's
   * line for a property); the nearest enclosing value's line when the path goes deeper than the
   * source has. For JSON held in a YAML string, the line of that string's text when the string is
   * a block scalar, else the line where the string starts.
   */
  lineOf(path: JsonPath): number | undefined;
}

/** A file, or a part of it, that could not be read as a dashboard; the other files are still diffed. */
export interface LoadProblem {
  file: string;
  /** As {@link LoadedDashboard.location}; empty when the whole file is affected. */
  location: string;
  /** 1-based place of the problem, when known (invalid JSON: where the parser stopped). */
  line?: number;
  column?: number;
  /** Plain text, e.g. "invalid JSON: unexpected '}' (expected a value)". */
  message: string;
}

/** What the loader read from one file. */
export interface LoadedFile {
  file: string;
  dashboards: LoadedDashboard[];
  problems: LoadProblem[];
  /**
   * Set when the file is valid JSON/YAML but holds no dashboard (a package.json, a Helm values
   * file): it is skipped with this reason, which is not a problem unless the user named the file.
   */
  notDashboard?: string;
}

/** A datasource reference as Grafana stores it after migration (`{ type, uid }`). */
export interface DatasourceRef {
  type?: string;
  uid?: string;
}

/** A panel's place on the 24-column grid (grid units: `w` of 24 columns, `h` of 30 px rows). */
export interface GridBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One query of a panel, matched across sides by `refId`. */
export interface QueryModel {
  refId: string;
  /** The effective datasource: the query's own, else the panel's, else the dashboard default. */
  datasource?: DatasourceRef;
  /** `hide: true` in the source. */
  hidden: boolean;
  /** The query text when the datasource has one (`expr` for Prometheus/Loki, `rawSql`, `query`…). */
  expr?: string;
  /** The key the text was read from (`expr`, `rawSql`, `query`, …), for the report. */
  exprField?: string;
  /** Everything else of the query (legendFormat, interval, instant…), canonical, volatile keys dropped. */
  fields: Record<string, unknown>;
  /** Where the query sits in the source dashboard, for {@link LoadedDashboard.lineOf}. */
  source: JsonPath;
}

/** A row of the layout (a classic row panel, a legacy `rows[]` entry, a v2 row). */
export interface RowModel {
  /** Unique within the dashboard: the row's title, with `#2`… for repeated titles. */
  key: string;
  title: string;
  collapsed: boolean;
  /** Row repeat variable. */
  repeat?: string;
  /** Grid `y` of the row header (legacy rows: the y where the row starts). */
  y: number;
  source: JsonPath;
}

/** One panel, brought to the current model whatever schema version or layout it came from. */
export interface PanelModel {
  /**
   * Unique within the dashboard: `id:<n>` when ids are unique, else from row and title. Not stable
   * across renumbering: the diff pairs panels by content, title and place, not by key.
   */
  key: string;
  /** The panel id in the source (volatile: renumbering is not a change). */
  id?: number;
  title: string;
  /** Panel plugin id after migration (`graph` becomes `timeseries` as Grafana migrates it). */
  type: string;
  /** The row it sits under (its {@link RowModel.key}); undefined at the top level. */
  row?: string;
  grid: GridBox;
  /** The panel's datasource (queries carry their effective one). */
  datasource?: DatasourceRef;
  queries: QueryModel[];
  /** Repeat variable, direction and max per row. */
  repeat?: { variable: string; direction?: 'h' | 'v'; maxPerRow?: number };
  /** A library panel reference. */
  libraryPanel?: { uid: string; name?: string };
  /**
   * Everything else that defines what the panel shows, canonical (sorted keys, defaults and
   * volatile keys dropped): `description`, `fieldConfig`, `options`, `transformations`, `links`,
   * `interval`, `maxDataPoints`, `timeFrom`, `timeShift`, `transparent`…
   */
  fields: Record<string, unknown>;
  /**
   * Migrations Grafana applies when it loads the panel, applied here so that a dashboard saved
   * before and after the migration compares equal; each names what changed (`graph → timeseries`,
   * `datasource name "Prometheus" → {type, uid}`), one line per panel in the report.
   */
  migrations: string[];
  source: JsonPath;
}

/** A template variable. */
export interface VariableModel {
  name: string;
  /** `query`, `custom`, `datasource`, `interval`, `constant`, `textbox`, `adhoc`, … */
  type: string;
  /** Query/regex/definition/datasource/options/multi/includeAll/… canonical, without the view state. */
  fields: Record<string, unknown>;
  source: JsonPath;
}

/**
 * View state: what Grafana's save dialog offers to keep or not (time range, refresh, selected
 * variable values, collapsed rows). Reported in a short section of its own.
 */
export interface ViewState {
  /** `time.from`/`time.to`. */
  time?: { from?: string; to?: string };
  refresh?: string;
  /** Variable name → its selected value(s) (`current`). */
  selected: Record<string, unknown>;
  /** Row key → collapsed. */
  collapsed: Record<string, boolean>;
}

/** What normalisation dropped as noise, by reason; the report's footer counts it. */
export type NoiseCounts = Partial<Record<NoiseReason, number>>;

/** Why something was not reported as a change. */
export type NoiseReason =
  | 'volatile field' // id, version, iteration, pluginVersion, gnetId, Kubernetes metadata…
  | 'panel id renumbered'
  | 'default value' // a key equal to Grafana's default, absent on the other side
  | 'repeat clone' // a panel Grafana generated from a repeat (repeatPanelId, repeatIteration)
  | 'schema migration' // collapsed into one line per panel, counted here per field
  | 'query formatting' // PromQL equal by parse tree (whitespace, label order)
  | 'shifted panel'; // moved only because a panel above was inserted, removed or resized

/** A dashboard brought to one model, whatever its schema, layout and wrappers. */
export interface DashboardModel {
  uid?: string;
  title: string;
  /** Numeric `schemaVersion` (v2 dashboards: undefined). */
  schemaVersion?: number;
  tags: string[];
  /**
   * Dashboard-level settings other than those with their own fields: `description`, `editable`,
   * `graphTooltip`, `timezone`, `weekStart`, `fiscalYearStartMonth`, `liveNow`, `timepicker`…
   */
  settings: Record<string, unknown>;
  variables: VariableModel[];
  /** Annotation queries, by name. */
  annotations: { name: string; fields: Record<string, unknown>; source: JsonPath }[];
  /** Dashboard links, in order. */
  links: Record<string, unknown>[];
  rows: RowModel[];
  /** Panels in reading order (row by row, then y, then x); rows themselves are in {@link rows}. */
  panels: PanelModel[];
  view: ViewState;
  /** What normalising this side dropped. */
  noise: NoiseCounts;
}

/** What a change is. */
export type ChangeKind =
  | 'added'
  | 'removed'
  | 'modified'
  | 'renamed'
  | 'type-changed'
  | 'moved' // to another row, or to a position that is not explained by shifting
  | 'resized'
  | 'migrated'; // schema migration, one per panel

/** What a change is about. */
export type ChangeArea =
  | 'dashboard' // title, tags, description, settings
  | 'time' // time settings (timezone, timepicker…)
  | 'variable'
  | 'annotation'
  | 'link'
  | 'row'
  | 'panel'
  | 'query'
  | 'view'; // view state, reported apart

/** One change between two versions of a dashboard; one record of the verdict's `changes`. */
export interface DashboardChange {
  /** The dashboard's title (head side, else base). */
  dashboard: string;
  /** Head file (base file for a removed dashboard). */
  file: string;
  area: ChangeArea;
  kind: ChangeKind;
  /** The panel's title as the reader knows it (row title first when it helps: `Nodes / CPU`). */
  panel?: string;
  /** What inside the area: a variable name, a query refId, a row title, a link title. */
  subject?: string;
  /** Which property changed, as a dotted path in the current model: `unit`, `thresholds`, `fieldConfig.overrides[byName=cpu]`. */
  field?: string;
  /** Old and new values (absent when added/removed); plain JSON values. */
  before?: unknown;
  after?: unknown;
  /** For a changed query: a unified diff of its text (as a `diff` block in the report). */
  textDiff?: string;
  /** 1-based line in `file` where the reader should look (head side; base side when removed). */
  line?: number;
}

/** A panel as the layout minimap draws it. */
export interface LayoutBox {
  key: string;
  title: string;
  grid: GridBox;
  status: 'unchanged' | 'added' | 'removed' | 'modified' | 'moved';
}

/** The diff of one dashboard across the two sides. */
export interface DashboardDiff {
  /** The dashboard's title (head side, else base). */
  dashboard: string;
  uid?: string;
  /** Head file and location (base for a removed dashboard). */
  file: string;
  location: string;
  /** The base side's file when it differs (renamed or moved file). */
  baseFile?: string;
  status: 'added' | 'removed' | 'modified' | 'unchanged';
  /** Every change except view state, in reading order (dashboard, variables, rows, panels). */
  changes: DashboardChange[];
  /** View-state changes (area `view`), reported in their own short section. */
  viewChanges: DashboardChange[];
  /** Both layouts, for the minimap. */
  layout: { before: LayoutBox[]; after: LayoutBox[] };
  /** What was not reported, by reason (both sides' normalisation plus the diff's own). */
  hidden: NoiseCounts;
}

/** One side of a dashboard's diff: what was loaded and the model it normalised to. */
export interface DashboardSide {
  loaded: LoadedDashboard;
  model: DashboardModel;
}

/** A file read as input but left out, with why (not a dashboard, deleted and unreadable…). */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** Everything one run of the gate found, from which verdict.ts builds the verdict. */
export interface DashboardDiffResult {
  /** One per dashboard that exists on either side of a changed file (unchanged ones included). */
  diffs: DashboardDiff[];
  /** Lint findings the change introduces (verdict findings, with file and line). */
  findings: Finding[];
  /** Files or parts of files that could not be read; the rest was still diffed. */
  problems: LoadProblem[];
  /** Files looked at and left out. */
  skipped: SkippedFile[];
  /** What the head is compared with, completing "changed …": `since origin/main (a1b2c3d)`, `from base.json`. */
  against?: string;
  /** Commits of both sides when known, for links in the report. */
  commits?: { base?: string; head?: string };
}
