import type {
  DashboardModel,
  JsonPath,
  LoadedDashboard,
  PanelModel,
  RowModel,
  ViewState,
} from '../types.js';
import {
  annotationsOf,
  datasourceVariableTypes,
  linksOf,
  settingsOf,
  tagsOf,
  timeViewOf,
  variablesOf,
} from './dashboard-parts.js';
import { arrayOf, isRecord, numberOf, stringOf } from './json.js';
import { panelKeys, rowKeys } from './keys.js';
import { layOut } from './layout.js';
import { upgradeLegacyRows } from './legacy-rows.js';
import { NoiseTally } from './noise.js';
import { normalisePanel } from './panel.js';
import type { ClassicItem, ClassicShape } from './raw.js';
import { v2ToClassic } from './v2.js';

/**
 * Brings a loaded dashboard to the one model both sides of a diff are compared in: whatever its
 * schema (classic, legacy `rows[]`, v2 elements and layout), its wrappers and Grafana version,
 * two dashboards that Grafana would show the same have equal models once `id`, `key`, `source`
 * and `noise` are set aside, and their JSON texts are then equal too (keys in canonical order).
 * What was set aside to get there is counted in `noise`.
 */
export function normalizeDashboard(loaded: LoadedDashboard): DashboardModel {
  const shape =
    loaded.dashboard.schema === 'v2'
      ? v2ToClassic(loaded.dashboard.spec)
      : classicShape(loaded.dashboard.json);
  const model = modelOf(shape);
  if (loaded.dashboard.schema === 'v2') delete model.schemaVersion;
  return model;
}

function classicShape(json: Record<string, unknown>): ClassicShape {
  const schemaVersion = numberOf(json.schemaVersion);
  const legacy = Array.isArray(json.rows) && (schemaVersion === undefined || schemaVersion < 16);
  if (legacy && !Array.isArray(json.panels)) {
    const { items, clones } = upgradeLegacyRows(arrayOf(json.rows));
    return { json, items, clones };
  }
  const items = arrayOf(json.panels).flatMap((panel, index): ClassicItem[] => {
    if (!isRecord(panel)) return [];
    const source: JsonPath = ['panels', index];
    const children = panel.type === 'row' && panel.collapsed === true ? arrayOf(panel.panels) : [];
    return [
      {
        json: panel,
        source,
        children: children.flatMap((child, childIndex): ClassicItem[] =>
          isRecord(child) ? [{ json: child, source: [...source, 'panels', childIndex] }] : [],
        ),
      },
    ];
  });
  return { json, items, clones: 0 };
}

function modelOf(shape: ClassicShape): DashboardModel {
  const { json } = shape;
  const noise = new NoiseTally();
  noise.add('repeat clone', shape.clones);
  const view: ViewState = { selected: {}, collapsed: {} };
  const types = datasourceVariableTypes(json);

  const layout = layOut(shape.items, noise);
  const keys = rowKeys(layout.rows.map((row) => row.title));
  const keyOfRow = new Map(layout.rows.map((row, index) => [row, keys[index] ?? row.title]));
  const rows: RowModel[] = layout.rows.map((row, index) => {
    const key = keys[index] ?? row.title;
    view.collapsed[key] = row.collapsed;
    const model: RowModel = {
      key,
      title: row.title,
      collapsed: row.collapsed,
      y: row.y,
      source: row.source,
    };
    if (row.repeat) model.repeat = row.repeat;
    return model;
  });

  const unkeyed = layout.panels.map((panel) =>
    normalisePanel(panel, panel.row ? keyOfRow.get(panel.row) : undefined, {
      variables: types,
      noise,
    }),
  );
  const panelKeyList = panelKeys(unkeyed);
  const panels: PanelModel[] = unkeyed.map((panel, index) => ({
    key: panelKeyList[index] ?? String(index),
    ...panel,
  }));

  timeViewOf(json, view);
  const model: DashboardModel = {
    title: stringOf(json.title) ?? '',
    tags: tagsOf(json),
    settings: settingsOf(json, noise),
    variables: variablesOf(json, types, noise, view, shape.variableSources),
    annotations: annotationsOf(json, types, noise, shape.annotationSources),
    links: linksOf(json, noise),
    rows,
    panels,
    view,
    noise: {},
  };
  const uid = stringOf(json.uid);
  if (uid !== undefined) model.uid = uid;
  const schemaVersion = numberOf(json.schemaVersion);
  if (schemaVersion !== undefined) model.schemaVersion = schemaVersion;
  model.noise = noise.result();
  return sortKeys(model);
}

/**
 * The model with every object's keys in canonical order, so that two equal models have equal
 * JSON texts. The `fields` objects are canonical already (built by `canonical`), and re-sorting
 * them was most of the cost on large dashboards, so they are kept as they are. The value is our
 * own, built above, not parsed input: sorting keys keeps its type.
 */
function sortKeys(model: DashboardModel): DashboardModel {
  return sortedCopy(model) as DashboardModel;
}

function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedCopy);
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const item = value[key];
    if (item !== undefined) out[key] = key === 'fields' ? item : sortedCopy(item);
  }
  return out;
}
