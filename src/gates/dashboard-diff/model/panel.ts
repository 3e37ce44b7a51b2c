import type { DatasourceRef, JsonPath, PanelModel, QueryModel } from '../types.js';
import { isMixed, normaliseDatasource, type DatasourceVariableTypes } from './datasource.js';
import {
  FIELD_CONFIG_DEFAULTS,
  FIELD_CONFIG_SOURCE_DEFAULTS,
  PANEL_DEFAULTS,
  QUERY_DEFAULTS,
  withoutDefaults,
} from './grafana-defaults.js';
import { arrayOf, canonical, isRecord, jsonEqual, numberOf, omitKeys, stringOf } from './json.js';
import type { NoiseTally } from './noise.js';
import type { LaidOutPanel } from './raw.js';

/** What normalising a panel needs from the dashboard around it. */
export interface PanelContext {
  variables: DatasourceVariableTypes;
  noise: NoiseTally;
}

/*
 * Panel types Grafana replaces when it loads a dashboard (PanelModel.ts `autoMigrateAngular`,
 * `autoMigratePanelType`, and getPanelPluginToMigrateTo.ts for `graph`). Angular panels no
 * longer render in current Grafana, so every one of these is migrated on load.
 */
const MIGRATED_TYPES: Readonly<Record<string, string>> = {
  'table-old': 'table',
  singlestat: 'stat',
  'grafana-singlestat-panel': 'stat',
  'grafana-piechart-panel': 'piechart',
  'grafana-worldmap-panel': 'geomap',
  'heatmap-new': 'heatmap',
};

/** The plugin Grafana migrates a graph panel to, from its x-axis mode and legend. */
function graphTarget(json: Record<string, unknown>): string {
  const xaxis = isRecord(json.xaxis) ? json.xaxis : {};
  const legend = isRecord(json.legend) ? json.legend : {};
  if (xaxis.mode === 'series') return legend.values ? 'bargauge' : 'barchart';
  if (xaxis.mode === 'histogram') return 'histogram';
  return 'timeseries';
}

// Keys read into PanelModel's own fields, or layout, or volatile: not part of `fields`.
const OWN_KEYS: ReadonlySet<string> = new Set([
  'id',
  'title',
  'type',
  'gridPos',
  'datasource',
  'targets',
  'repeat',
  'repeatDirection',
  'maxPerRow',
  'libraryPanel',
  'collapsed',
  'panels',
]);

/** Keys Grafana rewrites on its own: a change in them is never the author's. */
const VOLATILE_KEYS: ReadonlySet<string> = new Set(['pluginVersion', 'scopedVars']);

// Where a query's text lives, by datasource family: Prometheus/Loki `expr`, SQL `rawSql`,
// InfluxQL/Elasticsearch/most others `query`, Graphite `target`, server expressions `expression`.
const EXPR_FIELDS = ['expr', 'rawSql', 'query', 'target', 'expression'] as const;

// Query keys that are not part of what the query asks: Grafana's editor stamps a random `key`.
const HIDE_KEY: ReadonlySet<string> = new Set(['hide']);

const QUERY_VOLATILE_KEYS: ReadonlySet<string> = new Set(['key']);

/**
 * Brings one laid-out panel (in the row whose key is `rowKey`) to the model (all but its `key`, which depends on the whole
 * dashboard): plugin type after Grafana's load-time migrations (recorded in `migrations`, the
 * options are kept as they are because we cannot convert them faithfully), queries with their
 * effective datasource, and the rest canonical with defaults and volatile keys dropped.
 */
export function normalisePanel(
  laidOut: LaidOutPanel,
  rowKey: string | undefined,
  context: PanelContext,
): Omit<PanelModel, 'key'> {
  const { item, grid } = laidOut;
  const { json } = item;
  const { noise } = context;
  const migrations: string[] = [];

  const sourceType = stringOf(json.type) ?? '';
  const type =
    sourceType === 'graph' ? graphTarget(json) : (MIGRATED_TYPES[sourceType] ?? sourceType);
  if (type !== sourceType) migrations.push(`${sourceType} → ${type}`);

  const own = normaliseDatasource(json.datasource, context.variables);
  if (own.migration) migrations.push(own.migration);
  const queries = normaliseQueries(
    item.json,
    item.source,
    item.targetSources,
    own.ref,
    context,
    migrations,
  );

  const panel: Omit<PanelModel, 'key'> = {
    title: stringOf(json.title) ?? '',
    type,
    grid,
    queries,
    fields: panelFields(json, noise),
    migrations,
    source: item.source,
  };
  const id = numberOf(json.id);
  if (id !== undefined) panel.id = id;
  if (rowKey !== undefined) panel.row = rowKey;
  const datasource = own.ref ?? impliedDatasource(queries);
  if (datasource) panel.datasource = datasource;
  const repeat = stringOf(json.repeat);
  if (repeat) {
    panel.repeat = { variable: repeat };
    if (json.repeatDirection === 'v') panel.repeat.direction = 'v';
    const maxPerRow = numberOf(json.maxPerRow);
    if (maxPerRow !== undefined) panel.repeat.maxPerRow = maxPerRow;
  }
  if (isRecord(json.libraryPanel)) {
    const uid = stringOf(json.libraryPanel.uid) ?? '';
    const name = stringOf(json.libraryPanel.name);
    panel.libraryPanel = name === undefined ? { uid } : { uid, name };
  }
  for (const key of VOLATILE_KEYS) if (json[key] !== undefined) noise.add('volatile field');
  noise.add('schema migration', migrations.length);
  return panel;
}

function panelFields(json: Record<string, unknown>, noise: NoiseTally): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (!OWN_KEYS.has(key) && !VOLATILE_KEYS.has(key)) rest[key] = value;
  }
  if (isRecord(rest.fieldConfig)) {
    // Emptied of its defaults, the field config is Grafana's default one (S2): drop it too.
    const fieldConfig = fieldConfigOf(rest.fieldConfig, noise);
    if (Object.keys(fieldConfig).length > 0) rest.fieldConfig = fieldConfig;
    else delete rest.fieldConfig;
  }
  const fields = withoutDefaults(rest, PANEL_DEFAULTS, noise);
  // `repeatDirection` only means something with `repeat`, which has its own field.
  delete fields.repeatDirection;
  const out = canonical(fields);
  return isRecord(out) ? out : {};
}

function fieldConfigOf(value: Record<string, unknown>, noise: NoiseTally): Record<string, unknown> {
  const out = { ...value };
  if (isRecord(out.defaults))
    out.defaults = withoutDefaults(out.defaults, FIELD_CONFIG_DEFAULTS, noise);
  return withoutDefaults(out, FIELD_CONFIG_SOURCE_DEFAULTS, noise);
}

function normaliseQueries(
  json: Record<string, unknown>,
  panelSource: JsonPath,
  targetSources: JsonPath[] | undefined,
  panelDatasource: DatasourceRef | undefined,
  context: PanelContext,
  migrations: string[],
): QueryModel[] {
  const targets = arrayOf(json.targets);
  const used = new Set(targets.map((t) => (isRecord(t) ? stringOf(t.refId) : undefined)));
  const queries: QueryModel[] = [];
  targets.forEach((target, index) => {
    if (!isRecord(target)) return;
    let refId = stringOf(target.refId);
    if (!refId) {
      // Grafana gives a query without refId the first free letter (PanelModel.ensureQueryIds).
      refId = nextRefId(used);
      used.add(refId);
    }
    const own = normaliseDatasource(target.datasource, context.variables);
    if (own.migration && !migrations.includes(own.migration)) migrations.push(own.migration);
    const inherited = isMixed(panelDatasource) ? undefined : panelDatasource;
    const datasource = own.ref ?? inherited;
    const exprField = EXPR_FIELDS.find((field) => typeof target[field] === 'string');
    const rest: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(target)) {
      if (key === 'refId' || key === 'datasource' || key === exprField) continue;
      if (QUERY_VOLATILE_KEYS.has(key)) {
        context.noise.add('volatile field');
        continue;
      }
      rest[key] = value;
    }
    // `hide: false` is dropped as a default; `hide: true` is the model's `hidden`.
    const sorted = canonical(
      omitKeys(withoutDefaults(rest, QUERY_DEFAULTS, context.noise), HIDE_KEY),
    );
    const query: QueryModel = {
      refId,
      hidden: target.hide === true,
      fields: isRecord(sorted) ? sorted : {},
      source: targetSources?.[index] ?? [...panelSource, 'targets', index],
    };
    if (datasource) query.datasource = datasource;
    if (exprField !== undefined) {
      query.expr = stringOf(target[exprField]);
      query.exprField = exprField;
    }
    queries.push(query);
  });
  return queries;
}

function nextRefId(used: ReadonlySet<string | undefined>): string {
  for (let n = 0; ; n++) {
    const id = refIdName(n);
    if (!used.has(id)) return id;
  }
}

/** A, B, …, Z, AA, AB, …: Grafana's refId sequence. */
function refIdName(n: number): string {
  const letter = String.fromCharCode(65 + (n % 26));
  return n < 26 ? letter : refIdName(Math.floor(n / 26) - 1) + letter;
}

/**
 * The datasource a panel without one effectively uses: its queries' when they agree, the
 * Mixed pseudo-datasource when they do not. Why: a v2 panel, or a classic one saved by a
 * generator, names datasources only on its queries; the same panel saved by Grafana's editor
 * also names it on the panel.
 */
function impliedDatasource(queries: readonly QueryModel[]): DatasourceRef | undefined {
  const first = queries[0]?.datasource;
  if (first === undefined) return undefined;
  if (queries.every((query) => jsonEqual(query.datasource, first))) return first;
  return { type: 'datasource', uid: '-- Mixed --' };
}
