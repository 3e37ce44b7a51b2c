import type { JsonPath, VariableModel, ViewState } from '../types.js';
import { GRAFANA, normaliseDatasource, type DatasourceVariableTypes } from './datasource.js';
import {
  ANNOTATION_DEFAULTS,
  LINK_DEFAULTS,
  SETTINGS_DEFAULTS,
  TIMEPICKER_DEFAULTS,
  VARIABLE_DEFAULTS,
  withoutDefaults,
} from './grafana-defaults.js';
import { arrayOf, canonical, isRecord, jsonEqual, numberOf, omitKeys, stringOf } from './json.js';
import type { NoiseTally } from './noise.js';

/** Top-level keys Grafana (or the export) rewrites on its own: never the author's change. */
export const VOLATILE_DASHBOARD_KEYS: ReadonlySet<string> = new Set([
  'id',
  'version',
  'iteration',
  'gnetId',
  '__inputs',
  '__requires',
  '__elements',
]);

// Top-level keys with a field of their own in the model (or read as layout).
const MODELLED_KEYS: ReadonlySet<string> = new Set([
  'uid',
  'title',
  'tags',
  'schemaVersion',
  'panels',
  'rows',
  'templating',
  'annotations',
  'links',
  'time',
  'refresh',
]);

/**
 * Variable types whose saved `options` Grafana recomputes on load (from the query string for
 * custom/interval/constant/textbox, from the datasource list, or from the datasource for a query
 * variable that refreshes), so the saved list is a cache, not a setting.
 */
const RECOMPUTED_OPTIONS: ReadonlySet<string> = new Set([
  'custom',
  'interval',
  'constant',
  'textbox',
  'datasource',
]);

// Read into the model's own fields (`current` into the view).
const VARIABLE_OWN_KEYS: ReadonlySet<string> = new Set(['name', 'type', 'current']);

const SELECTED_KEY: ReadonlySet<string> = new Set(['selected']);

// The id a variable query editor stamps on its query object ('StandardVariableQuery', …).
const EDITOR_KEYS: ReadonlySet<string> = new Set(['refId']);

function canonicalRecord(value: Record<string, unknown>): Record<string, unknown> {
  const out = canonical(value);
  return isRecord(out) ? out : {};
}

/**
 * Datasource variables and export inputs by name, with the plugin type each selects: a
 * datasource variable's `query` is the plugin id, an `__inputs` entry's `pluginId`.
 */
export function datasourceVariableTypes(json: Record<string, unknown>): DatasourceVariableTypes {
  const types = new Map<string, string>();
  for (const input of arrayOf(json.__inputs)) {
    if (!isRecord(input) || input.type !== 'datasource') continue;
    const name = stringOf(input.name);
    const plugin = stringOf(input.pluginId);
    if (name && plugin) types.set(name, plugin);
  }
  for (const variable of arrayOf(isRecord(json.templating) ? json.templating.list : undefined)) {
    if (!isRecord(variable) || variable.type !== 'datasource') continue;
    const name = stringOf(variable.name);
    const plugin = stringOf(variable.query);
    if (name && plugin) types.set(name, plugin);
  }
  return types;
}

/** The selected value of a variable's `current`, or undefined when nothing is selected. */
function selectedValue(current: unknown): unknown {
  if (!isRecord(current)) return undefined;
  if (current.value !== undefined) return canonical(current.value);
  if (current.text !== undefined) return canonical(current.text);
  return undefined;
}

/**
 * The template variables, without their view state (`current` goes to `view.selected`) and
 * without what Grafana recomputes on load (a recomputed `options` list, the `selected` flags,
 * the variable editor's `refId` inside a query object).
 */
export function variablesOf(
  json: Record<string, unknown>,
  types: DatasourceVariableTypes,
  noise: NoiseTally,
  view: ViewState,
  sources?: readonly JsonPath[],
): VariableModel[] {
  const list = arrayOf(isRecord(json.templating) ? json.templating.list : undefined);
  const variables: VariableModel[] = [];
  list.forEach((value, index) => {
    if (!isRecord(value)) return;
    const name = stringOf(value.name) ?? '';
    const type = stringOf(value.type) ?? '';
    const rest = omitKeys(value, VARIABLE_OWN_KEYS);
    const selected = selectedValue(value.current);
    if (selected !== undefined) view.selected[name] = selected;
    const refreshes = type === 'query' && numberOf(rest.refresh) !== 0;
    if (rest.options !== undefined && (RECOMPUTED_OPTIONS.has(type) || refreshes)) {
      delete rest.options;
      noise.add('volatile field');
    }
    if (Array.isArray(rest.options) && rest.options.some((o) => isRecord(o) && 'selected' in o)) {
      // Which option is selected mirrors `current`: view state, not the variable's definition.
      rest.options = rest.options.map((option) =>
        isRecord(option) ? omitKeys(option, SELECTED_KEY) : option,
      );
      noise.add('volatile field');
    }
    if (rest.datasource !== undefined) {
      const ref = normaliseDatasource(rest.datasource, types).ref;
      if (ref) rest.datasource = ref;
      else delete rest.datasource;
    }
    if (isRecord(rest.query) && rest.query.refId !== undefined) {
      rest.query = omitKeys(rest.query, EDITOR_KEYS);
      noise.add('volatile field');
    }
    variables.push({
      name,
      type,
      fields: canonicalRecord(withoutDefaults(rest, VARIABLE_DEFAULTS, noise)),
      source: sources?.[index] ?? ['templating', 'list', index],
    });
  });
  return variables;
}

const BUILT_IN_NAME = 'Annotations & Alerts';

/**
 * The built-in annotation Grafana adds to every dashboard that has none
 * (DashboardModel.addBuiltInAnnotationQuery, S5 in grafana-defaults.ts), as normalised: once
 * plain, once with the `target` the Grafana datasource's annotation editor fills in (the
 * `AnnotationTarget` of S1, "only valid for the grafana datasource"). Holding it unchanged is
 * the same dashboard as leaving it out.
 */
const BUILT_IN_FORMS: readonly Record<string, unknown>[] = [
  {
    builtIn: 1,
    datasource: GRAFANA,
    hide: true,
    iconColor: 'rgba(0, 211, 255, 1)',
    type: 'dashboard',
  },
  {
    builtIn: 1,
    datasource: GRAFANA,
    hide: true,
    iconColor: 'rgba(0, 211, 255, 1)',
    target: { limit: 100, matchAny: false, tags: [], type: 'dashboard' },
    type: 'dashboard',
  },
].map(canonicalRecord);

/**
 * Annotation queries, by name, datasource normalised and defaults dropped; Grafana's built-in
 * annotation is dropped when it is as Grafana adds it.
 */
export function annotationsOf(
  json: Record<string, unknown>,
  types: DatasourceVariableTypes,
  noise: NoiseTally,
  sources?: readonly JsonPath[],
): { name: string; fields: Record<string, unknown>; source: JsonPath }[] {
  const list = arrayOf(isRecord(json.annotations) ? json.annotations.list : undefined);
  const annotations: { name: string; fields: Record<string, unknown>; source: JsonPath }[] = [];
  list.forEach((value, index) => {
    if (!isRecord(value)) return;
    const { name, ...rest } = value;
    if (rest.datasource !== undefined) {
      const ref = normaliseDatasource(rest.datasource, types).ref;
      if (ref) rest.datasource = ref;
      else delete rest.datasource;
    }
    const fields = canonicalRecord(withoutDefaults(rest, ANNOTATION_DEFAULTS, noise));
    if (name === BUILT_IN_NAME && BUILT_IN_FORMS.some((form) => jsonEqual(form, fields))) {
      noise.add('default value');
      return;
    }
    annotations.push({
      name: stringOf(name) ?? '',
      fields,
      source: sources?.[index] ?? ['annotations', 'list', index],
    });
  });
  return annotations;
}

/** Dashboard links in order, defaults dropped. */
export function linksOf(
  json: Record<string, unknown>,
  noise: NoiseTally,
): Record<string, unknown>[] {
  return arrayOf(json.links)
    .filter(isRecord)
    .map((link) => canonicalRecord(withoutDefaults(link, LINK_DEFAULTS, noise)));
}

/** Dashboard-level settings other than those modelled apart; volatile keys counted and left out. */
export function settingsOf(
  json: Record<string, unknown>,
  noise: NoiseTally,
): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (VOLATILE_DASHBOARD_KEYS.has(key)) noise.add('volatile field');
    else if (!MODELLED_KEYS.has(key)) rest[key] = value;
  }
  if (isRecord(rest.timepicker)) {
    rest.timepicker = withoutDefaults(rest.timepicker, TIMEPICKER_DEFAULTS, noise);
  }
  // DashboardMigrator, schemaVersion 14: `sharedCrosshair` became `graphTooltip` (1 when set).
  const schemaVersion = numberOf(json.schemaVersion);
  if ('sharedCrosshair' in rest && (schemaVersion === undefined || schemaVersion < 14)) {
    if (rest.graphTooltip === undefined) rest.graphTooltip = rest.sharedCrosshair ? 1 : 0;
    delete rest.sharedCrosshair;
    noise.add('schema migration');
  }
  return canonicalRecord(withoutDefaults(rest, SETTINGS_DEFAULTS, noise));
}

/** Time range and refresh, the parts of the view state read from the top level. */
export function timeViewOf(json: Record<string, unknown>, view: ViewState): void {
  if (isRecord(json.time)) {
    const time: { from?: string; to?: string } = {};
    const from = stringOf(json.time.from);
    const to = stringOf(json.time.to);
    if (from !== undefined) time.from = from;
    if (to !== undefined) time.to = to;
    view.time = time;
  }
  // Grafana saves `refresh: false` or '' for "off", which is also what no refresh means.
  const refresh = stringOf(json.refresh);
  if (refresh) view.refresh = refresh;
}

/** Tags as a set: Grafana shows and searches them without regard to order or repeats. */
export function tagsOf(json: Record<string, unknown>): string[] {
  const tags = arrayOf(json.tags).filter((tag): tag is string => typeof tag === 'string');
  return [...new Set(tags)].sort();
}
